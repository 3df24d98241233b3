"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_OPERATOR_CHART = exports.CERT_MANAGER_CHART = void 0;
exports.addClusterPrerequisites = addClusterPrerequisites;
const app_namespace_1 = require("../app-namespace");
const operator_conventions_1 = require("../clickhouse/operator-conventions");
const flux_app_chart_1 = require("../flux/flux-app-chart");
const oci_helm_release_1 = require("../flux/oci-helm-release");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/**
 * cert-manager, at the version the langfuse chart's v1→v2 migration script installs with operator
 * chart 0.0.5 (langfuse/langfuse-k8s langfuse-2.0.0 examples/upgrade-v1-to-v2/scripts/migrate-v1-to-v2.sh).
 */
exports.CERT_MANAGER_CHART = { name: 'cert-manager', url: 'oci://quay.io/jetstack/charts/cert-manager', version: 'v1.20.2', namespace: 'cert-manager' };
/**
 * The ClickHouse operator's chart, at the version langfuse chart 2.0.0 pins (its README and
 * migration script); its CRDs ship as chart templates kept on uninstall (`crd.keep`), and its
 * webhook certificate comes from cert-manager (`certManager.enable`, the chart's own cert-manager
 * sub-chart stays off). `namespace` is the default; `ClusterPrerequisitesOptions.clickhouseOperatorNamespace`
 * changes it.
 */
exports.CLICKHOUSE_OPERATOR_CHART = {
    name: 'clickhouse-operator', url: 'oci://ghcr.io/clickhouse/clickhouse-operator-helm', version: '0.0.5', namespace: operator_conventions_1.CLICKHOUSE_OPERATOR_NAMESPACE,
};
/**
 * The cluster-wide operators Langfuse's ClickHouse needs, for clusters that do not run them yet,
 * each as its own Flux app (`cert-manager/cert-manager`, `clickhouse-operator/clickhouse-operator`)
 * with a pinned OCIRepository and HelmRelease. cert-manager comes first: the operator's chart
 * renders an Issuer and a Certificate, which need cert-manager's CRDs and webhook.
 * @returns the charts it created, cert-manager first
 */
function addClusterPrerequisites(scope, options) {
    (0, prop_checks_1.checkOptionalProps)([['clickhouseOperatorNamespace', options.clickhouseOperatorNamespace, (0, fields_1.dnsLabel)()]]);
    const charts = [];
    let certManager;
    if (options.certManager) {
        certManager = new flux_app_chart_1.FluxAppChart(scope, exports.CERT_MANAGER_CHART.name, { appName: exports.CERT_MANAGER_CHART.name, namespace: exports.CERT_MANAGER_CHART.namespace, flux: options.flux });
        new app_namespace_1.AppNamespace(certManager, 'Namespace', { name: exports.CERT_MANAGER_CHART.namespace });
        new oci_helm_release_1.OciHelmRelease(certManager, 'Release', { ...exports.CERT_MANAGER_CHART, values: { crds: { enabled: true, keep: true } } });
        charts.push(certManager);
    }
    if (options.clickhouseOperator) {
        const namespace = options.clickhouseOperatorNamespace ?? exports.CLICKHOUSE_OPERATOR_CHART.namespace;
        const chart = new flux_app_chart_1.FluxAppChart(scope, exports.CLICKHOUSE_OPERATOR_CHART.name, {
            appName: exports.CLICKHOUSE_OPERATOR_CHART.name,
            namespace,
            flux: options.flux,
            dependsOn: certManager ? [{ name: certManager.kustomization.name, namespace: certManager.kustomization.namespace }] : undefined,
        });
        new app_namespace_1.AppNamespace(chart, 'Namespace', { name: namespace });
        new oci_helm_release_1.OciHelmRelease(chart, 'Release', { ...exports.CLICKHOUSE_OPERATOR_CHART, namespace });
        charts.push(chart);
    }
    return charts;
}
