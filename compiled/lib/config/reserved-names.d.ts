import { z } from 'zod';
/**
 * The names a Langfuse instance must not take, in one place: an instance name becomes a Flux
 * Kustomization (in the Flux namespace, next to the cluster's own), a folder of the tree, a
 * Keycloak client id and a Dragonfly ACL user; a namespace becomes a Namespace that the app owns
 * and a folder. Taking a name that belongs to the cluster or to a service the app depends on would
 * overwrite that object when Flux applies the tree (and `prune: true` would later delete it).
 */
/** Namespaces of Kubernetes and Flux; `flux-system` is also the name of Flux's root Kustomization. */
export declare const CLUSTER_NAMESPACES: readonly string[];
/** Namespaces of the shared services the app depends on. */
export declare const SHARED_SERVICE_NAMESPACES: readonly string[];
/** Flux Kustomizations of the shared services the app waits for. */
export declare const SHARED_SERVICE_KUSTOMIZATIONS: readonly string[];
/** The side apps (Flux Kustomizations) the default instance writes next to its own. */
export declare const SIDE_APP_NAMES: readonly string[];
/** Every Flux app an instance writes next to its own, by role. */
export declare function sideApps(instanceName: string): Record<string, string>;
/** The cluster-wide apps `cert_manager_install` and `clickhouse_operator_install` emit: their Kustomizations and namespaces. */
export declare const PREREQUISITE_APP_NAMES: readonly string[];
/** Every name an instance or a namespace may never take, whatever the rest of the config says. */
export declare const RESERVED_NAMES: readonly string[];
/**
 * The longest instance name: Flux labels every object it applies with the name of its
 * Kustomization (`kustomize.toolkit.fluxcd.io/name`), a label value holds at most 63 characters,
 * and the side apps append a suffix to the instance name (like `-keycloak-client`).
 */
export declare const MAX_INSTANCE_NAME_LENGTH: number;
/**
 * An instance name: a DNS-1035 label (it starts with a letter, since it also becomes an
 * environment variable name in the Keycloak client's Secret), short enough for the side apps'
 * Kustomization names built from it.
 */
export declare const instanceName: () => z.ZodString;
/** A config key that names something, and why a value is taken. */
export interface ReservedNameIssue {
    readonly key: string;
    readonly message: string;
}
type RawConfig = Readonly<Record<string, unknown>>;
/** A Flux Kustomization of a shared service that the config names, with the key that names it. */
export interface ConfiguredKustomization {
    readonly key: string;
    readonly what: string;
    readonly name: string;
    readonly namespace: string;
}
/**
 * The Flux Kustomizations of shared services the config names (every `*_flux_dependency`, the
 * ClickHouse operator's and the Barman Cloud plugin's): their names and namespaces belong to
 * those services, whatever they are set to.
 */
export declare function configuredKustomizations(cfg: RawConfig): ConfiguredKustomization[];
/**
 * Namespaces the config itself gives to other things (the Flux Kustomizations, the gateways, the
 * shared services' Kustomizations, the in-cluster S3 and OTLP endpoints), each with the key that
 * names it.
 */
export declare function configuredNamespaces(cfg: RawConfig): Map<string, string>;
/** The namespace of an in-cluster Service URL like `http://rustfs-svc.storage.svc.cluster.local:9000`. */
export declare function clusterServiceNamespace(url: unknown): string | undefined;
/**
 * Reserved-name problems of one instance's config (defaults applied): its instance name and
 * namespace against {@link RESERVED_NAMES} and the names the config gives to other things, and
 * the route namespace against the cluster's namespaces.
 */
export declare function reservedNameIssues(cfg: RawConfig): ReservedNameIssue[];
/**
 * The Flux Kustomizations an instance writes: its own and its side apps', except the Dragonfly
 * ACL, which instances share by design.
 */
export declare function instanceKustomizations(instance: string): string[];
export {};
