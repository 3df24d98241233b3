import type { z } from 'zod';
/**
 * Eager checks of construct props with the config file's own rules (lib/config/fields.ts), so a
 * library user gets the same rule, and nearly the same message, as a config file user: the prop
 * path, what is allowed, and what was given. A secret is described by its length only.
 */
/** How a checked value is shown in a message. */
export interface PropCheckOptions {
    /** Show only the length, never the value. @default false */
    readonly secret?: boolean;
}
/**
 * Throws a plain `Error` when `value` breaks `rule`: `<path> <what is allowed> (got <value>)`,
 * like `appSecrets.encryptionKey must be exactly 64 lowercase hex characters (got 12 characters)`.
 * Lazy values (cdk8s tokens resolved at synthesis) are not strings and are left to the construct.
 */
export declare function checkProp(path: string, value: unknown, rule: z.ZodType, options?: PropCheckOptions): void;
/** The message `checkProp` throws, or undefined when the value is fine. */
export declare function propProblem(path: string, value: unknown, rule: z.ZodType, options?: PropCheckOptions): string | undefined;
/** Throws `<path> is required (got none)` when a required prop is missing (a JavaScript caller, or a cast). */
export declare function requireProp(path: string, value: unknown): void;
/** Checks every optional prop that is set; unset ones take their default. */
export declare function checkOptionalProps(checks: ReadonlyArray<readonly [path: string, value: unknown, rule: z.ZodType, options?: PropCheckOptions]>): void;
/** A reference to a key of a Secret: `<path>.name` a Kubernetes object name, `<path>.key` a Secret key. */
export declare function checkSecretKeyRef(path: string, ref: {
    readonly name?: unknown;
    readonly key?: unknown;
} | undefined): void;
/** A Flux Kustomization to wait for: `<path>.name` a Kubernetes object name, `<path>.namespace` a DNS label. */
export declare function checkFluxDependency(path: string, dependency: {
    readonly name?: unknown;
    readonly namespace?: unknown;
} | undefined): void;
