import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { FluxOptions } from '../langfuse-chart-props';
import { IFluxApp } from '../output/flux-tree';
import { FluxKustomization, HealthCheckExpression, HealthCheckTarget, KustomizationDependency } from './flux-kustomization';
/** Props of `FluxAppChart`. */
export interface FluxAppChartProps {
    /** App name: the folder name and the Flux Kustomization's name. */
    readonly appName: string;
    /** Namespace of the app's objects. */
    readonly namespace: string;
    /** @default - GitRepository flux-system, apps under kubernetes/apps */
    readonly flux?: FluxOptions;
    /** @default - none */
    readonly dependsOn?: readonly KustomizationDependency[];
    /** @default - wait for every applied object */
    readonly healthChecks?: readonly HealthCheckTarget[];
    /** @default - none */
    readonly healthCheckExprs?: readonly HealthCheckExpression[];
    /** Annotations of the Flux Kustomization object. @default - none */
    readonly kustomizationAnnotations?: Readonly<Record<string, string>>;
}
/**
 * The namespace an app's Flux Kustomization really lives in: the one its namespace folder's
 * kustomization gives it (`flux.parentNamespace`), else `flux.kustomizationNamespace`. Every
 * dependsOn on an app is built with this, so it names the object kustomize produces.
 * @param appNamespace the namespace of the app's objects, which is its folder
 */
export declare function fluxAppKustomizationNamespace(flux: FluxOptions | undefined, appNamespace: string): string | undefined;
/**
 * A warning when a parent's `namespace:` moves an app's Kustomization away from the namespace the
 * config puts it in (and so expects its SOPS Secret in): kustomize-controller reads
 * `decryption.secretRef` in the Kustomization's own namespace, so without that Secret there every
 * decryption fails and the app never gets Ready. Undefined when nothing moves or no Secret is named.
 * @param appNamespace the namespace of the app's objects, which is its folder
 */
export declare function sopsSecretMoveWarning(flux: FluxOptions | undefined, appNamespace: string, appName: string): string | undefined;
/**
 * A chart written as one Flux app folder, `<appsPath>/<namespace>/<appName>/`: its objects under
 * app/ and, in ks.yaml, the Flux Kustomization that applies them.
 */
export declare class FluxAppChart extends Chart implements IFluxApp {
    readonly appDirectory: string;
    readonly appName: string;
    readonly kustomization: FluxKustomization;
    /** Set when a parent's `namespace:` moves the Kustomization away from its SOPS Secret (`sopsSecretMoveWarning`). */
    readonly sopsSecretWarning?: string;
    constructor(scope: Construct, id: string, props: FluxAppChartProps);
}
/** The SOPS Secret warnings of every Flux app chart of an app, in chart order. */
export declare function sopsSecretWarnings(charts: readonly Chart[]): string[];
/** The Flux app charts a parent's `namespace:` moves away from their SOPS Secret. */
export declare function movedFluxApps(charts: readonly Chart[]): FluxAppChart[];
