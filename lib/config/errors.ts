import { InputError } from '../errors';

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
  if (typeof value === 'string') return value.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#\s]*@/g, '$1<hidden>@');
  if (Array.isArray(value)) return value.map(maskUserinfo);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isSecretKey(k) ? '<hidden>' : maskUserinfo(v)]));
  return value;
}

function formatProblems(source: string, problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => `  - ${p.key}${p.shownValue ? ` = ${p.shownValue}` : ''}: ${p.message}${p.hint ? `; it ${p.hint}` : ''}`);
  return [`config ${source} has ${count}:`, ...lines].join('\n');
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The valid key closest to `key`, when it is close enough to be a likely typo. */
export function closestKey(key: string, validKeys: readonly string[]): string | undefined {
  const extension = validKeys.find((candidate) => candidate.startsWith(`${key}_`));
  if (extension) return extension;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of validKeys) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const shareWords = best !== undefined && key.split('_').filter((w) => w.length > 2 && best!.includes(w)).length >= 2;
  return bestDistance <= Math.max(3, Math.floor(key.length / 3)) || shareWords ? best : undefined;
}
