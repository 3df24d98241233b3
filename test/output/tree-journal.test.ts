import * as fs from 'fs';
import * as path from 'path';
import { OutputTreeError } from '../../lib/output/output-tree-error';
import { sha256 } from '../../lib/output/safe-paths';
import { commitJournal, createStaging, JOURNAL_FILE, stageFile, STAGING_FOLDER, TreeJournal } from '../../lib/output/tree-journal';
import { treeLeftovers } from '../../lib/output/tree-leftovers';
import { OWNED_FILES_MANIFEST, writeTree } from '../../lib/output/tree-writer';
import { snapshotTree, tempDir } from '../support/fixtures';

const read = (root: string, p: string) => fs.readFileSync(path.join(root, p), 'utf8');

/**
 * A tree on which a synth from {a/ks.yaml: "old", gone/ks.yaml} to {a/ks.yaml: "new", b/app/x.yaml}
 * committed its journal and was killed before applying any of it.
 */
function interruptedSwitch(): { root: string; journal: TreeJournal; staging: string } {
  const root = tempDir();
  writeTree(root, [{ path: 'a/ks.yaml', content: 'old\n' }, { path: 'gone/ks.yaml', content: 'gone\n' }]);
  const manifest = read(root, OWNED_FILES_MANIFEST);
  const staging = createStaging(root);
  const newManifest = JSON.stringify({ format: 2, files: { 'a/ks.yaml': sha256('new\n'), 'b/app/x.yaml': sha256('x\n') }, folders: ['a', 'b', 'b/app'] });
  const journal: TreeJournal = {
    format: 1,
    mkdirs: ['b', 'b/app'],
    renames: [
      { from: stageFile(staging, 'new\n'), to: 'a/ks.yaml', sha256: sha256('new\n'), previous: sha256('old\n') },
      { from: stageFile(staging, 'x\n'), to: 'b/app/x.yaml', sha256: sha256('x\n'), previous: null },
    ],
    removals: [{ path: 'gone/ks.yaml', sha256: sha256('gone\n') }],
    rmdirs: ['gone'],
    manifest: { from: stageFile(staging, newManifest), to: OWNED_FILES_MANIFEST, sha256: sha256(newManifest), previous: sha256(manifest) },
  };
  commitJournal(staging, journal);
  return { root, journal, staging };
}

const tamper = (staging: string, edit: (journal: any) => void) => {
  const file = path.join(staging, JOURNAL_FILE);
  const journal = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(journal);
  fs.writeFileSync(file, JSON.stringify(journal));
};

describe('recovery from an interrupted switch', () => {
  test('diff and validate see the unfinished journal as a leftover', () => {
    const { root } = interruptedSwitch();
    expect(treeLeftovers(root)).toEqual([expect.objectContaining({ path: `${STAGING_FOLDER}/${JOURNAL_FILE}`, severity: 'error' })]);
  });

  test('the next write completes the switch the journal records, then writes its own tree', () => {
    const { root } = interruptedSwitch();
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'new\n' }, { path: 'b/app/x.yaml', content: 'x\n' }]);
    expect(report.warnings[0]).toBe('completed the switch of an interrupted synth (2 files placed, 1 removed)');
    expect(report.unchanged).toEqual(['a/ks.yaml', 'b/app/x.yaml']);
    expect(Object.keys(snapshotTree(root)).sort()).toEqual([OWNED_FILES_MANIFEST, 'a/ks.yaml', 'b/app/x.yaml']);
    expect(fs.existsSync(path.join(root, 'gone'))).toBe(false);
    expect(treeLeftovers(root)).toEqual([]);
  });

  test('a switch interrupted half-way (some renames done) is completed the same way', () => {
    const { root, journal, staging } = interruptedSwitch();
    fs.mkdirSync(path.join(root, 'b/app'), { recursive: true });
    fs.renameSync(path.join(staging, journal.renames[0].from), path.join(root, 'a/ks.yaml'));
    writeTree(root, [{ path: 'a/ks.yaml', content: 'new\n' }, { path: 'b/app/x.yaml', content: 'x\n' }]);
    expect(read(root, 'a/ks.yaml')).toBe('new\n');
    expect(read(root, 'b/app/x.yaml')).toBe('x\n');
    expect(fs.existsSync(path.join(root, 'gone'))).toBe(false);
  });

  test('staging without a journal means the tree was never touched: the staging folder is removed', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/ks.yaml', content: 'old\n' }]);
    const before = snapshotTree(root);
    stageFile(createStaging(root), 'half-staged\n');
    expect(treeLeftovers(root)).toEqual([expect.objectContaining({ path: STAGING_FOLDER, severity: 'error' })]);
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'old\n' }]);
    expect(report.warnings).toEqual([`removed ${STAGING_FOLDER} of an interrupted synth (it had not changed the tree)`]);
    expect(snapshotTree(root)).toEqual(before);
  });

  test.each([
    ['a rename out of the tree', (j: any) => { j.renames[0].to = '../escaped/ks.yaml'; }],
    ['a rename from outside the staging folder', (j: any) => { j.renames[0].from = '../../a/ks.yaml'; }],
    ['the removal of a file the writer never emits', (j: any) => { j.removals.push({ path: 'README.md', sha256: sha256('readme\n') }); }],
    ['an absolute folder', (j: any) => { j.mkdirs.push('/etc/cron.d'); }],
    ['an unknown format', (j: any) => { j.format = 7; }],
  ])('a journal with %s is refused, naming it, and nothing is touched', (_what, edit) => {
    const { root, staging } = interruptedSwitch();
    fs.writeFileSync(path.join(root, 'README.md'), 'readme\n');
    tamper(staging, edit);
    const before = snapshotTree(root);
    expect(() => writeTree(root, [])).toThrow(OutputTreeError);
    expect(() => writeTree(root, [])).toThrow(/journal\.json is not a journal this tool wrote/);
    expect(snapshotTree(root)).toEqual(before);
  });

  test('a journal that is not JSON is refused without a stack', () => {
    const { root, staging } = interruptedSwitch();
    fs.writeFileSync(path.join(staging, JOURNAL_FILE), '{');
    expect(() => writeTree(root, [])).toThrow(/is not a journal this tool wrote \(.*JSON/);
  });

  test('a file changed since the interrupted synth is not overwritten by the roll-forward', () => {
    const { root } = interruptedSwitch();
    fs.writeFileSync(path.join(root, 'a/ks.yaml'), 'edited after the crash\n');
    const before = snapshotTree(root);
    expect(() => writeTree(root, [])).toThrow(/cannot complete the interrupted synth .*: a\/ks\.yaml changed since that synth/);
    expect(snapshotTree(root)).toEqual(before);
  });

  test('a damaged staged copy is not switched in', () => {
    const { root, journal, staging } = interruptedSwitch();
    fs.writeFileSync(path.join(staging, journal.renames[1].from), 'corrupted\n');
    expect(() => writeTree(root, [])).toThrow(/the staged copy of b\/app\/x\.yaml is damaged/);
    expect(fs.existsSync(path.join(root, 'b'))).toBe(false);
  });
});

