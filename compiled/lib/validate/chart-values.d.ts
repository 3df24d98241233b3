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
export declare const FREE_FORM_COMMON: readonly string[];
/**
 * Value prefixes of chart 1.5.41 that are not (or only partly) in its `values.yaml` but are
 * legitimate, because the chart hands the whole `clickhouse`, `redis`, `postgresql` and `s3` maps
 * to the bundled Bitnami sub-charts (clickhouse 8.0.5 with ZooKeeper, valkey 2.2.4 as `redis`,
 * postgresql 16.4.9, minio 14.10.5 as `s3`). The parent values.yaml only sets the few keys it
 * overrides; everything else is the sub-chart's own value. Kept deliberately small: extend it only
 * with keys the Bitnami chart really has.
 */
export declare const SUBCHART_PASSTHROUGH_1_5_41: readonly string[];
/**
 * Free-form paths specific to chart 2.0.0, whose bundled stores have non-empty defaults that a
 * user extends (resources with a memory limit only, pod security contexts with fsGroup only).
 */
export declare const FREE_FORM_2_0_0: readonly string[];
/**
 * The default free-form paths for a chart version: {@link FREE_FORM_COMMON} plus
 * {@link SUBCHART_PASSTHROUGH_1_5_41} or {@link FREE_FORM_2_0_0}.
 *
 * @param version the chart version
 */
export declare function chartFreeForm(version: LangfuseChartVersion): string[];
/**
 * The key structure of a chart's default values.
 *
 * @param defaults the parsed `values.yaml`
 */
export declare function chartKeyTree(defaults: object): ChartKeyTree;
/**
 * The key structure of a Langfuse chart version's default `values.yaml`, as shipped in
 * imports/schemas. Read once per folder.
 *
 * @param version the chart version
 * @param schemasDir the schemas folder (default: the package's own imports/schemas)
 */
export declare function loadChartKeys(version: LangfuseChartVersion, schemasDir?: string): ChartKeyTree;
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
export declare function findUnknownValueKeys(values: object, chartKeys: ChartKeyTree, opts?: FindUnknownValueKeysOptions): string[];
/**
 * Checks values against a chart version with its default free-form paths
 * ({@link chartFreeForm}).
 *
 * @param values the values to check
 * @param version the chart version
 * @param schemasDir the schemas folder (default: the package's own imports/schemas)
 * @returns the unknown key paths, empty when all are known
 */
export declare function checkChartValues(values: object, version: LangfuseChartVersion, schemasDir?: string): string[];
