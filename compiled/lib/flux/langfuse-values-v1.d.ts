import { LangfuseChartProps } from '../langfuse-chart-props';
import { LangfuseNames } from '../names';
import { LangfuseChartValues } from './langfuse-values';
/** The pinned chart and the Langfuse version it runs (its appVersion). */
export declare const LANGFUSE_CHART: {
    readonly name: "langfuse";
    readonly version: "1.5.41";
    readonly appVersion: "3.224.1";
    readonly repository: "https://langfuse.github.io/langfuse-k8s";
};
/**
 * Builds the values of chart 1.5.41 from chart props: only keys that chart reads, secrets by
 * reference, environment variables the chart has no key for through additionalEnv.
 */
export declare function langfuseValuesV1(props: LangfuseChartProps, names: LangfuseNames): LangfuseChartValues;
/** The keys of the init Secret, in a stable order. */
export declare function initSecretKeys(init: NonNullable<LangfuseChartProps['headlessInit']>): string[];
