import * as path from 'path';
import { readSchemaFile, SCHEMA_FILES, shippedSchemasDir } from './shipped-schemas';

/** The Langfuse chart versions whose value keys ship in imports/schemas. */
export type LangfuseChartVersion = '1.5.41' | '2.0.0';

/**
 * What a chart's default values hold at a key that has no keys below it:
 *
 * - `value`: a scalar; a map given there is unknown to the chart;
 * - `list`: a list; accepted as a whole;
 * - `open`: `{}` or `null`; anything below is accepted.
 */
export type ChartKeyLeaf = 'value' | 'list' | 'open';

/**
 * The key structure of a chart's default `values.yaml`: a non-empty map becomes a tree of its
 * keys, anything else a {@link ChartKeyLeaf}. This is all {@link findUnknownValueKeys} needs, and
 * what `npm run import` derives from the pinned charts' values.yaml files.
 */
export interface ChartKeyTree {
  readonly [key: string]: ChartKeyTree | ChartKeyLeaf;
}

/**
 * Options for {@link findUnknownValueKeys}.
 */
export interface FindUnknownValueKeysOptions {
  /**
   * Paths below which any key is accepted, as dotted paths where `*` stands for exactly one
   * existing key (`langfuse.*.resources`). A literal path that is absent from the defaults (such as
   * the commented-out `langfuse.auth.providers`) is accepted too, together with its parents.
   *
   * @default - none: only the rules on the defaults apply
   */
  readonly freeForm?: readonly string[];
}

/**
 * Free-form paths that hold Kubernetes objects or maps of the user's choosing in both chart
 * versions. Most have `{}`, `[]` or `null` defaults and would pass anyway; listing them keeps them
 * open should a later chart ship a non-empty default.
 */
export const FREE_FORM_COMMON: readonly string[] = [
  // Helm passes `global` to every sub-chart; Bitnami charts read global.imageRegistry, global.storageClass, ...
  'global',
  // Commented out in values.yaml; the chart renders AUTH_<PROVIDER>_<OPTION> from any provider/option.
  'langfuse.auth.disableUsernamePassword',
  'langfuse.auth.providers',
  // Read by the chart (worker container port, default 3030) but not declared in values.yaml.
  'langfuse.worker.port',
  'langfuse.resources',
  'langfuse.*.resources',
  'langfuse.nodeSelector',
  'langfuse.tolerations',
  'langfuse.affinity',
  'langfuse.dnsConfig',
  'langfuse.podSecurityContext',
  'langfuse.securityContext',
  'langfuse.pod.annotations',
  'langfuse.pod.labels',
  'langfuse.deployment.annotations',
  'langfuse.deployment.strategy',
  'langfuse.*.deployment.annotations',
  'langfuse.*.deployment.additionalLabels',
  'langfuse.*.deployment.strategy',
  'langfuse.*.pod.annotations',
  'langfuse.*.pod.labels',
  'langfuse.*.pod.nodeSelector',
  'langfuse.*.pod.tolerations',
  'langfuse.*.pod.affinity',
  'langfuse.*.pod.topologySpreadConstraints',
  'langfuse.serviceAccount.annotations',
  'langfuse.ingress.annotations',
  'langfuse.ingress.additionalLabels',
  'langfuse.web.service.annotations',
  'langfuse.web.service.additionalLabels',
  'langfuse.*.hpa.annotations',
  'langfuse.*.vpa.maxAllowed',
  'langfuse.*.vpa.minAllowed',
  'langfuse.additionalEnv',
  'langfuse.additionalEnvFrom',
  'langfuse.*.pod.additionalEnv',
  'langfuse.*.pod.additionalEnvFrom',
  'langfuse.extraContainers',
  'langfuse.*.pod.extraContainers',
  'langfuse.extraVolumes',
  'langfuse.extraVolumeMounts',
  'langfuse.extraInitContainers',
  'langfuse.extraLifecycle',
  'extraManifests',
];

