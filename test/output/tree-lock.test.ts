import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OutputTreeError } from '../../lib/output/output-tree-error';
import { acquireTreeLock, readTreeLock, TREE_LOCK_FILE } from '../../lib/output/tree-lock';
import { OWNED_FILES_MANIFEST, writeTree } from '../../lib/output/tree-writer';
import { tempDir } from '../support/fixtures';

const lockText = (pid: number, hostname = os.hostname()) => `${JSON.stringify({ pid, hostname, started: '2026-01-01T00:00:00.000Z', token: 'x' })}\n`;
/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('the tree lock', () => {
  test('is created exclusively with pid, hostname and start time, and removed on release', () => {
    const root = tempDir();
    const release = acquireTreeLock(root);
    const holder = JSON.parse(fs.readFileSync(path.join(root, TREE_LOCK_FILE), 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(Date.parse(holder.started)).not.toBeNaN();
    expect(readTreeLock(root)).toMatchObject({ stale: false, holder: { pid: process.pid } });
    release();
    expect(fs.existsSync(path.join(root, TREE_LOCK_FILE))).toBe(false);
  });

  test('a second synth waits a bounded time for a live holder, then fails naming the lock file, and writes nothing', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, TREE_LOCK_FILE), lockText(process.pid));
    const started = Date.now();
    let error: unknown;
    try {
      writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }], { lockTimeoutMs: 300 });
    } catch (e) {
      error = e;
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(OutputTreeError);
    expect((error as Error).message).toContain(`another synth holds the lock ${path.join(root, TREE_LOCK_FILE)} (pid ${process.pid} on ${os.hostname()}`);
    expect((error as Error).message).toContain('waited 300 ms');
    expect(fs.readdirSync(root)).toEqual([TREE_LOCK_FILE]);
  });

  test('a lock whose process is dead on this host is stale: it is broken and the write goes ahead', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, TREE_LOCK_FILE), lockText(deadPid()));
    expect(readTreeLock(root)?.stale).toBe(true);
    writeTree(root, [{ path: 'a/ks.yaml', content: 'a\n' }], { lockTimeoutMs: 0 });
    expect(fs.readdirSync(root).sort()).toEqual([OWNED_FILES_MANIFEST, 'a']);
  });

  test('a lock held on another host is never judged stale (its pid means nothing here)', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, TREE_LOCK_FILE), lockText(deadPid(), 'another-host'));
    expect(readTreeLock(root)?.stale).toBe(false);
    expect(() => writeTree(root, [], { lockTimeoutMs: 0 })).toThrow(/pid \d+ on another-host/);
  });

  test('an unreadable lock is waited for while fresh (its holder is still writing it) and broken once old', () => {
    const root = tempDir();
    const file = path.join(root, TREE_LOCK_FILE);
    fs.writeFileSync(file, '');
    expect(readTreeLock(root)?.stale).toBe(false);
    expect(() => writeTree(root, [], { lockTimeoutMs: 0 })).toThrow(/a holder that has not written its name yet/);
    const old = new Date(Date.now() - 10_000);
    fs.utimesSync(file, old, old);
    expect(readTreeLock(root)?.stale).toBe(true);
    writeTree(root, [], { lockTimeoutMs: 0 });
    expect(fs.existsSync(file)).toBe(false);
  });

  test('a lock file that is a symbolic link is never followed or removed', () => {
    const root = tempDir();
    const target = path.join(tempDir(), 'target');
    fs.writeFileSync(target, lockText(deadPid()));
    fs.symlinkSync(target, path.join(root, TREE_LOCK_FILE));
    expect(() => writeTree(root, [])).toThrow(/is not a lock file this tool made \(it is a symbolic link\)/);
    expect(fs.lstatSync(path.join(root, TREE_LOCK_FILE)).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(target)).toBe(true);
  });

  test('release leaves a lock that is not its own alone', () => {
    const root = tempDir();
    const release = acquireTreeLock(root);
    fs.writeFileSync(path.join(root, TREE_LOCK_FILE), lockText(process.pid));
    release();
    expect(fs.existsSync(path.join(root, TREE_LOCK_FILE))).toBe(true);
  });
});
