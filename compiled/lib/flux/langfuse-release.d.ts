import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { HelmRelease, HelmReleaseSpec, HelmReleaseSpecPostRenderers } from '../../imports/helm.toolkit.fluxcd.io';
import { LangfuseChartValues } from './langfuse-values';
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
export declare class LangfuseRelease extends Construct {
    readonly releaseName: string;
    readonly chartVersion: string;
    readonly helmRelease: HelmRelease;
    constructor(scope: Construct, id: string, props: LangfuseReleaseProps);
}
/** Install and upgrade retried in place every 5 minutes: no uninstall or rollback remediation. */
export declare function retryInPlace(): Pick<HelmReleaseSpec, 'install' | 'upgrade'>;
