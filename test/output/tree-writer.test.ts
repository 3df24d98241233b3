import * as fs from 'fs';
import * as path from 'path';
import { OWNED_FILES_MANIFEST, writeTree } from '../../lib/output/tree-writer';
import { tempDir } from '../support/fixtures';

const read = (root: string, p: string) => fs.readFileSync(path.join(root, p), 'utf8');

describe('writeTree', () => {
  test('writes every file and records the files it owns', () => {
    const root = tempDir();
    const report = writeTree(root, [{ path: 'apps/ns/a/ks.yaml', content: 'a\n' }, { path: 'apps/ns/a/app/x.yaml', content: 'x\n' }]);
    expect(report.written).toEqual(['apps/ns/a/ks.yaml', 'apps/ns/a/app/x.yaml']);
    expect(read(root, 'apps/ns/a/app/x.yaml')).toBe('x\n');
    expect(JSON.parse(read(root, OWNED_FILES_MANIFEST))).toEqual(['apps/ns/a/app/x.yaml', 'apps/ns/a/ks.yaml']);
  });

  test('leaves identical files untouched, byte for byte and by modification time', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/ks.yaml', content: 'same\n' }]);
    const before = fs.statSync(path.join(root, 'a/ks.yaml')).mtimeMs;
    const report = writeTree(root, [{ path: 'a/ks.yaml', content: 'same\n' }]);
    expect(report).toEqual({ written: [], unchanged: ['a/ks.yaml'], removed: [] });
    expect(fs.statSync(path.join(root, 'a/ks.yaml')).mtimeMs).toBe(before);
  });

  test('removes files it wrote before and no longer emits, and their empty folders', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'apps/ns/old/app/x.yaml', content: 'x\n' }, { path: 'apps/ns/keep/ks.yaml', content: 'k\n' }]);
    const report = writeTree(root, [{ path: 'apps/ns/keep/ks.yaml', content: 'k\n' }]);
    expect(report.removed).toEqual(['apps/ns/old/app/x.yaml']);
    expect(fs.existsSync(path.join(root, 'apps/ns/old'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'apps/ns/keep/ks.yaml'))).toBe(true);
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

  test('fails on a corrupted ownership manifest instead of deleting anything', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, OWNED_FILES_MANIFEST), JSON.stringify(['../../etc/passwd']));
    expect(() => writeTree(root, [])).toThrow(/is not a list of relative file paths/);
  });

  test('leaves no temporary files behind', () => {
    const root = tempDir();
    writeTree(root, [{ path: 'a/app/x.yaml', content: 'x\n' }]);
    expect(fs.readdirSync(path.join(root, 'a/app'))).toEqual(['x.yaml']);
  });
});
