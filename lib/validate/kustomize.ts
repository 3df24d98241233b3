import { spawnSync } from 'child_process';

/**
 * The result of {@link kustomizeBuild}.
 */
export interface KustomizeBuildResult {
  /** Whether `kubectl kustomize` exited with status 0. */
  readonly ok: boolean;

  /** The rendered manifests (stdout). */
  readonly output: string;

  /** Why the build failed (stderr, or the spawn error), when it did. */
  readonly error?: string;
}

let available: boolean | undefined;

/**
 * Whether `kubectl` can be run (`kubectl version --client` succeeds). Checked once per process.
 */
export function kubectlAvailable(): boolean {
  if (available === undefined) {
    const result = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: 30_000 });
    available = !result.error && result.status === 0;
  }
  return available;
}

/**
 * Renders a kustomization with `kubectl kustomize <dir>`, the same build that Flux's
 * kustomize-controller performs, without a cluster.
 *
 * @param dir the folder holding `kustomization.yaml`
 */
export function kustomizeBuild(dir: string): KustomizeBuildResult {
  const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    return { ok: false, output: '', error: `cannot run "kubectl kustomize ${dir}": ${result.error.message}` };
  }
  if (result.status !== 0) {
    const stderr = result.stderr.trim();
    return { ok: false, output: result.stdout, error: stderr || `"kubectl kustomize ${dir}" exited with ${result.signal ? `signal ${result.signal}` : `status ${result.status}`}` };
  }
  return { ok: true, output: result.stdout };
}
