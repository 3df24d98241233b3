import { Construct } from 'constructs';
import { HelmRelease, HelmReleaseSpecChartRefKind } from '../../imports/helm.toolkit.fluxcd.io';
import { OciRepository, OciRepositorySpecLayerSelectorOperation } from '../../imports/source.toolkit.fluxcd.io';
import { placeInFile } from '../output/file-placement';
import { EXACT_SEMVER } from '../validate/policy-checks';
import { retryInPlace } from './langfuse-release';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkProp } from '../prop-checks';

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
export class OciHelmRelease extends Construct {
  public readonly name: string;
  public readonly version: string;
  public readonly repository: OciRepository;
  public readonly helmRelease: HelmRelease;

  constructor(scope: Construct, id: string, props: OciHelmReleaseProps) {
    super(scope, id);
    checkProp('oci helm release name', props.name, dnsSubdomain());
    checkProp(`oci helm release ${props.name}: namespace`, props.namespace, dnsLabel());
    if (!props.url.startsWith('oci://')) throw new Error(`chart url must start with oci:// (got "${props.url}")`);
    if (!EXACT_SEMVER.test(props.version)) throw new Error(`chart version must be an exact version like "0.0.5" or "v1.20.2" (got "${props.version}")`);
    this.name = props.name;
    this.version = props.version;
    this.repository = new OciRepository(this, 'Repository', {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        interval: '12h',
        url: props.url,
        ref: { tag: props.version },
        layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: OciRepositorySpecLayerSelectorOperation.COPY },
      },
    });
    placeInFile(this.repository, 'ocirepository.yaml');
    this.helmRelease = new HelmRelease(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        interval: '1h',
        releaseName: props.name,
        chartRef: { kind: HelmReleaseSpecChartRefKind.OCI_REPOSITORY, name: props.name, namespace: props.namespace },
        ...retryInPlace(),
        values: props.values ? { ...props.values } : undefined,
      },
    });
    placeInFile(this.helmRelease, 'helmrelease.yaml');
  }
}
