import { Construct } from 'constructs';
import { hostAndPort, hostName, migrationStage, pinnedImage } from '../config/fields';
import { FluxAppChart } from '../flux/flux-app-chart';
import { HealthCheckTarget, KustomizationDependency } from '../flux/flux-kustomization';
import { FluxOptions } from '../langfuse-chart-props';
import { checkFluxDependency, checkProp, checkSecretKeyRef, requireProp } from '../prop-checks';
import { SecretKeySelector } from './clickhouse-connection';
import { ClickHouseCopy, ClickHouseCopyMode } from './clickhouse-copy';
import { ClickHouseMigrationStage, copiesFromBundled, hasFinalCopy, hasMigrationApp } from './clickhouse-migration-stage';
import { ClickHouseSchemaJob } from './clickhouse-schema-job';

/** Names of the migration's Jobs. */
export const CLICKHOUSE_MIGRATION_JOBS = {
  schema: 'langfuse-clickhouse-schema',
  copy: 'langfuse-clickhouse-copy',
  finalCopy: 'langfuse-clickhouse-final-copy',
} as const;

/** Pod labels of every Job of the migration (the network policies select them by these). */
export const CLICKHOUSE_MIGRATION_POD_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/name': 'langfuse-clickhouse-migration', 'app.kubernetes.io/part-of': 'langfuse',
};

/** Props of `ClickHouseMigrationChart`. */
export interface ClickHouseMigrationChartProps {
  /** The Flux app name, like `langfuse-clickhouse-migration`. */
  readonly appName: string;
  readonly namespace: string;
  /** A stage that has the app (prepare to cutover). */
  readonly stage: ClickHouseMigrationStage;
  /** The Langfuse web image the release runs, for the schema Job. */
  readonly langfuseImage: string;
  /** The ClickHouse server image, for the copy Jobs' client. */
  readonly clickhouseImage: string;
  /** The new cluster: its headless Service, one of its servers, and its password. */
  readonly target: { readonly host: string; readonly firstServerHost: string; readonly passwordSecret: SecretKeySelector };
  /**
   * The bundled ClickHouse: `host:port` of every replica's native protocol (their stable pod
   * names; the copies read only the first, the final copy checks them all for writes), and its
   * password.
   */
  readonly source: { readonly replicaAddresses: readonly string[]; readonly passwordSecret: SecretKeySelector };
  /** The new cluster's Flux app: nothing here may run before it is Ready. */
  readonly analyticsDependency: KustomizationDependency;
  /** The Langfuse app, which the final copy waits for in freeze (web and worker stopped). */
  readonly langfuseDependency: KustomizationDependency;
  /** @default - GitRepository flux-system, apps under kubernetes/apps */
  readonly flux?: FluxOptions;
}

/** The images must be pinned, the hosts and Secrets real names: they become the Jobs' pods. */
function checkMigrationProps(props: ClickHouseMigrationChartProps): void {
  const at = (prop: string) => `clickhouse migration ${props.appName}: ${prop}`;
  checkProp(at('stage'), props.stage, migrationStage());
  checkProp(at('langfuseImage'), props.langfuseImage, pinnedImage());
  checkProp(at('clickhouseImage'), props.clickhouseImage, pinnedImage());
  for (const [end, value] of [['target', props.target], ['source', props.source]] as const) requireProp(at(end), value);
  checkProp(at('target.host'), props.target.host, hostName());
  checkProp(at('target.firstServerHost'), props.target.firstServerHost, hostName());
  checkSecretKeyRef(at('target.passwordSecret'), props.target.passwordSecret);
  if (props.source.replicaAddresses.length === 0) throw new Error(`${at('source.replicaAddresses')}: must name at least one replica`);
  props.source.replicaAddresses.forEach((address, i) => checkProp(at(`source.replicaAddresses[${i}]`), address, hostAndPort()));
  checkSecretKeyRef(at('source.passwordSecret'), props.source.passwordSecret);
  checkFluxDependency(at('analyticsDependency'), props.analyticsDependency);
  checkFluxDependency(at('langfuseDependency'), props.langfuseDependency);
}

/**
 * The Jobs of a migration from the bundled ClickHouse to the operator's, as their own Flux app in
 * the Langfuse namespace that depends on the new cluster's app, so that none starts before the
 * cluster is Ready:
 * - prepare to cutover: the schema Job (`ClickHouseSchemaJob`);
 * - copy: the online copy CronJob;
 * - freeze: the final copy Job, after the Langfuse app (which stops web and worker in freeze);
 * - cutover: the same final Job, finished. The Langfuse app then waits for this app, and this app
 *   counts itself Ready only when the final copy succeeded: a cutover committed after a failed
 *   final copy never reaches the release.
 * The app's health checks are the Jobs that must complete; the CronJob is left out.
 */
export class ClickHouseMigrationChart extends FluxAppChart {
  public readonly stage: ClickHouseMigrationStage;
  public readonly schemaJob: ClickHouseSchemaJob;
  /** The online copy (copy stage only). */
  public readonly copy?: ClickHouseCopy;
  /** The final copy (freeze and cutover). */
  public readonly finalCopy?: ClickHouseCopy;

  constructor(scope: Construct, id: string, props: ClickHouseMigrationChartProps) {
    checkMigrationProps(props);
    if (!hasMigrationApp(props.stage)) throw new Error(`the clickhouse migration has no Jobs in stage ${props.stage}`);
    const namespace = props.namespace;
    const job = (name: string): HealthCheckTarget => ({ apiVersion: 'batch/v1', kind: 'Job', name, namespace });
    const freeze = props.stage === ClickHouseMigrationStage.FREEZE;
    super(scope, id, {
      appName: props.appName,
      namespace,
      flux: props.flux,
      dependsOn: freeze ? [props.analyticsDependency, props.langfuseDependency] : [props.analyticsDependency],
      healthChecks: [job(CLICKHOUSE_MIGRATION_JOBS.schema), ...(hasFinalCopy(props.stage) ? [job(CLICKHOUSE_MIGRATION_JOBS.finalCopy)] : [])],
    });
    this.stage = props.stage;
    this.schemaJob = new ClickHouseSchemaJob(this, 'Schema', {
      name: CLICKHOUSE_MIGRATION_JOBS.schema,
      image: props.langfuseImage,
      host: props.target.host,
      passwordSecret: props.target.passwordSecret,
      labels: { ...CLICKHOUSE_MIGRATION_POD_LABELS, 'app.kubernetes.io/component': 'schema' },
    });
    const copy = (id: string, name: string, mode: ClickHouseCopyMode) => new ClickHouseCopy(this, id, {
      name,
      mode,
      image: props.clickhouseImage,
      sourceAddress: props.source.replicaAddresses[0],
      sourceReplicaAddresses: props.source.replicaAddresses,
      sourcePasswordSecret: props.source.passwordSecret,
      targetHost: props.target.firstServerHost,
      targetPasswordSecret: props.target.passwordSecret,
      labels: { ...CLICKHOUSE_MIGRATION_POD_LABELS, 'app.kubernetes.io/component': mode === ClickHouseCopyMode.ONLINE ? 'copy' : 'final-copy' },
    });
    if (copiesFromBundled(props.stage) && !freeze) this.copy = copy('Copy', CLICKHOUSE_MIGRATION_JOBS.copy, ClickHouseCopyMode.ONLINE);
    if (hasFinalCopy(props.stage)) this.finalCopy = copy('FinalCopy', CLICKHOUSE_MIGRATION_JOBS.finalCopy, ClickHouseCopyMode.FINAL);
  }
}
