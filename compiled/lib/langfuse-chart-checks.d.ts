import type { LangfuseChartProps } from './langfuse-chart-props';
/**
 * Checks the props of a `LangfuseChart` before anything is built, with the config file's rules:
 * every required secret is present and has the shape Langfuse and the chart need (the chart pastes
 * the Postgres and ClickHouse passwords unencoded into connection URLs), and names are what they
 * become (a DNS label, a host name). The error names the prop path and never a secret value.
 */
export declare function checkLangfuseChartProps(props: LangfuseChartProps): void;
