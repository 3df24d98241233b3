/**
 * The cluster's shared services that a Langfuse app uses, each with the Flux Kustomization that
 * installs it and the namespace it runs in (the reference cluster's layout). The app waits for
 * these Kustomizations, its network policies name these namespaces, and the config refuses them as
 * Langfuse's own names.
 */
export interface SharedService {
    /** Name of the Flux Kustomization that installs it. */
    readonly kustomization: string;
    readonly namespace: string;
}
/** The CloudNativePG operator. */
export declare const CNPG_OPERATOR: SharedService;
/** The shared Dragonfly. */
export declare const DRAGONFLY: SharedService;
/** The shared RustFS (S3). */
export declare const RUSTFS: SharedService;
/** Keycloak (the operator's Keycloak CR). */
export declare const KEYCLOAK: SharedService;
/** Prometheus, Grafana and Tempo. */
export declare const MONITORING_NAMESPACE = "monitoring";
/** Every shared service with a Kustomization of its own. */
export declare const SHARED_SERVICES: readonly SharedService[];
/** A shared service as a Flux `dependsOn` entry. */
export declare function fluxDependencyOf(service: SharedService, namespace?: string): {
    name: string;
    namespace: string;
};
