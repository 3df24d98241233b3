import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { resolveSharedDir } from '../../lib/validate/shared-paths';
import { describeOrSkip } from '../support/require-shared';

/** The sops test vectors, read in place (never copied into the repository). */
export const VECTORS_DIR = join(resolveSharedDir('reference').path ?? resolveSharedDir('reference').tried[0], 'sops-vectors');

/** The age-encrypted sops vectors from fluxcd/kustomize-controller. */
export const KC_DIR = join(VECTORS_DIR, 'kustomize-controller');

/** `describe` over the shared sops vectors (see `describeOrSkip`). */
export function describeWithVectors(title: string, body: () => void): void {
  describeOrSkip(existsSync(VECTORS_DIR), `the shared sops vectors not found at ${VECTORS_DIR}`, title, body);
}

/** Whether the `age` and `age-keygen` CLIs are on PATH. */
export function ageCliAvailable(): boolean {
  const ok = (cmd: string): boolean => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
  return ok('age') && ok('age-keygen');
}
