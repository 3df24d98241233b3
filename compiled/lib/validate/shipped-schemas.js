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
exports.K8S_SCHEMA_ID = exports.SCHEMA_FILES = exports.SCHEMAS_FOLDER = void 0;
exports.shippedSchemasDir = shippedSchemasDir;
exports.readSchemaFile = readSchemaFile;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const shared_paths_1 = require("./shared-paths");
/**
 * The folder, relative to the package root, where `npm run import` writes what the validators read
 * at run time. It is generated and committed like `imports/*.ts` and ships in the package, so
 * `validate` needs no `../shared`.
 */
exports.SCHEMAS_FOLDER = 'imports/schemas';
/** The files of {@link SCHEMAS_FOLDER}. */
exports.SCHEMA_FILES = {
    /** `{ "<group>/<version>": { "<Kind>": schema } }`: every served CRD version, converted and fixed. */
    crds: 'crds.json',
    /** `{ "definitions": { ... } }`: the Kubernetes 1.28 definitions, converted. */
    kubernetes: 'k8s-v1.28.0.json',
    /** `{ "<chart version>": ChartKeyTree }`: the keys of each pinned Langfuse chart's values.yaml. */
    chartKeys: 'langfuse-chart-keys.json',
};
/** The id under which the Kubernetes definitions are registered with ajv; CRD schemas `$ref` their `metadata` there. */
exports.K8S_SCHEMA_ID = 'https://langfuse-cdk8s.local/schemas/k8s-v1.28.0.json';
/** The shipped {@link SCHEMAS_FOLDER} of this package. */
function shippedSchemasDir() {
    return path.join((0, shared_paths_1.projectRoot)(), exports.SCHEMAS_FOLDER);
}
/**
 * Reads one file of a schemas folder.
 *
 * Throws a message naming the path when the file is missing or is not a JSON object, since that
 * means the installation is incomplete: the validators must not go on with less data.
 *
 * @param dir the schemas folder, like {@link shippedSchemasDir}
 * @param file one of {@link SCHEMA_FILES}
 */
function readSchemaFile(dir, file) {
    const full = path.resolve(dir, file);
    let data;
    try {
        data = JSON.parse(fs.readFileSync(full, 'utf8'));
    }
    catch (e) {
        const reason = e.code === 'ENOENT' ? 'not found' : e.message;
        throw new Error(`cannot read "${full}" (${reason}): the langfuse-cdk8s installation is incomplete; `
            + `reinstall it (in a checkout: restore ${exports.SCHEMAS_FOLDER}/ or run npm run import)`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new Error(`"${full}" is not a JSON object: the langfuse-cdk8s installation is incomplete; reinstall it`);
    }
    return data;
}
