import { KEYCLOAK_SERVICE } from './derive';

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
export const CNPG_OPERATOR: SharedService = { kustomization: 'cloudnative-pg', namespace: 'cnpg-system' };

/** The shared Dragonfly. */
export const DRAGONFLY: SharedService = { kustomization: 'dragonfly', namespace: 'cache' };

/** The shared RustFS (S3). */
export const RUSTFS: SharedService = { kustomization: 'rustfs', namespace: 'storage' };

/** Keycloak (the operator's Keycloak CR). */
export const KEYCLOAK: SharedService = { kustomization: 'keycloak', namespace: KEYCLOAK_SERVICE.namespace };

/** Prometheus, Grafana and Tempo. */
export const MONITORING_NAMESPACE = 'monitoring';

/** Every shared service with a Kustomization of its own. */
export const SHARED_SERVICES: readonly SharedService[] = [CNPG_OPERATOR, DRAGONFLY, RUSTFS, KEYCLOAK];

/** A shared service as a Flux `dependsOn` entry. */
export function fluxDependencyOf(service: SharedService, namespace = service.namespace): { name: string; namespace: string } {
  return { name: service.kustomization, namespace };
}
