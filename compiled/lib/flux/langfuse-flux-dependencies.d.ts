import { LangfuseClickHouseStores } from '../clickhouse/langfuse-clickhouse';
import { type LangfuseChartProps } from '../langfuse-chart-props';
import type { KustomizationDependency } from './flux-kustomization';
/**
 * The Flux Kustomizations of the shared services a Langfuse app waits for, when they are not the
 * reference cluster's defaults: each is a `dependsOn` entry, or `null` for none. A cluster that
 * already runs Langfuse keeps its own names here, so that the app it takes over becomes Ready.
 */
export interface LangfuseFluxDependencies {
    /** @default - `cloudnative-pg` in `cnpg-system` */
    readonly cnpg?: KustomizationDependency | null;
    /** @default - `dragonfly` in the Dragonfly namespace */
    readonly dragonfly?: KustomizationDependency | null;
    /** @default - the object storage's own (`rustfs` in `storage`) */
    readonly rustfs?: KustomizationDependency | null;
    /** @default - `keycloak` in `identity` */
    readonly keycloak?: KustomizationDependency | null;
    /** CoreDNS, which the reference deployment waits for. @default - none */
    readonly coredns?: KustomizationDependency | null;
}
/** Options of {@link langfuseFluxDependencies}. */
export interface LangfuseFluxDependencyOptions {
    /** The instance's Flux app name. @default - `props.instanceName`, else `langfuse` */
    readonly appName?: string;
    /** A ClickHouse restore app fills the new cluster first (see `restoresClickHouse`). @default false */
    readonly restoring?: boolean;
}
/**
 * The Flux Kustomizations a Langfuse app waits for, from the features that are on: the shared
 * services (each configurable, {@link LangfuseFluxDependencies}), the instance's own analytics,
 * ClickHouse-migration and ClickHouse-restore apps (named after the instance, next to its
 * Kustomization), and its neighbours.
 */
export declare function langfuseFluxDependencies(props: LangfuseChartProps, stores: LangfuseClickHouseStores, options?: LangfuseFluxDependencyOptions): KustomizationDependency[];
