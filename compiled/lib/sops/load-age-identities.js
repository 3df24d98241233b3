"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseAgeIdentities = parseAgeIdentities;
exports.loadAgeIdentities = loadAgeIdentities;
const input_file_1 = require("../input-file");
const age_key_syntax_1 = require("./age-key-syntax");
const errors_1 = require("./errors");
/** The largest age key file read: a few thousand identities. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;
/**
 * Parses an age identity file as `age.ParseIdentities` does: one identity per line, empty lines
 * and `#` comments ignored. Each identity is checked (prefix, Bech32 checksum, length); a bad one
 * is reported by its source and line, never quoted (it is a secret key, typo or not).
 *
 * @param source where the text came from, like `SOPS_AGE_KEY_FILE=/home/me/key.txt`
 */
function parseAgeIdentities(text, source) {
    const identities = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const problem = (0, age_key_syntax_1.ageIdentityProblem)(line);
        if (problem !== undefined)
            throw new errors_1.SopsInputError(`${source}, line ${i + 1}: the line ${problem} (the line is not shown: it may be a secret key)`);
        identities.push(line);
    });
    return identities;
}
/**
 * The age identities sops would use, from `SOPS_AGE_KEY` (the identity file's content: one or more
 * lines, `#` comments allowed) and the file named by `SOPS_AGE_KEY_FILE`, in that order, without
 * duplicates. Returns [] when neither is set. The default `~/.config/sops/age/keys.txt` is
 * deliberately not read, so that results depend on the environment only. The key file must be a
 * regular file of at most 1 MiB.
 */
function loadAgeIdentities(env) {
    const identities = [];
    const inline = env.SOPS_AGE_KEY;
    if (inline !== undefined)
        identities.push(...parseAgeIdentities(inline, 'SOPS_AGE_KEY'));
    const file = env.SOPS_AGE_KEY_FILE;
    if (file !== undefined && file !== '') {
        let text;
        try {
            text = (0, input_file_1.readInputFile)(file, MAX_KEY_FILE_BYTES);
        }
        catch (e) {
            if (!(e instanceof input_file_1.InputFileError))
                throw e;
            throw new errors_1.SopsInputError(`SOPS_AGE_KEY_FILE=${file}: the file ${e.reason}`);
        }
        identities.push(...parseAgeIdentities(text, `SOPS_AGE_KEY_FILE=${file}`));
    }
    return [...new Set(identities)];
}
