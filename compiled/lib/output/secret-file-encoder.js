"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLAINTEXT_WARNING = void 0;
/** Header of Secret files written without encryption. */
exports.PLAINTEXT_WARNING = '# WARNING: UNENCRYPTED SECRETS (sops_plaintext_output is on). For local experiments only: never commit this file.\n';
