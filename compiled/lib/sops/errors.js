"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PublishedTestKeyError = exports.SopsInputError = exports.SopsMacMismatchError = void 0;
const errors_1 = require("../errors");
/** The MAC stored in a sops file does not match the decrypted content: the file was tampered with. */
class SopsMacMismatchError extends Error {
    /** The decrypted MAC from `sops.mac` (uppercase hex). */
    stored;
    /** The MAC recomputed from the decrypted values (uppercase hex). */
    computed;
    constructor(stored, computed) {
        super(`sops mac mismatch: file has "${stored}", computed "${computed}"`);
        this.name = 'SopsMacMismatchError';
        this.stored = stored;
        this.computed = computed;
    }
}
exports.SopsMacMismatchError = SopsMacMismatchError;
/**
 * A problem with the SOPS setup the user gave: an age identity or recipient (in the environment,
 * a key file, `.sops.yaml` or a command-line argument) or a `.sops.yaml` that cannot be used. The
 * message names where the input came from and never quotes a key.
 */
class SopsInputError extends errors_1.InputError {
}
exports.SopsInputError = SopsInputError;
/** Secrets would be encrypted for a published test recipient, whose private key anyone has. */
class PublishedTestKeyError extends errors_1.InputError {
}
exports.PublishedTestKeyError = PublishedTestKeyError;
