import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/fixtures';

// scripts/launch.js keeps V8's code cache of each bundle next to it, named after the bundle's size and mtime.
describe('the launcher code cache', () => {
  const bundleFolder = path.join(REPO_ROOT, 'build', 'bundle');
  const launch = () => spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'launch.js'), 'cli', '--version'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  const cacheOfCli = () => {
    const stat = fs.statSync(path.join(bundleFolder, 'cli.js'));
    return path.join(bundleFolder, `cli.js.${stat.size}-${Math.trunc(stat.mtimeMs)}.v8cache`);
  };

  test('is written by a run and names the bundle it was made from', () => {
    expect(launch().status).toBe(0);
    expect(fs.existsSync(cacheOfCli())).toBe(true);
  });

  test('a corrupt cache is rejected by V8, the run succeeds, and the cache is written anew', () => {
    expect(launch().status).toBe(0);
    const cache = cacheOfCli();
    // renamed into place, as the launcher writes it, so a concurrent run never reads it half-written
    const garbage = `${cache}.${process.pid}.tmp`;
    fs.writeFileSync(garbage, Buffer.alloc(4096, 0x5a));
    fs.renameSync(garbage, cache);
    const result = launch();
    expect({ status: result.status, stdout: result.stdout.trim(), stderr: result.stderr }).toEqual({ status: 0, stdout: expect.stringMatching(/^langfuse-cdk8s \d+\.\d+\.\d+$/), stderr: '' });
    expect(fs.readFileSync(cache).equals(Buffer.alloc(4096, 0x5a))).toBe(false);
  });
});
