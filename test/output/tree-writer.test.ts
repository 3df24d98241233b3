import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OutputTreeError } from '../../lib/output/output-tree-error';
import { sha256 } from '../../lib/output/safe-paths';
import { checkOutDir, DeletionGuardError, OWNED_FILES_MANIFEST, readTreeFile, STAGING_FOLDER, SYSTEM_FOLDERS, TREE_LOCK_FILE, writeTree } from '../../lib/output/tree-writer';
import { snapshotTree, tempDir } from '../support/fixtures';

const read = (root: string, p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const manifestOf = (root: string) => JSON.parse(read(root, OWNED_FILES_MANIFEST));
const writeManifest = (root: string, manifest: unknown) => fs.writeFileSync(path.join(root, OWNED_FILES_MANIFEST), JSON.stringify(manifest));
const put = (root: string, p: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
  fs.writeFileSync(path.join(root, p), content);
};

/** A folder outside the tree with a file the writer must never touch. */
function victim(): { dir: string; file: string } {
  const dir = tempDir('langfuse-victim-');
  const file = path.join(dir, 'victim.yaml');
  fs.writeFileSync(file, 'precious\n');
  return { dir, file };
}

describe('writeTree', () => {
  test('writes every file and records each with its sha256, and the folders it created', () => {
    const root = tempDir();
    const report = writeTree(root, [{ path: 'apps/ns/a/ks.yaml', content: 'a\n' }, { path: 'apps/ns/a/app/x.yaml', content: 'x\n' }]);
    expect(report.written).toEqual(['apps/ns/a/ks.yaml', 'apps/ns/a/app/x.yaml']);
    expect(read(root, 'apps/ns/a/app/x.yaml')).toBe('x\n');
    expect(manifestOf(root)).toEqual({
      generator: 'langfuse-cdk8s', format: 2, hash: 'sha256',
      files: { 'apps/ns/a/app/x.yaml': sha256('x\n'), 'apps/ns/a/ks.yaml': sha256('a\n') },
      folders: ['apps', 'apps/ns', 'apps/ns/a', 'apps/ns/a/app'],
    });
  });

  test('leaves identical files untouched, byte for byte and by modification time', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/ks.yaml', content: 'same\n' }]);
    const before = fs.statSync(path.join(root, 'a/ks.yaml')).mtimeMs;
    const manifestBefore = fs.statSync(path.join(root, OWNED_FILES_MANIFEST)).mtimeMs;
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'same\n' }]);
    expect(report).toEqual({ written: [], unchanged: ['a/ks.yaml'], removed: [], adopted: [], warnings: [] });
    expect(fs.statSync(path.join(root, 'a/ks.yaml')).mtimeMs).toBe(before);
    expect(fs.statSync(path.join(root, OWNED_FILES_MANIFEST)).mtimeMs).toBe(manifestBefore);
  });

  test('removes files it wrote before and no longer emits, and the folders it created that are left empty', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'apps/ns/old/app/x.yaml', content: 'x\n' }, { path: 'apps/ns/keep/ks.yaml', content: 'k\n' }]);
    const report = writeTree(root, [{ path: 'apps/ns/keep/ks.yaml', content: 'k\n' }]);
    expect(report.removed).toEqual(['apps/ns/old/app/x.yaml']);
    expect(fs.existsSync(path.join(root, 'apps/ns/old'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'apps/ns/keep/ks.yaml'))).toBe(true);
    expect(manifestOf(root).folders).toEqual(['apps', 'apps/ns', 'apps/ns/keep']);
  });

  test('never removes a folder it did not create, even when its files leave it empty', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'apps/ns'), { recursive: true });
    writeTree(root, [{ path: 'apps/ns/a/ks.yaml', content: 'a\n' }]);
    writeTree(root, []);
    expect(fs.existsSync(path.join(root, 'apps/ns/a'))).toBe(false);
    expect(fs.statSync(path.join(root, 'apps/ns')).isDirectory()).toBe(true);
  });

  test('never touches files it did not write, even inside its own folders', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'apps/ns/a/app/x.yaml', content: 'x\n' }]);
    fs.writeFileSync(path.join(root, 'apps/ns/a/app/handwritten.yaml'), 'mine\n');
    fs.writeFileSync(path.join(root, 'README.md'), 'mine\n');
    writeTree(root, []);
    expect(read(root, 'apps/ns/a/app/handwritten.yaml')).toBe('mine\n');
    expect(read(root, 'README.md')).toBe('mine\n');
    expect(fs.existsSync(path.join(root, 'apps/ns/a/app/x.yaml'))).toBe(false);
  });

  test('leaves no staging folder, journal, lock or temporary file behind', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/app/x.yaml', content: 'x\n' }]);
    writeTree(root, [{ path: 'a/app/x.yaml', content: 'y\n' }]);
    expect(fs.readdirSync(root).sort()).toEqual([OWNED_FILES_MANIFEST, 'a']);
    expect(fs.readdirSync(path.join(root, 'a/app'))).toEqual(['x.yaml']);
  });

  test('refuses to write a path that is not a tree file, before writing anything', () => {
    const root = tempDir();
    for (const bad of ['../x/ks.yaml', '/etc/ks.yaml', 'a/../../ks.yaml', '.git/app/x.yaml', 'README.md', 'a/app/x.sh']) {
      expect(() => writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }, { path: bad, content: 'x\n' }])).toThrow(OutputTreeError);
    }
    expect(fs.readdirSync(root)).toEqual([]);
  });
});

