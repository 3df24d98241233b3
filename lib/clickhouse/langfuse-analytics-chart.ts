import { Construct } from 'constructs';
import { AppNamespace } from '../app-namespace';
import { clickhousePassword } from '../config/switch-fields';
import { FluxAppChart } from '../flux/flux-app-chart';
import { KustomizationDependency } from '../flux/flux-kustomization';
import { PRUNE_DISABLED } from '../flux/prune-protection';
import { FluxOptions } from '../langfuse-chart-props';
import { checkFluxDependency, checkProp, requireProp } from '../prop-checks';
import { SopsSecret } from '../secrets/sops-secret';
import { ClickHouseCluster, ClickHouseClusterProps } from './clickhouse-cluster';

/** Props of `LangfuseAnalyticsChart`. */
export interface LangfuseAnalyticsChartProps {
  /** The Flux app (folder and Kustomization) name, like `langfuse-analytics`. */
  readonly appName: string;
  /** The cluster; its `passwordSecret` is the Secret this app writes. */
  readonly cluster: ClickHouseClusterProps & { readonly name: string };
  /** The password of the user `default`, written to `cluster.passwordSecret`. */
  readonly password: string;
  /** The Kustomization that installs the ClickHouse operator (its CRDs and webhook). */
  readonly operatorFluxDependency: KustomizationDependency;
  /**
   * This app owns the Namespace object: the app Flux applies first must create it, and only one
   * app may own it. Prune stays disabled, so that moving it between apps never deletes it.
   * @default false
   */
  readonly ownsNamespace?: boolean;
  /** @default - GitRepository flux-system, apps under kubernetes/apps */
  readonly flux?: FluxOptions;
}

/**
 * The operator's ClickHouse as a Flux app of its own, `<namespace>/<instance>-analytics`: the
 * KeeperCluster, the ClickHouseCluster and the SOPS Secret they read, in the Langfuse namespace.
 * Its Kustomization waits for the operator's and counts itself Ready only once both clusters
 * report Ready; whatever writes to ClickHouse (the Langfuse release, the migration's Jobs) waits
 * for this Kustomization. That ordering is the point: the operator turns `default` into a
 * `Replicated` database on its first reconcile and DROPs it when it is not, tables and all
 * (internal/controller/clickhouse/commands.go EnsureDefaultDatabaseEngine), so nothing may create
 * tables before the cluster is Ready.
 *
 * The Secret has its own name (not the bundled ClickHouse's), so no Secret ever moves from one
 * Kustomization to another; like both custom resources it is never pruned.
 */
export class LangfuseAnalyticsChart extends FluxAppChart {
  public readonly cluster: ClickHouseCluster;
  public readonly secret: SopsSecret;

  constructor(scope: Construct, id: string, props: LangfuseAnalyticsChartProps) {
    const at = (prop: string) => `analytics app ${props.appName}: ${prop}`;
    requireProp(at('cluster'), props.cluster);
    // the chart pastes the password unencoded into Langfuse's ClickHouse URLs, like the bundled one's
    checkProp(at('password'), props.password, clickhousePassword(1), { secret: true });
    checkFluxDependency(at('operatorFluxDependency'), props.operatorFluxDependency);
    const namespace = props.cluster.namespace;
    const health = ClickHouseCluster.healthChecks(props.cluster.name, namespace);
    super(scope, id, {
      appName: props.appName,
      namespace,
      flux: props.flux,
      dependsOn: [{ ...props.operatorFluxDependency }],
      healthChecks: health.targets,
      healthCheckExprs: health.expressions,
    });
    if (props.ownsNamespace) new AppNamespace(this, 'Namespace', { name: namespace });
    const secret = props.cluster.passwordSecret;
    this.secret = new SopsSecret(this, 'Secret', {
      name: secret.name,
      namespace,
      stringData: { [secret.key]: props.password },
      labels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'clickhouse' },
      annotations: { ...PRUNE_DISABLED },
    });
    this.cluster = new ClickHouseCluster(this, 'ClickHouse', props.cluster);
  }
}
