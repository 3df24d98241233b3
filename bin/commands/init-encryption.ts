import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadAgeIdentities, resolveAgeRecipients } from '../../lib/sops';
import { recipientOf } from '../../lib/sops/age-keys';
import { ageIdentitySources } from '../../lib/sops/load-age-identities';
import { publishedTestKey } from '../../lib/sops/published-test-keys';
import { shownPath } from './caller-paths';
import { UserError } from './cli-errors';

// What init needs to write the config encrypted: its recipients, and whether the operator can open it.

/** The clear-text name of a config: itself, or `x.yaml` for an encrypted `x.sops.yaml` (where `sops -d` output usually goes). */
export function clearConfigPath(configPath: string): string {
  return configPath.replace(/\.sops(\.ya?ml)$/, '$1');
}

/**
 * The recipients the encrypted config is encrypted for, as sops would pick them for its path:
 * SOPS_AGE_RECIPIENTS, else the `.sops.yaml` init leaves (`sopsText` when it writes one; its rule
 * matching the config). Never a published test key: whoever has its private key (anyone) could
 * read every secret.
 */
export function configRecipients(sopsText: string | undefined, repoRoot: string, configPath: string, env: NodeJS.ProcessEnv): string[] {
  const outputPath = path.relative(repoRoot, configPath);
  const { recipients, source } = sopsText === undefined
    ? resolveAgeRecipients({ env, repoRoot, outputPath })
    : withSopsConfigText(sopsText, (dir) => resolveAgeRecipients({ env, repoRoot: dir, outputPath: outputPath.startsWith('..') ? path.basename(configPath) : outputPath }));
  if (recipients.length === 0) {
    throw new UserError(`no age recipient for ${configPath} (${source === 'none' ? 'no rule of .sops.yaml matches it' : source}): `
      + 'pass --age-recipient, set SOPS_AGE_RECIPIENTS, or --plaintext for a config in clear');
  }
  const testKey = recipients.map(publishedTestKey).find((k) => k !== undefined);
  if (testKey) {
    throw new UserError(`refusing to encrypt ${configPath} for ${testKey.recipient.slice(0, 16)}..., a published TEST key (from ${source}): `
      + `its private key is public (${testKey.source}), so anyone could read the config's secrets`);
  }
  return recipients;
}

/** Says when none of the operator's own age identities opens the config just written (synth, explain, diff and doctor will need one). */
export async function identityNotes(configPath: string, recipients: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  let identities: string[];
  try {
    identities = loadAgeIdentities(env);
  } catch (e) {
    return [`your age identities cannot be read (${(e as Error).message}); synth needs one of ${shownPath(configPath)}'s recipients`];
  }
  const own = await Promise.all(identities.map(recipientOf));
  if (own.some((r) => r !== undefined && recipients.includes(r))) return [];
  return [`none of your age identities (${ageIdentitySources(env)}) opens ${shownPath(configPath)}: synth, explain, diff and doctor `
    + 'decrypt it with one, so set SOPS_AGE_KEY_FILE to the key file of one of its recipients (or put it in ~/.config/sops/age/keys.txt)'];
}

/** Runs `body` with a temporary folder holding a `.sops.yaml` of this text (to resolve recipients before anything is written). */
export function withSopsConfigText<T>(text: string, body: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'langfuse-cdk8s-init-'));
  try {
    fs.writeFileSync(path.join(dir, '.sops.yaml'), text);
    return body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

