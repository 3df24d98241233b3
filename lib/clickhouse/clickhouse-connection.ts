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
export abstract class ClickHouseConnection {
  /** The chart's Bitnami ClickHouse sub-chart (langfuse chart 1.x only; ClickHouse about 25.2). */
  public static bundled(options: BundledClickHouseOptions): BundledClickHouse {
    return new BundledClickHouse(options);
  }

  /** A ClickHouse outside the chart. */
  public static external(options: ExternalClickHouseOptions): ExternalClickHouse {
    return new ExternalClickHouse(options);
  }

  /** The Secret key holding the password of the user `default`. */
  public abstract readonly passwordSecret: SecretKeySelector;
  /** Whether Langfuse uses `ON CLUSTER` statements and replicated tables. */
  public abstract readonly clusterEnabled: boolean;
}

/** The chart's bundled ClickHouse. */
export class BundledClickHouse extends ClickHouseConnection {
  public readonly sizing: ClickHouseOptions;
  public readonly storageClass: string;
  public readonly passwordSecret: SecretKeySelector;
  public readonly clusterEnabled: boolean;

  /** @internal use `ClickHouseConnection.bundled()` */
  constructor(options: BundledClickHouseOptions) {
    super();
    this.sizing = options.sizing;
    this.storageClass = options.storageClass;
    this.passwordSecret = options.passwordSecret;
    this.clusterEnabled = options.sizing.clusterEnabled ?? false;
  }
}

/** A ClickHouse the chart does not deploy. */
export class ExternalClickHouse extends ClickHouseConnection {
  public readonly host: string;
  public readonly httpPort: number;
  public readonly nativePort: number;
  public readonly passwordSecret: SecretKeySelector;
  public readonly clusterEnabled: boolean;

  /** @internal use `ClickHouseConnection.external()` */
  constructor(options: ExternalClickHouseOptions) {
    super();
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(options.host)) {
      throw new Error(`clickhouse host must be a host name without a scheme or port, like "langfuse-analytics-clickhouse-headless" (got "${options.host}")`);
    }
    this.host = options.host;
    this.httpPort = options.httpPort ?? 8123;
    this.nativePort = options.nativePort ?? 9000;
    this.passwordSecret = options.passwordSecret;
    this.clusterEnabled = options.clusterEnabled ?? true;
  }

  /** CLICKHOUSE_URL as the chart renders it. */
  public get httpUrl(): string {
    return `http://${this.host}:${this.httpPort}`;
  }

  /** CLICKHOUSE_MIGRATION_URL as the chart renders it. */
  public get nativeUrl(): string {
    return `clickhouse://${this.host}:${this.nativePort}`;
  }
}
