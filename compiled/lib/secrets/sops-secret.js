"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SopsSecret = exports.MAX_SECRET_DATA_BYTES = void 0;
exports.secretSizeProblem = secretSizeProblem;
const zod_1 = require("zod");
const crypto_1 = require("crypto");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const fields_1 = require("../config/fields");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
const nonEmpty = zod_1.z.string().min(1, { message: 'must not be empty' });
/** The Kubernetes limit on a Secret's data: the sum of its values' sizes, 1 MiB. */
exports.MAX_SECRET_DATA_BYTES = 1024 * 1024;
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
    resource;
    constructor(scope, id, props) {
        super(scope, id);
        const file = props.file ?? 'secret.sops.yaml';
        if (!file.endsWith('.sops.yaml'))
            throw new Error(`sops secret file must end with .sops.yaml (got "${file}")`);
        (0, prop_checks_1.checkProp)('sops secret name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkProp)(`sops secret ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)());
        for (const [key, value] of Object.entries(props.stringData ?? {})) {
            (0, prop_checks_1.checkProp)(`sops secret ${props.name}: stringData key`, key, (0, fields_1.secretDataKey)());
            // an empty value would be an empty Secret key in the cluster, which the app then reads as "not configured"
            if (typeof value === 'string' || value === undefined || value === null)
                (0, prop_checks_1.checkProp)(`sops secret ${props.name}: stringData.${key}`, value, nonEmpty, { secret: true });
        }
        // The API server rejects a Secret whose values add up to more than 1 MiB: Flux would fail to apply the whole app.
        // Values known now are checked now; lazy ones (an ACL file that collects users) when the tree is rendered.
        if (Object.values(props.stringData).every((v) => typeof v === 'string')) {
            const problem = secretSizeProblem(props.name, props.stringData);
            if (problem)
                throw new Error(problem);
        }
        else {
            this.node.addValidation({
                validate: () => [secretSizeProblem(props.name, this.resource.toJson().stringData ?? {})]
                    .filter((p) => p !== undefined),
            });
        }
        this.name = props.name;
        this.keys = Object.keys(props.stringData);
        this.contentDigest = (0, crypto_1.createHash)('sha256').update(JSON.stringify([props.name, props.stringData])).digest('hex');
        const secret = this.resource = new cdk8s_plus_28_1.k8s.KubeSecret(this, 'Resource', {
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
/** Why a Secret's values are too large for Kubernetes, or undefined; names the largest key, never a value. */
function secretSizeProblem(name, stringData) {
    const sizes = Object.entries(stringData).map(([k, v]) => [k, Buffer.byteLength(v, 'utf8')]).sort((a, b) => b[1] - a[1]);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    if (total <= exports.MAX_SECRET_DATA_BYTES)
        return undefined;
    return `secret ${name} holds ${total} bytes, more than the Kubernetes limit of ${exports.MAX_SECRET_DATA_BYTES} bytes per Secret `
        + `(largest value: ${sizes[0][0]}, ${sizes[0][1]} bytes)`;
}
