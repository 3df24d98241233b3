import { k8s } from 'cdk8s-plus-28';
import type { ClickHouseBackupLocation } from './backup-location';
import type { ClickHouseBackupTarget } from './clickhouse-backup-target';
/** Where the containers of one Job pod hand over the backup name. */
export declare const WORK_DIR = "/work";
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
/** A container running clickhouse-client scripts against the target, as the image's `clickhouse` user. */
export declare function clickhouseScriptContainer(name: string, script: string, job: BackupJobProps, extraEnv?: k8s.EnvVar[]): k8s.Container;
/** A container running aws-cli scripts against the backup folder. */
export declare function awsScriptContainer(name: string, script: string, job: BackupJobProps, extraEnv?: k8s.EnvVar[]): k8s.Container;
/**
 * A Job pod: the steps run in order as init containers and the last as the container (a failed step
 * stops the pod), with a shared scratch folder, no service account token and the restricted Pod
 * Security profile.
 */
export declare function backupPodTemplate(labels: Readonly<Record<string, string>>, steps: readonly k8s.Container[]): k8s.PodTemplateSpec;
