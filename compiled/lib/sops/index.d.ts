/** Native SOPS (age) encryption and decryption of Kubernetes manifests. */
export { decryptDataKey } from './age-keys';
export { DEFAULT_ENCRYPTED_REGEX, DEFAULT_YAML_INDENT, SOPS_VERSION } from './constants';
export { decryptSopsYaml, decryptSopsYamlDocuments, decryptSopsYamlWithDataKey, readSopsMetadata } from './decrypt-sops-yaml';
export { encryptSopsYaml, encryptSopsYamlDocuments } from './encrypt-sops-yaml';
export type { EncryptSopsYamlOptions } from './encrypt-sops-yaml';
export { encryptStable } from './encrypt-stable';
export type { EncryptStableOptions, EncryptStableResult } from './encrypt-stable';
export type { EncryptionRule } from './encryption-rule';
export { SopsMacMismatchError } from './errors';
export { loadAgeIdentities } from './load-age-identities';
export type { SopsAgeEntry, SopsMetadata } from './metadata';
export { resolveAgeRecipients } from './resolve-age-recipients';
export type { ResolveAgeRecipientsInput, ResolvedAgeRecipients } from './resolve-age-recipients';
