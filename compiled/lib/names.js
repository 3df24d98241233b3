"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_INSTANCE_NAME = void 0;
exports.langfuseNames = langfuseNames;
exports.bundledClickHousePodHost = bundledClickHousePodHost;
const derive_1 = require("./settings/derive");
/** The instance name when the config sets none: its Flux app, Keycloak client and Dragonfly ACL user. */
exports.DEFAULT_INSTANCE_NAME = 'langfuse';
/**
 * The names of the reference deployment for a release (the chart's fullname is the release name
 * when it contains "langfuse").
 */
function langfuseNames(namespace, release = 'langfuse') {
    if (!release.includes('langfuse')) {
        throw new Error(`release name must contain "langfuse" so the chart's object names stay predictable (got "${release}")`);
    }
    const postgresCluster = `${release}-postgresql`;
    const clickhouseService = `${release}-clickhouse`;
    return {
        release,
        namespace,
        webService: `${release}-web`,
        workerDeployment: `${release}-worker`,
        postgresCluster,
        postgresDatabase: 'langfuse',
        postgresUser: 'langfuse',
        clickhouseService,
        analyticsCluster: `${release}-analytics`,
        secrets: {
            app: `${release}-credentials`,
            postgres: `${release}-postgresql-credentials`,
            clickhouse: `${release}-clickhouse-credentials`,
            analytics: `${release}-analytics-credentials`,
            s3: `${release}-s3-credentials`,
            backup: `${release}-backup-credentials`,
            keycloak: `${release}-keycloak-credentials`,
            smtp: `${release}-smtp-credentials`,
            redis: `${release}-redis-credentials`,
            init: `${release}-init-credentials`,
        },
        dns: {
            web: (0, derive_1.serviceDns)(`${release}-web`, namespace),
            worker: (0, derive_1.serviceDns)(`${release}-worker`, namespace),
            postgresRw: (0, derive_1.serviceDns)(`${postgresCluster}-rw`, namespace),
            clickhouse: (0, derive_1.serviceDns)(clickhouseService, namespace),
        },
    };
}
/**
 * The stable DNS name of replica `replica` of the bundled ClickHouse (its only shard): Bitnami
 * clickhouse 8.0.5, the sub-chart of chart 1.5.41, names its StatefulSet `<fullname>-shard<i>` and
 * governs it by the headless Service `<fullname>-headless` (templates/statefulset.yaml,
 * service-headless.yaml), `<fullname>` being the Service name `clickhouseService`.
 */
function bundledClickHousePodHost(names, replica) {
    return `${names.clickhouseService}-shard0-${replica}.${(0, derive_1.serviceDns)(`${names.clickhouseService}-headless`, names.namespace)}`;
}
