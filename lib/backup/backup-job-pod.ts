import { k8s } from 'cdk8s-plus-28';
import { S3_CHECKSUM_WORKAROUND_ENV } from '../postgres/cnpg-backup';
import { AWS_CLI_IMAGE, AWS_CLI_UID, CLICKHOUSE_IMAGE_UID } from './backup-images';
import type { ClickHouseBackupLocation } from './backup-location';
import { clickhouseBackupEngineUrl } from './backup-location';
import type { ClickHouseBackupTarget } from './clickhouse-backup-target';

/** Where the containers of one Job pod hand over the backup name. */
export const WORK_DIR = '/work';

/** What the ClickHouse backup and restore Jobs are told: their name, the server and the backup folder. */
export interface BackupJobProps {
  /** Name of the CronJob or Job. */
  readonly name: string;
  readonly namespace: string;
  readonly target: ClickHouseBackupTarget;
  /** The instance's backup folder in the backup bucket. */
  readonly location: ClickHouseBackupLocation;
  /** S3 region of the endpoint. @default 'us-east-1' */
  readonly region?: string;
  /** A Secret with the backup bucket's `ACCESS_KEY_ID` and `SECRET_ACCESS_KEY`. */
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

/** A script container: the image's command replaced by `sh -c`, unprivileged, with the scratch folders and a memory limit. */
function scriptContainer(name: string, image: string, uid: number, memoryLimit: string, script: string, env: k8s.EnvVar[]): k8s.Container {
  return {
    name,
    image,
    command: ['/bin/sh', '-c', script],
    env: [...env, { name: 'WORK_DIR', value: WORK_DIR }, { name: 'HOME', value: '/tmp' }],
    volumeMounts: MOUNTS.map((m) => ({ ...m })),
    resources: {
      requests: { cpu: k8s.Quantity.fromString('10m'), memory: k8s.Quantity.fromString('64Mi') },
      limits: { memory: k8s.Quantity.fromString(memoryLimit) },
    },
    securityContext: { ...RESTRICTED, runAsUser: uid, runAsGroup: uid },
  };
}

/** A container running clickhouse-client scripts against the target, as the image's `clickhouse` user. */
export function clickhouseScriptContainer(name: string, script: string, job: BackupJobProps, extraEnv: k8s.EnvVar[] = []): k8s.Container {
  const { target } = job;
  return scriptContainer(name, target.clientImage, CLICKHOUSE_IMAGE_UID, '512Mi', script, [
    { name: 'CLICKHOUSE_HOST', value: target.host },
    { name: 'CLICKHOUSE_PORT', value: String(target.nativePort) },
    { name: 'CLICKHOUSE_USER', value: 'default' },
    { name: 'CLICKHOUSE_PASSWORD', valueFrom: { secretKeyRef: { name: target.passwordSecret.name, key: target.passwordSecret.key } } },
    ...s3KeyEnv(job.credentialsSecretName),
    { name: 'BACKUP_URL', value: clickhouseBackupEngineUrl(job.location) },
    ...extraEnv,
  ]);
}

/** A container running aws-cli scripts against the backup folder. */
export function awsScriptContainer(name: string, script: string, job: BackupJobProps, extraEnv: k8s.EnvVar[] = []): k8s.Container {
  return scriptContainer(name, job.awsCliImage ?? AWS_CLI_IMAGE, AWS_CLI_UID, '256Mi', script, [
    { name: 'S3_ENDPOINT', value: job.location.endpointUrl },
    { name: 'S3_REGION', value: job.region ?? 'us-east-1' },
    { name: 'BACKUP_BUCKET', value: job.location.bucket },
    { name: 'BACKUP_PREFIX', value: job.location.prefix },
    ...s3KeyEnv(job.credentialsSecretName),
    ...S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })),
    ...extraEnv,
  ]);
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
