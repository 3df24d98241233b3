import type { ClickHouseOptions } from '../langfuse-chart-props';
/** A key of a Secret. */
export interface SecretKeySelector {
    readonly name: string;
    readonly key: string;
}
/** Options of `ClickHouseConnection.external()`. */
export interface ExternalClickHouseOptions {
    /** Host name (a Service DNS name), without a scheme. */
    readonly host: string;
    /** @default 8123 */
    readonly httpPort?: number;
    /** @default 9000 */
    readonly nativePort?: number;
    /** The Secret key holding the password of the user `default`. */
    readonly passwordSecret: SecretKeySelector;
    /**
     * Langfuse runs its ClickHouse statements `ON CLUSTER` and creates replicated tables
     * (CLICKHOUSE_CLUSTER_ENABLED).
     * @default true
     */
    readonly clusterEnabled?: boolean;
}
/** Options of `ClickHouseConnection.bundled()`. */
export interface BundledClickHouseOptions {
    /** The sizing of the chart's Bitnami ClickHouse. */
    readonly sizing: ClickHouseOptions;
    /** Storage class of its volumes. */
    readonly storageClass: string;
    /** The Secret key holding the password of the user `default`. */
    readonly passwordSecret: SecretKeySelector;
}
/**
 * Which ClickHouse the Langfuse release talks to: the chart's bundled Bitnami ClickHouse, or an
 * external one such as a `ClickHouseCluster` of the ClickHouse operator. The release reads only
 * this object, so what runs beside it (one store, or both during a migration) is decided
 * elsewhere. Create one with a static factory.
 */
export declare abstract class ClickHouseConnection {
    /** The chart's Bitnami ClickHouse sub-chart (langfuse chart 1.x only; ClickHouse about 25.2). */
    static bundled(options: BundledClickHouseOptions): BundledClickHouse;
    /** A ClickHouse outside the chart. */
    static external(options: ExternalClickHouseOptions): ExternalClickHouse;
    /** The Secret key holding the password of the user `default`. */
    abstract readonly passwordSecret: SecretKeySelector;
    /** Whether Langfuse uses `ON CLUSTER` statements and replicated tables. */
    abstract readonly clusterEnabled: boolean;
}
/** The chart's bundled ClickHouse. */
export declare class BundledClickHouse extends ClickHouseConnection {
    readonly sizing: ClickHouseOptions;
    readonly storageClass: string;
    readonly passwordSecret: SecretKeySelector;
    readonly clusterEnabled: boolean;
    /** @internal use `ClickHouseConnection.bundled()` */
    constructor(options: BundledClickHouseOptions);
}
/** A ClickHouse the chart does not deploy. */
export declare class ExternalClickHouse extends ClickHouseConnection {
    readonly host: string;
    readonly httpPort: number;
    readonly nativePort: number;
    readonly passwordSecret: SecretKeySelector;
    readonly clusterEnabled: boolean;
    /** @internal use `ClickHouseConnection.external()` */
    constructor(options: ExternalClickHouseOptions);
    /** CLICKHOUSE_URL as the chart renders it. */
    get httpUrl(): string;
    /** CLICKHOUSE_MIGRATION_URL as the chart renders it. */
    get nativeUrl(): string;
}
