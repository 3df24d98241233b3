import { z } from 'zod';
import { clickhouseApps } from '../clickhouse/langfuse-clickhouse';
import { CLICKHOUSE_OPERATOR_NAMESPACE } from '../clickhouse/operator-conventions';
import { CERT_MANAGER_CHART, CLICKHOUSE_OPERATOR_CHART } from '../integrations/cluster-prerequisites';
import { neighbourApps } from '../integrations/langfuse-neighbours';
import { DEFAULT_INSTANCE_NAME } from '../names';
import { BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY } from '../postgres/cnpg-backup';
import { MONITORING_NAMESPACE, SHARED_SERVICES } from '../settings/shared-services';

/**
 * The names a Langfuse instance must not take, in one place: an instance name becomes a Flux
 * Kustomization (in the Flux namespace, next to the cluster's own), a folder of the tree, a
 * Keycloak client id and a Dragonfly ACL user; a namespace becomes a Namespace that the app owns
 * and a folder. Taking a name that belongs to the cluster or to a service the app depends on would
 * overwrite that object when Flux applies the tree (and `prune: true` would later delete it).
 */

/** Namespaces of Kubernetes and Flux; `flux-system` is also the name of Flux's root Kustomization. */
export const CLUSTER_NAMESPACES: readonly string[] = ['default', 'flux-system', 'kube-node-lease', 'kube-public', 'kube-system'];

/** Namespaces of the shared services the app depends on. */
export const SHARED_SERVICE_NAMESPACES: readonly string[] = unique([
  ...SHARED_SERVICES.map((s) => s.namespace), MONITORING_NAMESPACE, BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY.namespace,
]);

/** Flux Kustomizations of the shared services the app waits for. */
export const SHARED_SERVICE_KUSTOMIZATIONS: readonly string[] = unique([
  ...SHARED_SERVICES.map((s) => s.kustomization), BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY.name,
]);

/** The side apps (Flux Kustomizations) the default instance writes next to its own. */
export const SIDE_APP_NAMES: readonly string[] = unique(Object.values(sideApps(DEFAULT_INSTANCE_NAME)));

/** Every Flux app an instance writes next to its own, by role. */
export function sideApps(instanceName: string): Record<string, string> {
  return { ...neighbourApps(instanceName), ...clickhouseApps(instanceName) };
}

/** The cluster-wide apps `cert_manager_install` and `clickhouse_operator_install` emit: their Kustomizations and namespaces. */
export const PREREQUISITE_APP_NAMES: readonly string[] = unique([
  CERT_MANAGER_CHART.name, CERT_MANAGER_CHART.namespace, CLICKHOUSE_OPERATOR_CHART.name, CLICKHOUSE_OPERATOR_CHART.namespace,
]);

/** Every name an instance or a namespace may never take, whatever the rest of the config says. */
export const RESERVED_NAMES: readonly string[] = unique([
  ...CLUSTER_NAMESPACES, ...SHARED_SERVICE_NAMESPACES, ...SHARED_SERVICE_KUSTOMIZATIONS, ...SIDE_APP_NAMES, ...PREREQUISITE_APP_NAMES,
]);

/**
 * The longest instance name: Flux labels every object it applies with the name of its
 * Kustomization (`kustomize.toolkit.fluxcd.io/name`), a label value holds at most 63 characters,
 * and the side apps append a suffix to the instance name (like `-keycloak-client`).
 */
export const MAX_INSTANCE_NAME_LENGTH = 63 - Math.max(...instanceNameSuffixLengths());

/**
 * An instance name: a DNS-1035 label (it starts with a letter, since it also becomes an
 * environment variable name in the Keycloak client's Secret), short enough for the side apps'
 * Kustomization names built from it.
 */
export const instanceName = () =>
  z.string().regex(new RegExp(`^[a-z]([-a-z0-9]{0,${MAX_INSTANCE_NAME_LENGTH - 2}}[a-z0-9])?$`), {
    message: `must be lowercase letters, digits and "-", 1 to ${MAX_INSTANCE_NAME_LENGTH} characters, starting with a letter and ending with a letter or digit `
      + '(Flux labels every object with the names of the Kustomizations built from it, like "<name>-keycloak-client", which must stay within 63)',
  });

function instanceNameSuffixLengths(): number[] {
  const bare = sideApps('');
  const named = sideApps('x');
  return Object.keys(bare).filter((k) => bare[k] !== named[k]).map((k) => bare[k].length);
}

