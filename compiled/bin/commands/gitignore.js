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
exports.gitignoreEntry = gitignoreEntry;
exports.planGitignore = planGitignore;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const input_file_1 = require("../../lib/input-file");
/** A path as a `.gitignore` pattern that matches exactly it: anchored at the root, wildcards escaped. */
function gitignoreEntry(relativePath) {
    const escaped = relativePath.split(path.sep).join('/').replace(/[*?[\]\\!#]/g, '\\$&').replace(/ $/, '\\ ');
    return `/${escaped}`;
}
/**
 * Plans the entry in `<repoRoot>/.gitignore` that keeps `file` out of Git: appended (the file is
 * created when missing), nothing when a line already names it (anchored or not), and a note when
 * the file is outside `repoRoot` or `.gitignore` is not a regular file (it is never written
 * through a link). Repeating it never duplicates a line.
 */
function planGitignore(repoRoot, file, why) {
    const relative = path.relative(repoRoot, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
        return { action: 'none', note: `${file} is outside ${repoRoot}: add it to the .gitignore of its own repository (${why})` };
    }
    const gitignore = path.join(repoRoot, '.gitignore');
    const entry = gitignoreEntry(relative);
    let text = '';
    const stat = fs.lstatSync(gitignore, { throwIfNoEntry: false });
    if (stat !== undefined) {
        if (!stat.isFile())
            return { action: 'none', note: `${gitignore} is not a regular file, so init leaves it alone: add "${entry}" to it yourself (${why})` };
        try {
            text = (0, input_file_1.readInputFile)(gitignore);
        }
        catch (e) {
            if (!(e instanceof input_file_1.InputFileError))
                throw e;
            return { action: 'none', note: `${e.message}: add "${entry}" to it yourself (${why})` };
        }
    }
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    if (lines.includes(entry) || lines.includes(entry.slice(1)))
        return { action: 'none', note: `.gitignore already ignores ${entry.slice(1)}` };
    const separator = text === '' || text.endsWith('\n') ? '' : '\n';
    return { action: 'append', file: gitignore, entry, text: `${text}${separator}# ${why}\n${entry}\n` };
}
