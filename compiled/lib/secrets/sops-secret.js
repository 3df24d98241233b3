"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SopsSecret = void 0;
const crypto_1 = require("crypto");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const file_placement_1 = require("../output/file-placement");
/**
 * A Secret that is written to the Flux tree only in SOPS-encrypted form: the writer encrypts every
 * `*.sops.yaml` file for the repository's age recipients, and refuses to write it in clear
 * unless plaintext output was explicitly requested.
 */
class SopsSecret extends constructs_1.Construct {
    name;
    keys;
    /** SHA-256 of the name and values: changes with any value without revealing one. */
    contentDigest;
    constructor(scope, id, props) {
        super(scope, id);
        const file = props.file ?? 'secret.sops.yaml';
        if (!file.endsWith('.sops.yaml'))
            throw new Error(`sops secret file must end with .sops.yaml (got "${file}")`);
        const empty = Object.entries(props.stringData).filter(([, v]) => v === '').map(([k]) => k);
        if (empty.length > 0)
            throw new Error(`secret ${props.name} has empty values for ${empty.join(', ')}`);
        this.name = props.name;
        this.keys = Object.keys(props.stringData);
        this.contentDigest = (0, crypto_1.createHash)('sha256').update(JSON.stringify([props.name, props.stringData])).digest('hex');
        const secret = new cdk8s_plus_28_1.k8s.KubeSecret(this, 'Resource', {
            metadata: {
                name: props.name,
                namespace: props.namespace,
                labels: props.labels ? { ...props.labels } : undefined,
                annotations: props.annotations ? { ...props.annotations } : undefined,
            },
            type: props.type ?? 'Opaque',
            stringData: { ...props.stringData },
        });
        (0, file_placement_1.placeInFile)(secret, file);
    }
    /** A `secretKeyRef` to one of its keys. */
    keyRef(key) {
        if (!this.keys.includes(key))
            throw new Error(`secret ${this.name} has no key "${key}" (keys: ${this.keys.join(', ')})`);
        return { name: this.name, key };
    }
}
exports.SopsSecret = SopsSecret;
