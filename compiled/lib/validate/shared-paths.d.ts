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
export declare const SHARED_DIR_ENV: Readonly<Record<SharedKind, string>>;
/**
 * The project root: the nearest folder above this file that holds a `package.json`.
 *
 * Resolved from this file's location rather than the current directory, so it is the same for
 * `lib/validate/` under ts-jest and for `build/lib/validate/` after `tsc`.
 */
export declare function projectRoot(): string;
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
export declare function resolveSharedDir(kind: SharedKind): SharedDirResult;
/**
 * Like {@link resolveSharedDir}, but throws when the folder does not exist.
 *
 * @param kind which folder to look for
 * @returns the folder
 */
export declare function requireSharedDir(kind: SharedKind): string;
