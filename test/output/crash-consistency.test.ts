import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runSynth } from '../../bin/commands/synth';
import { sha256 } from '../../lib/output/safe-paths';
import { JOURNAL_FILE, recoverTree, STAGING_FOLDER } from '../../lib/output/tree-journal';
import { OWNED_FILES_MANIFEST, TREE_LOCK_FILE } from '../../lib/output/tree-writer';
import { decryptSopsYamlDocuments } from '../../lib/sops';
import { ageEnv, capture } from '../cli/support';
import { EXAMPLE_CONFIG_PATH, REPO_ROOT, tempDir } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';

// Crash tests: the real CLI (node scripts/launch.js cli synth) under strace, killed with SIGKILL at
// chosen system calls of its write phase (strace -e inject=SYSCALL:signal=KILL:when=N), at random
// moments of a write phase slowed down by strace delays, and failed with EIO/ENOSPC. After each,
// the tree must be exactly the old one or the new one (an unfinished journal must recover to exactly
// the new one), and the next synth must leave exactly the tree a clean synth writes.

type State = Record<string, string>;

/** The calls that create, rename and remove files and folders, in every variant (`?`: a variant this platform lacks is no error). */
const SWITCH_SYSCALLS = '?rename,?renameat,?renameat2,?unlink,?unlinkat,?mkdir,?mkdirat,?rmdir,fsync';
type Direction = { from: 'a' | 'b'; to: 'a' | 'b' };

const LAUNCH = path.join(REPO_ROOT, 'scripts', 'launch.js');
// strace must be installed and allowed to trace (ptrace), as it is on CI's Debian
const straceAvailable = spawnSync('strace', ['-f', '-o', '/dev/null', 'true']).status === 0;

/** Every folder, file (content) and link under a root, without following links. */
function treeState(root: string): State {
  const state: State = {};
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(root, child);
      if (entry.isSymbolicLink()) state[child] = `link -> ${fs.readlinkSync(full)}`;
      else if (entry.isDirectory()) {
        state[`${child}/`] = 'folder';
        walk(child);
      } else state[child] = fs.readFileSync(full, 'utf8');
    }
  };
  walk('');
  return state;
}

/** The state without the staging folder and the lock: what a reader of the tree sees as the tree. */
function withoutLeftovers(state: State): State {
  return Object.fromEntries(Object.entries(state).filter(([p]) => !p.startsWith(`${STAGING_FOLDER}/`) && p !== TREE_LOCK_FILE));
}

const leftoverPaths = (state: State) => Object.keys(state).filter((p) => p.startsWith(`${STAGING_FOLDER}/`) || p.startsWith(TREE_LOCK_FILE) || /\.tmp-/.test(p));

