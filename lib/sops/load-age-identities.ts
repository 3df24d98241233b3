import { readFileSync } from 'fs';

/**
 * Parses an age identity file as `age.ParseIdentities` does: one identity per line, empty lines
 * and `#` comments ignored. Lines are never quoted in errors (they are secret keys).
 */
export function parseAgeIdentities(text: string, source: string): string[] {
  const identities: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.toUpperCase().startsWith('AGE-SECRET-KEY-')) {
      throw new Error(`invalid age identity on line ${i + 1} of ${source}: expected "AGE-SECRET-KEY-..." (line not shown)`);
    }
    identities.push(line);
  });
  return identities;
}

/**
 * The age identities sops would use, from `SOPS_AGE_KEY` (the identity file's content: one or more
 * lines, `#` comments allowed) and the file named by `SOPS_AGE_KEY_FILE`, in that order, without
 * duplicates. Returns [] when neither is set. The default `~/.config/sops/age/keys.txt` is
 * deliberately not read, so that results depend on the environment only.
 */
export function loadAgeIdentities(env: NodeJS.ProcessEnv): string[] {
  const identities: string[] = [];
  const inline = env.SOPS_AGE_KEY;
  if (inline !== undefined) identities.push(...parseAgeIdentities(inline, 'SOPS_AGE_KEY'));
  const file = env.SOPS_AGE_KEY_FILE;
  if (file !== undefined && file !== '') {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`cannot read SOPS_AGE_KEY_FILE "${file}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    identities.push(...parseAgeIdentities(text, `SOPS_AGE_KEY_FILE "${file}"`));
  }
  return [...new Set(identities)];
}
