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
exports.KEYCLOAK_DIR = exports.KEYCLOAK_DERIVED_DIR = void 0;
exports.crdFolders = crdFolders;
exports.loadCrdVersions = loadCrdVersions;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const yaml_1 = require("yaml");
/** The Keycloak folder used when it exists (docs/crds-and-imports.md §2.1). */
exports.KEYCLOAK_DERIVED_DIR = 'keycloak-26.4.7-derived';
/** The Keycloak folder used only when the derived one is absent. */
exports.KEYCLOAK_DIR = 'keycloak';
/**
 * The CRD folders to read below `crdsDir`: every sub-folder except the Keycloak folder that is not
 * used, so exactly one of `keycloak-26.4.7-derived/` (preferred) and `keycloak/` is read.
 *
 * @param crdsDir the CRD root, for example `../shared/crds`
 */
function crdFolders(crdsDir) {
    const entries = fs.readdirSync(crdsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const skip = entries.includes(exports.KEYCLOAK_DERIVED_DIR) ? exports.KEYCLOAK_DIR : exports.KEYCLOAK_DERIVED_DIR;
    return entries.filter((name) => name !== skip).sort().map((name) => path.join(crdsDir, name));
}
/**
 * Reads every served CRD version below `crdsDir` (YAML files directly in the root and in the
 * folders from {@link crdFolders}).
 *
 * Throws when two files define the same `apiVersion` and kind, because the later one would
 * otherwise silently win.
 *
 * @param crdsDir the CRD root
 */
function loadCrdVersions(crdsDir) {
    const files = [crdsDir, ...crdFolders(crdsDir)].flatMap((dir) => fs.readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => path.join(dir, name))
        .filter((file) => fs.statSync(file).isFile()));
    const seen = new Map();
    const versions = [];
    for (const file of files) {
        for (const doc of (0, yaml_1.parseAllDocuments)(fs.readFileSync(file, 'utf8'))) {
            if (doc.errors.length > 0) {
                throw new Error(`cannot parse "${file}": ${doc.errors[0].message}`);
            }
            const crd = doc.toJS({ maxAliasCount: -1 });
            if (crd?.kind !== 'CustomResourceDefinition') {
                continue;
            }
            const group = crd.spec?.group;
            const kind = crd.spec?.names?.kind;
            for (const version of crd.spec?.versions ?? []) {
                const schema = version.schema?.openAPIV3Schema;
                if (version.served === false || !schema) {
                    continue;
                }
                const apiVersion = `${group}/${version.name}`;
                const key = `${apiVersion}|${kind}`;
                const previous = seen.get(key);
                if (previous) {
                    throw new Error(`duplicate schema for ${apiVersion} ${kind} in "${previous}" and "${file}"`);
                }
                seen.set(key, file);
                versions.push({ apiVersion, kind, schema, file });
            }
        }
    }
    return versions;
}
