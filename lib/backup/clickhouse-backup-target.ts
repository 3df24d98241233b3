import type { ClickHouseCluster } from '../clickhouse/clickhouse-cluster';
import type { SecretKeySelector } from '../clickhouse/clickhouse-connection';
import { CLICKHOUSE_SERVER_IMAGE } from '../clickhouse/clickhouse-images';
import { CLICKHOUSE_SERVER_PORTS } from '../clickhouse/operator-conventions';
import type { LangfuseNames } from '../names';
import { serviceDns } from '../settings/derive';

/** The ClickHouse server a backup or restore Job talks to. */
export interface ClickHouseBackupTarget {
  /** Which ClickHouse it is: the operator's `ClickHouseCluster` or the chart's bundled Bitnami one. */
  readonly backend: 'operator' | 'bundled';
  /**
   * One server's own DNS name (its pod behind the headless Service): an `ASYNC` BACKUP or RESTORE
   * is tracked in `system.backups` of the server that runs it, so every query must reach that one.
   */
  readonly host: string;
  readonly nativePort: number;
  /** The Secret key with the password of the user `default`. */
  readonly passwordSecret: SecretKeySelector;
  /** Labels of the server pods, which network policies admit the Jobs to. */
  readonly serverPodLabels: Readonly<Record<string, string>>;
  /** An image with clickhouse-client, pinned. */
  readonly clientImage: string;
}

/**
 * The first replica of the operator's cluster (`firstPodHost`: its StatefulSet
 * `<name>-clickhouse-0-0` has one pod under the headless Service). The client is the server image
 * itself, so client and server always have the same version.
 */
export function operatorBackupTarget(cluster: ClickHouseCluster): ClickHouseBackupTarget {
  return {
    backend: 'operator',
    host: cluster.firstPodHost,
    nativePort: cluster.nativePort,
    passwordSecret: cluster.passwordSecret,
    serverPodLabels: { ...cluster.podSelector },
    clientImage: cluster.image,
  };
}

/**
 * The first replica of the chart's Bitnami ClickHouse (chart 8.0.5: StatefulSet
 * `<release>-clickhouse-shard0`, headless Service `<release>-clickhouse-headless`), whose user
 * `default` has the password of the same Secret (`clickhouse.auth.existingSecret`). Its image is
 * the frozen `bitnamilegacy/clickhouse` (about 25.2); the client is the pinned official one, which
 * speaks to older servers (the SQL is the server's: BACKUP/RESTORE to S3 exist since 22.x).
 */
export function bundledBackupTarget(names: LangfuseNames): ClickHouseBackupTarget {
  return {
    backend: 'bundled',
    host: `${names.clickhouseService}-shard0-0.${serviceDns(`${names.clickhouseService}-headless`, names.namespace)}`,
    nativePort: CLICKHOUSE_SERVER_PORTS.native,
    passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
    serverPodLabels: { 'app.kubernetes.io/name': 'clickhouse', 'app.kubernetes.io/instance': names.release },
    clientImage: CLICKHOUSE_SERVER_IMAGE,
  };
}