/** A config key that names something, and why a value is taken. */
export interface ReservedNameIssue {
  readonly key: string;
  readonly message: string;
}

type RawConfig = Readonly<Record<string, unknown>>;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A Flux Kustomization of a shared service that the config names, with the key that names it. */
export interface ConfiguredKustomization {
  readonly key: string;
  readonly what: string;
  readonly name: string;
  readonly namespace: string;
}

/** The `*_flux_dependency` keys, with the service each names. */
const FLUX_DEPENDENCY_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['cnpg_flux_dependency', 'CloudNativePG'], ['dragonfly_flux_dependency', 'Dragonfly'], ['rustfs_flux_dependency', 'RustFS'],
  ['keycloak_flux_dependency', 'Keycloak'], ['coredns_flux_dependency', 'CoreDNS'], ['barman_cloud_flux_dependency', 'the Barman Cloud plugin'],
];

/**
 * The Flux Kustomizations of shared services the config names (every `*_flux_dependency`, the
 * ClickHouse operator's and the Barman Cloud plugin's): their names and namespaces belong to
 * those services, whatever they are set to.
 */
export function configuredKustomizations(cfg: RawConfig): ConfiguredKustomization[] {
  const found: ConfiguredKustomization[] = [];
  for (const [key, what] of FLUX_DEPENDENCY_KEYS) {
    const match = /^([^/]+)\/([^/]+)$/.exec(text(cfg[key]) ?? '');
    if (match) found.push({ key, what: `${what}'s Kustomization`, namespace: match[1], name: match[2] });
  }
  const pair = (key: string, what: string) => {
    const name = text(cfg[key]);
    const namespace = text(cfg[`${key}_namespace`]);
    if (name !== undefined && namespace !== undefined) found.push({ key, what, name, namespace });
  };
  pair('clickhouse_operator_kustomization', 'the ClickHouse operator\'s Kustomization');
  pair('cnpg_barman_plugin_kustomization', 'the Barman Cloud plugin\'s Kustomization');
  return found;
}

/**
 * Namespaces the config itself gives to other things (the Flux Kustomizations, the gateways, the
 * shared services' Kustomizations, the in-cluster S3 and OTLP endpoints), each with the key that
 * names it.
 */
export function configuredNamespaces(cfg: RawConfig): Map<string, string> {
  const found = new Map<string, string>();
  const add = (namespace: string | undefined, why: string) => {
    if (namespace !== undefined && !found.has(namespace)) found.set(namespace, why);
  };
  // The reference deployment's layout keeps the Kustomizations in the app's own namespace: allowed when the config says so for its own one too.
  const kustomizations = text(cfg.flux_kustomization_namespace);
  const sameAsApp = kustomizations !== undefined && kustomizations === cfg.langfuse_namespace;
  if (!sameAsApp) add(text(cfg.flux_namespace), 'the namespace of the Flux Kustomizations (flux_namespace)');
  add(text(cfg.langfuse_gateway_namespace), 'the namespace of the gateways (langfuse_gateway_namespace)');
  add(text(cfg.cnpg_barman_plugin_kustomization_namespace), 'the namespace of the Barman Cloud plugin (cnpg_barman_plugin_kustomization_namespace)');
  add(text(cfg.clickhouse_operator_namespace), 'the namespace of the ClickHouse operator (clickhouse_operator_namespace)');
  for (const k of configuredKustomizations(cfg)) {
    if (!(sameAsApp && k.namespace === kustomizations)) {
      const key = k.key.endsWith('_flux_dependency') ? k.key : `${k.key}_namespace`;
      add(k.namespace, `the namespace of ${k.what} (${key})`);
    }
  }
  for (const key of ['langfuse_s3_endpoint', 'tracing_otlp_endpoint', 'langfuse_media_endpoint']) {
    add(clusterServiceNamespace(cfg[key]), `the namespace of the Service that ${key} names`);
  }
  return found;
}

