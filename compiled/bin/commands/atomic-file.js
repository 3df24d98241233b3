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
exports.writeFileAtomic = writeFileAtomic;
exports.writeUserFile = writeUserFile;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cli_errors_1 = require("./cli-errors");
/**
 * Writes a file through a temporary sibling that is created exclusively with a random name, flushed
 * to disk, then moved onto the target: renamed over it, or (without `replace`) hard-linked to its
 * name, which fails when the name exists. A planted file or symlink makes it fail, never redirects
 * it (neither a rename nor a link follows a link at the target), and a reader sees the old or the
 * new content, never a part.
 */
function writeFileAtomic(file, text, mode, options = {}) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${(0, crypto_1.randomBytes)(8).toString('hex')}`);
    const fd = fs.openSync(temp, 'wx', mode);
    try {
        try {
            fs.writeSync(fd, text);
            fs.fsyncSync(fd);
        }
        finally {
            fs.closeSync(fd);
        }
        if (options.replace ?? true)
            fs.renameSync(temp, file);
        else
            linkNew(temp, file);
    }
    finally {
        fs.rmSync(temp, { force: true });
    }
}
/** Gives `temp`'s content the new name `file`, failing with EEXIST when the name exists. */
function linkNew(temp, file) {
    try {
        fs.linkSync(temp, file);
    }
    catch (e) {
        // a file system without hard links: an exclusive copy still never overwrites
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(e.code ?? ''))
            throw e;
        fs.copyFileSync(temp, file, fs.constants.COPYFILE_EXCL);
    }
}
/**
 * Writes a file a command creates for the user, by {@link writeFileAtomic}: never through a
 * symbolic link, never over anything but a regular file, never over an existing file unless
 * `force` (a file that appears meanwhile is not overwritten either), and only into a folder that
 * exists. Every refusal is a `UserError` naming the path.
 */
function writeUserFile(file, text, options) {
    const { shown } = options;
    let existing;
    try {
        existing = fs.lstatSync(file);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw new cli_errors_1.UserError(`${shown} cannot be checked: ${e.code ?? String(e)}`);
    }
    if (existing?.isSymbolicLink())
        throw new cli_errors_1.UserError(`${shown} is a symbolic link; refusing to write through it (give the real path)`);
    if (existing && !existing.isFile())
        throw new cli_errors_1.UserError(`${shown} exists and is not a regular file; refusing to replace it`);
    if (existing && !options.force)
        throw new cli_errors_1.UserError(`${shown} already exists; pass --force to replace it`);
    const dir = path.dirname(file);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
        throw new cli_errors_1.UserError(`the folder of ${shown} does not exist (${dir})`);
    try {
        writeFileAtomic(file, text, options.mode, { replace: existing !== undefined });
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST')
            throw new cli_errors_1.UserError(`${shown} appeared while it was being written; nothing was written`);
        if (typeof code === 'string')
            throw new cli_errors_1.UserError(`${shown} cannot be written: ${code}`);
        throw e;
    }
}