/**
 * Value prefixes of chart 1.5.41 that are not (or only partly) in its `values.yaml` but are
 * legitimate, because the chart hands the whole `clickhouse`, `redis`, `postgresql` and `s3` maps
 * to the bundled Bitnami sub-charts (clickhouse 8.0.5 with ZooKeeper, valkey 2.2.4 as `redis`,
 * postgresql 16.4.9, minio 14.10.5 as `s3`). The parent values.yaml only sets the few keys it
 * overrides; everything else is the sub-chart's own value. Kept deliberately small: extend it only
 * with keys the Bitnami chart really has.
 */
export const SUBCHART_PASSTHROUGH_1_5_41: readonly string[] = [
  // Bitnami clickhouse: volume for each replica (persistence.enabled/size/storageClass).
  'clickhouse.persistence',
  // Bitnami clickhouse: explicit requests/limits, overriding `resourcesPreset: 2xlarge`.
  'clickhouse.resources',
  // Bitnami clickhouse bundles ZooKeeper; values.yaml only sets zookeeper.image.repository, but
  // persistence, resources/resourcesPreset (the 384Mi `micro` preset OOMs) and replicaCount matter.
  'clickhouse.zookeeper',
  // Bitnami clickhouse: metrics.enabled and metrics.serviceMonitor.* (port 8001).
  'clickhouse.metrics',
  // Bitnami clickhouse: image.tag/registry/pullPolicy next to the declared image.repository.
  'clickhouse.image',
  // Bitnami valkey: primary.persistence, primary.resources, ... next to the declared primary.extraFlags.
  'redis.primary',
  // Bitnami postgresql: primary.persistence, primary.resources, ... next to primary.service.ports.
  'postgresql.primary',
  // Bitnami minio: auth.* beyond the declared root user keys.
  's3.auth',
  // Bitnami minio: data volume and requests/limits of the bundled MinIO.
  's3.persistence',
  's3.resources',
];

/**
 * Free-form paths specific to chart 2.0.0, whose bundled stores have non-empty defaults that a
 * user extends (resources with a memory limit only, pod security contexts with fsGroup only).
 */
export const FREE_FORM_2_0_0: readonly string[] = [
  'clickhouse.cluster.resources',
  'clickhouse.cluster.settings',
  'clickhouse.cluster.profileSettings',
  'clickhouse.keeper.resources',
  'postgresql.resources',
  'postgresql.podSecurityContext',
  'postgresql.securityContext',
  'redis.resources',
  'redis.podSecurityContext',
  's3.allInOne.resources',
];

/**
 * The default free-form paths for a chart version: {@link FREE_FORM_COMMON} plus
 * {@link SUBCHART_PASSTHROUGH_1_5_41} or {@link FREE_FORM_2_0_0}.
 *
 * @param version the chart version
 */
export function chartFreeForm(version: LangfuseChartVersion): string[] {
  return [...FREE_FORM_COMMON, ...(version === '1.5.41' ? SUBCHART_PASSTHROUGH_1_5_41 : FREE_FORM_2_0_0)];
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The key structure of a chart's default values.
 *
 * @param defaults the parsed `values.yaml`
 */
export function chartKeyTree(defaults: object): ChartKeyTree {
  const node = (value: unknown): ChartKeyTree | ChartKeyLeaf => {
    if (Array.isArray(value)) return 'list';
    if (isMap(value)) return Object.keys(value).length > 0 ? chartKeyTree(value) : 'open';
    return value === null || value === undefined ? 'open' : 'value';
  };
  return Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, node(value)]));
}

const chartKeysCache = new Map<string, Record<string, any>>();

/**
 * The key structure of a Langfuse chart version's default `values.yaml`, as shipped in
 * imports/schemas. Read once per folder.
 *
 * @param version the chart version
 * @param schemasDir the schemas folder (default: the package's own imports/schemas)
 */
