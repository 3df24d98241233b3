import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Writes a file through a temporary sibling that is created exclusively with a random name, then
 * renamed over the target: a planted file or symlink makes it fail, never redirects it, and a
 * reader sees the old or the new content, never a part.
 */
export function writeFileAtomic(file: string, text: string, mode: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${randomBytes(8).toString('hex')}`);
  fs.writeFileSync(temp, text, { mode, flag: 'wx' });
  try {
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
