import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { kubectlAvailable, kustomizeBuild } from '../../lib/validate/kustomize';
import { describeOrSkip } from '../support/require-shared';

describeOrSkip(kubectlAvailable(), 'kubectl not found on PATH', 'kustomizeBuild', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kustomize-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('builds a kustomization with one ConfigMap', () => {
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - config-map.yaml\n');
    fs.writeFileSync(path.join(dir, 'config-map.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LOG_LEVEL: info\n');
    const result = kustomizeBuild(dir);
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    expect(result.output).toContain('kind: ConfigMap');
    expect(result.output).toContain('name: settings');
  });

  test('fails on a kustomization that lists a missing file, naming the file', () => {
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
    const result = kustomizeBuild(dir);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/missing\.yaml/);
  });

  test('fails on a folder without a kustomization', () => {
    const result = kustomizeBuild(dir);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/kustomization/i);
  });
});
