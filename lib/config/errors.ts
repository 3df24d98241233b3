import { InputError } from '../errors';
import { withoutUserinfo } from '../formats/endpoint-url';

/** One problem found in a config file. */
export interface ConfigProblem {
  /** The key path, like `langfuse_salt`. */
  readonly key: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
  /** The value as printed (secrets are masked); absent when the key is missing. */
  readonly shownValue?: string;
  /** What a valid value looks like, when `message` does not say it. */
  readonly hint?: string;
}

/**
 * Every problem of a config file at once. The CLI and the synth entry point print `message` and
 * exit with status 2 without a stack trace.
 */
export class ConfigError extends InputError {
  public readonly problems: readonly ConfigProblem[];
  public readonly source: string;

  constructor(source: string, problems: readonly ConfigProblem[]) {
    super(formatProblems(source, problems));
    this.source = source;
    this.problems = problems;
  }
}

/**
 * A validated config that a construct still refused while the app was built (a combination the
 * config rules do not catch yet). It is reported like a config problem, exit 2, and names the
 * instance; the construct's message quotes no secret.
 */
export class ConfigBuildError extends InputError {
  constructor(public readonly instanceName: string, public readonly reason: string) {
    super(`config instance "${instanceName}" cannot be built: ${reason}`);
  }
}

/**
 * The names of the keys that hold secrets, as a regex source that means the same in JavaScript
 * and in Go's RE2 (an encrypted config's `encrypted_regex`).
 */
export const SECRET_KEY_PATTERN = '(password|_secret|_salt|encryption_key|access_key|secret_key|api_key|smtp_url)$';

const SECRET_KEY = new RegExp(SECRET_KEY_PATTERN);

/** Whether a key holds a secret whose value must never be printed. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** How a value is shown in an error: secrets are masked, long values cut. */
export function showValue(key: string, value: unknown): string {
  if (value === undefined) return '';
  // a flag such as langfuse_disable_password_auth is named like a secret but is not one
  if (isSecretKey(key) && typeof value !== 'boolean') {
    return typeof value === 'string' ? `<hidden, ${value.length} characters>` : `<hidden ${typeof value}>`;
  }
  const text = JSON.stringify(maskUserinfo(value)) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * A value with the user info of every URL in it (`scheme://user:password@host`) replaced by
 * `<hidden>`, whatever the key: a URL may carry a password under any name.
 */
export function maskUserinfo(value: unknown): unknown {
  if (typeof value === 'string') return withoutUserinfo(value);
  if (Array.isArray(value)) return value.map(maskUserinfo);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecretKey(k) ? '<hidden>' : maskUserinfo(v)]));
  return value;
}

function formatProblems(source: string, problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => `  - ${p.key}${p.shownValue ? ` = ${p.shownValue}` : ''}: ${p.message}${p.hint ? `; it ${p.hint}` : ''}`);
  return [`config ${source} has ${count}:`, ...lines].join('\n');
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment), for typo hints. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The edits a typo makes at most: 1 in a short key, 2 otherwise. */
const typoBudget = (key: string) => (key.length < 8 ? 1 : 2);

/**
 * Keys that `key` is most likely a mistyped or shortened form of, with the same meaning: a typo (at
 * most two edits, one in a short key; the closest ones), else a key it is the start of (a bare
 * feature name means its `_enabled` switch when it has one), else keys that add one word to it
 * (`langfuse_replicas` → web, worker or ClickHouse replicas), but not for a credential (a key ending
 * in key, secret, password or token: the added word names whose). Never a key that differs by a whole
 * word the key has (`langfuse_sync_keycloak_client_secret` is not `langfuse_keycloak_client_secret`):
 * no hint is better than a wrong one. Empty when nothing qualifies.
 */
/** Last words of keys that hold a credential. */
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set(['key', 'secret', 'password', 'token']);

export function suggestKeys(key: string, validKeys: readonly string[]): string[] {
  const distances = validKeys.map((candidate) => ({ candidate, distance: editDistance(key, candidate) })).filter((c) => c.distance <= typoBudget(key));
  if (distances.length > 0) {
    const best = Math.min(...distances.map((c) => c.distance));
    return distances.filter((c) => c.distance === best).map((c) => c.candidate);
  }
  const extensions = validKeys.filter((candidate) => candidate.startsWith(`${key}_`));
  if (extensions.includes(`${key}_enabled`)) return [`${key}_enabled`];
  if (extensions.length > 0) return extensions.slice(0, 4);
  const words = key.split('_');
  // a word added to a credential names another system's credential (langfuse_secret_key is not the S3, LiteLLM or SCIM one)
  if (CREDENTIAL_WORDS.has(words[words.length - 1])) return [];
  return validKeys.filter((candidate) => {
    const other = candidate.split('_');
    return other.length === words.length + 1 && other.some((_, i) => [...other.slice(0, i), ...other.slice(i + 1)].join('_') === key);
  }).slice(0, 4);
}

/** The valid key closest to `key` when exactly one is a likely typo or shortening of it (see {@link suggestKeys}). */
export function closestKey(key: string, validKeys: readonly string[]): string | undefined {
  const found = suggestKeys(key, validKeys);
  return found.length === 1 ? found[0] : undefined;
}

/** A "did you mean" hint for `key`, naming every candidate; undefined when there is none. */
export function didYouMean(key: string, validKeys: readonly string[]): string | undefined {
  const found = suggestKeys(key, validKeys).map((k) => `"${k}"`);
  if (found.length === 0) return undefined;
  return found.length === 1 ? `did you mean ${found[0]}?` : `did you mean ${found.slice(0, -1).join(', ')} or ${found[found.length - 1]}?`;
}
