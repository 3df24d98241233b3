import { Construct } from 'constructs';
import { FluxAppChart } from '../flux/flux-app-chart';
import { FluxOptions } from '../langfuse-chart-props';
/**
 * cert-manager, at the version the langfuse chart's v1→v2 migration script installs with operator
 * chart 0.0.5 (langfuse/langfuse-k8s langfuse-2.0.0 examples/upgrade-v1-to-v2/scripts/migrate-v1-to-v2.sh).
 */
export declare const CERT_MANAGER_CHART: {
    readonly name: "cert-manager";
    readonly url: "oci://quay.io/jetstack/charts/cert-manager";
    readonly version: "v1.20.2";
    readonly namespace: "cert-manager";
};
/**
 * The ClickHouse operator's chart, at the version langfuse chart 2.0.0 pins (its README and
 * migration script); its CRDs ship as chart templates kept on uninstall (`crd.keep`), and its
 * webhook certificate comes from cert-manager (`certManager.enable`, the chart's own cert-manager
 * sub-chart stays off). `namespace` is the default; `ClusterPrerequisitesOptions.clickhouseOperatorNamespace`
 * changes it.
 */
export declare const CLICKHOUSE_OPERATOR_CHART: {
    readonly name: "clickhouse-operator";
    readonly url: "oci://ghcr.io/clickhouse/clickhouse-operator-helm";
    readonly version: "0.0.5";
    readonly namespace: "clickhouse-operator";
};
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
export declare function addClusterPrerequisites(scope: Construct, options: ClusterPrerequisitesOptions): FluxAppChart[];
