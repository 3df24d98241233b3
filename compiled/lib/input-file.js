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
exports.InputFileError = exports.MAX_INPUT_FILE_BYTES = void 0;
exports.readInputFile = readInputFile;
const fs = __importStar(require("fs"));
const errors_1 = require("./errors");
/** The largest input file (config, `.sops.yaml`, age key file) the tool reads: 1 MiB. */
exports.MAX_INPUT_FILE_BYTES = 1024 * 1024;
/** An input file that cannot be read as the text it should be; `reason` completes "FILE ...". */
class InputFileError extends errors_1.InputError {
    file;
    reason;
    constructor(file, reason) {
        super(`${file} ${reason}`);
        this.file = file;
        this.reason = reason;
    }
}
exports.InputFileError = InputFileError;
/**
 * Reads a small text input file without letting it exhaust the machine: it must be a regular file
 * (a FIFO, a device like /dev/zero or a folder is refused before a byte is read; the file is
 * opened non-blocking so that a FIFO cannot hang the open), at most `maxBytes` long (checked
 * before reading, and again while reading in case it grows), and valid UTF-8.
 *
 * @param file the path
 * @param maxBytes the size limit
 */
function readInputFile(file, maxBytes = exports.MAX_INPUT_FILE_BYTES) {
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    }
    catch (e) {
        throw new InputFileError(file, `cannot be read: ${e.code ?? String(e)}`);
    }
    try {
        const stat = fs.fstatSync(fd);
        if (!stat.isFile())
            throw new InputFileError(file, `is not a regular file (it is ${fileKind(stat)})`);
        if (stat.size > maxBytes)
            throw new InputFileError(file, `is ${stat.size} bytes; the limit is ${maxBytes} bytes`);
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        for (;;) {
            const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
            if (length > maxBytes)
                throw new InputFileError(file, `is more than ${maxBytes} bytes`);
        }
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
        }
        catch {
            throw new InputFileError(file, 'is not UTF-8 text');
        }
    }
    catch (e) {
        if (e instanceof InputFileError)
            throw e;
        throw new InputFileError(file, `cannot be read: ${e.code ?? String(e)}`);
    }
    finally {
        fs.closeSync(fd);
    }
}
function fileKind(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    return 'not a file';
}