describe('the ownership manifest is untrusted', () => {
  test('entries with "..", an absolute path or a dot folder are ignored with a warning and nothing outside is removed', () => {
    const { dir, file } = victim();
    const root = tempDir();
    const outside = path.relative(root, file);
    writeManifest(root, {
      format: 2,
      files: { [outside]: sha256('precious\n'), [file]: sha256('precious\n'), 'a/../../x/ks.yaml': sha256('precious\n'), '.git/config': sha256('x') },
    });
    const report = writeTree(root, []);
    expect(read(dir, 'victim.yaml')).toBe('precious\n');
    expect(report.removed).toEqual([]);
    expect(report.warnings.join('\n')).toContain('ignored 4 entries, never touched');
    expect(report.warnings.join('\n')).toContain(JSON.stringify(outside));
  });

  test('an entry reached through a symlinked folder is never followed: evil/app/victim.yaml with evil a link', () => {
    const { dir, file } = victim();
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'evil'));
    fs.symlinkSync(dir, path.join(root, 'evil', 'app'));
    writeManifest(root, { format: 2, files: { 'evil/app/victim.yaml': sha256('precious\n') } });
    const report = writeTree(root, []);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious\n');
    expect(report.removed).toEqual([]);
    expect(report.warnings.join('\n')).toContain('evil/app/victim.yaml is no longer emitted but is left in place: evil/app is a symbolic link');
  });

  test('a hand-written app file listed with its correct hash is kept when synth manages neither its app\'s ks.yaml write nor its removal', () => {
    const root = tempDir();
    put(root, 'other/ks.yaml', 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: other\n  namespace: flux-system\n');
    put(root, 'other/app/precious.yaml', 'precious\n');
    writeManifest(root, { format: 2, files: { 'other/app/precious.yaml': sha256('precious\n') } });
    const report = writeTree(root, [{ path: 'mine/ks.yaml', content: 'mine\n' }]);
    expect(read(root, 'other/app/precious.yaml')).toBe('precious\n');
    expect(report.removed).toEqual([]);
    expect(report.warnings).toContain('other/app/precious.yaml is no longer emitted but is left in place: synth neither writes nor removes other/ks.yaml, '
      + 'so the app is not one it manages');
    // listing the app's ks.yaml too makes it the removal of a whole Flux app, which the deletion guard stops
    writeManifest(root, { format: 2, files: { 'other/app/precious.yaml': sha256('precious\n'), 'other/ks.yaml': sha256(read(root, 'other/ks.yaml')) } });
    expect(() => writeTree(root, [{ path: 'mine/ks.yaml', content: 'mine\n' }])).toThrow(DeletionGuardError);
    expect(read(root, 'other/app/precious.yaml')).toBe('precious\n');
  });

  test('an app file synth stops emitting is removed while it writes the app\'s ks.yaml', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }, { path: 'a/app/old.yaml', content: 'old\n' }]);
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
    expect(report.removed).toEqual(['a/app/old.yaml']);
    expect(fs.existsSync(path.join(root, 'a/app'))).toBe(false);
  });

  test('README.md and .git/config, listed with their correct hashes, are never removed', () => {
    const root = tempDir();
    put(root, 'README.md', 'readme\n');
    put(root, '.git/config', '[core]\n');
    writeManifest(root, { format: 2, files: { 'README.md': sha256('readme\n'), '.git/config': sha256('[core]\n') } });
    const report = writeTree(root, []);
    expect(read(root, 'README.md')).toBe('readme\n');
    expect(read(root, '.git/config')).toBe('[core]\n');
    expect(report.warnings.join('\n')).toMatch(/ignored 2 entries, never touched: "README.md" \(not a file path the writer emits\)/);
  });

  test('a listed file whose content is not what the writer recorded is left in place', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/app/x.yaml', content: 'x\n' }]);
    fs.writeFileSync(path.join(root, 'a/app/x.yaml'), 'edited by hand\n');
    const report = writeTree(root, []);
    expect(read(root, 'a/app/x.yaml')).toBe('edited by hand\n');
    expect(report.warnings).toContain('a/app/x.yaml is no longer emitted but is left in place: it changed since langfuse-cdk8s wrote it');
  });

  test.each([
    ['not JSON', '{ "format": 2, <<<<<<< HEAD'],
    ['of the wrong shape', '{"files": "everything"}'],
    ['a number', '42'],
  ])('a manifest that is %s lists nothing: a warning, no stack, nothing removed, and synth replaces it', (_what, text) => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/app/x.yaml', content: 'x\n' }]);
    fs.writeFileSync(path.join(root, OWNED_FILES_MANIFEST), text);
    const report = writeTree(root, [{ path: 'a/app/x.yaml', content: 'x\n' }, { path: 'b/ks.yaml', content: 'b\n' }]);
    expect(report.warnings.join('\n')).toContain(`${OWNED_FILES_MANIFEST} is`);
    expect(report.warnings.join('\n')).toContain('treated as listing nothing, so no file is removed');
    expect(manifestOf(root).files).toEqual({ 'a/app/x.yaml': sha256('x\n'), 'b/ks.yaml': sha256('b\n') });
  });

  test('the old format (a list without hashes) is read, but its files are never removed', () => {
    const root = tempDir();
    put(root, 'a/app/x.yaml', 'x\n');
    put(root, 'a/ks.yaml', 'a\n');
    writeManifest(root, ['a/app/x.yaml', 'a/ks.yaml']);
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
    expect(read(root, 'a/app/x.yaml')).toBe('x\n');
    expect(report.unchanged).toEqual(['a/ks.yaml']);
    expect(report.warnings.join('\n')).toContain('the old format without hashes');
    expect(report.warnings).toContain('a/app/x.yaml is no longer emitted but is left in place: '
      + 'an old-format manifest lists it without a hash, so it is not provably this tool\'s');
    expect(manifestOf(root).files).toEqual({ 'a/ks.yaml': sha256('a\n') });
  });

  test('a manifest that is a symbolic link is never written through: the link is replaced', () => {
    const { dir, file } = victim();
    const root = tempDir();
    fs.symlinkSync(file, path.join(root, OWNED_FILES_MANIFEST));
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious\n');
    expect(fs.lstatSync(path.join(root, OWNED_FILES_MANIFEST)).isFile()).toBe(true);
    expect(report.warnings.join('\n')).toContain(`${OWNED_FILES_MANIFEST} is a symbolic link`);
    expect(fs.readdirSync(dir)).toEqual(['victim.yaml']);
  });
});

