import { InputError } from './errors';
/** The largest input file (config, `.sops.yaml`, age key file) the tool reads: 1 MiB. */
export declare const MAX_INPUT_FILE_BYTES: number;
/** An input file that cannot be read as the text it should be; `reason` completes "FILE ...". */
export declare class InputFileError extends InputError {
    readonly file: string;
    readonly reason: string;
    constructor(file: string, reason: string);
}
/**
 * Reads a small text input file without letting it exhaust the machine: it must be a regular file
 * (a FIFO, a device like /dev/zero or a folder is refused before a byte is read; the file is
 * opened non-blocking so that a FIFO cannot hang the open), at most `maxBytes` long (checked
 * before reading, and again while reading in case it grows), and valid UTF-8.
 *
 * @param file the path
 * @param maxBytes the size limit
 */
export declare function readInputFile(file: string, maxBytes?: number): string;
