import { Construct } from 'constructs';
import { HelmRelease } from '../../imports/helm.toolkit.fluxcd.io';
import { OciRepository } from '../../imports/source.toolkit.fluxcd.io';
/** Props of `OciHelmRelease`. */
export interface OciHelmReleaseProps {
    /** Name of the OCIRepository, the HelmRelease and the Helm release. */
    readonly name: string;
    readonly namespace: string;
    /** The chart's OCI URL, like `oci://quay.io/jetstack/charts/cert-manager`. */
    readonly url: string;
    /** The exact chart version (the OCI tag). */
    readonly version: string;
    /** @default - the chart's defaults */
    readonly values?: Readonly<Record<string, unknown>>;
}
/**
 * A Helm chart from an OCI registry, pinned: an `OCIRepository` on one tag (with the Helm chart
 * layer selected) and a `HelmRelease` that references it through `chartRef`. Failed installs and
 * upgrades are retried in place.
 * @see https://fluxcd.io/flux/components/source/ocirepositories/#layer-selector
 */
export declare class OciHelmRelease extends Construct {
    readonly name: string;
    readonly version: string;
    readonly repository: OciRepository;
    readonly helmRelease: HelmRelease;
    constructor(scope: Construct, id: string, props: OciHelmReleaseProps);
}
