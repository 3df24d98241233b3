import { spawnSync } from 'child_process';
import * as path from 'path';
import * as fs from 'fs';
import { runCli } from '../../bin/cli-main';
import { chooseConfig, defaultConfigPath, defaultOutDir } from '../../bin/commands/command';
import { COMMANDS } from '../../bin/commands/registry';
import { textTable } from '../../bin/commands/text-table';
import { EXAMPLE_CONFIG_PATH, REPO_ROOT, tempDir } from '../support/fixtures';
import { capture } from './support';

describe('the CLI', () => {
  test('--help lists every command and the exit codes (the one subprocess test)', () => {
    const result = spawnSync(process.execPath, [path.join('scripts', 'launch.js'), 'cli', '--help'], {
      cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000,
    });
    expect(result.status).toBe(0);
    for (const name of ['synth', 'init', 'secrets', 'validate', 'explain', 'doctor', 'diff', 'decrypt']) expect(result.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(result.stdout).toContain('exit codes: 0 success, 1 findings or failure');
    expect(result.stdout).toContain('2 invalid config or usage');
  });

  test.each(COMMANDS.map((c) => [c.name, c]))('%s --help prints its usage and exit codes', async (_name, command) => {
    const { code, out } = await capture(() => command.run(['--help']));
    expect(code).toBe(0);
    expect(out).toContain(`usage: langfuse-cdk8s ${command.name}`);
    expect(out).toMatch(/exit codes/);
  });

  test.each(COMMANDS.map((c) => [c.name, c]))('%s rejects an unknown option with exit 2 and its usage', async (_name, command) => {
    const { code, err } = await capture(() => command.run(['--bogus']));
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--bogus'");
    expect(err).toContain(`usage: langfuse-cdk8s ${command.name}`);
    expect(err).not.toMatch(/\n\s+at /);
  });

  test('the default config is $LANGFUSE_CONFIG, else ./langfuse.yaml or ./langfuse.sops.yaml, else the example', () => {
    const empty = tempDir();
    expect(defaultConfigPath({ LANGFUSE_CONFIG: '/x.yaml' }, empty)).toBe('/x.yaml');
    expect(defaultConfigPath({}, empty)).toBe(EXAMPLE_CONFIG_PATH);
    expect(chooseConfig(undefined, {}, empty).source).toBe('example');
    const withConfig = path.join(REPO_ROOT, 'test', 'cli', 'fixtures', 'with-config');
    expect(defaultConfigPath({}, withConfig)).toBe(path.join(withConfig, 'langfuse.yaml'));
    const encrypted = tempDir();
    fs.writeFileSync(path.join(encrypted, 'langfuse.sops.yaml'), 'a: 1\n');
    expect(chooseConfig(undefined, {}, encrypted)).toEqual({ path: path.join(encrypted, 'langfuse.sops.yaml'), source: 'current-folder' });
    fs.writeFileSync(path.join(encrypted, 'langfuse.yaml'), 'a: 1\n');
    expect(() => chooseConfig(undefined, {}, encrypted)).toThrow(`${encrypted} holds both langfuse.yaml and langfuse.sops.yaml: pass --config`);
    expect(chooseConfig('x.yaml', { LANGFUSE_CONFIG: '/y.yaml' }, encrypted)).toEqual({ path: path.join(encrypted, 'x.yaml'), source: 'option' });
    expect(defaultOutDir({}, '/repo')).toBe('/repo/dist');
    expect(defaultOutDir({ LANGFUSE_OUT: '/out' }, '/repo')).toBe('/out');
  });

  test('--version prints the version of package.json', async () => {
    const { code, out } = await capture(() => runCli(['--version']));
    expect(code).toBe(0);
    expect(out).toBe(`langfuse-cdk8s ${JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version}`);
  });

  test.each(COMMANDS.map((c) => [c.name]))('help %s prints the same text as %s --help', async (name) => {
    const help = await capture(() => runCli(['help', name]));
    const option = await capture(() => runCli([name, '--help']));
    expect(help.code).toBe(0);
    expect(help.out).toBe(option.out);
    expect(help.out).toContain(`usage: langfuse-cdk8s ${name}`);
  });

  test('help without a command is the overview; help of two words or an unknown command is a usage error', async () => {
    expect((await capture(() => runCli(['help']))).out).toContain('Run "langfuse-cdk8s help <command>"');
    expect((await capture(() => runCli(['help', 'synth', 'diff']))).code).toBe(2);
    expect((await capture(() => runCli(['help', 'synthh']))).err).toContain('did you mean "synth"?');
  });

  test.each(['synth', 'explain', 'validate', 'diff'])('%s --help documents --json', async (name) => {
    expect((await capture(() => runCli([name, '--help']))).out).toContain('--json         print the result as one JSON document on stdout (docs/cli-json.md)');
  });

  test('textTable aligns columns without trailing spaces', () => {
    expect(textTable([['a', 'bb', 'c'], ['ddd', 'e', '']], '  ')).toBe('  a    bb  c\n  ddd  e');
  });
});
