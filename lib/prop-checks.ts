import type { z } from 'zod';
import { dnsLabel, dnsSubdomain, secretDataKey } from './config/fields';

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

/** The longest value quoted in a message; longer ones are cut. */
const MAX_SHOWN = 80;

/**
 * Throws a plain `Error` when `value` breaks `rule`: `<path> <what is allowed> (got <value>)`,
 * like `appSecrets.encryptionKey must be exactly 64 lowercase hex characters (got 12 characters)`.
 * Lazy values (cdk8s tokens resolved at synthesis) are not strings and are left to the construct.
 */
export function checkProp(path: string, value: unknown, rule: z.ZodType, options: PropCheckOptions = {}): void {
  const problem = propProblem(path, value, rule, options);
  if (problem !== undefined) throw new Error(problem);
}

/** The message `checkProp` throws, or undefined when the value is fine. */
export function propProblem(path: string, value: unknown, rule: z.ZodType, options: PropCheckOptions = {}): string | undefined {
  if (value === undefined || value === null) return `${path} is required (got none)`;
  const result = rule.safeParse(value);
  if (result.success) return undefined;
  return `${path} ${result.error.issues[0].message} (got ${shown(value, options.secret ?? false)})`;
}

/** Throws `<path> is required (got none)` when a required prop is missing (a JavaScript caller, or a cast). */
export function requireProp(path: string, value: unknown): void {
  if (value === undefined || value === null) throw new Error(`${path} is required (got none)`);
}

/** Checks every optional prop that is set; unset ones take their default. */
export function checkOptionalProps(checks: ReadonlyArray<readonly [path: string, value: unknown, rule: z.ZodType, options?: PropCheckOptions]>): void {
  for (const [path, value, rule, options] of checks) if (value !== undefined) checkProp(path, value, rule, options);
}

function shown(value: unknown, secret: boolean): string {
  if (typeof value !== 'string') return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `a ${Array.isArray(value) ? 'list' : typeof value}`;
  if (secret) return value.length === 0 ? 'an empty value' : `${value.length} character${value.length === 1 ? '' : 's'}`;
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}..." (${value.length} characters)` : text;
}

/** A reference to a key of a Secret: `<path>.name` a Kubernetes object name, `<path>.key` a Secret key. */
export function checkSecretKeyRef(path: string, ref: { readonly name?: unknown; readonly key?: unknown } | undefined): void {
  checkProp(`${path}.name`, ref?.name, dnsSubdomain());
  checkProp(`${path}.key`, ref?.key, secretDataKey());
}

/** A Flux Kustomization to wait for: `<path>.name` a Kubernetes object name, `<path>.namespace` a DNS label. */
export function checkFluxDependency(path: string, dependency: { readonly name?: unknown; readonly namespace?: unknown } | undefined): void {
  checkProp(`${path}.name`, dependency?.name, dnsSubdomain());
  checkProp(`${path}.namespace`, dependency?.namespace, dnsLabel());
}
