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
/** A script container: the image's command replaced by `sh -c`, unprivileged, with the scratch folders and a memory limit. */
function scriptContainer(name, image, uid, memoryLimit, script, env) {
    return {
        name,
        image,
        command: ['/bin/sh', '-c', script],
        env: [...env, { name: 'WORK_DIR', value: exports.WORK_DIR }, { name: 'HOME', value: '/tmp' }],
        volumeMounts: MOUNTS.map((m) => ({ ...m })),
        resources: {
            requests: { cpu: cdk8s_plus_28_1.k8s.Quantity.fromString('10m'), memory: cdk8s_plus_28_1.k8s.Quantity.fromString('64Mi') },
            limits: { memory: cdk8s_plus_28_1.k8s.Quantity.fromString(memoryLimit) },
        },
        securityContext: { ...RESTRICTED, runAsUser: uid, runAsGroup: uid },
    };
}
/** A container running clickhouse-client scripts against the target, as the image's `clickhouse` user. */
function clickhouseScriptContainer(name, script, job, extraEnv = []) {
    const { target } = job;
    return scriptContainer(name, target.clientImage, backup_images_1.CLICKHOUSE_IMAGE_UID, '512Mi', script, [
        { name: 'CLICKHOUSE_HOST', value: target.host },
        { name: 'CLICKHOUSE_PORT', value: String(target.nativePort) },
        { name: 'CLICKHOUSE_USER', value: 'default' },
        { name: 'CLICKHOUSE_PASSWORD', valueFrom: { secretKeyRef: { name: target.passwordSecret.name, key: target.passwordSecret.key } } },
        ...s3KeyEnv(job.credentialsSecretName),
        { name: 'BACKUP_URL', value: (0, backup_location_1.clickhouseBackupEngineUrl)(job.location) },
        ...extraEnv,
    ]);
}
/** A container running aws-cli scripts against the backup folder. */
function awsScriptContainer(name, script, job, extraEnv = []) {
    return scriptContainer(name, job.awsCliImage ?? backup_images_1.AWS_CLI_IMAGE, backup_images_1.AWS_CLI_UID, '256Mi', script, [
        { name: 'S3_ENDPOINT', value: job.location.endpointUrl },
        { name: 'S3_REGION', value: job.region ?? 'us-east-1' },
        { name: 'BACKUP_BUCKET', value: job.location.bucket },
        { name: 'BACKUP_PREFIX', value: job.location.prefix },
        ...s3KeyEnv(job.credentialsSecretName),
        ...cnpg_backup_1.S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })),
        ...extraEnv,
    ]);
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
