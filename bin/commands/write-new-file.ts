import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from './synth';

/**
 * Writes a file that a command creates for the user (mode `mode`), never through a symbolic link
 * and never over an existing file unless `force`: a new file is created exclusively
 * (`O_CREAT | O_EXCL | O_NOFOLLOW`, so a file or link that appears meanwhile is not overwritten);
 * with `force`, an existing regular file is replaced by renaming a fully written sibling over it
 * (the rename replaces the path itself and never follows a link). The folder must exist.
 *
 * @param shown the path as the user gave it, for messages
 */
export function writeNewFile(file: string, text: string, options: { readonly force: boolean; readonly mode: number; readonly shown: string }): void {
  const { shown } = options;
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`${shown} cannot be checked: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (existing?.isSymbolicLink()) throw new UserError(`${shown} is a symbolic link; refusing to write through it (give the real path)`);
  if (existing && !existing.isFile()) throw new UserError(`${shown} exists and is not a regular file; refusing to replace it`);
  if (existing && !options.force) throw new UserError(`${shown} already exists; pass --force to replace it`);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UserError(`the folder of ${shown} does not exist (${dir})`);

  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;
  const target = existing ? path.join(dir, `.${path.basename(file)}.tmp-${randomBytes(8).toString('hex')}`) : file;
  let fd: number;
  try {
    fd = fs.openSync(target, flags, options.mode);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ELOOP') throw new UserError(`${shown} appeared while it was being written; nothing was written`);
    throw new UserError(`${shown} cannot be written: ${code ?? String(e)}`);
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(target, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  if (target !== file) {
    try {
      fs.renameSync(target, file);
    } catch (e) {
      fs.rmSync(target, { force: true });
      throw e;
    }
  }
}
