"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OciHelmRelease = void 0;
const constructs_1 = require("constructs");
const helm_toolkit_fluxcd_io_1 = require("../../imports/helm.toolkit.fluxcd.io");
const source_toolkit_fluxcd_io_1 = require("../../imports/source.toolkit.fluxcd.io");
const file_placement_1 = require("../output/file-placement");
const policy_checks_1 = require("../validate/policy-checks");
const langfuse_release_1 = require("./langfuse-release");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/**
 * A Helm chart from an OCI registry, pinned: an `OCIRepository` on one tag (with the Helm chart
 * layer selected) and a `HelmRelease` that references it through `chartRef`. Failed installs and
 * upgrades are retried in place.
 * @see https://fluxcd.io/flux/components/source/ocirepositories/#layer-selector
 */
class OciHelmRelease extends constructs_1.Construct {
    name;
    version;
    repository;
    helmRelease;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('oci helm release name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkProp)(`oci helm release ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)());
        if (!props.url.startsWith('oci://'))
            throw new Error(`chart url must start with oci:// (got "${props.url}")`);
        if (!policy_checks_1.EXACT_SEMVER.test(props.version))
            throw new Error(`chart version must be an exact version like "0.0.5" or "v1.20.2" (got "${props.version}")`);
        this.name = props.name;
        this.version = props.version;
        this.repository = new source_toolkit_fluxcd_io_1.OciRepository(this, 'Repository', {
            metadata: { name: props.name, namespace: props.namespace },
            spec: {
                interval: '12h',
                url: props.url,
                ref: { tag: props.version },
                layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: source_toolkit_fluxcd_io_1.OciRepositorySpecLayerSelectorOperation.COPY },
            },
        });
        (0, file_placement_1.placeInFile)(this.repository, 'ocirepository.yaml');
        this.helmRelease = new helm_toolkit_fluxcd_io_1.HelmRelease(this, 'Resource', {
            metadata: { name: props.name, namespace: props.namespace },
            spec: {
                interval: '1h',
                releaseName: props.name,
                chartRef: { kind: helm_toolkit_fluxcd_io_1.HelmReleaseSpecChartRefKind.OCI_REPOSITORY, name: props.name, namespace: props.namespace },
                ...(0, langfuse_release_1.retryInPlace)(),
                values: props.values ? { ...props.values } : undefined,
            },
        });
        (0, file_placement_1.placeInFile)(this.helmRelease, 'helmrelease.yaml');
    }
}
exports.OciHelmRelease = OciHelmRelease;
