import { spawnSync } from 'child_process';
import * as path from 'path';
import { defaultConfigPath, defaultOutDir } from '../../bin/commands/command';
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

  test('the default config is $LANGFUSE_CONFIG, else ./langfuse.yaml, else the example', () => {
    const empty = tempDir();
    expect(defaultConfigPath({ LANGFUSE_CONFIG: '/x.yaml' }, empty)).toBe('/x.yaml');
    expect(defaultConfigPath({}, empty)).toBe(EXAMPLE_CONFIG_PATH);
    const withConfig = path.join(REPO_ROOT, 'test', 'cli', 'fixtures', 'with-config');
    expect(defaultConfigPath({}, withConfig)).toBe(path.join(withConfig, 'langfuse.yaml'));
    expect(defaultOutDir({}, '/repo')).toBe('/repo/dist');
    expect(defaultOutDir({ LANGFUSE_OUT: '/out' }, '/repo')).toBe('/out');
  });

  test('textTable aligns columns without trailing spaces', () => {
    expect(textTable([['a', 'bb', 'c'], ['ddd', 'e', '']], '  ')).toBe('  a    bb  c\n  ddd  e');
  });
});
