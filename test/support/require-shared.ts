import { resolveSharedDir, SharedKind } from '../../lib/validate/shared-paths';

/**
 * Whether the run is under CI (`CI` set to anything but an empty string, `0` or `false`).
 */
export function isCi(): boolean {
  const ci = process.env.CI;
  return !!ci && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * Registers `describe(title, fn)` when `available`; otherwise a visible placeholder: a skipped test
 * whose title is `skipped: <reason>` plus a `console.warn`, or, under CI, a failing test.
 *
 * @param available whether the prerequisite is there
 * @param reason what is missing, for example `kubectl not found`
 * @param title the describe title
 * @param fn the suite body
 */
export function describeOrSkip(available: boolean, reason: string, title: string, fn: () => void): void {
  if (available) {
    describe(title, fn);
    return;
  }
  if (isCi()) {
    describe(title, () => {
      test(`fails: ${reason} (CI is set, so this is not skipped)`, () => {
        throw new Error(`${title}: ${reason}`);
      });
    });
    return;
  }
  console.warn(`${title}: skipped: ${reason}`);
  describe(title, () => {
    test.skip(`skipped: ${reason}`, () => undefined);
  });
}

/**
 * Registers a suite that needs one or more shared data folders (`../shared/crds`,
 * `../shared/k8s-openapi`, `../shared/reference` or their `LANGFUSE_*_DIR` overrides).
 *
 * When a folder is missing, the suite is replaced by a skipped test titled
 * `skipped: <kind> not found (tried: ...)` and a `console.warn` with the same text; when the
 * environment variable `CI` is set, by a failing test instead.
 *
 * @param kind the folder (or folders) the suite needs
 * @param title the describe title
 * @param fn the suite body
 */
export function describeWithShared(kind: SharedKind | readonly SharedKind[], title: string, fn: () => void): void {
  const kinds: readonly SharedKind[] = typeof kind === 'string' ? [kind] : kind;
  const missing = kinds
    .map((k) => ({ kind: k, found: resolveSharedDir(k) }))
    .filter((r) => !r.found.path)
    .map((r) => `${r.kind} not found (tried: ${r.found.tried.join(', ')})`);
  describeOrSkip(missing.length === 0, missing.join('; '), title, fn);
}
