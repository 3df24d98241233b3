import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runCli } from '../../bin/cli-main';
import { explainCommand } from '../../bin/commands/explain';
import { minimalRaw, REPO_ROOT, tempDir } from '../support/fixtures';
import { ALIAS_BOMB } from './hostile-input.test';
import { ageEnv, capture } from './support';

/** A line of a stack trace. */
const STACK = /^\s+at /m;

/**
 * Every command on every bad input: the exit code (2 for bad input or usage, 1 for other
 * failures), a message, and no stack trace.
 */
describe('every failure of every command', () => {
  const dir = tempDir();
  let env: NodeJS.ProcessEnv;
  const saved = { ...process.env };
  const cwd = process.cwd();
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    return p;
  };

  beforeAll(async () => {
    const { recipient } = await ageEnv();
    env = { SOPS_AGE_RECIPIENTS: recipient };
    file('good.yaml', stringify(minimalRaw()));
    file('bomb.yaml', ALIAS_BOMB);
    file('reserved.yaml', stringify({ ...minimalRaw(), langfuse_namespace: 'kube-system' }));
    file('path.yaml', stringify({ ...minimalRaw(), flux_apps_path: '../../etc' }));
    file('a-file', 'not a folder\n');
    file('keys/typo.txt', 'AGE-SECRET-KEY-1QQQQ\n');
    file('bad-sops/unparseable/.sops.yaml', 'creation_rules: [\n');
    file('bad-sops/shape/.sops.yaml', 'creation_rules: 5\n');
    file('bad-sops/regex/.sops.yaml', "creation_rules:\n  - path_regex: '(unclosed'\n    age: age1qqqq\n");
    file('not-sops.yaml', 'a: 1\n');
  });

  afterEach(() => {
    process.env = { ...saved };
    process.chdir(cwd);
  });

  const at = (p: string) => path.join(dir, p);
  type Case = [string, () => string[], NodeJS.ProcessEnv | undefined, number, RegExp];
  const cases: Case[] = [
    ['no command', () => [], undefined, 2, /usage: langfuse-cdk8s/],
    ['an unknown command', () => ['synthh'], undefined, 2, /unknown command "synthh"; did you mean "synth"\?/],
    ['an unknown option', () => ['synth', '--bogus'], undefined, 2, /Unknown option '--bogus'/],
    ...['synth', 'explain', 'doctor', 'diff'].flatMap((command): Case[] => [
      [`${command}: a missing config`, () => [command, '--config', at('missing.yaml')], undefined, 2, /\(file\): cannot be read: ENOENT/],
      [`${command}: /dev/zero as config`, () => [command, '--config', '/dev/zero'], undefined, 2, /is not a regular file \(it is a character device\)/],
      [`${command}: an alias bomb`, () => [command, '--config', at('bomb.yaml')], undefined, 2, /expands too many aliases/],
      [`${command}: a reserved namespace`, () => [command, '--config', at('reserved.yaml')], undefined, 2, /langfuse_namespace = "kube-system": is reserved/],
      [`${command}: a path leaving the tree`, () => [command, '--config', at('path.yaml')], undefined, 2, /flux_apps_path = "\.\.\/\.\.\/etc": must be a relative path/],
    ]),
    ...['synth', 'diff'].flatMap((command): Case[] => [
      [`${command}: a private key as recipient`, () => [command, '--config', at('good.yaml'), '--out', at('out')], { SOPS_AGE_RECIPIENTS: 'AGE-SECRET-KEY-1QQQQ' }, 2,
        /SOPS_AGE_RECIPIENTS, entry 1: the value is an age identity/],
      [`${command}: a missing key file`, () => [command, '--config', at('good.yaml'), '--out', at('out')], { SOPS_AGE_KEY_FILE: at('missing.txt') }, 2,
        /SOPS_AGE_KEY_FILE=.*missing\.txt: the file cannot be read: ENOENT/],
      [`${command}: a folder as key file`, () => [command, '--config', at('good.yaml'), '--out', at('out')], { SOPS_AGE_KEY_FILE: dir }, 2,
        /SOPS_AGE_KEY_FILE=.*: the file is not a regular file \(it is a folder\)/],
      [`${command}: a mistyped key`, () => [command, '--config', at('good.yaml'), '--out', at('out')], { SOPS_AGE_KEY_FILE: at('keys/typo.txt') }, 2,
        /typo\.txt, line 1: the line is not a valid age identity/],
      ...(['unparseable', 'shape', 'regex'] as const).map((kind): Case => [
        `${command}: a .sops.yaml with a bad ${kind}`, () => {
          process.chdir(at(`bad-sops/${kind}`));
          return [command, '--config', at('good.yaml'), '--out', at('out')];
        }, { SOPS_AGE_RECIPIENTS: '' }, 2, /\.sops\.yaml/,
      ]),
    ]),
    ['synth: --out naming a file', () => ['synth', '--config', at('good.yaml'), '--out', at('a-file')], undefined, 2, /--out .*a-file" is a file, not a folder/],
    ['validate: a missing folder', () => ['validate', at('missing')], undefined, 2, /is not a folder/],
    ['validate: two folders', () => ['validate', dir, dir], undefined, 2, /validate takes one folder/],
    ['validate: an unknown check', () => ['validate', '--skip', 'nope', dir], undefined, 2, /unknown check "nope"/],
    ['init: a private key as recipient', () => ['init', '--config', at('init/langfuse.yaml'), '--age-recipient', 'AGE-SECRET-KEY-1QQQQ'], undefined, 2,
      /--age-recipient, entry 1: the value is an age identity/],
    ['init: a .sops.yaml that is not YAML', () => {
      process.chdir(at('bad-sops/unparseable'));
      return ['init', '--config', at('init2/langfuse.yaml')];
    }, undefined, 2, /cannot parse .*\.sops\.yaml/],
    ['decrypt: no file', () => ['decrypt'], undefined, 2, /expected one FILE/],
    ['decrypt: a missing file', () => ['decrypt', at('missing.sops.yaml')], undefined, 2, /cannot be read: ENOENT/],
    ['decrypt: /dev/zero', () => ['decrypt', '/dev/zero'], undefined, 2, /is not a regular file/],
    ['decrypt: without an identity', () => ['decrypt', at('not-sops.yaml')], { SOPS_AGE_KEY: '', SOPS_AGE_KEY_FILE: '' }, 2, /no age identity/],
    ['secrets: a wrong subcommand', () => ['secrets', 'rotate'], undefined, 2, /expected "secrets generate"/],
  ];

  test.each(cases)('%s: exit %#', async (_name, args, extraEnv, code, message) => {
    process.env = { ...saved, ...env, LANGFUSE_DEBUG: '', ...extraEnv };
    const argv = args();
    const result = await capture(() => runCli(argv));
    expect({ code: result.code, message: message.test(result.err) }).toEqual({ code, message: true });
    expect(result.err).not.toMatch(STACK);
    expect(result.out).not.toMatch(STACK);
  });

  test('a bug is one line, exit 1, with a hint to rerun with --debug; --debug and LANGFUSE_DEBUG=1 print the stack', async () => {
    const bug = jest.spyOn(explainCommand, 'run').mockRejectedValue(new TypeError('cannot read properties of undefined (reading \'x\')'));
    try {
      process.env = { ...saved, LANGFUSE_DEBUG: '' };
      const plain = await capture(() => runCli(['explain']));
      expect(plain.code).toBe(1);
      expect(plain.err).toBe('langfuse-cdk8s: unexpected error (a bug): cannot read properties of undefined (reading \'x\')\n'
        + 'rerun with --debug (or LANGFUSE_DEBUG=1) for the stack trace, and report it');
      process.env.LANGFUSE_DEBUG = '1';
      expect((await capture(() => runCli(['explain']))).err).toMatch(STACK);
    } finally {
      bug.mockRestore();
    }
  });

  test('--debug prints the stack of a user mistake too, anywhere before "--"', async () => {
    process.env = { ...saved, LANGFUSE_DEBUG: '' };
    const result = await capture(() => runCli(['explain', '--debug', '--config', at('reserved.yaml')]));
    expect(result.code).toBe(2);
    expect(result.err).toContain('is reserved');
    expect(result.err).toMatch(STACK);
  });
});

describe('the entry points as processes', () => {
  const launch = (entry: 'main' | 'cli', args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [path.join('scripts', 'launch.js'), entry, ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANGFUSE_DEBUG: '', ...env },
  });

  test('cdk8s synth\'s entry point (main.ts) synthesizes the shipped example with the shipped .sops.yaml', () => {
    const out = tempDir();
    const result = launch('main', [], { LANGFUSE_OUT: out, LANGFUSE_CONFIG: '', SOPS_AGE_RECIPIENTS: '', SOPS_AGE_KEY: '', SOPS_AGE_KEY_FILE: '' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: expect.stringContaining('published TEST key') });
    expect(fs.existsSync(path.join(out, 'kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml'))).toBe(true);
  });

  test('main.ts and the CLI exit 2 on a bad config, with one paragraph and no stack trace', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, ALIAS_BOMB);
    const main = launch('main', [], { LANGFUSE_OUT: path.join(dir, 'out'), LANGFUSE_CONFIG: bad });
    const cli = launch('cli', ['synth', '--config', bad, '--out', path.join(dir, 'out')], {});
    for (const result of [main, cli]) {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('expands too many aliases');
      expect(result.stderr).not.toMatch(STACK);
    }
  });
});
