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
exports.NoRecipientError = void 0;
exports.sopsEncoder = sopsEncoder;
const path = __importStar(require("path"));
const errors_1 = require("../errors");
const sops_1 = require("../sops");
const errors_2 = require("../sops/errors");
const published_test_keys_1 = require("../sops/published-test-keys");
/** The recipients for a file could not be determined; the message says how to add one. */
class NoRecipientError extends errors_1.InputError {
}
exports.NoRecipientError = NoRecipientError;
/**
 * Encrypts each `*.sops.yaml` file for the age recipients that `sops` itself would use for it
 * (SOPS_AGE_RECIPIENTS, else the first matching `.sops.yaml` rule), keeping an existing file byte
 * for byte when it already holds the same content for the same recipients.
 */
function sopsEncoder(options) {
    const told = new Set();
    const tell = (message) => {
        if (!told.has(message))
            options.notice?.(message);
        told.add(message);
    };
    return {
        encode: async (docs, outputPath, existing) => {
            const relative = path.relative(options.repoRoot, path.join(options.outDir, outputPath)).split(path.sep).join('/');
            const { recipients, source } = (0, sops_1.resolveAgeRecipients)({ env: options.env, repoRoot: options.repoRoot, outputPath: relative });
            if (recipients.length === 0) {
                throw new NoRecipientError([
                    `no age recipient for ${relative}: Secrets are never written in clear.`,
                    'Add one of:',
                    `  - a rule in ${path.join(options.repoRoot, '.sops.yaml')}: creation_rules: [{path_regex: '\\.sops\\.ya?ml$', encrypted_regex: '^(data|stringData)$', age: age1...}]`,
                    '  - the environment variable SOPS_AGE_RECIPIENTS=age1...',
                    '  - for local experiments only: sops_plaintext_output: true in the config',
                ].join('\n'));
            }
            const testKey = recipients.map(published_test_keys_1.publishedTestKey).find((k) => k !== undefined);
            if (testKey && !options.allowTestRecipients) {
                throw new errors_2.PublishedTestKeyError([
                    `refusing to encrypt ${relative} for ${testKey.recipient.slice(0, 16)}..., a published TEST key (from ${source}): `
                        + `its private key is public (${testKey.source}), so anyone could decrypt these Secrets.`,
                    'Fix it with one of:',
                    '  - langfuse-cdk8s init --age-recipient age1... (your cluster\'s public key, "age-keygen -y key.txt"): replaces the test key in .sops.yaml',
                    '  - SOPS_AGE_RECIPIENTS=age1... in the environment',
                    '  - for a throwaway cluster only: sops_allow_test_key: true in the config',
                ].join('\n'));
            }
            if (testKey)
                tell(`WARNING: Secret files are encrypted for a published TEST key (${testKey.source}): fine for the shipped example, never for real secrets`);
            if (existing !== undefined && options.identities.length === 0) {
                tell('no age identity (SOPS_AGE_KEY_FILE, SOPS_AGE_KEY or the default key file): encrypted files are written anew on every synth');
            }
            const result = await (0, sops_1.encryptStable)({ docs, recipients, existingText: existing, identities: options.identities });
            return result.text;
        },
    };
}
