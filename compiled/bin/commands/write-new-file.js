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
exports.writeNewFile = writeNewFile;
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const synth_1 = require("./synth");
/**
 * Writes a file that a command creates for the user (mode `mode`), never through a symbolic link
 * and never over an existing file unless `force`: a new file is created exclusively
 * (`O_CREAT | O_EXCL | O_NOFOLLOW`, so a file or link that appears meanwhile is not overwritten);
 * with `force`, an existing regular file is replaced by renaming a fully written sibling over it
 * (the rename replaces the path itself and never follows a link). The folder must exist.
 *
 * @param shown the path as the user gave it, for messages
 */
function writeNewFile(file, text, options) {
    const { shown } = options;
    let existing;
    try {
        existing = fs.lstatSync(file);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw new synth_1.UserError(`${shown} cannot be checked: ${e.code ?? String(e)}`);
    }
    if (existing?.isSymbolicLink())
        throw new synth_1.UserError(`${shown} is a symbolic link; refusing to write through it (give the real path)`);
    if (existing && !existing.isFile())
        throw new synth_1.UserError(`${shown} exists and is not a regular file; refusing to replace it`);
    if (existing && !options.force)
        throw new synth_1.UserError(`${shown} already exists; pass --force to replace it`);
    const dir = path.dirname(file);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
        throw new synth_1.UserError(`the folder of ${shown} does not exist (${dir})`);
    const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;
    const target = existing ? path.join(dir, `.${path.basename(file)}.tmp-${(0, crypto_1.randomBytes)(8).toString('hex')}`) : file;
    let fd;
    try {
        fd = fs.openSync(target, flags, options.mode);
    }
    catch (e) {
        const code = e.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new synth_1.UserError(`${shown} appeared while it was being written; nothing was written`);
        throw new synth_1.UserError(`${shown} cannot be written: ${code ?? String(e)}`);
    }
    try {
        fs.writeSync(fd, text);
        fs.fsyncSync(fd);
    }
    catch (e) {
        fs.closeSync(fd);
        fs.rmSync(target, { force: true });
        throw e;
    }
    fs.closeSync(fd);
    if (target !== file) {
        try {
            fs.renameSync(target, file);
        }
        catch (e) {
            fs.rmSync(target, { force: true });
            throw e;
        }
    }
}
