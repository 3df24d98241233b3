import * as fs from 'fs';
import * as path from 'path';
import { JOURNAL_FILE, STAGING_FOLDER } from './tree-journal';
import { readTreeLock, TREE_LOCK_FILE } from './tree-lock';
import { inspectTreePath, readContainedFile } from './safe-paths';
import { processAlive } from './tree-lock';

/** Something an interrupted or running synth left in a tree. */
export interface TreeLeftover {
  /** Path relative to the tree root. */
  readonly path: string;
  /** Errors mean the tree is not one complete synth's output (or carries junk to commit); warnings do not. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

// `<file>.tmp-<pid>`: the temporary files of langfuse-cdk8s versions before the staging folder.
const LEGACY_TEMP = /\.tmp-\d+$/;
const LEGACY_TEMP_MESSAGE = 'a temporary file of an interrupted older langfuse-cdk8s: delete it (the next synth removes it when it writes that file)';

/**
 * What interrupted synths left under `root`: an unfinished journal (the tree may mix two synths
 * until the next synth completes it), a staging folder, the lock of a synth (running or dead), and
 * temporary files of older versions. Read only; links are never followed.
 */
export function treeLeftovers(root: string): TreeLeftover[] {
  const found: TreeLeftover[] = [];
  const staging = inspectTreePath(root, STAGING_FOLDER);
  if (staging.kind !== 'missing') {
    const journal = `${STAGING_FOLDER}/${JOURNAL_FILE}`;
    if (staging.kind === 'folder' && inspectTreePath(root, journal).kind !== 'missing') {
      found.push({
        path: journal, severity: 'error',
        message: 'an interrupted synth was switching the tree: files may mix its old and new state until the next synth completes the switch',
      });
    } else {
      found.push({
        path: STAGING_FOLDER, severity: 'error',
        message: 'the staging folder of an interrupted synth (the tree itself was not changed); the next synth removes it',
      });
    }
  }
  let lock;
  try {
    lock = readTreeLock(root);
  } catch (e) {
    found.push({ path: TREE_LOCK_FILE, severity: 'error', message: (e as Error).message });
  }
  if (lock) {
    const who = lock.holder ? `pid ${lock.holder.pid} on ${lock.holder.hostname}, since ${lock.holder.started}` : 'no readable holder';
    found.push({
      path: TREE_LOCK_FILE, severity: 'warning',
      message: lock.stale ? `the lock of a synth that is no longer running (${who}); the next synth removes it` : `a synth is writing this tree (${who})`,
    });
  }
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(child);
      else if (entry.isFile() && LEGACY_TEMP.test(entry.name)) {
        found.push({ path: child, severity: 'error', message: LEGACY_TEMP_MESSAGE });
      } else if (entry.isFile() && child.startsWith(`${TREE_LOCK_FILE}.`)) {
        found.push({ path: child, severity: 'warning', message: 'a stale lock moved aside by a synth that died; the next synth removes it' });
      }
    }
  };
  if (inspectTreePath(path.dirname(root), path.basename(root)).kind === 'folder') walk('');
  return found;
}

/**
 * Removes the temporary files older versions left when killed (`<file>.tmp-<pid>`) that are
 * provably theirs: next to a file this synth writes or removes and named after it, a regular file
 * reached without links, its pid no longer running, and holding the start of that file's old or new
 * content (a killed write leaves a prefix of what it wrote). Only those files' folders are read. Run
 * after a switch, under the lock.
 *
 * @param ownFiles the files this synth writes or removes, each with its new and its old content
 * @returns warnings: what was removed, and such files left in place (named)
 */
export function removeLegacyTempFiles(root: string, ownFiles: ReadonlyMap<string, readonly string[]>): string[] {
  const removed: string[] = [];
  const kept: string[] = [];
  const folders = new Set([...ownFiles.keys()].map((f) => path.posix.dirname(f)));
  const heldContent = (file: string, of: string) => {
    const bytes = readContainedFile(root, file);
    return bytes !== undefined && (ownFiles.get(of) ?? []).some((content) => Buffer.from(content, 'utf8').subarray(0, bytes.length).equals(bytes));
  };
  for (const folder of [...folders].sort()) {
    if (inspectTreePath(root, folder).kind !== 'folder') continue;
    for (const name of fs.readdirSync(path.join(root, folder)).sort()) {
      const match = /^(.+)\.tmp-(\d+)$/.exec(name);
      const file = `${folder}/${name}`;
      if (!match || !ownFiles.has(`${folder}/${match[1]}`)) continue;
      if (inspectTreePath(root, file).kind === 'file' && !processAlive(Number(match[2])) && heldContent(file, `${folder}/${match[1]}`)) {
        fs.unlinkSync(path.join(root, file));
        removed.push(file);
      } else kept.push(file);
    }
  }
  return [
    ...(removed.length > 0 ? [`removed ${removed.length} temporary files of an interrupted older langfuse-cdk8s: ${removed.join(', ')}`] : []),
    ...(kept.length > 0 ? [`left in place ${kept.join(', ')}: named like temporary files of an older langfuse-cdk8s, but not a regular file, its process still runs, or it holds neither the old nor the new content of the file it is named after`] : []),
  ];
}
