import { Construct } from 'constructs';
import { AppNamespace } from '../app-namespace';
import { CLICKHOUSE_OPERATOR_NAMESPACE } from '../clickhouse/operator-conventions';
import { FluxAppChart } from '../flux/flux-app-chart';
import { OciHelmRelease } from '../flux/oci-helm-release';
import { FluxOptions } from '../langfuse-chart-props';
import { dnsLabel } from '../config/fields';
import { checkOptionalProps } from '../prop-checks';

/**
 * cert-manager, at the version the langfuse chart's v1→v2 migration script installs with operator
 * chart 0.0.5 (langfuse/langfuse-k8s langfuse-2.0.0 examples/upgrade-v1-to-v2/scripts/migrate-v1-to-v2.sh).
 */
export const CERT_MANAGER_CHART = { name: 'cert-manager', url: 'oci://quay.io/jetstack/charts/cert-manager', version: 'v1.20.2', namespace: 'cert-manager' } as const;

/**
 * The ClickHouse operator's chart, at the version langfuse chart 2.0.0 pins (its README and
 * migration script); its CRDs ship as chart templates kept on uninstall (`crd.keep`), and its
 * webhook certificate comes from cert-manager (`certManager.enable`, the chart's own cert-manager
 * sub-chart stays off). `namespace` is the default; `ClusterPrerequisitesOptions.clickhouseOperatorNamespace`
 * changes it.
 */
export const CLICKHOUSE_OPERATOR_CHART = {
  name: 'clickhouse-operator', url: 'oci://ghcr.io/clickhouse/clickhouse-operator-helm', version: '0.0.5', namespace: CLICKHOUSE_OPERATOR_NAMESPACE,
} as const;

/** Options of `addClusterPrerequisites`. */
export interface ClusterPrerequisitesOptions {
  /** Emit the ClickHouse operator's Flux app. @default false */
  readonly clickhouseOperator?: boolean;
  /**
   * Namespace of the ClickHouse operator's app, its Namespace and its HelmRelease (ClickHouse's
   * own kustomize install uses `clickhouse-operator-system`).
   * @default CLICKHOUSE_OPERATOR_CHART.namespace (`clickhouse-operator`)
   */
  readonly clickhouseOperatorNamespace?: string;
  /** Emit cert-manager's Flux app (the operator's webhook certificate needs it). @default false */
  readonly certManager?: boolean;
  /** @default - GitRepository flux-system, apps under kubernetes/apps */
  readonly flux?: FluxOptions;
}

/**
 * The cluster-wide operators Langfuse's ClickHouse needs, for clusters that do not run them yet,
 * each as its own Flux app (`cert-manager/cert-manager`, `clickhouse-operator/clickhouse-operator`)
 * with a pinned OCIRepository and HelmRelease. cert-manager comes first: the operator's chart
 * renders an Issuer and a Certificate, which need cert-manager's CRDs and webhook.
 * @returns the charts it created, cert-manager first
 */
export function addClusterPrerequisites(scope: Construct, options: ClusterPrerequisitesOptions): FluxAppChart[] {
  checkOptionalProps([['clickhouseOperatorNamespace', options.clickhouseOperatorNamespace, dnsLabel()]]);
  const charts: FluxAppChart[] = [];
  let certManager: FluxAppChart | undefined;
  if (options.certManager) {
    certManager = new FluxAppChart(scope, CERT_MANAGER_CHART.name, { appName: CERT_MANAGER_CHART.name, namespace: CERT_MANAGER_CHART.namespace, flux: options.flux });
    new AppNamespace(certManager, 'Namespace', { name: CERT_MANAGER_CHART.namespace });
    new OciHelmRelease(certManager, 'Release', { ...CERT_MANAGER_CHART, values: { crds: { enabled: true, keep: true } } });
    charts.push(certManager);
  }
  if (options.clickhouseOperator) {
    const namespace = options.clickhouseOperatorNamespace ?? CLICKHOUSE_OPERATOR_CHART.namespace;
    const chart = new FluxAppChart(scope, CLICKHOUSE_OPERATOR_CHART.name, {
      appName: CLICKHOUSE_OPERATOR_CHART.name,
      namespace,
      flux: options.flux,
      dependsOn: certManager ? [{ name: certManager.kustomization.name, namespace: certManager.kustomization.namespace }] : undefined,
    });
    new AppNamespace(chart, 'Namespace', { name: namespace });
    new OciHelmRelease(chart, 'Release', { ...CLICKHOUSE_OPERATOR_CHART, namespace });
    charts.push(chart);
  }
  return charts;
}
