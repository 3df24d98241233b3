import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import {
  HelmRelease, HelmReleaseSpec, HelmReleaseSpecChartSpecSourceRefKind, HelmReleaseSpecInstallStrategyName, HelmReleaseSpecPostRenderers, HelmReleaseSpecUpgradeStrategyName,
} from '../../imports/helm.toolkit.fluxcd.io';
import { HelmRepository } from '../../imports/source.toolkit.fluxcd.io';
import { placeInFile } from '../output/file-placement';
import { goDuration } from './flux-kustomization';
import { LangfuseChartValues } from './langfuse-values';
import { LANGFUSE_CHART } from './langfuse-values-v1';
import { dnsLabel } from '../config/fields';
import { checkProp } from '../prop-checks';

/** Props of `LangfuseRelease`. */
export interface LangfuseReleaseProps {
  /** Release name; the chart names its objects after it. */
  readonly releaseName: string;
  readonly namespace: string;
  /** Values for the pinned chart version. */
  readonly values: LangfuseChartValues;
  /**
   * Helm operation timeout; first installs run every database migration.
   * @default Duration.minutes(30)
   */
  readonly timeout?: Duration;
  /**
   * Kustomize patches Flux applies to the rendered chart, for what the chart has no value for.
   * @default - none
   */
  readonly postRenderers?: readonly HelmReleaseSpecPostRenderers[];
}

/**
 * The official langfuse chart, pinned, from its HelmRepository. Failed installs and upgrades are
 * retried in place: uninstall or rollback remediation would kill a web pod that is still running
 * migrations and leave ClickHouse with a dirty migration.
 * @see https://fluxcd.io/flux/components/helm/helmreleases/
 */
export class LangfuseRelease extends Construct {
  public readonly releaseName: string;
  public readonly chartVersion: string = LANGFUSE_CHART.version;
  public readonly helmRelease: HelmRelease;

  constructor(scope: Construct, id: string, props: LangfuseReleaseProps) {
    super(scope, id);
    checkProp('langfuse release releaseName', props.releaseName, dnsLabel());
    checkProp(`langfuse release ${props.releaseName}: namespace`, props.namespace, dnsLabel());
    this.releaseName = props.releaseName;
    const repository = new HelmRepository(this, 'Repository', {
      metadata: { name: 'langfuse', namespace: props.namespace },
      spec: { interval: '1h', url: LANGFUSE_CHART.repository },
    });
    placeInFile(repository, 'helmrepository.yaml');

    this.helmRelease = new HelmRelease(this, 'Resource', {
      metadata: { name: props.releaseName, namespace: props.namespace },
      spec: {
        interval: '1h',
        releaseName: props.releaseName,
        timeout: goDuration(props.timeout ?? Duration.minutes(30)),
        chart: {
          spec: {
            chart: LANGFUSE_CHART.name,
            version: LANGFUSE_CHART.version,
            sourceRef: { kind: HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name: 'langfuse', namespace: props.namespace },
            interval: '12h',
          },
        },
        ...retryInPlace(),
        values: props.values,
        postRenderers: props.postRenderers && props.postRenderers.length > 0 ? [...props.postRenderers] : undefined,
      },
    });
    placeInFile(this.helmRelease, 'helmrelease.yaml');
  }
}

/** Install and upgrade retried in place every 5 minutes: no uninstall or rollback remediation. */
export function retryInPlace(): Pick<HelmReleaseSpec, 'install' | 'upgrade'> {
  const retry = { retryInterval: '5m' };
  return {
    install: { strategy: { name: HelmReleaseSpecInstallStrategyName.RETRY_ON_FAILURE, ...retry } },
    upgrade: { strategy: { name: HelmReleaseSpecUpgradeStrategyName.RETRY_ON_FAILURE, ...retry } },
  };
}
