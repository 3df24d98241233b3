/**
 * The labels that other software puts on the pods and Services our monitors select, written down
 * once with their source, so that selectors are built from them and tests can check that every
 * selector matches what really runs. A selector with a label the target does not carry selects
 * nothing, silently (the reference deployment's ServiceMonitor selected `component: web`, which the
 * chart's Service does not have).
 */
/** A documented label set. */
export interface DocumentedLabels {
    readonly labels: Readonly<Record<string, string>>;
    readonly source: string;
}
/**
 * Labels on the web or worker pods of the langfuse chart 1.5.41 (`langfuse.selectorLabels` plus
 * `app: web|worker` in templates/web/deployment.yaml and templates/worker/deployment.yaml).
 * `app.kubernetes.io/name` is the chart name, `langfuse`, unless `nameOverride` is set.
 */
export declare function langfusePodLabels(release: string, component: 'web' | 'worker'): DocumentedLabels;
/** The labels selecting both Langfuse pods, web and worker (the chart's selector labels). */
export declare function langfusePodSelector(release: string): Readonly<Record<string, string>>;
/** Labels CloudNativePG puts on every instance pod of a cluster. */
export declare function cnpgInstancePodLabels(cluster: string): DocumentedLabels;
/**
 * Labels on the ClickHouse Service of the Bitnami sub-chart (templates/service.yaml:
 * `common.labels.standard` + `app.kubernetes.io/component: clickhouse`). The release is the parent
 * release; the headless Service carries the same labels but no `http-metrics` port.
 */
export declare function clickhouseServiceLabels(release: string): DocumentedLabels;
/** Labels the Dragonfly operator puts on the pods of a `Dragonfly` resource. */
export declare function dragonflyPodLabels(name: string): DocumentedLabels;
/** Whether a selector (matchLabels) selects an object with these labels. */
export declare function selects(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean;
