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
exports.decryptCommand = void 0;
exports.runDecrypt = runDecrypt;
const fs = __importStar(require("fs"));
const yaml_1 = require("yaml");
const sops_1 = require("../../lib/sops");
const command_1 = require("./command");
const synth_1 = require("./synth");
const USAGE = `usage: langfuse-cdk8s decrypt FILE

Decrypts a SOPS file of the tree (every document of it) with the age identity from
SOPS_AGE_KEY_FILE or SOPS_AGE_KEY, verifies its MAC, and prints the plaintext YAML on stdout.
It is the equivalent of "sops -d FILE" for operators without the sops binary.

${command_1.EXIT_CODES_HELP}`;
/** `decrypt FILE`: a SOPS file of the tree, decrypted and MAC-verified, on stdout. */
exports.decryptCommand = (0, command_1.positionalCommand)('decrypt', 'decrypt a SOPS file with the age identity (like sops -d)', USAGE, async (positionals) => {
    if (positionals.length !== 1)
        throw new synth_1.UserError(`expected one FILE\n\n${USAGE}`);
    return runDecrypt(positionals[0], process.env);
});
/** Decrypts `file` and prints it; a missing identity or a failed MAC check is exit 1. */
async function runDecrypt(file, env) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new synth_1.UserError(`cannot read ${file}: ${e.code ?? String(e)}`);
    }
    const identities = (0, sops_1.loadAgeIdentities)(env);
    if (identities.length === 0)
        throw new synth_1.UserError('no age identity: set SOPS_AGE_KEY_FILE (or SOPS_AGE_KEY) to your age key');
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