describeOrSkip(straceAvailable, 'strace not found or not allowed to trace (apt-get install strace)', 'a synth killed at any moment of its write phase', () => {
  let dir: string;
  let childEnv: NodeJS.ProcessEnv;
  let identity: string;
  const configs: Record<'a' | 'b', string> = { a: '', b: '' };
  const raw: Record<'a' | 'b', State> = { a: {}, b: {} };
  const normal: Record<'a' | 'b', State> = { a: {}, b: {} };
  const seeds: Record<'a' | 'b', string> = { a: '', b: '' };
  let runs = 0;
  const exercised: string[] = [];

  /**
   * The state with each Secret file replaced by its decrypted documents and the manifest's hashes of
   * Secret files masked (a re-created Secret file is encrypted anew, so its bytes differ); checks
   * first that every hash in the manifest is the hash of the file it names.
   */
  async function normalized(state: State): Promise<State> {
    const out: State = { ...state };
    for (const [file, text] of Object.entries(state)) {
      if (file.endsWith('.sops.yaml')) out[file] = JSON.stringify(await decryptSopsYamlDocuments(text, [identity]));
    }
    const manifest = JSON.parse(state[OWNED_FILES_MANIFEST]);
    for (const [file, hash] of Object.entries(manifest.files)) {
      if (state[file] === undefined || sha256(state[file]) !== hash) throw new Error(`the manifest's hash of ${file} is not the file's`);
      if (file.endsWith('.sops.yaml')) manifest.files[file] = 'secret';
    }
    out[OWNED_FILES_MANIFEST] = JSON.stringify(manifest);
    return out;
  }

  const cli = (config: 'a' | 'b', out: string) => [process.execPath, LAUNCH, 'cli', 'synth', '--allow-delete', '--config', configs[config], '--out', out];
  function freshCopy(of: 'a' | 'b'): string {
    const out = path.join(dir, `run-${runs++}`);
    fs.cpSync(seeds[of], out, { recursive: true });
    return out;
  }

  /** The next synth, in process (the same code as the CLI): must succeed and leave exactly the clean tree. */
  async function expectNextSynthClean(out: string, to: 'a' | 'b'): Promise<void> {
    const { code, err } = await capture(() => runSynth({ configPath: configs[to], outDir: out, repoRoot: dir, env: childEnv, allowDelete: true }));
    expect({ code, err: code === 0 ? '' : err }).toEqual({ code: 0, err: '' });
    const state = treeState(out);
    expect(leftoverPaths(state)).toEqual([]);
    expect(await normalized(state)).toEqual(normal[to]);
  }

  /** After a kill: exactly the old tree, or exactly the new one (an unfinished journal recovers to exactly the new one). */
  async function expectOldOrNew(out: string, { from, to }: Direction): Promise<'old' | 'new' | 'journal'> {
    const after = treeState(out);
    if (fs.existsSync(path.join(out, STAGING_FOLDER, JOURNAL_FILE))) {
      const recovered = path.join(dir, `recovered-${runs++}`);
      fs.cpSync(out, recovered, { recursive: true });
      recoverTree(recovered, { allowDelete: true }); // as the killed synth ran: with --allow-delete
      expect(await normalized(withoutLeftovers(treeState(recovered)))).toEqual(normal[to]);
      return 'journal';
    }
    const tree = withoutLeftovers(after);
    if (JSON.stringify(tree) === JSON.stringify(raw[from])) return 'old';
    expect(await normalized(tree)).toEqual(normal[to]);
    return 'new';
  }

  /** Main-thread system calls of one synth, numbered per call as strace's `when=` counts them. */
  function probe({ from, to }: Direction, syscalls: string): { name: string; n: number; text: string; writePhase: boolean }[] {
    const out = freshCopy(from);
    const log = path.join(dir, `probe-${runs++}.log`);
    // openat is always traced: the write phase starts with the creation of the lock file
    const traced = [...new Set(['openat', ...syscalls.split(',')])].join(',');
    const result = spawnSync('strace', ['-f', '-y', '-o', log, '-e', `trace=${traced}`, ...cli(to, out)], { cwd: dir, env: childEnv, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = fs.readFileSync(log, 'utf8').split('\n');
    const main = lines[0].split(/\s+/)[0];
    const counts: Record<string, number> = {};
    let writePhase = false;
    const calls = [];
    for (const line of lines) {
      const m = /^(\d+)\s+(\w+)\((.*)$/.exec(line);
      if (!m || m[1] !== main) continue;
      counts[m[2]] = (counts[m[2]] ?? 0) + 1;
      writePhase ||= m[3].includes(TREE_LOCK_FILE);
      calls.push({ name: m[2], n: counts[m[2]], text: m[3], writePhase });
    }
    return calls.filter((c) => syscalls.split(',').map((name) => name.replace(/^\?/, '')).includes(c.name));
  }

  /** `count` values spread evenly over a list, first and last included. */
  const spread = <T>(items: readonly T[], count: number): T[] =>
    (items.length <= count ? [...items] : [...new Set(Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]))]);

  /** The system call strace killed the synth in, from its log (the call that never returned). */
  function killPoint(log: string): string {
    const calls = fs.readFileSync(log, 'utf8').split('\n').filter((l) => /^\d+\s+\w+\(/.test(l));
    const last = calls.pop() ?? '(no call traced)';
    return last.replace(/^\d+\s+/, '').replace(/ <unfinished \.\.\.>$/, '').split(`${dir}/`).join('').slice(0, 150);
  }

  beforeAll(async () => {
    dir = tempDir('langfuse-crash-');
    const age = await ageEnv();
    identity = age.identity;
    childEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...age.env };
    const example = fs.readFileSync(EXAMPLE_CONFIG_PATH, 'utf8');
    configs.a = path.join(dir, 'a.yaml');
    configs.b = path.join(dir, 'b.yaml');
    fs.writeFileSync(configs.a, example);
    // b: another domain (the HTTPRoute hostname AND the Keycloak redirect URIs change) and one app fewer
    const b = example.replace(/^cloudflare_domain: .*$/m, 'cloudflare_domain: example.org')
      .replace(/^litellm_llm_connection_enabled: true/m, 'litellm_llm_connection_enabled: false');
    expect(b).not.toBe(example);
    fs.writeFileSync(configs.b, b);
    // build the CLI bundle once, so no run rebuilds it
    expect(spawnSync(process.execPath, [LAUNCH, 'cli', '--help'], { encoding: 'utf8' }).status).toBe(0);
    const synth = (config: 'a' | 'b', out: string) => spawnSync(process.execPath, cli(config, out).slice(1), { cwd: dir, env: childEnv }).status;
    seeds.a = path.join(dir, 'seed-a');
    expect(synth('a', seeds.a)).toBe(0);
    seeds.b = path.join(dir, 'seed-b');
    fs.cpSync(seeds.a, seeds.b, { recursive: true });
    expect(synth('b', seeds.b)).toBe(0);
    raw.a = treeState(seeds.a);
    raw.b = treeState(seeds.b);
    normal.a = await normalized(raw.a);
    normal.b = await normalized(raw.b);
    const changed = Object.keys(raw.a).filter((f) => raw.b[f] !== undefined && raw.b[f] !== raw.a[f]);
    expect(changed).toEqual(expect.arrayContaining([
      'kubernetes/apps/ai-system/langfuse/app/httproute.yaml', 'kubernetes/apps/identity/langfuse-keycloak-client/app/configmap.yaml',
    ]));
    expect(Object.keys(raw.a).filter((f) => raw.b[f] === undefined)).toContain('kubernetes/apps/ai-system/langfuse-llm-connection/');
  }, 120_000);

  afterAll(() => {
    // one line by default; every kill point and where it landed with CRASH_TESTS_VERBOSE=1
    const landed = (outcome: string) => exercised.filter((e) => e.includes(`→ ${outcome}`)).length;
    if (exercised.length > 0) {
      console.log(`crash tests: ${exercised.length} kill and failure points; the tree was old after ${landed('old')}, new after ${landed('new')}, `
        + `mid-switch with a journal (recovered to new) after ${landed('journal')}${process.env.CRASH_TESTS_VERBOSE ? `\n  ${exercised.join('\n  ')}` : ''}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each<[string, Direction, number]>([
    ['a→b (files changed, an app removed)', { from: 'a', to: 'b' }, 6],
    ['b→a (files changed, an app added)', { from: 'b', to: 'a' }, 4],
  ])('killed at rename, unlink, mkdir, rmdir, fsync and file creation points of %s: old or new, then clean', async (_title, direction, openats) => {
    const calls = probe(direction, `openat,${SWITCH_SYSCALLS}`).filter((c) => c.writePhase);
    const pick = (name: string, count: number) => spread(calls.filter((c) => c.name === name), count);
    // every rename, unlink, mkdir and rmdir of the write phase (whichever of their variants this platform's libc uses),
    // and file creations, reads and flushes spread over it
    const switchCalls = [...new Set(calls.map((c) => c.name))].filter((name) => name !== 'openat' && name !== 'fsync');
    const points = [...switchCalls.flatMap((name) => pick(name, 20)), ...pick('fsync', 3), ...pick('openat', openats)];
    expect(points.filter((p) => p.name.startsWith('rename')).length).toBeGreaterThanOrEqual(6);
    const outcomes: Record<string, number> = {};
    for (const point of points) {
      const out = freshCopy(direction.from);
      const log = path.join(dir, `kill-${runs++}.log`);
      const result = spawnSync('strace', ['-f', '-o', log, '-e', `trace=${point.name}`, '-e', `inject=${point.name}:signal=KILL:when=${point.n}`,
        ...cli(direction.to, out)], { cwd: dir, env: childEnv, encoding: 'utf8' });
      const killed = result.signal === 'SIGKILL' || result.status === 137;
      const outcome = await expectOldOrNew(out, direction);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      exercised.push(`${direction.from}→${direction.to} ${point.name}#${point.n}: ${killed ? killPoint(log) : 'finished'} → ${outcome}`);
      await expectNextSynthClean(out, direction.to);
    }
    // the kills landed on both sides of the commit point and inside the switch
    expect(outcomes).toEqual(expect.objectContaining({ old: expect.any(Number), journal: expect.any(Number) }));
  }, 240_000);

  test('killed at random moments of a write phase that strace slows down: old or new, then clean', async () => {
    let seed = 20260101;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const outcomes: Record<string, number> = {};
    let killed = 0;
    for (let i = 0; i < 6; i++) {
      const direction: Direction = i % 2 === 0 ? { from: 'a', to: 'b' } : { from: 'b', to: 'a' };
      const out = freshCopy(direction.from);
      const child = spawn('strace', ['-f', '-o', '/dev/null', '-e', 'trace=fsync,rename,unlink', '-e', 'inject=fsync,rename,unlink:delay_enter=15000',
        ...cli(direction.to, out)], { cwd: dir, env: childEnv, stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // wait for the write phase (the lock appears), then kill the synth itself after a random delay
      while (!fs.existsSync(path.join(out, TREE_LOCK_FILE)) && child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
      // the slowed write phase lasts 350 to 500 ms (20 to 30 delayed calls), so nearly every kill lands inside it
      const delay = Math.round(random() * 350);
      await new Promise((r) => setTimeout(r, delay));
      const children = fs.existsSync(`/proc/${child.pid}/task/${child.pid}/children`)
        ? fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
      for (const pid of children) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // already gone: the synth finished first
        }
      }
      await exited;
      if (child.signalCode === 'SIGKILL' || child.exitCode === 137) killed++;
      const outcome = await expectOldOrNew(out, direction);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      exercised.push(`${direction.from}→${direction.to} random kill ${delay} ms into the write phase → ${outcome}`);
      await expectNextSynthClean(out, direction.to);
    }
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(6);
    expect(killed).toBeGreaterThan(0);
  }, 120_000);

  test('an I/O error while staging (EIO on fsync, ENOSPC on file creation and on write) fails, leaves the old tree exactly, and nothing behind', async () => {
    const calls = probe({ from: 'a', to: 'b' }, 'openat,pwrite64').filter((c) => c.writePhase && c.text.includes(STAGING_FOLDER));
    const create = calls.find((c) => c.name === 'openat' && c.text.includes('O_CREAT'))!;
    const write = calls.find((c) => c.name === 'pwrite64')!;
    // staged files are written at explicit offsets (pwrite64), nothing else is: the count is exact
    const injects = ['fsync:error=EIO:when=1', `openat:error=ENOSPC:when=${create.n}`, `pwrite64:error=ENOSPC:when=${write.n}`];
    for (const inject of injects) {
      const out = freshCopy('a');
      const result = spawnSync('strace', ['-f', '-o', '/dev/null', '-e', `trace=${inject.split(':')[0]}`, '-e', `inject=${inject}`, ...cli('b', out)],
        { cwd: dir, env: childEnv, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('the previous tree is unchanged');
      expect(treeState(out)).toEqual(raw.a);
      exercised.push(`a→b ${inject} → old, nothing left behind`);
      await expectNextSynthClean(out, 'b');
    }
  }, 60_000);

  test('an I/O error half-way through the switch (EIO on its second rename) fails, and the next synth completes the switch', async () => {
    const renames = probe({ from: 'a', to: 'b' }, '?rename,?renameat,?renameat2').filter((c) => c.writePhase);
    const journalRename = renames.findIndex((c) => c.text.includes(`${STAGING_FOLDER}/${JOURNAL_FILE}`));
    expect(journalRename).toBeGreaterThanOrEqual(0);
    const out = freshCopy('a');
    const second = renames[journalRename + 2];
    const inject = `${second.name}:error=EIO:when=${second.n}`;
    const result = spawnSync('strace', ['-f', '-o', '/dev/null', '-e', `trace=${second.name}`, '-e', `inject=${inject}`, ...cli('b', out)],
      { cwd: dir, env: childEnv, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the next synth completes it');
    // on disk, one file is switched and the others are not: only the journal makes this recoverable
    const onDisk = JSON.stringify(withoutLeftovers(treeState(out)));
    expect(onDisk).not.toBe(JSON.stringify(raw.a));
    expect(onDisk).not.toBe(JSON.stringify(raw.b));
    expect(await expectOldOrNew(out, { from: 'a', to: 'b' })).toBe('journal');
    exercised.push(`a→b ${inject} → journal left, completed by the next synth`);
    await expectNextSynthClean(out, 'b');
  }, 60_000);

  test('two synths at once into one --out take turns: the result is always one complete tree', async () => {
    const rounds = 10;
    let contended = 0;
    for (let round = 0; round < rounds; round++) {
      // into an empty --out, so that whichever comes first writes the whole tree; strace slows that down to over half a
      // second (8 ms per flush and rename), far longer than the two renders differ, so the second meets the lock
      const out = path.join(dir, `concurrent-${runs++}`);
      const run = (config: 'a' | 'b', log: string) => new Promise<number>((resolve) => {
        const child = spawn('strace', ['-f', '-o', log, '-e', 'trace=openat,fsync,rename', '-e', 'inject=fsync,rename:delay_enter=8000',
          ...cli(config, out)], { cwd: dir, env: childEnv, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code ?? -1));
      });
      const logs = [path.join(dir, `concurrent-${runs++}.log`), path.join(dir, `concurrent-${runs++}.log`)];
      expect(await Promise.all([run('a', logs[0]), run('b', logs[1])])).toEqual([0, 0]);
      const waited = logs.filter((log) => fs.readFileSync(log, 'utf8').split('\n').some((l) => l.includes(`${TREE_LOCK_FILE}", O_WRONLY|O_CREAT|O_EXCL`)
        && l.includes('EEXIST')));
      if (waited.length > 0) contended++;
      const state = treeState(out);
      expect(leftoverPaths(state)).toEqual([]);
      const tree = await normalized(state);
      expect([JSON.stringify(normal.a), JSON.stringify(normal.b)]).toContain(JSON.stringify(tree));
    }
    exercised.push(`two synths at once, ${rounds} rounds: the second found the lock taken in ${contended} of them; one complete tree each time`);
    expect(contended).toBe(rounds);
  }, 240_000);
});
