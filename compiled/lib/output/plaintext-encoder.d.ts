import { SecretFileEncoder } from './secret-file-encoder';
/** Writes Secret files in clear, behind a loud warning; only for `sops_plaintext_output: true`. */
export declare const plaintextEncoder: SecretFileEncoder;
