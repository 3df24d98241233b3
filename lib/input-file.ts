import * as fs from 'fs';
import { InputError } from './errors';

/** The largest input file (config, `.sops.yaml`, age key file) the tool reads: 1 MiB. */
export const MAX_INPUT_FILE_BYTES = 1024 * 1024;

/** An input file that cannot be read as the text it should be; `reason` completes "FILE ...". */
export class InputFileError extends InputError {
  constructor(public readonly file: string, public readonly reason: string) {
    super(`${file} ${reason}`);
  }
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
export function readInputFile(file: string, maxBytes = MAX_INPUT_FILE_BYTES): string {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw new InputFileError(file, `cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new InputFileError(file, `is not a regular file (it is ${fileKind(stat)})`);
    if (stat.size > maxBytes) throw new InputFileError(file, `is ${stat.size} bytes; the limit is ${maxBytes} bytes`);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw new InputFileError(file, `is more than ${maxBytes} bytes`);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new InputFileError(file, 'is not UTF-8 text');
    }
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    throw new InputFileError(file, `cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  } finally {
    fs.closeSync(fd);
  }
}

function fileKind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}
