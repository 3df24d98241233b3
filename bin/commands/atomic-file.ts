import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { UserError } from './cli-errors';

/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /**
   * Whether an existing file at the path is replaced. When false, a file (or link) that is there,
   * or that appears while the content is written, makes the write fail with `EEXIST`.
   * @default true
   */
  readonly replace?: boolean;
}

/**
 * Writes a file through a temporary sibling that is created exclusively with a random name, flushed
 * to disk, then moved onto the target: renamed over it, or (without `replace`) hard-linked to its
 * name, which fails when the name exists. A planted file or symlink makes it fail, never redirects
 * it (neither a rename nor a link follows a link at the target), and a reader sees the old or the
 * new content, never a part.
 */
export function writeFileAtomic(file: string, text: string, mode: number, options: AtomicWriteOptions = {}): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${randomBytes(8).toString('hex')}`);
  const fd = fs.openSync(temp, 'wx', mode);
  try {
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.replace ?? true) fs.renameSync(temp, file);
    else linkNew(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Gives `temp`'s content the new name `file`, failing with EEXIST when the name exists. */
function linkNew(temp: string, file: string): void {
  try {
    fs.linkSync(temp, file);
  } catch (e) {
    // a file system without hard links: an exclusive copy still never overwrites
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    fs.copyFileSync(temp, file, fs.constants.COPYFILE_EXCL);
  }
}

/** Options of {@link writeUserFile}. */
export interface UserFileOptions {
  /** Replace an existing regular file (the command's `--force`). */
  readonly force: boolean;
  readonly mode: number;
  /** The path as the user gave it, for messages. */
  readonly shown: string;
}

/**
 * Writes a file a command creates for the user, by {@link writeFileAtomic}: never through a
 * symbolic link, never over anything but a regular file, never over an existing file unless
 * `force` (a file that appears meanwhile is not overwritten either), and only into a folder that
 * exists. Every refusal is a `UserError` naming the path.
 */
export function writeUserFile(file: string, text: string, options: UserFileOptions): void {
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
  try {
    writeFileAtomic(file, text, options.mode, { replace: existing !== undefined });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(`${shown} appeared while it was being written; nothing was written`);
    if (typeof code === 'string') throw new UserError(`${shown} cannot be written: ${code}`);
    throw e;
  }
}
