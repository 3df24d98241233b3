"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.operatorBackupTarget = operatorBackupTarget;
exports.bundledBackupTarget = bundledBackupTarget;
const clickhouse_images_1 = require("../clickhouse/clickhouse-images");
const operator_conventions_1 = require("../clickhouse/operator-conventions");
const derive_1 = require("../settings/derive");
/**
 * The first replica of the operator's cluster (`firstPodHost`: its StatefulSet
 * `<name>-clickhouse-0-0` has one pod under the headless Service). The client is the server image
 * itself, so client and server always have the same version.
 */
function operatorBackupTarget(cluster) {
    return {
        backend: 'operator',
        host: cluster.firstPodHost,
        nativePort: cluster.nativePort,
        passwordSecret: cluster.passwordSecret,
        serverPodLabels: { ...cluster.podSelector },
        clientImage: cluster.image,
    };
}
/**
 * The first replica of the chart's Bitnami ClickHouse (chart 8.0.5: StatefulSet
 * `<release>-clickhouse-shard0`, headless Service `<release>-clickhouse-headless`), whose user
 * `default` has the password of the same Secret (`clickhouse.auth.existingSecret`). Its image is
 * the frozen `bitnamilegacy/clickhouse` (about 25.2); the client is the pinned official one, which
 * speaks to older servers (the SQL is the server's: BACKUP/RESTORE to S3 exist since 22.x).
 */
function bundledBackupTarget(names) {
    return {
        backend: 'bundled',
        host: `${names.clickhouseService}-shard0-0.${(0, derive_1.serviceDns)(`${names.clickhouseService}-headless`, names.namespace)}`,
        nativePort: operator_conventions_1.CLICKHOUSE_SERVER_PORTS.native,
        passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
        serverPodLabels: { 'app.kubernetes.io/name': 'clickhouse', 'app.kubernetes.io/instance': names.release },
        clientImage: clickhouse_images_1.CLICKHOUSE_SERVER_IMAGE,
    };
}
