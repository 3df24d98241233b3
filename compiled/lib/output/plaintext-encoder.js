"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plaintextEncoder = void 0;
const cdk8s_1 = require("cdk8s");
const secret_file_encoder_1 = require("./secret-file-encoder");
/** Writes Secret files in clear, behind a loud warning; only for `sops_plaintext_output: true`. */
exports.plaintextEncoder = {
    encode: async (docs) => secret_file_encoder_1.PLAINTEXT_WARNING + cdk8s_1.Yaml.stringify(...docs),
};
