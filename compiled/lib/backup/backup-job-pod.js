"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORK_DIR = void 0;
exports.clickhouseScriptContainer = clickhouseScriptContainer;
exports.awsScriptContainer = awsScriptContainer;
exports.backupPodTemplate = backupPodTemplate;
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const cnpg_backup_1 = require("../postgres/cnpg-backup");
const backup_images_1 = require("./backup-images");
const backup_location_1 = require("./backup-location");
/** Where the containers of one Job pod hand over the backup name. */
exports.WORK_DIR = '/work';
/** The backup bucket's keys, by reference only. */
function s3KeyEnv(secretName) {
    return [
        { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: secretName, key: 'ACCESS_KEY_ID' } } },
        { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: secretName, key: 'SECRET_ACCESS_KEY' } } },
    ];
}
const MOUNTS = [{ name: 'work', mountPath: exports.WORK_DIR }, { name: 'tmp', mountPath: '/tmp' }];
const RESTRICTED = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } };
/** A container running clickhouse-client scripts against the target, as the image's `clickhouse` user. */
function clickhouseScriptContainer(name, script, inputs, extraEnv = []) {
    const { target } = inputs;
    return {
        name,
        image: target.clientImage,
        command: ['/bin/sh', '-c', script],
        env: [
            { name: 'CLICKHOUSE_HOST', value: target.host },
            { name: 'CLICKHOUSE_PORT', value: String(target.nativePort) },
            { name: 'CLICKHOUSE_USER', value: 'default' },
            { name: 'CLICKHOUSE_PASSWORD', valueFrom: { secretKeyRef: { name: target.passwordSecret.name, key: target.passwordSecret.key } } },
            ...s3KeyEnv(inputs.credentialsSecretName),
            { name: 'BACKUP_URL', value: (0, backup_location_1.clickhouseBackupEngineUrl)(inputs.location) },
            { name: 'WORK_DIR', value: exports.WORK_DIR },
            { name: 'HOME', value: '/tmp' },
            ...extraEnv,
        ],
        volumeMounts: MOUNTS.map((m) => ({ ...m })),
        resources: {
            requests: { cpu: cdk8s_plus_28_1.k8s.Quantity.fromString('10m'), memory: cdk8s_plus_28_1.k8s.Quantity.fromString('64Mi') },
            limits: { memory: cdk8s_plus_28_1.k8s.Quantity.fromString('512Mi') },
        },
        securityContext: { ...RESTRICTED, runAsUser: backup_images_1.CLICKHOUSE_IMAGE_UID, runAsGroup: backup_images_1.CLICKHOUSE_IMAGE_UID },
    };
}
/** A container running aws-cli scripts against the backup folder. */
function awsScriptContainer(name, script, inputs, extraEnv = []) {
    return {
        name,
        image: inputs.awsCliImage ?? backup_images_1.AWS_CLI_IMAGE,
        command: ['/bin/sh', '-c', script],
        env: [
            { name: 'S3_ENDPOINT', value: inputs.location.endpointUrl },
            { name: 'S3_REGION', value: inputs.region },
            { name: 'BACKUP_BUCKET', value: inputs.location.bucket },
            { name: 'BACKUP_PREFIX', value: inputs.location.prefix },
            ...s3KeyEnv(inputs.credentialsSecretName),
            ...cnpg_backup_1.S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })),
            { name: 'WORK_DIR', value: exports.WORK_DIR },
            { name: 'HOME', value: '/tmp' },
            ...extraEnv,
        ],
        volumeMounts: MOUNTS.map((m) => ({ ...m })),
        resources: {
            requests: { cpu: cdk8s_plus_28_1.k8s.Quantity.fromString('10m'), memory: cdk8s_plus_28_1.k8s.Quantity.fromString('64Mi') },
            limits: { memory: cdk8s_plus_28_1.k8s.Quantity.fromString('256Mi') },
        },
        securityContext: { ...RESTRICTED, runAsUser: backup_images_1.AWS_CLI_UID, runAsGroup: backup_images_1.AWS_CLI_UID },
    };
}
/**
 * A Job pod: the steps run in order as init containers and the last as the container (a failed step
 * stops the pod), with a shared scratch folder, no service account token and the restricted Pod
 * Security profile.
 */
function backupPodTemplate(labels, steps) {
    return {
        metadata: { labels: { ...labels } },
        spec: {
            restartPolicy: 'Never',
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, fsGroup: backup_images_1.CLICKHOUSE_IMAGE_UID, seccompProfile: { type: 'RuntimeDefault' } },
            initContainers: steps.slice(0, -1).map((c) => ({ ...c })),
            containers: [{ ...steps[steps.length - 1] }],
            volumes: [
                { name: 'work', emptyDir: { sizeLimit: cdk8s_plus_28_1.k8s.Quantity.fromString('1Mi') } },
                { name: 'tmp', emptyDir: { sizeLimit: cdk8s_plus_28_1.k8s.Quantity.fromString('64Mi') } },
            ],
        },
    };
}
