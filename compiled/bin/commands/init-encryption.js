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
exports.clearConfigPath = clearConfigPath;
exports.configRecipients = configRecipients;
exports.identityNotes = identityNotes;
exports.withSopsConfigText = withSopsConfigText;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const sops_1 = require("../../lib/sops");
const age_keys_1 = require("../../lib/sops/age-keys");
const load_age_identities_1 = require("../../lib/sops/load-age-identities");
const published_test_keys_1 = require("../../lib/sops/published-test-keys");
const caller_paths_1 = require("./caller-paths");
const cli_errors_1 = require("./cli-errors");
// What init needs to write the config encrypted: its recipients, and whether the operator can open it.
/** The clear-text name of a config: itself, or `x.yaml` for an encrypted `x.sops.yaml` (where `sops -d` output usually goes). */
function clearConfigPath(configPath) {
    return configPath.replace(/\.sops(\.ya?ml)$/, '$1');
}
/**
 * The recipients the encrypted config is encrypted for, as sops would pick them for its path:
 * SOPS_AGE_RECIPIENTS, else the `.sops.yaml` init leaves (`sopsText` when it writes one; its rule
 * matching the config). Never a published test key: whoever has its private key (anyone) could
 * read every secret.
 */
function configRecipients(sopsText, repoRoot, configPath, env) {
    const outputPath = path.relative(repoRoot, configPath);
    const { recipients, source } = sopsText === undefined
        ? (0, sops_1.resolveAgeRecipients)({ env, repoRoot, outputPath })
        : withSopsConfigText(sopsText, (dir) => (0, sops_1.resolveAgeRecipients)({ env, repoRoot: dir, outputPath: outputPath.startsWith('..') ? path.basename(configPath) : outputPath }));
    if (recipients.length === 0) {
        throw new cli_errors_1.UserError(`no age recipient for ${configPath} (${source === 'none' ? 'no rule of .sops.yaml matches it' : source}): `
            + 'pass --age-recipient, set SOPS_AGE_RECIPIENTS, or --plaintext for a config in clear');
    }
    const testKey = recipients.map(published_test_keys_1.publishedTestKey).find((k) => k !== undefined);
    if (testKey) {
        throw new cli_errors_1.UserError(`refusing to encrypt ${configPath} for ${testKey.recipient.slice(0, 16)}..., a published TEST key (from ${source}): `
            + `its private key is public (${testKey.source}), so anyone could read the config's secrets`);
    }
    return recipients;
}
/** Says when none of the operator's own age identities opens the config just written (synth, explain, diff and doctor will need one). */
async function identityNotes(configPath, recipients, env) {
    let identities;
    try {
        identities = (0, sops_1.loadAgeIdentities)(env);
    }
    catch (e) {
        return [`your age identities cannot be read (${e.message}); synth needs one of ${(0, caller_paths_1.shownPath)(configPath)}'s recipients`];
    }
    const own = await Promise.all(identities.map(age_keys_1.recipientOf));
    if (own.some((r) => r !== undefined && recipients.includes(r)))
        return [];
    return [`none of your age identities (${(0, load_age_identities_1.ageIdentitySources)(env)}) opens ${(0, caller_paths_1.shownPath)(configPath)}: synth, explain, diff and doctor `
            + 'decrypt it with one, so set SOPS_AGE_KEY_FILE to the key file of one of its recipients (or put it in ~/.config/sops/age/keys.txt)'];
}
/** Runs `body` with a temporary folder holding a `.sops.yaml` of this text (to resolve recipients before anything is written). */
function withSopsConfigText(text, body) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'langfuse-cdk8s-init-'));
    try {
        fs.writeFileSync(path.join(dir, '.sops.yaml'), text);
        return body(dir);
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
