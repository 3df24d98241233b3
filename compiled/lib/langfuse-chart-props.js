"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseBackend = void 0;
/** Where Langfuse's analytics store (ClickHouse) runs. */
var ClickHouseBackend;
(function (ClickHouseBackend) {
    /** The langfuse chart's Bitnami ClickHouse sub-chart (about 25.2, frozen `bitnamilegacy` images; v3 only). */
    ClickHouseBackend["BUNDLED"] = "bundled";
    /** A `ClickHouseCluster` and `KeeperCluster` of the ClickHouse operator, emitted next to the release. */
    ClickHouseBackend["OPERATOR"] = "operator";
})(ClickHouseBackend || (exports.ClickHouseBackend = ClickHouseBackend = {}));
