"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseAgeIdentities = parseAgeIdentities;
exports.defaultAgeKeyFile = defaultAgeKeyFile;
exports.ageIdentitySources = ageIdentitySources;
exports.loadAgeIdentities = loadAgeIdentities;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
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
 * The age key file sops reads in every case (since 3.6), besides `SOPS_AGE_KEY` and
 * `SOPS_AGE_KEY_FILE`: `sops/age/keys.txt` in the user's config folder, which sops 3.10 takes from
 * Go's `os.UserConfigDir`: `$XDG_CONFIG_HOME` (it must be absolute), else `$HOME/.config` on Linux
 * and the other Unixes; on macOS `$XDG_CONFIG_HOME` (sops' own override), else
 * `$HOME/Library/Application Support`; on Windows `%AppData%`. Undefined when the environment names
 * no such folder. Only `env` is read, so that a test's environment decides alone.
 */
function defaultAgeKeyFile(env, platform = process.platform) {
    const pathApi = platform === 'win32' ? path.win32 : path.posix;
    const join = (dir, ...rest) => (dir ? pathApi.join(dir, ...rest, 'sops', 'age', 'keys.txt') : undefined);
    if (platform === 'win32')
        return join(env.AppData);
    const xdg = env.XDG_CONFIG_HOME;
    if (xdg)
        return pathApi.isAbsolute(xdg) ? join(xdg) : undefined;
    return join(env.HOME, ...(platform === 'darwin' ? ['Library', 'Application Support'] : ['.config']));
}
/** Where {@link loadAgeIdentities} looks, for a message that says why it found nothing. */
function ageIdentitySources(env) {
    const file = defaultAgeKeyFile(env);
    const parts = [
        `SOPS_AGE_KEY${env.SOPS_AGE_KEY === undefined ? ' (not set)' : ''}`,
        `SOPS_AGE_KEY_FILE${env.SOPS_AGE_KEY_FILE ? `=${env.SOPS_AGE_KEY_FILE}` : ' (not set)'}`,
        file === undefined ? 'the default key file (no HOME or XDG_CONFIG_HOME)' : `${file}${fs.existsSync(file) ? '' : ' (not found)'}`,
    ];
    if (env.SOPS_AGE_KEY_CMD)
        parts.push('not SOPS_AGE_KEY_CMD (not supported here)');
    return parts.join(', ');
}
function readKeyFile(file, source) {
    let text;
    try {
        text = (0, input_file_1.readInputFile)(file, MAX_KEY_FILE_BYTES);
    }
    catch (e) {
        if (!(e instanceof input_file_1.InputFileError))
            throw e;
        throw new errors_1.SopsInputError(`${source}: the file ${e.reason}`);
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
function loadAgeIdentities(env) {
    const identities = [];
    const inline = env.SOPS_AGE_KEY;
    if (inline !== undefined)
        identities.push(...parseAgeIdentities(inline, 'SOPS_AGE_KEY'));
    const file = env.SOPS_AGE_KEY_FILE;
    if (file !== undefined && file !== '')
        identities.push(...readKeyFile(file, `SOPS_AGE_KEY_FILE=${file}`));
    const defaultFile = defaultAgeKeyFile(env);
    // like sops: a missing default file is no error, an unreadable one is
    if (defaultFile !== undefined && fs.existsSync(defaultFile))
        identities.push(...readKeyFile(defaultFile, defaultFile));
    return [...new Set(identities)];
}
