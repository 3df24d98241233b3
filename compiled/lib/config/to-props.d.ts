import { LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseConfig } from './langfuse-config';
/** Labels of the passwords derived from the salt; changing one rotates that password. */
export declare const DERIVED_PASSWORD_LABELS: {
    readonly redis: "bundled-valkey-password";
    readonly minioUser: "bundled-minio-root-user";
    readonly minioPassword: "bundled-minio-root-password";
};
/**
 * Maps a validated config (snake_case) to chart props (camelCase), computing every derived
 * variable once. Returns undefined when Langfuse is disabled.
 */
export declare function toChartProps(cfg: LangfuseConfig): LangfuseChartProps | undefined;
