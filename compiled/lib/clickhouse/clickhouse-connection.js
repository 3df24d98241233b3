"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExternalClickHouse = exports.BundledClickHouse = exports.ClickHouseConnection = void 0;
/**
 * Which ClickHouse the Langfuse release talks to: the chart's bundled Bitnami ClickHouse, or an
 * external one such as a `ClickHouseCluster` of the ClickHouse operator. The release reads only
 * this object, so what runs beside it (one store, or both during a migration) is decided
 * elsewhere. Create one with a static factory.
 */
class ClickHouseConnection {
    /** The chart's Bitnami ClickHouse sub-chart (langfuse chart 1.x only; ClickHouse about 25.2). */
    static bundled(options) {
        return new BundledClickHouse(options);
    }
    /** A ClickHouse outside the chart. */
    static external(options) {
        return new ExternalClickHouse(options);
    }
}
exports.ClickHouseConnection = ClickHouseConnection;
/** The chart's bundled ClickHouse. */
class BundledClickHouse extends ClickHouseConnection {
    sizing;
    storageClass;
    passwordSecret;
    clusterEnabled;
    /** @internal use `ClickHouseConnection.bundled()` */
    constructor(options) {
        super();
        this.sizing = options.sizing;
        this.storageClass = options.storageClass;
        this.passwordSecret = options.passwordSecret;
        this.clusterEnabled = options.sizing.clusterEnabled ?? false;
    }
}
exports.BundledClickHouse = BundledClickHouse;
/** A ClickHouse the chart does not deploy. */
class ExternalClickHouse extends ClickHouseConnection {
    host;
    httpPort;
    nativePort;
    passwordSecret;
    clusterEnabled;
    /** @internal use `ClickHouseConnection.external()` */
    constructor(options) {
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
    get httpUrl() {
        return `http://${this.host}:${this.httpPort}`;
    }
    /** CLICKHOUSE_MIGRATION_URL as the chart renders it. */
    get nativeUrl() {
        return `clickhouse://${this.host}:${this.nativePort}`;
    }
}
exports.ExternalClickHouse = ExternalClickHouse;
