import { k8s } from 'cdk8s-plus-28';
import { S3_CHECKSUM_WORKAROUND_ENV } from '../postgres/cnpg-backup';
import { AWS_CLI_IMAGE, AWS_CLI_UID, CLICKHOUSE_IMAGE_UID } from './backup-images';
import type { ClickHouseBackupLocation } from './backup-location';
import { clickhouseBackupEngineUrl } from './backup-location';
import type { ClickHouseBackupTarget } from './clickhouse-backup-target';

/** Where the containers of one Job pod hand over the backup name. */
export const WORK_DIR = '/work';

/** What the containers of a ClickHouse backup or restore pod share. */
export interface BackupPodInputs {
  readonly target: ClickHouseBackupTarget;
  readonly location: ClickHouseBackupLocation;
  /** S3 region of the endpoint. */
  readonly region: string;
  /** A Secret with the keys `ACCESS_KEY_ID` and `SECRET_ACCESS_KEY` of the backup bucket. */
  readonly credentialsSecretName: string;
  /** @default AWS_CLI_IMAGE */
  readonly awsCliImage?: string;
}

/** The backup bucket's keys, by reference only. */
function s3KeyEnv(secretName: string): k8s.EnvVar[] {
  return [
    { name: 'AWS_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: secretName, key: 'ACCESS_KEY_ID' } } },
    { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: secretName, key: 'SECRET_ACCESS_KEY' } } },
  ];
}

const MOUNTS: k8s.VolumeMount[] = [{ name: 'work', mountPath: WORK_DIR }, { name: 'tmp', mountPath: '/tmp' }];

const RESTRICTED: k8s.SecurityContext = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } };

/** A container running clickhouse-client scripts against the target, as the image's `clickhouse` user. */
export function clickhouseScriptContainer(name: string, script: string, inputs: BackupPodInputs, extraEnv: k8s.EnvVar[] = []): k8s.Container {
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
      { name: 'BACKUP_URL', value: clickhouseBackupEngineUrl(inputs.location) },
      { name: 'WORK_DIR', value: WORK_DIR },
      { name: 'HOME', value: '/tmp' },
      ...extraEnv,
    ],
    volumeMounts: MOUNTS.map((m) => ({ ...m })),
    resources: {
      requests: { cpu: k8s.Quantity.fromString('10m'), memory: k8s.Quantity.fromString('64Mi') },
      limits: { memory: k8s.Quantity.fromString('512Mi') },
    },
    securityContext: { ...RESTRICTED, runAsUser: CLICKHOUSE_IMAGE_UID, runAsGroup: CLICKHOUSE_IMAGE_UID },
  };
}

/** A container running aws-cli scripts against the backup folder. */
export function awsScriptContainer(name: string, script: string, inputs: BackupPodInputs, extraEnv: k8s.EnvVar[] = []): k8s.Container {
  return {
    name,
    image: inputs.awsCliImage ?? AWS_CLI_IMAGE,
    command: ['/bin/sh', '-c', script],
    env: [
      { name: 'S3_ENDPOINT', value: inputs.location.endpointUrl },
      { name: 'S3_REGION', value: inputs.region },
      { name: 'BACKUP_BUCKET', value: inputs.location.bucket },
      { name: 'BACKUP_PREFIX', value: inputs.location.prefix },
      ...s3KeyEnv(inputs.credentialsSecretName),
      ...S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })),
      { name: 'WORK_DIR', value: WORK_DIR },
      { name: 'HOME', value: '/tmp' },
      ...extraEnv,
    ],
    volumeMounts: MOUNTS.map((m) => ({ ...m })),
    resources: {
      requests: { cpu: k8s.Quantity.fromString('10m'), memory: k8s.Quantity.fromString('64Mi') },
      limits: { memory: k8s.Quantity.fromString('256Mi') },
    },
    securityContext: { ...RESTRICTED, runAsUser: AWS_CLI_UID, runAsGroup: AWS_CLI_UID },
  };
}

/**
 * A Job pod: the steps run in order as init containers and the last as the container (a failed step
 * stops the pod), with a shared scratch folder, no service account token and the restricted Pod
 * Security profile.
 */
export function backupPodTemplate(labels: Readonly<Record<string, string>>, steps: readonly k8s.Container[]): k8s.PodTemplateSpec {
  return {
    metadata: { labels: { ...labels } },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, fsGroup: CLICKHOUSE_IMAGE_UID, seccompProfile: { type: 'RuntimeDefault' } },
      initContainers: steps.slice(0, -1).map((c) => ({ ...c })),
      containers: [{ ...steps[steps.length - 1] }],
      volumes: [
        { name: 'work', emptyDir: { sizeLimit: k8s.Quantity.fromString('1Mi') } },
        { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } },
      ],
    },
  };
}
