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
exports.listYamlFiles = listYamlFiles;
exports.loadTree = loadTree;
exports.documentLabel = documentLabel;
exports.isMap = isMap;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const yaml_1 = require("yaml");
const input_file_1 = require("../input-file");
/** The largest tree file read (Kubernetes objects are at most about 1.5 MiB each). */
const MAX_TREE_FILE_BYTES = 8 * 1024 * 1024;
/**
 * Every `*.yaml` / `*.yml` file below `root` (dot folders skipped), relative, sorted. Symlinks
 * are not followed (a link could lead out of the tree or to a device); every entry that is not a
 * regular file or a folder is listed in `special` instead of being read.
 */
function listYamlFiles(root, special = []) {
    const out = [];
    const walk = (dir) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            if (entry.name.startsWith('.'))
                continue;
            const full = path.join(dir, entry.name);
            const relative = path.relative(root, full).split(path.sep).join('/');
            if (entry.isDirectory())
                walk(full);
            else if (!entry.isFile())
                special.push(relative);
            else if (/\.ya?ml$/.test(entry.name))
                out.push(relative);
        }
    };
    walk(root);
    special.sort();
    return out.sort();
}
/** Reads and parses every YAML file of a tree; syntax errors are collected, not thrown. */
function loadTree(root) {
    const special = [];
    const files = listYamlFiles(root, special);
    const documents = [];
    const parseErrors = special.map((file) => ({ file, message: 'not read: a symlink or special file, and a Flux tree holds regular files only' }));
    for (const file of files) {
        let text;
        try {
            text = (0, input_file_1.readInputFile)(path.join(root, file), MAX_TREE_FILE_BYTES);
        }
        catch (e) {
            if (!(e instanceof input_file_1.InputFileError))
                throw e;
            parseErrors.push({ file, message: `not read: the file ${e.reason}` });
            continue;
        }
        const docs = (0, yaml_1.parseAllDocuments)(text, { prettyErrors: true });
        const list = Array.isArray(docs) ? docs : [docs];
        const errors = list.flatMap((d) => d.errors);
        if (errors.length > 0) {
            parseErrors.push({ file, message: `not valid YAML: ${errors[0].message.split('\n')[0]}` });
            continue;
        }
        try {
            const contents = list.map((doc) => doc.toJS({ maxAliasCount: 100 }));
            contents.forEach((content, index) => {
                if (content !== null && content !== undefined)
                    documents.push({ file, index, content });
            });
        }
        catch (e) {
            parseErrors.push({ file, message: `not valid YAML: ${e.message.split('\n')[0]}` });
        }
    }
    return { root, files, documents, parseErrors };
}
/** `Kind/name` of a document, for findings. */
function documentLabel(content) {
    if (!isMap(content))
        return '(not a mapping)';
    const kind = typeof content.kind === 'string' ? content.kind : '(no kind)';
    const name = isMap(content.metadata) && typeof content.metadata.name === 'string' ? content.metadata.name : '(no name)';
    return `${kind}/${name}`;
}
/** Whether a value is a plain mapping. */
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
