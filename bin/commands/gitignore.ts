import * as fs from 'fs';
import * as path from 'path';
import { InputFileError, readInputFile } from '../../lib/input-file';

/** What becomes of `.gitignore` for one file that must never be committed. */
export type GitignorePlan =
  | { readonly action: 'append'; readonly file: string; readonly entry: string; readonly text: string }
  | { readonly action: 'none'; readonly note: string };

/** A path as a `.gitignore` pattern that matches exactly it: anchored at the root, wildcards escaped. */
export function gitignoreEntry(relativePath: string): string {
  const escaped = relativePath.split(path.sep).join('/').replace(/[*?[\]\\!#]/g, '\\$&').replace(/ $/, '\\ ');
  return `/${escaped}`;
}

/**
 * Plans the entry in `<repoRoot>/.gitignore` that keeps `file` out of Git: appended (the file is
 * created when missing), nothing when a line already names it (anchored or not), and a note when
 * the file is outside `repoRoot` or `.gitignore` is not a regular file (it is never written
 * through a link). Repeating it never duplicates a line.
 */
export function planGitignore(repoRoot: string, file: string, why: string): GitignorePlan {
  const relative = path.relative(repoRoot, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { action: 'none', note: `${file} is outside ${repoRoot}: add it to the .gitignore of its own repository (${why})` };
  }
  const gitignore = path.join(repoRoot, '.gitignore');
  const entry = gitignoreEntry(relative);
  let text = '';
  const stat = fs.lstatSync(gitignore, { throwIfNoEntry: false });
  if (stat !== undefined) {
    if (!stat.isFile()) return { action: 'none', note: `${gitignore} is not a regular file, so init leaves it alone: add "${entry}" to it yourself (${why})` };
    try {
      text = readInputFile(gitignore);
    } catch (e) {
      if (!(e instanceof InputFileError)) throw e;
      return { action: 'none', note: `${e.message}: add "${entry}" to it yourself (${why})` };
    }
  }
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (lines.includes(entry) || lines.includes(entry.slice(1))) return { action: 'none', note: `.gitignore already ignores ${entry.slice(1)}` };
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return { action: 'append', file: gitignore, entry, text: `${text}${separator}# ${why}\n${entry}\n` };
}
