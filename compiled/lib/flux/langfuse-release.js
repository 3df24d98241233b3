"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LangfuseRelease = void 0;
exports.retryInPlace = retryInPlace;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const helm_toolkit_fluxcd_io_1 = require("../../imports/helm.toolkit.fluxcd.io");
const source_toolkit_fluxcd_io_1 = require("../../imports/source.toolkit.fluxcd.io");
const file_placement_1 = require("../output/file-placement");
const flux_kustomization_1 = require("./flux-kustomization");
const langfuse_values_v1_1 = require("./langfuse-values-v1");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/**
 * The official langfuse chart, pinned, from its HelmRepository. Failed installs and upgrades are
 * retried in place: uninstall or rollback remediation would kill a web pod that is still running
 * migrations and leave ClickHouse with a dirty migration.
 * @see https://fluxcd.io/flux/components/helm/helmreleases/
 */
class LangfuseRelease extends constructs_1.Construct {
    releaseName;
    chartVersion = langfuse_values_v1_1.LANGFUSE_CHART.version;
    helmRelease;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('langfuse release releaseName', props.releaseName, (0, fields_1.dnsLabel)());
        (0, prop_checks_1.checkProp)(`langfuse release ${props.releaseName}: namespace`, props.namespace, (0, fields_1.dnsLabel)());
        this.releaseName = props.releaseName;
        const repository = new source_toolkit_fluxcd_io_1.HelmRepository(this, 'Repository', {
            metadata: { name: 'langfuse', namespace: props.namespace },
            spec: { interval: '1h', url: langfuse_values_v1_1.LANGFUSE_CHART.repository },
        });
        (0, file_placement_1.placeInFile)(repository, 'helmrepository.yaml');
        this.helmRelease = new helm_toolkit_fluxcd_io_1.HelmRelease(this, 'Resource', {
            metadata: { name: props.releaseName, namespace: props.namespace },
            spec: {
                interval: '1h',
                releaseName: props.releaseName,
                timeout: (0, flux_kustomization_1.goDuration)(props.timeout ?? cdk8s_1.Duration.minutes(30)),
                chart: {
                    spec: {
                        chart: langfuse_values_v1_1.LANGFUSE_CHART.name,
                        version: langfuse_values_v1_1.LANGFUSE_CHART.version,
                        sourceRef: { kind: helm_toolkit_fluxcd_io_1.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name: 'langfuse', namespace: props.namespace },
                        interval: '12h',
                    },
                },
                ...retryInPlace(),
                values: props.values,
                postRenderers: props.postRenderers && props.postRenderers.length > 0 ? [...props.postRenderers] : undefined,
            },
        });
        (0, file_placement_1.placeInFile)(this.helmRelease, 'helmrelease.yaml');
    }
}
exports.LangfuseRelease = LangfuseRelease;
/** Install and upgrade retried in place every 5 minutes: no uninstall or rollback remediation. */
function retryInPlace() {
    const retry = { retryInterval: '5m' };
    return {
        install: { strategy: { name: helm_toolkit_fluxcd_io_1.HelmReleaseSpecInstallStrategyName.RETRY_ON_FAILURE, ...retry } },
        upgrade: { strategy: { name: helm_toolkit_fluxcd_io_1.HelmReleaseSpecUpgradeStrategyName.RETRY_ON_FAILURE, ...retry } },
    };
}
