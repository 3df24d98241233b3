import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
/** Another Flux Kustomization this one waits for. */
export interface KustomizationDependency {
    readonly name: string;
    readonly namespace: string;
}
/** An object whose health gates the Kustomization's readiness. */
export interface HealthCheckTarget {
    readonly apiVersion: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
}
/** A kind whose health Flux judges with CEL expressions. */
export interface HealthCheckExpression {
    readonly apiVersion: string;
    readonly kind: string;
    readonly current: string;
    readonly failed?: string;
}
/** Props of `FluxKustomization`. */
export interface FluxKustomizationProps {
    /** metadata.name. */
    readonly name: string;
    /** Path of the app folder inside the Git repository, like `./kubernetes/apps/ai-system/langfuse/app`. */
    readonly path: string;
    /** Namespace the app's objects are applied to. */
    readonly targetNamespace: string;
    /**
     * Namespace of the Kustomization object itself.
     * @default 'flux-system'
     */
    readonly namespace?: string;
    /**
     * GitRepository in flux-system that holds the tree.
     * @default 'flux-system'
     */
    readonly sourceName?: string;
    /** @default - none */
    readonly dependsOn?: readonly KustomizationDependency[];
    /**
     * Objects whose health gates readiness. Flux ignores health checks when `wait` is on, so
     * giving them turns `wait` off.
     * @default - wait for every applied object
     */
    readonly healthChecks?: readonly HealthCheckTarget[];
    /** @default - none */
    readonly healthCheckExprs?: readonly HealthCheckExpression[];
    /**
     * Secret in the Kustomization's namespace holding the age key (`age.agekey`) for SOPS.
     * An empty name relies on the controller-wide `--sops-age-secret`.
     * @default 'sops-age'
     */
    readonly sopsSecretName?: string;
    /** Annotations of the Kustomization object itself (Flux ignores unknown ones). @default - none */
    readonly annotations?: Readonly<Record<string, string>>;
    /** @default Duration.hours(1) */
    readonly interval?: Duration;
    /** @default Duration.seconds(30) */
    readonly retryInterval?: Duration;
    /**
     * Long enough for first-install database migrations.
     * @default Duration.minutes(15)
     */
    readonly timeout?: Duration;
}
/**
 * A Flux `Kustomization` (written to the app folder's ks.yaml) that applies one app folder, with
 * pruning, SOPS decryption, dependencies and health checks.
 * @see https://fluxcd.io/flux/components/kustomize/kustomizations/
 */
export declare class FluxKustomization extends Construct {
    readonly name: string;
    readonly namespace: string;
    /** The Kustomizations it waits for. */
    readonly dependsOn: readonly KustomizationDependency[];
    constructor(scope: Construct, id: string, props: FluxKustomizationProps);
}
/** A cdk8s Duration as a Go duration string (`15m`, `30s`, `1h`). */
export declare function goDuration(d: Duration): string;
