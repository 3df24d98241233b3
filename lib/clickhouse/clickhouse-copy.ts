import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { z } from 'zod';
import { cronSchedule, dnsLabel, hostAndPort, hostName, port } from '../config/fields';
import { placeInFile } from '../output/file-placement';
import { checkOptionalProps, checkProp, checkSecretKeyRef } from '../prop-checks';
import { SecretKeySelector } from './clickhouse-connection';
import { imageRef } from './clickhouse-images';
import { CLICKHOUSE_COPY_SCRIPT } from './clickhouse-copy-script';
import { restrictedJobPod } from './job-pod';

/**
 * The tables Langfuse 3.224.1 keeps its data in, as the chart maintainers' online sync copies them
 * (ch-online-sync.sh INCREMENTAL_TABLES): each a ReplacingMergeTree versioned by `event_ts`
 * (migrations 0001-0003, 0011 and 0024 of packages/shared/clickhouse/migrations at v3.224.1).
 * `dataset_run_items`, `project_environments` and `event_log` are unused from 3.224.1 on.
 */
export const LANGFUSE_V3_COPIED_TABLES: readonly string[] = ['traces', 'observations', 'scores', 'dataset_run_items_rmt', 'blob_storage_file_log'];

/** The new cluster's table that records, per copied table, the source's `event_ts` the last complete pass reached. */
export const COPY_WATERMARK_TABLE = 'langfuse_cdk8s_copy_watermarks';

/** How far behind the watermark each pass starts again, for rows that arrive late (the maintainers' default). */
export const COPY_LOOKBACK_SECONDS = 3600;

/**
 * How long the bundled ClickHouse must have had no write from an HTTP client (Langfuse) before the
 * final pass: longer than a pod's default termination grace period (30 s), so that a worker still
 * finishing its jobs is done.
 */
export const FINAL_COPY_QUIET_SECONDS = 120;

/** The user of the ClickHouse server image (`clickhouse`, uid and gid 101). */
const CLICKHOUSE_IMAGE_USER = 101;

/** Which pass a `ClickHouseCopy` runs. */
export enum ClickHouseCopyMode {
  /** A CronJob: a pass every `schedule` while Langfuse keeps writing, each one idempotent. */
  ONLINE = 'online',
  /**
   * A Job: waits until nothing writes, copies the rest, re-copies every partition whose FINAL row
   * count or key hash differs, and fails unless all match then.
   */
  FINAL = 'final',
}

/** Props of `ClickHouseCopy`. */
export interface ClickHouseCopyProps {
  /** metadata.name of the CronJob or Job. */
  readonly name: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
  readonly mode: ClickHouseCopyMode;
  /** The ClickHouse server image (its `clickhouse-client` runs the passes), pinned. */
  readonly image: string;
  /**
   * `host:port` of the bundled ClickHouse's native protocol, as the new cluster reaches it: one
   * server, never a load-balanced Service of several replicas (each `remote()` could reach
   * another one, at another point of replication).
   */
  readonly sourceAddress: string;
  /**
   * `host:port` of every replica of the bundled ClickHouse, `sourceAddress` among them: the final
   * copy checks each for writes before it copies.
   * @default - [sourceAddress]
   */
  readonly sourceReplicaAddresses?: readonly string[];
  /** The bundled ClickHouse's password of the user `default`. */
  readonly sourcePasswordSecret: SecretKeySelector;
  /** One server of the new cluster (always the same one, whose table holds the watermarks). */
  readonly targetHost: string;
  /** @default 9000 */
  readonly targetPort?: number;
  /** The new cluster's password of the user `default`. */
  readonly targetPasswordSecret: SecretKeySelector;
  /** Pod labels (the network policies admit them to the new cluster). */
  readonly labels: Readonly<Record<string, string>>;
  /** @default LANGFUSE_V3_COPIED_TABLES */
  readonly tables?: readonly string[];
  /** @default COPY_LOOKBACK_SECONDS */
  readonly lookbackSeconds?: number;
  /** ONLINE only: the CronJob schedule. @default '*\/10 * * * *' */
  readonly schedule?: string;
}

/**
 * Copies Langfuse's tables from the bundled ClickHouse into the operator's, with the script of
 * `CLICKHOUSE_COPY_SCRIPT`: online as a CronJob whose passes repeat until the freeze (a pass that
 * still runs when the next is due is not doubled), and once more as the freeze's final Job, which
 * repairs the partitions that differ and fails when one still does. The passwords reach the pod
 * only through Secret references.
 */
export class ClickHouseCopy extends Construct {
  public readonly name: string;
  public readonly mode: ClickHouseCopyMode;
  public readonly tables: readonly string[];
  /** The pod's environment, as rendered (Secret references for both passwords). */
  public readonly env: readonly k8s.EnvVar[];
  /** Set in ONLINE mode. */
  public readonly cronJob?: k8s.KubeCronJob;
  /** Set in FINAL mode. */
  public readonly job?: k8s.KubeJob;

