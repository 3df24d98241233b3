"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXAMPLES_DIR = void 0;
exports.secretValues = secretValues;
exports.usesOnlyShippedExampleSecrets = usesOnlyShippedExampleSecrets;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const endpoint_url_1 = require("../formats/endpoint-url");
const shared_paths_1 = require("../validate/shared-paths");
const errors_1 = require("./errors");
const load_1 = require("./load");
/** The folder of the example configs this package ships. */
exports.EXAMPLES_DIR = 'examples';
let fingerprints;
/**
 * Every secret-bearing value of a config, as `[path, value]`: the whole value of every key that
 * `isSecretKey` names, at any depth (`dragonfly_acl_extra_users[0].password` as well as
 * `langfuse_salt`), whatever its type, and every string holding URL user info. These are the
 * values synth encrypts that are not public; derived secrets (the bundled Valkey and MinIO
 * passwords) follow from the salt, so they are covered by it.
 */
function secretValues(value, at = '') {
    if (Array.isArray(value))
        return value.flatMap((item, i) => secretValues(item, `${at}[${i}]`));
    if (value !== null && typeof value === 'object') {
        return Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).flatMap(([key, v]) => {
            const keyPath = at === '' ? key : `${at}.${key}`;
            return (0, errors_1.isSecretKey)(key) ? [[keyPath, v]] : secretValues(v, keyPath);
        });
    }
    return typeof value === 'string' && endpoint_url_1.URL_WITH_USERINFO.test(value) ? [[at, value]] : [];
}
/** The secret values of a config, as one comparable string. */
function secretFingerprint(config) {
    return JSON.stringify(secretValues(config));
}
/**
 * Whether every config holds exactly the secret values of an instance of a shipped example
 * (examples/*.yaml of this package), published in this repository: encrypting them for a
 * published test key reveals nothing. Any secret changed, added or removed makes it a real config.
 */
function usesOnlyShippedExampleSecrets(configs) {
    if (fingerprints === undefined) {
        const dir = path.join((0, shared_paths_1.projectRoot)(), exports.EXAMPLES_DIR);
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
        fingerprints = new Set(files.flatMap((f) => (0, load_1.loadConfigFile)(path.join(dir, f))).map(secretFingerprint));
    }
    const known = fingerprints;
    return configs.length > 0 && configs.every((c) => known.has(secretFingerprint(c)));
}
