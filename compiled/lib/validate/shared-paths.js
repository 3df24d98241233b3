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
exports.SHARED_DIR_ENV = void 0;
exports.projectRoot = projectRoot;
exports.resolveSharedDir = resolveSharedDir;
exports.requireSharedDir = requireSharedDir;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/** The environment variable that overrides each shared folder. */
exports.SHARED_DIR_ENV = {
    'crds': 'LANGFUSE_CRDS_DIR',
    'k8s-openapi': 'LANGFUSE_K8S_OPENAPI_DIR',
    'reference': 'LANGFUSE_REFERENCE_DIR',
};
let cachedRoot;
/**
 * The project root: the nearest folder above this file that holds a `package.json`.
 *
 * Resolved from this file's location rather than the current directory, so it is the same for
 * `lib/validate/` under ts-jest and for `build/lib/validate/` after `tsc`.
 */
function projectRoot() {
    if (cachedRoot) {
        return cachedRoot;
    }
    let dir = __dirname;
    while (!fs.existsSync(path.join(dir, 'package.json'))) {
        const parent = path.dirname(dir);
        if (parent === dir) {
            throw new Error(`no package.json found above "${__dirname}"`);
        }
        dir = parent;
    }
    cachedRoot = dir;
    return dir;
}
/**
 * Finds one of the shared data folders.
 *
 * Looks at the folder named by the kind's environment variable first (when it is set), then at
 * `<project root>/../shared/<kind>`, and returns the first that exists. The project root comes from
 * this file's location, not from the current directory.
 *
 * @param kind which folder to look for
 * @returns the existing folder in `path` (absent when none exists), and every candidate in `tried`
 */
function resolveSharedDir(kind) {
    const envName = exports.SHARED_DIR_ENV[kind];
    const fromEnv = process.env[envName];
    const candidates = [];
    if (fromEnv) {
        const dir = path.resolve(fromEnv);
        candidates.push({ dir, label: `${dir} (${envName})` });
    }
    const fallback = path.resolve(projectRoot(), '..', 'shared', kind);
    candidates.push({ dir: fallback, label: fallback });
    const tried = candidates.map((c) => c.label);
    const hit = candidates.find((c) => fs.existsSync(c.dir) && fs.statSync(c.dir).isDirectory());
    return hit ? { path: hit.dir, tried } : { tried };
}
/**
 * Like {@link resolveSharedDir}, but throws when the folder does not exist.
 *
 * @param kind which folder to look for
 * @returns the folder
 */
function requireSharedDir(kind) {
    const found = resolveSharedDir(kind);
    if (!found.path) {
        throw new Error(`${kind} folder not found (tried: ${found.tried.join(', ')}); set ${exports.SHARED_DIR_ENV[kind]}`);
    }
    return found.path;
}