export function loadChartKeys(version: LangfuseChartVersion, schemasDir: string = shippedSchemasDir()): ChartKeyTree {
  const dir = path.resolve(schemasDir);
  let all = chartKeysCache.get(dir);
  if (!all) {
    all = readSchemaFile(dir, SCHEMA_FILES.chartKeys);
    chartKeysCache.set(dir, all);
  }
  if (!isMap(all[version])) {
    throw new Error(`no value keys for langfuse chart ${version} in "${path.join(dir, SCHEMA_FILES.chartKeys)}" `
      + `(it has: ${Object.keys(all).join(', ')}); the langfuse-cdk8s installation is incomplete`);
  }
  return all[version] as ChartKeyTree;
}

function leafPaths(value: unknown, at: string): string[] {
  if (!isMap(value) || Object.keys(value).length === 0) {
    return [at];
  }
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, `${at}.${key}`));
}

/**
 * Lists the keys of `values` that the chart does not know.
 *
 * A key path is known when each segment exists in the chart's key tree. Below a key with keys of
 * its own the check continues; below an `open` or `list` key, or below a
 * {@link FindUnknownValueKeysOptions.freeForm} path, anything is accepted. Arrays in `values` are
 * leaves and are accepted as a whole. Keys below a `value` are unknown.
 *
 * @param values the values to check (for example a HelmRelease `spec.values`)
 * @param chartKeys the chart's key tree (see {@link loadChartKeys} and {@link chartKeyTree})
 * @param opts free-form paths
 * @returns the dotted path of every leaf below an unknown key (such as `web.replicaCount`), sorted
 */
export function findUnknownValueKeys(values: object, chartKeys: ChartKeyTree, opts: FindUnknownValueKeysOptions = {}): string[] {
  const patterns = (opts.freeForm ?? []).map((p) => p.split('.'));
  const matches = (pattern: string[], segments: string[]): boolean =>
    pattern.length === segments.length && pattern.every((p, i) => p === '*' || p === segments[i]);
  const isFree = (segments: string[]): boolean => patterns.some((p) => matches(p, segments));
  // a key absent from the defaults may still lead to a free-form path, if named literally there
  const leadsToFree = (segments: string[]): boolean => patterns.some((p) => p.length > segments.length
    && p[segments.length - 1] === segments[segments.length - 1]
    && matches(p.slice(0, segments.length - 1), segments.slice(0, -1)));

  const unknown: string[] = [];
  const walk = (given: Record<string, unknown>, keys: ChartKeyTree, at: string[]): void => {
    for (const [key, value] of Object.entries(given)) {
      const segments = [...at, key];
      const dotted = segments.join('.');
      if (isFree(segments)) {
        continue;
      }
      const known = Object.hasOwn(keys, key) ? keys[key] : undefined;
      if (known === undefined) {
        if (leadsToFree(segments) && isMap(value)) {
          walk(value, {}, segments);
        } else {
          unknown.push(...leafPaths(value, dotted));
        }
      } else if (known === 'value') {
        if (isMap(value) && Object.keys(value).length > 0) {
          unknown.push(...leafPaths(value, dotted));
        }
      } else if (known !== 'open' && known !== 'list' && isMap(value)) {
        walk(value, known, segments);
      }
    }
  };
  walk(values as Record<string, unknown>, chartKeys, []);
  return unknown.sort();
}

/**
 * Checks values against a chart version with its default free-form paths
 * ({@link chartFreeForm}).
 *
 * @param values the values to check
 * @param version the chart version
 * @param schemasDir the schemas folder (default: the package's own imports/schemas)
 * @returns the unknown key paths, empty when all are known
 */
export function checkChartValues(values: object, version: LangfuseChartVersion, schemasDir?: string): string[] {
  return findUnknownValueKeys(values, loadChartKeys(version, schemasDir), { freeForm: chartFreeForm(version) });
}
