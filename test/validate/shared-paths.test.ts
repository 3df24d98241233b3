import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { projectRoot, resolveSharedDir } from '../../lib/validate/shared-paths';

describe('resolveSharedDir', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('the project root is the folder of package.json, whatever the current directory', () => {
    const root = projectRoot();
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).name).toBe('langfuse-cdk8s');
    expect(root).toBe(path.resolve(__dirname, '..', '..'));
  });

  test('uses the environment variable when it names an existing folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crds-'));
    process.env.LANGFUSE_CRDS_DIR = dir;
    expect(resolveSharedDir('crds')).toEqual({
      path: dir,
      tried: [`${dir} (LANGFUSE_CRDS_DIR)`, path.resolve(projectRoot(), '..', 'shared', 'crds')],
    });
  });

  test('falls back to ../shared/<kind> next to the project root', () => {
    delete process.env.LANGFUSE_K8S_OPENAPI_DIR;
    const fallback = path.resolve(projectRoot(), '..', 'shared', 'k8s-openapi');
    const found = resolveSharedDir('k8s-openapi');
    expect(found.tried).toEqual([fallback]);
    expect(found.path).toBe(fs.existsSync(fallback) ? fallback : undefined);
  });

  test('skips an environment variable that names a missing folder, and lists it first in tried', () => {
    const missing = path.join(os.tmpdir(), 'no-such-reference-dir');
    process.env.LANGFUSE_REFERENCE_DIR = missing;
    const fallback = path.resolve(projectRoot(), '..', 'shared', 'reference');
    const found = resolveSharedDir('reference');
    expect(found.tried).toEqual([`${missing} (LANGFUSE_REFERENCE_DIR)`, fallback]);
    expect(found.path).toBe(fs.existsSync(fallback) ? fallback : undefined);
  });
});