describe('no write leaves --out', () => {
  test.each(['apps', 'apps/ns/a/app'])('a symlinked %s folder inside the tree stops the write, naming it, and nothing is written', (link) => {
    const { dir } = victim();
    const root = tempDir();
    fs.mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    fs.symlinkSync(dir, path.join(root, link));
    expect(() => writeTree(root, [{ path: 'apps/ns/a/app/x.yaml', content: 'x\n' }, { path: 'apps/ns/a/ks.yaml', content: 'a\n' }]))
      .toThrow(new RegExp(`apps/ns/a/app/x\\.yaml: ${link.replace(/\//g, '\\/')} is a symbolic link`));
    expect(fs.readdirSync(dir)).toEqual(['victim.yaml']);
    expect(fs.existsSync(path.join(root, OWNED_FILES_MANIFEST))).toBe(false);
    expect(fs.existsSync(path.join(root, TREE_LOCK_FILE))).toBe(false);
  });

  test('an emitted file that is a symbolic link is not written through, even with adopt', () => {
    const { file } = victim();
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'a'));
    fs.symlinkSync(file, path.join(root, 'a/ks.yaml'));
    expect(() => writeTree(root, [{ path: 'a/ks.yaml', content: 'pwned\n' }], { adopt: true })).toThrow(/a\/ks\.yaml is a symbolic link/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious\n');
  });

  test('a temporary-file symlink planted where older versions wrote (<file>.tmp-<pid>) is not followed', () => {
    const { file } = victim();
    const root = tempDir();
    writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
    fs.symlinkSync(file, path.join(root, `a/ks.yaml.tmp-${process.pid}`));
    writeTree(root, [{ path: 'a/ks.yaml', content: 'b\n' }]);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious\n');
    expect(read(root, 'a/ks.yaml')).toBe('b\n');
  });

  test('a planted staging folder full of symlinks is cleared without following them', () => {
    const { dir, file } = victim();
    const root = tempDir();
    fs.mkdirSync(path.join(root, STAGING_FOLDER));
    fs.symlinkSync(file, path.join(root, STAGING_FOLDER, 'ab'.repeat(16)));
    fs.symlinkSync(dir, path.join(root, STAGING_FOLDER, 'folder'));
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious\n');
    expect(fs.readdirSync(dir)).toEqual(['victim.yaml']);
    expect(fs.existsSync(path.join(root, STAGING_FOLDER))).toBe(false);
    expect(report.warnings.join('\n')).toContain(`removed ${STAGING_FOLDER} of an interrupted synth`);
  });

  test('a staging folder that is a symbolic link stops the write', () => {
    const { dir } = victim();
    const root = tempDir();
    fs.symlinkSync(dir, path.join(root, STAGING_FOLDER));
    expect(() => writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }])).toThrow(/is not a staging folder this tool made/);
    expect(fs.readdirSync(dir)).toEqual(['victim.yaml']);
  });

  test('--out naming an existing file is refused', () => {
    const { file } = victim();
    expect(() => writeTree(file, [{ path: 'a/ks.yaml', content: 'a\n' }])).toThrow(/is a file, not a folder/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious\n');
  });

  test('--out that is a symbolic link is refused, and one to a system folder says so', () => {
    const { dir } = victim();
    const links = tempDir();
    fs.symlinkSync(dir, path.join(links, 'out'));
    fs.symlinkSync('/', path.join(links, 'root'));
    expect(() => writeTree(path.join(links, 'out'), [])).toThrow(/is a symbolic link to .*: the writer never writes through links/);
    expect(() => writeTree(path.join(links, 'root'), [])).toThrow(/is a symbolic link to the system folder \//);
    expect(fs.readdirSync(dir)).toEqual(['victim.yaml']);
  });

  test.each(['/', '/etc', '/usr', '/proc/self', os.homedir(), os.tmpdir(), '/var/../etc'])('--out %s is refused before anything is touched', (out) => {
    expect(() => writeTree(out, [])).toThrow(OutputTreeError);
    expect(() => writeTree(out, [])).toThrow(/is the system folder/);
    expect(fs.existsSync(path.join(out, OWNED_FILES_MANIFEST))).toBe(false);
  });

  describe('cdk8s synth\'s own output folder (CDK8S_OUTDIR), which cdk8s synth empties before it runs the app', () => {
    const saved = { out: process.env.CDK8S_OUTDIR, record: process.env.CDK8S_RECORD_CONSTRUCT_METADATA };
    afterEach(() => {
      for (const [name, value] of [['CDK8S_OUTDIR', saved.out], ['CDK8S_RECORD_CONSTRUCT_METADATA', saved.record]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    });
    const asCdk8sApp = (outDir: string) => {
      process.env.CDK8S_OUTDIR = outDir;
      process.env.CDK8S_RECORD_CONSTRUCT_METADATA = 'false';
    };

    test.each([['is', ''], ['is inside', 'flux']])('a tree that %s it is refused before anything is touched, naming both folders and the way out', (verb, sub) => {
      const cdk8sOut = tempDir();
      asCdk8sApp(cdk8sOut);
      const root = path.join(cdk8sOut, sub);
      fs.mkdirSync(root, { recursive: true });
      const write = () => writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
      expect(write).toThrow(OutputTreeError);
      expect(write).toThrow(`the Flux tree's folder "${root}" ${verb} cdk8s synth's output folder ${cdk8sOut} (CDK8S_OUTDIR), which cdk8s synth empties before it runs the app`);
      expect(write).toThrow(/point `output:` in cdk8s\.yaml at a throwaway folder like \.cdk8s\.out/);
      expect(fs.readdirSync(root)).toEqual([]);
    });

    test('a tree that reaches it through a symbolic link on the way is refused too', () => {
      const project = tempDir();
      const cdk8sOut = path.join(project, 'dist');
      fs.mkdirSync(cdk8sOut);
      asCdk8sApp(cdk8sOut);
      const links = tempDir();
      fs.symlinkSync(project, path.join(links, 'l2'));
      const write = () => writeTree(path.join(links, 'l2', 'dist'), [{ path: 'a/ks.yaml', content: 'a\n' }]);
      expect(write).toThrow(/is cdk8s synth's output folder .* \(CDK8S_OUTDIR\)/);
      expect(() => writeTree(path.join(links, 'l2', 'dist', 'flux'), [{ path: 'a/ks.yaml', content: 'a\n' }])).toThrow(/is inside cdk8s synth's output folder/);
      expect(fs.readdirSync(cdk8sOut)).toEqual([]);
    });

    test('a tree next to it (even with the same prefix), or the same folder outside cdk8s synth, is written', () => {
      const parent = tempDir();
      asCdk8sApp(path.join(parent, 'dist'));
      expect(writeTree(path.join(parent, 'dist-flux'), [{ path: 'a/ks.yaml', content: 'a\n' }]).written).toEqual(['a/ks.yaml']);
      // only CDK8S_OUTDIR without the second variable cdk8s-cli sets: not cdk8s synth's app
      delete process.env.CDK8S_RECORD_CONSTRUCT_METADATA;
      expect(writeTree(path.join(parent, 'dist'), [{ path: 'a/ks.yaml', content: 'a\n' }]).written).toEqual(['a/ks.yaml']);
    });
  });

  test('--out below a symbolic link to a system folder is refused: lnk -> /var, then --out lnk/tmp (/var/tmp), lnk/lib, and one still missing', () => {
    // checkOutDir, which writeTree runs first: a regression must not write into a system folder
    const links = tempDir();
    fs.symlinkSync('/var', path.join(links, 'lnk'));
    fs.symlinkSync('/', path.join(links, 'top'));
    for (const [out, system] of [['lnk/tmp', '/var/tmp'], ['lnk/lib', '/var/lib'], ['top/etc', '/etc'], ['top/proc/not-there/yet', '/proc']]) {
      expect(() => checkOutDir(path.join(links, out))).toThrow(new RegExp(`is the system folder ${system} \\(through a symbolic link on the way: `));
    }
    fs.mkdirSync(path.join(links, 'real'));
    fs.symlinkSync(path.join(links, 'real'), path.join(links, 'mine'));
    expect(checkOutDir(path.join(links, 'mine/dist'))).toBe(path.join(links, 'mine/dist'));
  });

  test('the system folders are one list that covers the roots of Linux and macOS', () => {
    for (const folder of ['/', '/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/opt', '/proc', '/root', '/sbin', '/sys', '/usr', '/var', '/Users', '/System']) {
      expect(SYSTEM_FOLDERS).toContain(folder);
    }
  });
});

describe('files the writer did not write are not overwritten', () => {
  test('an unowned file at an emitted path stops the write before anything is written, naming every such file', () => {
    const root = tempDir();
    put(root, 'a/app/x.yaml', 'hand-written\n');
    put(root, 'a/ks.yaml', 'templated\n');
    const before = snapshotTree(root);
    let error: unknown;
    try {
      writeTree(root, [{ path: 'a/app/new.yaml', content: 'n\n' }, { path: 'a/app/x.yaml', content: 'x\n' }, { path: 'a/ks.yaml', content: 'a\n' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputTreeError);
    expect((error as Error).message).toContain('synth stopped before writing anything: 2 files');
    expect((error as Error).message).toContain('  a/app/x.yaml: not written by langfuse-cdk8s (not in its manifest)');
    expect((error as Error).message).toContain('  a/ks.yaml: not written by langfuse-cdk8s');
    expect((error as Error).message).toContain('--adopt');
    expect(snapshotTree(root)).toEqual(before);
  });

  test('a file the writer wrote but someone edited is not overwritten either', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
    fs.writeFileSync(path.join(root, 'a/ks.yaml'), 'edited\n');
    expect(() => writeTree(root, [{ path: 'a/ks.yaml', content: 'b\n' }])).toThrow(/a\/ks\.yaml: changed since langfuse-cdk8s wrote it/);
    expect(read(root, 'a/ks.yaml')).toBe('edited\n');
  });

  test('with adopt, unowned files are overwritten, reported and owned from then on', () => {
    const root = tempDir();
    put(root, 'a/ks.yaml', 'templated\n');
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }], { adopt: true });
    expect(report.adopted).toEqual(['a/ks.yaml']);
    expect(read(root, 'a/ks.yaml')).toBe('a\n');
    expect(manifestOf(root).files).toEqual({ 'a/ks.yaml': sha256('a\n') });
    expect(writeTree(root, []).removed).toEqual(['a/ks.yaml']);
  });

  test('a file already holding exactly what would be written is left as it is, and owned', () => {
    const root = tempDir();
    put(root, 'a/ks.yaml', 'a\n');
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }]);
    expect(report).toMatchObject({ unchanged: ['a/ks.yaml'], adopted: [] });
    expect(manifestOf(root).files).toEqual({ 'a/ks.yaml': sha256('a\n') });
  });
});

describe('readTreeFile', () => {
  test('reads only regular files inside the tree, never through a link or out of it', () => {
    const { dir, file } = victim();
    const root = tempDir();
    put(root, 'a/app/x.yaml', 'x\n');
    fs.symlinkSync(dir, path.join(root, 'linked'));
    fs.symlinkSync(file, path.join(root, 'a/app/link.yaml'));
    expect(readTreeFile(root, 'a/app/x.yaml')).toBe('x\n');
    expect(readTreeFile(root, 'linked/victim.yaml')).toBeUndefined();
    expect(readTreeFile(root, 'a/app/link.yaml')).toBeUndefined();
    expect(readTreeFile(root, path.relative(root, file))).toBeUndefined();
    expect(readTreeFile(root, file)).toBeUndefined();
    expect(readTreeFile(root, 'a/app')).toBeUndefined();
  });
});