  constructor(scope: Construct, id: string, props: ClickHouseCopyProps) {
    super(scope, id);
    // a CronJob's name must leave room for the suffix of the Jobs it creates: at most 52 characters
    checkProp('clickhouse copy name', props.name, props.mode === ClickHouseCopyMode.ONLINE ? dnsLabel().max(52, { message: 'must be at most 52 characters (a CronJob)' }) : dnsLabel());
    const at = (prop: string) => `clickhouse copy ${props.name}: ${prop}`;
    checkProp(at('mode'), props.mode, z.enum([ClickHouseCopyMode.ONLINE, ClickHouseCopyMode.FINAL], { message: 'must be ClickHouseCopyMode.ONLINE or ClickHouseCopyMode.FINAL' }));
    checkProp(at('sourceAddress'), props.sourceAddress, hostAndPort());
    const replicas = props.sourceReplicaAddresses ?? [props.sourceAddress];
    replicas.forEach((address, i) => checkProp(at(`sourceReplicaAddresses[${i}]`), address, hostAndPort()));
    if (!replicas.includes(props.sourceAddress)) throw new Error(`${at('sourceReplicaAddresses')}: must include sourceAddress "${props.sourceAddress}"`);
    checkSecretKeyRef(at('sourcePasswordSecret'), props.sourcePasswordSecret);
    checkProp(at('targetHost'), props.targetHost, hostName());
    checkSecretKeyRef(at('targetPasswordSecret'), props.targetPasswordSecret);
    checkOptionalProps([
      [at('namespace'), props.namespace, dnsLabel()], [at('targetPort'), props.targetPort, port()], [at('schedule'), props.schedule, cronSchedule()],
    ]);
    imageRef(props.image);
    this.name = props.name;
    this.mode = props.mode;
    this.tables = props.tables ?? LANGFUSE_V3_COPIED_TABLES;
    for (const table of this.tables) {
      if (!/^[a-z][a-z0-9_]*$/.test(table)) throw new Error(`copied table names are lowercase letters, digits and _ (got "${table}")`);
    }
    const lookback = props.lookbackSeconds ?? COPY_LOOKBACK_SECONDS;
    if (!Number.isInteger(lookback) || lookback < 0) throw new Error(`copy lookback must be a whole number of seconds (got ${lookback})`);
    const namespace = props.namespace ?? Chart.of(this).namespace;
    const labels = { ...props.labels };
    const plain = (name: string, value: string): k8s.EnvVar => ({ name, value });
    const secret = (name: string, ref: SecretKeySelector): k8s.EnvVar => ({ name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } });
    this.env = [
      plain('MODE', props.mode),
      plain('SOURCE_ADDRESS', props.sourceAddress),
      plain('SOURCE_REPLICAS', replicas.join(',')),
      secret('SOURCE_PASSWORD', props.sourcePasswordSecret),
      plain('TARGET_HOST', props.targetHost),
      plain('TARGET_PORT', String(props.targetPort ?? 9000)),
      secret('TARGET_PASSWORD', props.targetPasswordSecret),
      plain('TABLES', this.tables.join(' ')),
      plain('WATERMARK_TABLE', COPY_WATERMARK_TABLE),
      plain('LOOKBACK_SECONDS', String(lookback)),
      plain('HOME', '/tmp'),
      ...(props.mode === ClickHouseCopyMode.FINAL ? [plain('QUIET_SECONDS', String(FINAL_COPY_QUIET_SECONDS))] : []),
    ];
    // The client's config file with the password lives in the memory-backed /tmp, never on a disk.
    const pod = restrictedJobPod(CLICKHOUSE_IMAGE_USER, {
      name: 'copy',
      image: props.image,
      command: ['/bin/sh', '-c', CLICKHOUSE_COPY_SCRIPT],
      env: [...this.env],
      resources: {
        requests: { cpu: k8s.Quantity.fromString('50m'), memory: k8s.Quantity.fromString('64Mi') },
        limits: { memory: k8s.Quantity.fromString('256Mi') },
      },
    }, labels);

    if (props.mode === ClickHouseCopyMode.ONLINE) {
      this.cronJob = new k8s.KubeCronJob(this, 'Resource', {
        metadata: { name: this.name, namespace, labels },
        spec: {
          schedule: props.schedule ?? '*/10 * * * *',
          concurrencyPolicy: 'Forbid',
          startingDeadlineSeconds: 300,
          successfulJobsHistoryLimit: 3,
          failedJobsHistoryLimit: 3,
          jobTemplate: { metadata: { labels }, spec: { backoffLimit: 2, template: pod } },
        },
      });
      placeInFile(this.cronJob, 'cronjob.yaml');
    } else {
      // No Flux force annotation: once it has run, the Job must never run again by itself.
      this.job = new k8s.KubeJob(this, 'Resource', {
        metadata: { name: this.name, namespace, labels },
        spec: { backoffLimit: 2, template: pod },
      });
      placeInFile(this.job, 'job.yaml');
    }
  }
}
