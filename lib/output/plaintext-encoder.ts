import { Yaml } from 'cdk8s';
import { PLAINTEXT_WARNING, SecretFileEncoder } from './secret-file-encoder';

/** Writes Secret files in clear, behind a loud warning; only for `sops_plaintext_output: true`. */
export const plaintextEncoder: SecretFileEncoder = {
  encode: async (docs) => PLAINTEXT_WARNING + Yaml.stringify(...docs),
};
