import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';

/** True when the CI variable is set: missing prerequisites then fail instead of skipping. */
export const IN_CI = (process.env.CI ?? '') !== '';

/** The shared reference directory: `LANGFUSE_SHARED_DIR`, else `<repo root>/../shared`. */
export const SHARED_DIR = resolve(process.env.LANGFUSE_SHARED_DIR ?? join(__dirname, '..', '..', '..', 'shared'));

/** The sops test vectors, read in place (never copied into the repository). */
export const VECTORS_DIR = join(SHARED_DIR, 'reference', 'sops-vectors');

/** The age-encrypted sops vectors from fluxcd/kustomize-controller. */
export const KC_DIR = join(VECTORS_DIR, 'kustomize-controller');

/**
 * `describe` that runs only when a prerequisite exists. When it is missing, the suite is reported
 * as one skipped test whose title says what was looked for, with a visible warning; under CI the
 * suite fails instead.
 */
export function describeIf(available: boolean, missing: string, title: string, body: () => void): void {
  if (available) {
    describe(title, body);
  } else if (IN_CI) {
    describe(title, () => {
      test(`requires ${missing} (CI is set, so a missing prerequisite fails)`, () => {
        throw new Error(`missing prerequisite: ${missing}`);
      });
    });
  } else {
    console.warn(`SKIPPED "${title}": ${missing} not found`);
    describe(title, () => {
      test.skip(`skipped: ${missing} not found`, () => undefined);
    });
  }
}

/** `describe` over the shared sops vectors (see {@link describeIf}). */
export function describeWithVectors(title: string, body: () => void): void {
  describeIf(existsSync(VECTORS_DIR), `the shared sops vectors at ${VECTORS_DIR}`, title, body);
}

/** Whether the `age` and `age-keygen` CLIs are on PATH. */
export function ageCliAvailable(): boolean {
  const ok = (cmd: string): boolean => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
  return ok('age') && ok('age-keygen');
}
