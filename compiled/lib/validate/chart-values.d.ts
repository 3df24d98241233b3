/** The Langfuse chart versions whose default `values.yaml` is in the reference folder. */
export type LangfuseChartVersion = '1.5.41' | '2.0.0';
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
 * The path of a chart version's default `values.yaml` in the reference folder.
 *
 * @param version the chart version
 */
export declare function chartValuesPath(version: LangfuseChartVersion): string;
/**
 * Reads the default `values.yaml` of a Langfuse chart version from
 * `<reference>/langfuse-chart/v1.5.41/values.yaml` or `<reference>/langfuse-chart/values.yaml`
 * (reference = `LANGFUSE_REFERENCE_DIR`, else `../shared/reference`). Parsed once per version.
 *
 * @param version the chart version
 */
export declare function loadChartValues(version: LangfuseChartVersion): object;
/**
 * Lists the keys of `values` that the chart does not know.
 *
 * A key path is known when each segment exists in the chart's defaults. Below a default that is a
 * non-empty map the check continues; below a default that is `{}` or `null`, or below a
 * {@link FindUnknownValueKeysOptions.freeForm} path, anything is accepted. Arrays are leaves and
 * are accepted as a whole. Keys below a scalar default are unknown.
 *
 * @param values the values to check (for example a HelmRelease `spec.values`)
 * @param chartValues the chart's default values tree (see {@link loadChartValues})
 * @param opts free-form paths
 * @returns the dotted path of every leaf below an unknown key (such as `web.replicaCount`), sorted
 */
export declare function findUnknownValueKeys(values: object, chartValues: object, opts?: FindUnknownValueKeysOptions): string[];
/**
 * Checks values against a chart version with its default free-form paths
 * ({@link chartFreeForm}).
 *
 * @param values the values to check
 * @param version the chart version
 * @returns the unknown key paths, empty when all are known
 */
export declare function checkChartValues(values: object, version: LangfuseChartVersion): string[];
