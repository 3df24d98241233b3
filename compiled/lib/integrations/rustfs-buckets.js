"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RustfsBuckets = exports.RUSTFS_ADMIN_KEYS = exports.MINIO_CLIENT_IMAGE = void 0;
const crypto_1 = require("crypto");
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const endpoint_url_1 = require("../formats/endpoint-url");
const file_placement_1 = require("../output/file-placement");
/** The pinned MinIO client of the bucket Job (the reference's rustfs-bucket-setup runs the same). */
exports.MINIO_CLIENT_IMAGE = 'minio/mc:RELEASE.2024-11-21T17-21-54Z';
/** Keys of RustFS's admin Secret that the Job reads (the reference's `rustfs-credentials`). */
exports.RUSTFS_ADMIN_KEYS = { accessKey: 'RUSTFS_ACCESS_KEY', secretKey: 'RUSTFS_SECRET_KEY' };
const SCRIPT = [
    'set -eu',
    'mc alias set rustfs "$S3_ENDPOINT" "$RUSTFS_ACCESS_KEY" "$RUSTFS_SECRET_KEY" >/dev/null',
    'for bucket in "$@"; do mc mb --ignore-existing "rustfs/$bucket"; done',
].join('\n') + '\n';
/**
 * A Job that creates Langfuse's buckets in RustFS with its admin keys, as the reference's
 * `rustfs-bucket-setup` does (Langfuse never creates buckets). Bucket names are the script's
 * arguments, never part of its text. Access keys and policies for Langfuse stay a RustFS console
 * task, as in the reference. Like the LLM-connection Job it keeps a stable name, carries
 * `kustomize.toolkit.fluxcd.io/force: enabled` and a checksum of its buckets, so a new bucket
 * re-runs it and an unchanged list is a no-op.
 */
class RustfsBuckets extends constructs_1.Construct {
    job;
    constructor(scope, id, props) {
        super(scope, id);
        if (props.buckets.length === 0)
            throw new Error('rustfs bucket job needs at least one bucket (got none)');
        for (const bucket of props.buckets) {
            if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
                throw new Error(`rustfs bucket name must be 3 to 63 lowercase letters, digits, "." or "-" (got "${bucket}")`);
        }
        if (!/^https?:\/\/[^\s/]+$/.test(props.endpoint))
            throw new Error(`rustfs endpoint must be an http(s) URL without a path (got "${(0, endpoint_url_1.withoutUserinfo)(props.endpoint)}")`);
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        if (!namespace)
            throw new Error('rustfs bucket job needs a namespace (got none, and its chart has none)');
        const buckets = [...new Set(props.buckets)].sort();
        const secret = props.adminSecretName ?? 'rustfs-credentials';
        const labels = { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/part-of': 'langfuse' };
        const secretEnv = (key) => ({ name: key, valueFrom: { secretKeyRef: { name: secret, key } } });
        this.job = new cdk8s_plus_28_1.k8s.KubeJob(this, 'Resource', {
            metadata: { name: props.name, namespace, labels, annotations: { 'kustomize.toolkit.fluxcd.io/force': 'enabled' } },
            spec: {
                backoffLimit: 10,
                activeDeadlineSeconds: 1800,
                template: {
                    metadata: { labels, annotations: { 'checksum/config': (0, crypto_1.createHash)('sha256').update(JSON.stringify([buckets, props.endpoint, secret, SCRIPT])).digest('hex') } },
                    spec: {
                        restartPolicy: 'OnFailure',
                        automountServiceAccountToken: false,
                        securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
                        containers: [{
                                name: 'buckets',
                                image: exports.MINIO_CLIENT_IMAGE,
                                command: ['/bin/sh', '-c', SCRIPT, props.name, ...buckets],
                                env: [
                                    { name: 'HOME', value: '/tmp' },
                                    { name: 'MC_CONFIG_DIR', value: '/tmp/.mc' },
                                    { name: 'S3_ENDPOINT', value: props.endpoint },
                                    secretEnv(exports.RUSTFS_ADMIN_KEYS.accessKey),
                                    secretEnv(exports.RUSTFS_ADMIN_KEYS.secretKey),
                                ],
                                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
                                resources: {
                                    requests: { cpu: cdk8s_plus_28_1.k8s.Quantity.fromString('10m'), memory: cdk8s_plus_28_1.k8s.Quantity.fromString('32Mi') },
                                    limits: { memory: cdk8s_plus_28_1.k8s.Quantity.fromString('128Mi') },
                                },
                                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
                            }],
                        volumes: [{ name: 'tmp', emptyDir: { sizeLimit: cdk8s_plus_28_1.k8s.Quantity.fromString('16Mi') } }],
                    },
                },
            },
        });
        (0, file_placement_1.placeInFile)(this.job, 'job.yaml');
    }
}
exports.RustfsBuckets = RustfsBuckets;
