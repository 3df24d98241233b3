import { stringify } from 'yaml';
import { InputFileError, readInputFile } from '../../lib/input-file';
import { decryptSopsYamlDocuments, loadAgeIdentities, SopsMacMismatchError } from '../../lib/sops';
import { ageIdentitySources } from '../../lib/sops/load-age-identities';
import { CliCommand, EXIT_CODES_HELP, positionalCommand } from './command';
import { EXIT, UserError } from './synth';

/** The largest SOPS file decrypted (a tree file holds a few Secrets of at most 1 MiB each). */
const MAX_SOPS_FILE_BYTES = 8 * 1024 * 1024;

const USAGE = `usage: langfuse-cdk8s decrypt FILE

Decrypts a SOPS file (a Secret file of the tree, or an encrypted config; every document of it) with
the age identities sops would use: SOPS_AGE_KEY, the file SOPS_AGE_KEY_FILE names, and the default
key file ($XDG_CONFIG_HOME/sops/age/keys.txt, else ~/.config/sops/age/keys.txt), verifies its MAC, and
prints the plaintext YAML on stdout. It is the equivalent of "sops -d FILE" for operators without the
sops binary. A relative FILE is taken from the folder you ran the command in.

${EXIT_CODES_HELP}`;

/** `decrypt FILE`: a SOPS file of the tree, decrypted and MAC-verified, on stdout. */
export const decryptCommand: CliCommand = positionalCommand(
  'decrypt', 'decrypt a SOPS file with the age identity (like sops -d)', USAGE, async (positionals) => {
    if (positionals.length !== 1) throw new UserError(`expected one FILE\n\n${USAGE}`);
    return runDecrypt(positionals[0], process.env);
  },
  'paths',
);

/** Decrypts `file` and prints it; a missing identity or a failed MAC check is exit 1. */
export async function runDecrypt(file: string, env: NodeJS.ProcessEnv): Promise<number> {
  let text: string;
  try {
    text = readInputFile(file, MAX_SOPS_FILE_BYTES);
  } catch (e) {
    if (e instanceof InputFileError) throw new UserError(e.message);
    throw e;
  }
  const identities = loadAgeIdentities(env);
  if (identities.length === 0) throw new UserError(`no age identity (looked at ${ageIdentitySources(env)}): set SOPS_AGE_KEY_FILE to your age key file`);
  try {
    const docs = await decryptSopsYamlDocuments(text, identities);
    console.log(docs.map((d) => stringify(d)).join('---\n').trimEnd());
    return EXIT.ok;
  } catch (e) {
    if (e instanceof SopsMacMismatchError) {
      console.error(`${file}: ${e.message} (the file was changed after encryption)`);
      return EXIT.failure;
    }
    console.error(`${file}: ${(e as Error).message}`);
    return EXIT.failure;
  }
}
