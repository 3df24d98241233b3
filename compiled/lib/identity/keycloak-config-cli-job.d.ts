import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { SopsSecret } from '../secrets/sops-secret';
/**
 * keycloak-config-cli for the reference deployment's Keycloak 26.1.0 (`<cli>-<keycloak>`). 6.5.0, not
 * the reference's 6.4.0: 6.4.0 resets a realm's clientProfiles and clientPolicies on every import of
 * a file without them (adorsys/keycloak-config-cli#1279, fixed in 6.5.0 by #1392), so each run of
 * this Job would erase the cluster's client policies. 6.5.0 reads the same properties.
 */
export declare const KEYCLOAK_CONFIG_CLI_IMAGE = "adorsys/keycloak-config-cli:6.5.0-26.1.0";
/** A realm fragment the Job imports: its ConfigMap (one JSON file) and the Secret with its `$(env:...)` variables. */
export interface KeycloakRealmFragment {
    readonly configMap: k8s.KubeConfigMap;
    readonly secret: SopsSecret;
}
/** Props of `KeycloakConfigCliJob`. */
export interface KeycloakConfigCliJobProps {
    /** Name of the Job; also its keycloak-config-cli cache key (`IMPORT_CACHE_KEY`), so its remote state is its own. */
    readonly name: string;
    /** The fragments it imports, and nothing else. */
    readonly fragments: readonly KeycloakRealmFragment[];
    /** Keycloak's in-cluster URL, like `http://keycloak-service.identity.svc.cluster.local:8080`. */
    readonly keycloakUrl: string;
    /**
     * The Secret with Keycloak's admin user (keys `username` and `password`), in the Job's namespace.
     * @default 'keycloak-admin-credentials' (the reference deployment's)
     */
    readonly adminSecretName?: string;
    /** @default KEYCLOAK_CONFIG_CLI_IMAGE */
    readonly image?: string;
    /** @default - the chart's namespace */
    readonly namespace?: string;
}
/**
 * A keycloak-config-cli Job of its own for realm fragments, next to a cluster's own config Job
 * (like the reference deployment's `keycloak-config-apply`), which it never disturbs:
 *
 * - keycloak-config-cli keeps its remote state per realm and cache key, and by default
 *   (`import.managed.client=full`) deletes every client of that state that the file being imported
 *   does not list. Mounted next to another realm file, each fragment would delete the other file's
 *   clients. This Job mounts only the fragments, imports with its own cache key (`IMPORT_CACHE_KEY`,
 *   state `state-<name>-clients`) and with `IMPORT_MANAGED_CLIENT=no-delete`: it creates and updates
 *   its clients and deletes none, the cluster's Job's state included.
 * - `IMPORT_CACHE_ENABLED=false`: every run imports, also when only a Secret (a rotated client
 *   secret) changed and the file's checksum did not.
 * - Re-runs like the other Jobs of the tree: `kustomize.toolkit.fluxcd.io/force: enabled` and a
 *   `checksum/config` pod annotation over the fragments and their Secrets' digests, so a changed
 *   client or secret recreates the Job.
 * - Its pods carry `app.kubernetes.io/name: keycloak-config-cli`, the label the reference's network
 *   policy gives egress to Keycloak.
 * @see https://github.com/adorsys/keycloak-config-cli/blob/v6.5.0/docs/MANAGED.md
 */
export declare class KeycloakConfigCliJob extends Construct {
    readonly job: k8s.KubeJob;
    readonly name: string;
    constructor(scope: Construct, id: string, props: KeycloakConfigCliJobProps);
}