describe('a journal is committed with the tree, so it is checked like a synth before it is applied', () => {
  /** A journal planted next to a tree this tool wrote: it overwrites and removes hand-written files. */
  function plantedJournal(): { root: string; staging: string } {
    const { root, staging } = interruptedSwitch();
    fs.mkdirSync(path.join(root, 'other/app'), { recursive: true });
    fs.writeFileSync(path.join(root, 'other/ks.yaml'), 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: other\n  namespace: flux-system\n');
    fs.writeFileSync(path.join(root, 'other/app/handwritten.yaml'), 'hand-written\n');
    const evil = stageFile(staging, 'planted\n');
    tamper(staging, (j) => {
      j.renames.push({ from: evil, to: 'other/app/handwritten.yaml', sha256: sha256('planted\n'), previous: sha256('hand-written\n') });
      j.removals.push({ path: 'other/ks.yaml', sha256: sha256(read(root, 'other/ks.yaml')) });
    });
    return { root, staging };
  }

  test('a planted journal that overwrites and removes hand-written files is ignored with a warning, and they stay', () => {
    const { root } = plantedJournal();
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'old\n' }, { path: 'gone/ks.yaml', content: 'gone\n' }]);
    expect(report.warnings[0]).toMatch(new RegExp(`^ignored and removed ${STAGING_FOLDER}/${JOURNAL_FILE} of an interrupted synth`));
    expect(report.warnings[0]).toContain('it would overwrite other/app/handwritten.yaml, which the ownership manifest does not list with its content');
    expect(report.warnings[0]).toContain('it would remove other/ks.yaml, which the ownership manifest does not list with its content');
    expect(read(root, 'other/app/handwritten.yaml')).toBe('hand-written\n');
    expect(read(root, 'other/ks.yaml')).toContain('kind: Kustomization');
    expect(fs.existsSync(path.join(root, STAGING_FOLDER))).toBe(false);
    expect(treeLeftovers(root)).toEqual([]);
  });

  test('--adopt does not extend to the journal: it still may not overwrite an unowned file, nor remove one', () => {
    const { root } = plantedJournal();
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'old\n' }, { path: 'gone/ks.yaml', content: 'gone\n' }], { adopt: true });
    expect(report.warnings[0]).toContain('it would overwrite other/app/handwritten.yaml, which the ownership manifest does not list with its content');
    expect(report.warnings[0]).toContain('it would remove other/ks.yaml');
    expect(read(root, 'other/app/handwritten.yaml')).toBe('hand-written\n');
  });

  describe('a namespace folder\'s kustomization (the parent) it rewrites', () => {
    const PARENT = 'ns/kustomization.yaml';
    const ks = (name: string) => `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ${name}\n  namespace: flux-system\n`;
    const parentText = (entries: string[], extra = '') => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${extra}resources:\n${entries.map((e) => `  - ${e}\n`).join('')}`;
    /** A tree whose parent synth manages (it lists ./app/ks.yaml and the operator's ./mine/ks.yaml), and a journal that rewrites it. */
    function journalRewritingParent(staged: string, alsoWrites: string[] = []): string {
      const root = tempDir();
      fs.mkdirSync(path.join(root, 'ns/mine'), { recursive: true });
      fs.writeFileSync(path.join(root, 'ns/mine/ks.yaml'), 'hand-written\n');
      fs.writeFileSync(path.join(root, PARENT), parentText(['./mine/ks.yaml']));
      writeTree(root, [{ path: 'ns/app/ks.yaml', content: ks('app') }], { adopt: true });
      expect(read(root, PARENT)).toContain('./app/ks.yaml');
      const manifest = read(root, OWNED_FILES_MANIFEST);
      const staging = createStaging(root);
      const renames = [{ from: stageFile(staging, staged), to: PARENT, sha256: sha256(staged), previous: sha256(read(root, PARENT)) },
        ...alsoWrites.map((p) => ({ from: stageFile(staging, ks('new')), to: p, sha256: sha256(ks('new')), previous: null }))];
      commitJournal(staging, {
        format: 1, mkdirs: alsoWrites.map((p) => path.posix.dirname(p)), renames, removals: [], rmdirs: [],
        manifest: { from: stageFile(staging, manifest), to: OWNED_FILES_MANIFEST, sha256: sha256(manifest), previous: sha256(manifest) },
      });
      return root;
    }

    test.each([
      ['a remote resource', parentText(['./app/ks.yaml', './mine/ks.yaml', 'https://attacker.example/evil.yaml']), /adds or removes resources entries of apps it neither writes nor removes \(\.\/https:/],
      ['the operator\'s entry dropped (Flux would prune that app)', parentText(['./app/ks.yaml']), /entries of apps it neither writes nor removes \(\.\/mine\/ks\.yaml\)/],
      ['another field changed', parentText(['./app/ks.yaml', './mine/ks.yaml'], 'namespace: flux-system\n'), /changes more than the resources entries/],
    ])('is refused when it brings %s: ignored with a warning, the parent stays as it is', (_what, staged, why) => {
      const root = journalRewritingParent(staged);
      const before = read(root, PARENT);
      const report = writeTree(root, [{ path: 'ns/app/ks.yaml', content: ks('app') }]);
      expect(report.warnings[0]).toMatch(new RegExp(`^ignored and removed ${STAGING_FOLDER}/${JOURNAL_FILE}`));
      expect(report.warnings[0]).toMatch(why);
      expect(read(root, PARENT)).toBe(before);
    });

    test('is applied when it only adds the entry of the app the journal writes, as a synth would', () => {
      const root = journalRewritingParent(parentText(['./app/ks.yaml', './mine/ks.yaml', './new/ks.yaml']), ['ns/new/ks.yaml']);
      const report = writeTree(root, [{ path: 'ns/app/ks.yaml', content: ks('app') }, { path: 'ns/new/ks.yaml', content: ks('new') }]);
      expect(report.warnings[0]).toMatch(/^completed the switch of an interrupted synth/);
      expect(read(root, PARENT)).toContain('./new/ks.yaml');
      expect(read(root, PARENT)).toContain('./mine/ks.yaml');
    });
  });

  test('the removal of an owned Flux app is applied only with --allow-delete, as in a synth', () => {
    const ks = 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app\n  namespace: flux-system\n';
    const owned = () => {
      const root = tempDir();
      writeTree(root, [{ path: 'a/ks.yaml', content: ks }, { path: 'b/ks.yaml', content: 'b\n' }]);
      const manifest = read(root, OWNED_FILES_MANIFEST);
      const staging = createStaging(root);
      const next = JSON.stringify({ format: 2, files: { 'b/ks.yaml': sha256('b\n') }, folders: ['b'] });
      commitJournal(staging, {
        format: 1, mkdirs: [], renames: [], removals: [{ path: 'a/ks.yaml', sha256: sha256(ks) }], rmdirs: ['a'],
        manifest: { from: stageFile(staging, next), to: OWNED_FILES_MANIFEST, sha256: sha256(next), previous: sha256(manifest) },
      });
      return root;
    };
    const guarded = owned();
    const refused = writeTree(guarded, [{ path: 'a/ks.yaml', content: ks }, { path: 'b/ks.yaml', content: 'b\n' }]);
    expect(refused.warnings[0]).toContain('it would delete the Flux app a (Kustomization flux-system/app) in a/ks.yaml (synth --allow-delete allows that)');
    expect(read(guarded, 'a/ks.yaml')).toBe(ks);
    const allowed = owned();
    const report = writeTree(allowed, [{ path: 'b/ks.yaml', content: 'b\n' }], { allowDelete: true });
    expect(report.warnings[0]).toBe('completed the switch of an interrupted synth (0 files placed, 1 removed)');
    expect(fs.existsSync(path.join(allowed, 'a'))).toBe(false);
  });
});
