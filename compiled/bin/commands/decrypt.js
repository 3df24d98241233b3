"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decryptCommand = void 0;
exports.runDecrypt = runDecrypt;
const yaml_1 = require("yaml");
const input_file_1 = require("../../lib/input-file");
const sops_1 = require("../../lib/sops");
const load_age_identities_1 = require("../../lib/sops/load-age-identities");
const command_1 = require("./command");
const synth_1 = require("./synth");
/** The largest SOPS file decrypted (a tree file holds a few Secrets of at most 1 MiB each). */
const MAX_SOPS_FILE_BYTES = 8 * 1024 * 1024;
const USAGE = `usage: langfuse-cdk8s decrypt FILE

Decrypts a SOPS file (a Secret file of the tree, or an encrypted config; every document of it) with
the age identities sops would use: SOPS_AGE_KEY, the file SOPS_AGE_KEY_FILE names, and the default
key file ($XDG_CONFIG_HOME/sops/age/keys.txt, else ~/.config/sops/age/keys.txt), verifies its MAC, and
prints the plaintext YAML on stdout. It is the equivalent of "sops -d FILE" for operators without the
sops binary. A relative FILE is taken from the folder you ran the command in.

${command_1.EXIT_CODES_HELP}`;
/** `decrypt FILE`: a SOPS file of the tree, decrypted and MAC-verified, on stdout. */
exports.decryptCommand = (0, command_1.positionalCommand)('decrypt', 'decrypt a SOPS file with the age identity (like sops -d)', USAGE, async (positionals) => {
    if (positionals.length !== 1)
        throw new synth_1.UserError(`expected one FILE\n\n${USAGE}`);
    return runDecrypt(positionals[0], process.env);
}, 'paths');
/** Decrypts `file` and prints it; a missing identity or a failed MAC check is exit 1. */
async function runDecrypt(file, env) {
    let text;
    try {
        text = (0, input_file_1.readInputFile)(file, MAX_SOPS_FILE_BYTES);
    }
    catch (e) {
        if (e instanceof input_file_1.InputFileError)
            throw new synth_1.UserError(e.message);
        throw e;
    }
    const identities = (0, sops_1.loadAgeIdentities)(env);
    if (identities.length === 0)
        throw new synth_1.UserError(`no age identity (looked at ${(0, load_age_identities_1.ageIdentitySources)(env)}): set SOPS_AGE_KEY_FILE to your age key file`);
    try {
        const docs = await (0, sops_1.decryptSopsYamlDocuments)(text, identities);
        console.log(docs.map((d) => (0, yaml_1.stringify)(d)).join('---\n').trimEnd());
        return synth_1.EXIT.ok;
    }
    catch (e) {
        if (e instanceof sops_1.SopsMacMismatchError) {
            console.error(`${file}: ${e.message} (the file was changed after encryption)`);
            return synth_1.EXIT.failure;
        }
        console.error(`${file}: ${e.message}`);
        return synth_1.EXIT.failure;
    }
}
