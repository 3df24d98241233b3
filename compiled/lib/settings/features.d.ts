import { LangfuseChartProps } from '../langfuse-chart-props';
/** One optional feature and whether it is effectively on, with the detail that matters. */
export interface FeatureState {
    readonly name: string;
    readonly on: boolean;
    /** What is used, like "Dragonfly, ACL user langfuse" or "bundled Valkey". */
    readonly detail: string;
}
/**
 * The effective feature set of chart props: every gate is already resolved in the props, so this
 * only reads them (the same answer the constructs act on).
 */
export declare function effectiveFeatures(props: LangfuseChartProps): FeatureState[];
/**
 * A one-line summary of the effective features: the Redis and S3 backends, then every optional
 * feature that is on (with its mode where it has one).
 */
export declare function featureSummary(props: LangfuseChartProps): string[];
