"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SopsMacMismatchError = void 0;
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
