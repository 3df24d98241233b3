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
exports.OWNED_FILES_MANIFEST = void 0;
exports.readTreeFile = readTreeFile;
exports.writeTree = writeTree;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/** The file, at the output root, that lists every file the writer owns. */
exports.OWNED_FILES_MANIFEST = '.langfuse-cdk8s-files.json';
/** Reads a file of an output tree, or undefined. */
function readTreeFile(outDir, relative) {
    try {
        return fs.readFileSync(path.join(outDir, relative), 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Writes a rendered tree into `outDir`. Each file is replaced atomically (write to a temporary
 * sibling, then rename); identical files are left alone; files the previous run wrote that are no
 * longer emitted are removed. Files it never wrote are never touched.
 */
function writeTree(outDir, files) {
    const previous = readOwnedFiles(outDir);
    const written = [];
    const unchanged = [];
    for (const file of files) {
        const target = path.join(outDir, file.path);
        if (readTreeFile(outDir, file.path) === file.content) {
            unchanged.push(file.path);
            continue;
        }
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const temp = `${target}.tmp-${process.pid}`;
        fs.writeFileSync(temp, file.content);
        fs.renameSync(temp, target);
        written.push(file.path);
    }
    const current = new Set(files.map((f) => f.path));
    const removed = previous.filter((p) => !current.has(p));
    for (const stale of removed) {
        fs.rmSync(path.join(outDir, stale), { force: true });
        removeEmptyParents(outDir, path.dirname(path.join(outDir, stale)));
    }
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, exports.OWNED_FILES_MANIFEST), `${JSON.stringify([...current].sort(), null, 2)}\n`);
    return { written, unchanged, removed };
}
function readOwnedFiles(outDir) {
    const text = readTreeFile(outDir, exports.OWNED_FILES_MANIFEST);
    if (text === undefined)
        return [];
    const parsed = JSON.parse(text);
    if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string' && !p.startsWith('/') && !p.split('/').includes('..'))) {
        throw new Error(`${path.join(outDir, exports.OWNED_FILES_MANIFEST)} is not a list of relative file paths; remove it to start over`);
    }
    return parsed;
}
function removeEmptyParents(root, dir) {
    const stop = path.resolve(root);
    let current = path.resolve(dir);
    while (current.startsWith(stop) && current !== stop && fs.existsSync(current) && fs.readdirSync(current).length === 0) {
        fs.rmdirSync(current);
        current = path.dirname(current);
    }
}
