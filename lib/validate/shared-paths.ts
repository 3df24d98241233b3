import * as fs from 'fs';
import * as path from 'path';

/**
 * The folders of shared, never-copied data that `npm run import` derives imports/ and
 * imports/schemas from (the validators read only the derived imports/schemas at run time).
 *
 * - `crds`: the CustomResourceDefinitions (`LANGFUSE_CRDS_DIR`, default `../shared/crds`)
 * - `k8s-openapi`: the Kubernetes 1.28 definitions (`LANGFUSE_K8S_OPENAPI_DIR`, default `../shared/k8s-openapi`)
 * - `reference`: reference material such as the Langfuse chart values (`LANGFUSE_REFERENCE_DIR`,
 *   default `../shared/reference`)
 */
export type SharedKind = 'crds' | 'k8s-openapi' | 'reference';

/**
 * The outcome of looking for a shared folder.
 */
export interface SharedDirResult {
  /**
   * The folder that exists, if any.
   */
  readonly path?: string;

  /**
   * Every path that was looked at, in order (for messages when nothing was found).
   */
  readonly tried: string[];
}

/** The environment variable that overrides each shared folder. */
export const SHARED_DIR_ENV: Readonly<Record<SharedKind, string>> = {
  'crds': 'LANGFUSE_CRDS_DIR',
  'k8s-openapi': 'LANGFUSE_K8S_OPENAPI_DIR',
  'reference': 'LANGFUSE_REFERENCE_DIR',
};

let cachedRoot: string | undefined;

/**
 * The project root: the nearest folder above this file that holds a `package.json`.
 *
 * Resolved from this file's location rather than the current directory, so it is the same for
 * `lib/validate/` under ts-jest and for `build/lib/validate/` after `tsc`.
 */
export function projectRoot(): string {
  if (cachedRoot) {
    return cachedRoot;
  }
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`no package.json found above "${__dirname}"`);
    }
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/**
 * Finds one of the shared data folders.
 *
 * Looks at the folder named by the kind's environment variable first (when it is set), then at
 * `<project root>/../shared/<kind>`, and returns the first that exists. The project root comes from
 * this file's location, not from the current directory.
 *
 * @param kind which folder to look for
 * @returns the existing folder in `path` (absent when none exists), and every candidate in `tried`
 */
export function resolveSharedDir(kind: SharedKind): SharedDirResult {
  const envName = SHARED_DIR_ENV[kind];
  const fromEnv = process.env[envName];
  const candidates: Array<{ dir: string; label: string }> = [];
  if (fromEnv) {
    const dir = path.resolve(fromEnv);
    candidates.push({ dir, label: `${dir} (${envName})` });
  }
  const fallback = path.resolve(projectRoot(), '..', 'shared', kind);
  candidates.push({ dir: fallback, label: fallback });
  const tried = candidates.map((c) => c.label);
  const hit = candidates.find((c) => fs.existsSync(c.dir) && fs.statSync(c.dir).isDirectory());
  return hit ? { path: hit.dir, tried } : { tried };
}

/**
 * Like {@link resolveSharedDir}, but throws when the folder does not exist.
 *
 * @param kind which folder to look for
 * @returns the folder
 */
export function requireSharedDir(kind: SharedKind): string {
  const found = resolveSharedDir(kind);
  if (!found.path) {
    throw new Error(`${kind} folder not found (tried: ${found.tried.join(', ')}); set ${SHARED_DIR_ENV[kind]}`);
  }
  return found.path;
}
