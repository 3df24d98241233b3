"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseAgeIdentities = parseAgeIdentities;
exports.loadAgeIdentities = loadAgeIdentities;
const fs_1 = require("fs");
/**
 * Parses an age identity file as `age.ParseIdentities` does: one identity per line, empty lines
 * and `#` comments ignored. Lines are never quoted in errors (they are secret keys).
 */
function parseAgeIdentities(text, source) {
    const identities = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
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
function loadAgeIdentities(env) {
    const identities = [];
    const inline = env.SOPS_AGE_KEY;
    if (inline !== undefined)
        identities.push(...parseAgeIdentities(inline, 'SOPS_AGE_KEY'));
    const file = env.SOPS_AGE_KEY_FILE;
    if (file !== undefined && file !== '') {
        let text;
        try {
            text = (0, fs_1.readFileSync)(file, 'utf8');
        }
        catch (err) {
            throw new Error(`cannot read SOPS_AGE_KEY_FILE "${file}": ${err.code ?? err.message}`);
        }
        identities.push(...parseAgeIdentities(text, `SOPS_AGE_KEY_FILE "${file}"`));
    }
    return [...new Set(identities)];
}
