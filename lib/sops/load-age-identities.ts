import * as fs from 'fs';
import * as path from 'path';
import { InputFileError, readInputFile } from '../input-file';
import { ageIdentityProblem } from './age-key-syntax';
import { SopsInputError } from './errors';

/** The largest age key file read: a few thousand identities. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

/**
 * Parses an age identity file as `age.ParseIdentities` does: one identity per line, empty lines
 * and `#` comments ignored. Each identity is checked (prefix, Bech32 checksum, length); a bad one
 * is reported by its source and line, never quoted (it is a secret key, typo or not).
 *
 * @param source where the text came from, like `SOPS_AGE_KEY_FILE=/home/me/key.txt`
 */
export function parseAgeIdentities(text: string, source: string): string[] {
  const identities: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const problem = ageIdentityProblem(line);
    if (problem !== undefined) throw new SopsInputError(`${source}, line ${i + 1}: the line ${problem} (the line is not shown: it may be a secret key)`);
    identities.push(line);
  });
  return identities;
}

/**
 * The age key file sops reads in every case (since 3.6), besides `SOPS_AGE_KEY` and
 * `SOPS_AGE_KEY_FILE`: `sops/age/keys.txt` in the user's config folder, which sops 3.10 takes from
 * Go's `os.UserConfigDir`: `$XDG_CONFIG_HOME` (it must be absolute), else `$HOME/.config` on Linux
 * and the other Unixes; on macOS `$XDG_CONFIG_HOME` (sops' own override), else
 * `$HOME/Library/Application Support`; on Windows `%AppData%`. Undefined when the environment names
 * no such folder. Only `env` is read, so that a test's environment decides alone.
 */
export function defaultAgeKeyFile(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const join = (dir: string | undefined, ...rest: string[]) => (dir ? pathApi.join(dir, ...rest, 'sops', 'age', 'keys.txt') : undefined);
  if (platform === 'win32') return join(env.AppData);
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg) return pathApi.isAbsolute(xdg) ? join(xdg) : undefined;
  return join(env.HOME, ...(platform === 'darwin' ? ['Library', 'Application Support'] : ['.config']));
}

/** Where {@link loadAgeIdentities} looks, for a message that says why it found nothing. */
export function ageIdentitySources(env: NodeJS.ProcessEnv): string {
  const file = defaultAgeKeyFile(env);
  const parts = [
    `SOPS_AGE_KEY${env.SOPS_AGE_KEY === undefined ? ' (not set)' : ''}`,
    `SOPS_AGE_KEY_FILE${env.SOPS_AGE_KEY_FILE ? `=${env.SOPS_AGE_KEY_FILE}` : ' (not set)'}`,
    file === undefined ? 'the default key file (no HOME or XDG_CONFIG_HOME)' : `${file}${fs.existsSync(file) ? '' : ' (not found)'}`,
  ];
  if (env.SOPS_AGE_KEY_CMD) parts.push('not SOPS_AGE_KEY_CMD (not supported here)');
  return parts.join(', ');
}

function readKeyFile(file: string, source: string): string[] {
  let text: string;
  try {
    text = readInputFile(file, MAX_KEY_FILE_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new SopsInputError(`${source}: the file ${e.reason}`);
  }
  return parseAgeIdentities(text, source);
}

/**
 * The age identities sops would use, all of them, in sops' order: `SOPS_AGE_KEY` (the identity
 * file's content: one or more lines, `#` comments allowed), the file named by `SOPS_AGE_KEY_FILE`,
 * and the default key file ({@link defaultAgeKeyFile}) when it exists; without duplicates. Returns
 * [] when there is none. Every key file must be a regular file of at most 1 MiB.
 * `SOPS_AGE_KEY_CMD` and SSH keys, which sops also reads, are not supported.
 */
export function loadAgeIdentities(env: NodeJS.ProcessEnv): string[] {
  const identities: string[] = [];
  const inline = env.SOPS_AGE_KEY;
  if (inline !== undefined) identities.push(...parseAgeIdentities(inline, 'SOPS_AGE_KEY'));
  const file = env.SOPS_AGE_KEY_FILE;
  if (file !== undefined && file !== '') identities.push(...readKeyFile(file, `SOPS_AGE_KEY_FILE=${file}`));
  const defaultFile = defaultAgeKeyFile(env);
  // like sops: a missing default file is no error, an unreadable one is
  if (defaultFile !== undefined && fs.existsSync(defaultFile)) identities.push(...readKeyFile(defaultFile, defaultFile));
  return [...new Set(identities)];
}
