"use strict";
/**
 * Constants of the sops file layout this library writes. The layout is the one of sops 3.10.2 (the
 * sops library inside Flux kustomize-controller v1.6 and v1.7): metadata fields in the order
 * `age, lastmodified, mac, encrypted_regex, mac_only_encrypted, version`, empty key-source lists
 * omitted, YAML emitted by go-yaml v3.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TAG_BYTES = exports.IV_BYTES = exports.DATA_KEY_BYTES = exports.DEFAULT_YAML_INDENT = exports.DEFAULT_ENCRYPTED_REGEX = exports.SOPS_VERSION = void 0;
/** The sops version written into `sops.version`; every file this library writes uses this layout. */
exports.SOPS_VERSION = '3.10.2';
/** The rule used for Kubernetes Secrets: encrypt everything below `data` and `stringData`. */
exports.DEFAULT_ENCRYPTED_REGEX = '^(data|stringData)$';
/** The YAML indentation sops uses unless `.sops.yaml` sets `stores.yaml.indent`. */
exports.DEFAULT_YAML_INDENT = 4;
/** Length in bytes of the data key and of the AES-GCM IV sops uses. */
exports.DATA_KEY_BYTES = 32;
/** AES-GCM IV length sops uses (not the usual 12). */
exports.IV_BYTES = 32;
/** AES-GCM tag length sops uses. */
exports.TAG_BYTES = 16;
