import { InertKey } from '../../lib/config/inert-keys';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { LangfuseChart } from '../../lib/langfuse-chart';
import { LangfuseChartProps } from '../../lib/langfuse-chart-props';
import { CliCommand, ConfigSource } from './command';
import { CommandOutput } from './json-output';
/** Options of {@link runExplain}. */
export interface RunExplainOptions {
    readonly configPath: string;
    /** Why that config. @default 'option' */
    readonly configSource?: ConfigSource;
    /** Where the identities that open an encrypted config come from. @default process.env */
    readonly env?: NodeJS.ProcessEnv;
    /** Text or `--json`. @default - text on stdout */
    readonly output?: CommandOutput;
}
/** A Langfuse config, validated and composed: what the other commands need to explain it. */
export interface LoadedLangfuse {
    readonly config: LangfuseConfig;
    readonly props: LangfuseChartProps;
    readonly chart: LangfuseChart;
}
/**
 * Loads a config (plain or encrypted) and builds a LangfuseChart per enabled instance (nothing is
 * written); empty when `langfuse_enabled` is false.
 * @param treeRoot the tree the config is written to: its namespace folders' kustomizations decide
 * where the Kustomizations live, as in synth (@default - none read)
 */
export declare function loadLangfuse(configPath: string, env?: NodeJS.ProcessEnv, treeRoot?: string): Promise<LoadedLangfuse[]>;
/** The derived-variables table: each gate with the inputs it reads. */
export declare function derivedRows({ config, props, chart }: LoadedLangfuse): string[][];
/** The service table of the seed's quick reference, from the names the chart exposes. */
export declare function serviceRows({ props, chart }: LoadedLangfuse): string[][];
/** One instance in the `--json` document of explain (docs/cli-json.md): the four tables as records. */
export interface ExplainInstance {
    readonly name: string;
    readonly namespace: string;
    readonly derived: ReadonlyArray<{
        readonly variable: string;
        readonly value: string;
        readonly from: string;
    }>;
    readonly features: ReadonlyArray<{
        readonly name: string;
        readonly on: boolean;
        readonly detail: string;
    }>;
    readonly services: ReadonlyArray<{
        readonly service: string;
        readonly dns: string;
        readonly port: string;
    }>;
    readonly recovery: ReadonlyArray<{
        readonly item: string;
        readonly value: string;
        readonly note: string;
    }>;
    /** The keys the config sets for this instance that do nothing (synth warns; --strict refuses them). */
    readonly inertKeys: readonly InertKey[];
}
/** The tables of one instance as records (the header row names the fields). */
export declare function explainRecords(loaded: LoadedLangfuse): ExplainInstance;
/** Prints the derived variables, the feature set and the service names of a config (or, with `--json`, them as records). */
export declare function runExplain(options: RunExplainOptions): Promise<number>;
/** `langfuse-cdk8s explain`. */
export declare const explainCommand: CliCommand;