/** The namespace of an in-cluster Service URL like `http://rustfs-svc.storage.svc.cluster.local:9000`. */
export function clusterServiceNamespace(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return /^[^.]+\.([^.]+)\.svc(\.cluster\.local)?$/.exec(new URL(url).hostname)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Reserved-name problems of one instance's config (defaults applied): its instance name and
 * namespace against {@link RESERVED_NAMES} and the names the config gives to other things, and
 * the route namespace against the cluster's namespaces.
 */
export function reservedNameIssues(cfg: RawConfig): ReservedNameIssue[] {
  const issues: ReservedNameIssue[] = [];
  const taken = (value: string) => {
    if (CLUSTER_NAMESPACES.includes(value)) return 'is reserved: it belongs to Kubernetes or Flux';
    if (SHARED_SERVICE_NAMESPACES.includes(value)) return 'is reserved: it is the namespace of a shared service the app depends on';
    if (SHARED_SERVICE_KUSTOMIZATIONS.includes(value)) return 'is reserved: it is the Flux Kustomization of a shared service the app depends on';
    if (SIDE_APP_NAMES.includes(value)) return 'is reserved: it is the name of one of the side apps this tool writes';
    if (PREREQUISITE_APP_NAMES.includes(value)) return 'is reserved: it is the Flux Kustomization or namespace of cert-manager or the ClickHouse operator';
    return undefined;
  };
  const others = configuredNamespaces(cfg);
  const instance = text(cfg.langfuse_instance_name);
  if (instance !== undefined) {
    // the instance's Kustomizations would replace a shared service's, and depend on themselves
    const own = new Set([instance, ...Object.values(sideApps(instance))]);
    const service = configuredKustomizations(cfg).find((k) => own.has(k.name));
    const why = taken(instance)
      ?? (service ? `is taken by ${service.what} (${service.key}${service.name === instance ? '' : `: ${service.name}, a Kustomization this instance writes`}); `
        + 'the instance\'s Kustomization would replace it and depend on itself' : undefined);
    if (why) issues.push({ key: 'langfuse_instance_name', message: `${why}; choose another name, like "langfuse-prod"` });
  }
  const namespace = text(cfg.langfuse_namespace);
  if (namespace !== undefined) {
    const operator = text(cfg.clickhouse_operator_namespace);
    const why = taken(namespace) ?? (others.has(namespace) ? `is taken: it is ${others.get(namespace)}` : undefined);
    if (why && namespace === operator && taken(namespace) === undefined) {
      // the operator's key is the one to change (its default, clickhouse-operator, is reserved: taken() blames langfuse_namespace then)
      issues.push({
        key: 'clickhouse_operator_namespace',
        message: `is "${operator}", the namespace of Langfuse (langfuse_namespace): the ClickHouse operator runs in a namespace of its own; `
          + `set the namespace it runs in, like "${CLICKHOUSE_OPERATOR_NAMESPACE}"`,
      });
    } else if (why) {
      issues.push({ key: 'langfuse_namespace', message: `${why}; Langfuse needs a namespace of its own, like "${namespace === 'ai-system' ? 'langfuse' : 'ai-system'}"` });
    }
  }
  // Installed, the operator's namespace becomes a Namespace its Flux app owns (and prune may delete).
  const operatorNamespace = text(cfg.clickhouse_operator_namespace);
  if (cfg.clickhouse_operator_install === true && operatorNamespace !== undefined && operatorNamespace !== CLICKHOUSE_OPERATOR_CHART.namespace) {
    const why = CLUSTER_NAMESPACES.includes(operatorNamespace) || operatorNamespace === text(cfg.flux_namespace) ? 'is reserved: it belongs to Kubernetes or Flux'
      : SHARED_SERVICE_NAMESPACES.includes(operatorNamespace) ? 'is reserved: it is the namespace of a shared service the app depends on'
        : operatorNamespace === CERT_MANAGER_CHART.namespace ? 'is reserved: it is cert-manager\'s namespace' : undefined;
    if (why) issues.push({ key: 'clickhouse_operator_namespace', message: `${why}; with clickhouse_operator_install the operator needs a namespace of its own, like "clickhouse-operator"` });
  }
  const route = text(cfg.langfuse_httproute_namespace);
  if (route !== undefined && (CLUSTER_NAMESPACES.includes(route) || route === text(cfg.flux_namespace))) {
    issues.push({ key: 'langfuse_httproute_namespace', message: 'is reserved: it belongs to Kubernetes or Flux; use the gateways\' namespace or leave it unset' });
  }
  return issues;
}

/**
 * The Flux Kustomizations an instance writes: its own and its side apps', except the Dragonfly
 * ACL, which instances share by design.
 */
export function instanceKustomizations(instance: string): string[] {
  const { dragonflyAcl: _shared, ...own } = sideApps(instance);
  return [instance, ...Object.values(own)];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
