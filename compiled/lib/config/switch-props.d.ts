import type { KustomizationDependency } from '../flux/flux-kustomization';
import type { LangfuseFluxDependencies } from '../flux/langfuse-flux-dependencies';
import type { RoleSyncOptions } from '../identity/langfuse-role-sync';
import type { LangfuseConfig } from './langfuse-config';
/**
 * The props that the keys of the reference-switch block (lib/config/switch-schema.ts) turn into;
 * `toChartProps` places them. Pure functions of the validated config.
 */
/** A `<namespace>/<name>` key value as a `dependsOn` entry; `null` for "". */
export declare function parseFluxDependency(value: string): KustomizationDependency | null;
/** The shared services' Kustomizations, each only when it differs from the default (so a config without the keys keeps its output). */
export declare function fluxDependencies(cfg: LangfuseConfig): LangfuseFluxDependencies;
/** The Barman Cloud plugin's Kustomization: barman_cloud_flux_dependency, else the older pair of keys it replaces. */
export declare function barmanCloudFluxDependency(cfg: LangfuseConfig): KustomizationDependency | null;
/** The role sync, when it is on (validation guarantees its keys). */
export declare function roleSync(cfg: LangfuseConfig): RoleSyncOptions | undefined;
/** LiteLLM's own project keys, when set (else the init project keys apply). */
export declare function litellmKeys(cfg: LangfuseConfig): {
    publicKey: string;
    secretKey: string;
} | undefined;
