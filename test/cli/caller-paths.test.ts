import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { callerDir, callerPath, shownPath } from '../../bin/commands/caller-paths';
import { chooseConfig, defaultOutDir, parseCommandArgs } from '../../bin/commands/command';
import { REPO_ROOT, tempDir } from '../support/fixtures';
import { ageEnv } from './support';

/** The environment npm gives a script it runs from `folder` (its working folder is the package root). */
const npmScriptEnv = (folder: string): NodeJS.ProcessEnv => ({ INIT_CWD: folder, npm_package_json: path.join(REPO_ROOT, 'package.json') });

describe('paths are the caller\'s', () => {
  test('the caller\'s folder is INIT_CWD while this process is npm\'s script, else the working folder', () => {
    const user = tempDir();
    expect(callerDir(npmScriptEnv(user), REPO_ROOT)).toBe(user);
    // a process that only inherited the variables (a child in another folder) uses its own folder
    expect(callerDir(npmScriptEnv(user), user + '-elsewhere')).toBe(user + '-elsewhere');
    expect(callerDir({ INIT_CWD: user }, REPO_ROOT)).toBe(REPO_ROOT);
    expect(callerDir({ ...npmScriptEnv('relative/dir') }, REPO_ROOT)).toBe(REPO_ROOT);
    expect(callerPath('x.yaml', npmScriptEnv(user), REPO_ROOT)).toBe(path.join(user, 'x.yaml'));
    expect(callerPath('/abs/x.yaml', npmScriptEnv(user), REPO_ROOT)).toBe('/abs/x.yaml');
    expect(shownPath(path.join(user, 'dist'), npmScriptEnv(user), REPO_ROOT)).toBe('dist');
    expect(shownPath('/elsewhere/dist', npmScriptEnv(user), REPO_ROOT)).toBe('/elsewhere/dist');
  });

  test('every path option, positional path and path variable is resolved against it; other values are not', () => {
    const user = tempDir();
    const saved = { ...process.env };
    const cwd = process.cwd();
    try {
      process.chdir(REPO_ROOT);
      process.env = { ...saved, ...npmScriptEnv(user) };
      const { values, positionals } = parseCommandArgs(
        ['--config', 'c.yaml', '--out', '../o', '--skip', 'x', '--skip', 'y', 'tree'],
        { config: { type: 'string', path: true }, out: { type: 'string', path: true }, skip: { type: 'string', multiple: true } }, 'usage', 'paths',
      );
      expect(values).toEqual({ config: path.join(user, 'c.yaml'), out: path.resolve(user, '../o'), skip: ['x', 'y'] });
      expect(positionals).toEqual([path.join(user, 'tree')]);
      expect(parseCommandArgs(['generate'], {}, 'usage', true).positionals).toEqual(['generate']);
      expect(chooseConfig(undefined, { ...process.env, LANGFUSE_CONFIG: 'team.yaml' }).path).toBe(path.join(user, 'team.yaml'));
      expect(defaultOutDir({ ...process.env, LANGFUSE_OUT: 'out' })).toBe(path.join(user, 'out'));
      expect(defaultOutDir(process.env)).toBe(path.join(user, 'dist'));
      fs.writeFileSync(path.join(user, 'langfuse.sops.yaml'), 'a: 1\n');
      expect(chooseConfig(undefined, process.env)).toEqual({ path: path.join(user, 'langfuse.sops.yaml'), source: 'current-folder' });
    } finally {
      process.env = saved;
      process.chdir(cwd);
    }
  });
});

describe('npm run cli -- in a folder outside the checkout', () => {
  /** `npm run cli -- ...` of this checkout, started in `cwd`, as a user runs it. */
  const npmCli = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
    const { INIT_CWD: _a, npm_package_json: _b, LANGFUSE_CONFIG: _c, LANGFUSE_OUT: _d, ...base } = process.env;
    return spawnSync('npm', ['--prefix', REPO_ROOT, 'run', '--silent', 'cli', '--', ...args], { cwd, encoding: 'utf8', timeout: 180_000, env: { ...base, ...env } });
  };

  test('init, synth, validate and decrypt read and write where the user is; errors name the absolute path tried', async () => {
    // GIVEN an operator's folder outside the checkout, and the checkout's own .sops.yaml
    const user = tempDir();
    const { recipient, identity } = await ageEnv();
    const shippedSops = fs.readFileSync(path.join(REPO_ROOT, '.sops.yaml'), 'utf8');

    // WHEN init writes a config with a relative --config
    const init = npmCli(user, ['init', '--config', 'team/langfuse.sops.yaml', '--age-recipient', recipient, '--domain', 'example.org']);

    // THEN everything lands in the user's folder, and the checkout's .sops.yaml is untouched
    expect({ status: init.status, stderr: init.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fs.existsSync(path.join(user, 'team', 'langfuse.sops.yaml'))).toBe(true);
    expect(fs.readFileSync(path.join(user, '.sops.yaml'), 'utf8')).toContain(recipient);
    expect(fs.readFileSync(path.join(user, '.gitignore'), 'utf8')).toContain('/team/langfuse.yaml\n');
    expect(fs.readFileSync(path.join(REPO_ROOT, '.sops.yaml'), 'utf8')).toBe(shippedSops);
    expect(fs.existsSync(path.join(REPO_ROOT, 'team'))).toBe(false);

    // WHEN synth and validate use relative paths
    const synth = npmCli(user, ['synth', '--config', 'team/langfuse.sops.yaml', '--out', 'tree', '--json'], { SOPS_AGE_KEY: identity });
    expect(synth.status).toBe(0);
    expect(JSON.parse(synth.stdout)).toMatchObject({ config: { path: path.join(user, 'team', 'langfuse.sops.yaml') }, outDir: path.join(user, 'tree') });
    expect(fs.existsSync(path.join(user, 'tree', 'kubernetes/apps/ai-system/langfuse/ks.yaml'))).toBe(true);
    const validate = npmCli(user, ['validate', 'tree', '--skip', 'kustomize']);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/under tree$/m);
    const decrypt = npmCli(user, ['decrypt', 'team/langfuse.sops.yaml'], { SOPS_AGE_KEY: identity });
    expect(decrypt.stdout).toContain('cloudflare_domain: example.org');

    // THEN a missing file is named by the absolute path tried
    const missing = npmCli(user, ['explain', '--config', 'missing.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`config ${path.join(user, 'missing.yaml')} has 1 problem:\n  - (file): cannot be read: ENOENT`);
  });
});
