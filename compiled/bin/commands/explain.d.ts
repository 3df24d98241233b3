import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { LangfuseChart } from '../../lib/langfuse-chart';
import { LangfuseChartProps } from '../../lib/langfuse-chart-props';
import { CliCommand } from './command';
/** Options of {@link runExplain}. */
export interface RunExplainOptions {
    readonly configPath: string;
}
/** A Langfuse config, validated and composed: what the other commands need to explain it. */
export interface LoadedLangfuse {
    readonly config: LangfuseConfig;
    readonly props: LangfuseChartProps;
    readonly chart: LangfuseChart;
}
/**
 * Loads a config and builds a LangfuseChart per enabled instance (nothing is written); empty when
 * `langfuse_enabled` is false.
 */
export declare function loadLangfuse(configPath: string): LoadedLangfuse[];
/** The derived-variables table: each gate with the inputs it reads. */
export declare function derivedRows({ config, props, chart }: LoadedLangfuse): string[][];
/** The service table of the seed's quick reference, from the names the chart exposes. */
export declare function serviceRows({ props, chart }: LoadedLangfuse): string[][];
/** Prints the derived variables, the feature set and the service names of a config. */
export declare function runExplain(options: RunExplainOptions): Promise<number>;
/** `langfuse-cdk8s explain`. */
export declare const explainCommand: CliCommand;
