import * as path from 'path';
import { guardedDeletions } from './deletion-guard';
import type { RenderedFile } from './flux-tree';
import { readOwnedManifest } from './owned-manifest';
import { parentNamespaceReader, parentRewriteProblem } from './parent-kustomization';
import { isParentKustomizationPath, readContainedFile, readTreeFile, sha256 } from './safe-paths';
import type { TreeJournal } from './tree-journal';
import type { PlannedRemoval, PlannedWrite } from './tree-plan';

/**
 * What a roll-forward may do that a normal synth could only do with a flag. There is no `adopt`:
 * a journal never replaces a file the tool does not own, not even under synth --adopt (that synth
 * adopts what it renders itself, after the journal is set aside).
 */
export interface JournalTrustOptions {
  /** Flux apps and stateful objects may be removed (synth --allow-delete). */
  readonly allowDelete?: boolean;
  /** `ks.yaml` paths the config retires on purpose (see `guardedDeletions`). */
  readonly retiredApps?: readonly string[];
}

/**
 * Why a journal cannot be trusted to roll forward: it is committed in the tree, so a pull request
 * can plant one, and its own hashes prove nothing. A file it replaces or removes must be listed in
 * the ownership manifest on disk (the previous synth's) with its current content (or `adopt`),
 * and its removals must pass the deletion guard (or `allowDelete`), exactly as in a normal synth.
 * An empty list means the journal only does what the synth that wrote it was allowed to do.
 *
 * @param stagedText the content of a file in the staging folder, by its staged name
 */
export function journalTrustProblems(root: string, journal: TreeJournal, stagedText: (from: string) => string | undefined, options: JournalTrustOptions = {}): string[] {
  const owned = readOwnedManifest(root);
  const current = (p: string) => readContainedFile(root, p)?.toString('utf8');
  // a namespace folder's kustomization the writer manages is rewritten whatever its content, and removed only when it created it
  const ownedAs = (p: string, hash: string, removal: boolean) => (isParentKustomizationPath(p)
    ? owned.parents.has(p) && (!removal || owned.parents.get(p)!.created) : owned.files.get(p) === hash);
  const problems: string[] = [];
  const writes: PlannedWrite[] = [];
  // the resources entries synth itself would change in a namespace folder's kustomization: those of the apps the journal writes or removes
  const appEntries = new Map<string, Set<string>>();
  for (const p of [...journal.renames.map((r) => r.to), ...journal.removals.map((r) => r.path)].filter((p) => p.endsWith('/ks.yaml'))) {
    const app = path.posix.dirname(p);
    const folder = path.posix.dirname(app);
    if (!appEntries.has(folder)) appEntries.set(folder, new Set());
    appEntries.get(folder)!.add(`./${path.posix.basename(app)}/ks.yaml`);
  }
  for (const rename of journal.renames) {
    const existing = current(rename.to);
    if (existing !== undefined && sha256(existing) === rename.sha256) continue;
    if (isParentKustomizationPath(rename.to)) {
      const why = parentRewriteProblem(existing, stagedText(rename.from) ?? '', appEntries.get(path.posix.dirname(rename.to)) ?? new Set());
      if (why) problems.push(`it would rewrite ${rename.to}: ${why}`);
    }
    if (existing === undefined) continue;
    if (!ownedAs(rename.to, sha256(existing), false)) problems.push(`it would overwrite ${rename.to}, which the ownership manifest does not list with its content`);
    writes.push({ path: rename.to, content: stagedText(rename.from) ?? '', sha256: rename.sha256, existing });
  }
  const removals: PlannedRemoval[] = [];
  for (const removal of journal.removals) {
    const existing = current(removal.path);
    if (existing === undefined || sha256(existing) !== removal.sha256) continue; // left in place anyway
    if (!ownedAs(removal.path, removal.sha256, true)) problems.push(`it would remove ${removal.path}, which the ownership manifest does not list with its content`);
    removals.push({ path: removal.path, sha256: removal.sha256, content: existing });
  }
  if (!options.allowDelete && removals.length > 0) {
    const removed = new Set(removals.map((r) => r.path));
    const staged = new Map(journal.renames.map((r) => [r.to, r.from]));
    const after: RenderedFile[] = [...new Set([...owned.files.keys(), ...staged.keys()])].filter((p) => !removed.has(p)).flatMap((p) => {
      const content = (staged.has(p) ? stagedText(staged.get(p)!) : undefined) ?? current(p);
      return content === undefined ? [] : [{ path: p, content }];
    });
    const deletions = guardedDeletions({ removals, writes }, after, options.retiredApps, parentNamespaceReader((p) => readTreeFile(root, p)));
    for (const d of deletions) problems.push(`it would delete ${d.object} in ${d.path} (synth --allow-delete allows that)`);
  }
  return problems;
}
