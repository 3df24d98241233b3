"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.treeLeftovers = exports.TREE_LOCK_FILE = exports.SYSTEM_FOLDERS = exports.STAGING_FOLDER = exports.OWNED_FILES_MANIFEST = exports.JOURNAL_FILE = exports.DEFAULT_LOCK_TIMEOUT_MS = exports.checkOutDir = void 0;
/**
 * `langfuse-cdk8s/tooling`: what the CLI and the docs generators are built from (the config's JSON
 * Schema and reference, key descriptions, affected resources, starter config and generated secrets,
 * feature summary, unified diff, derived settings, metric catalog). Reachable for tools built around
 * the package, but not part of the construct API: it may change with any release.
 */
__exportStar(require("./config/affected-resources"), exports);
__exportStar(require("./config/encrypted-config"), exports);
__exportStar(require("./config/errors"), exports);
__exportStar(require("./config/generate-secrets"), exports);
__exportStar(require("./config/json-schema"), exports);
__exportStar(require("./config/key-info"), exports);
__exportStar(require("./config/profiles"), exports);
__exportStar(require("./config/reference-doc"), exports);
__exportStar(require("./config/schema"), exports);
__exportStar(require("./config/starter-config"), exports);
__exportStar(require("./config/to-props"), exports);
__exportStar(require("./flux/langfuse-values-v1"), exports);
__exportStar(require("./network/langfuse-traffic"), exports);
__exportStar(require("./network/traffic-model"), exports);
__exportStar(require("./observability/metric-catalog"), exports);
__exportStar(require("./observability/statsd-mapping"), exports);
__exportStar(require("./output/unified-diff"), exports);
__exportStar(require("./settings/derive"), exports);
__exportStar(require("./settings/features"), exports);
__exportStar(require("./settings/secret-values"), exports);
__exportStar(require("./synth"), exports);
__exportStar(require("./clickhouse/langfuse-clickhouse"), exports);
__exportStar(require("./clickhouse/operator-conventions"), exports);
__exportStar(require("./config/config-warnings"), exports);
var tree_writer_1 = require("./output/tree-writer");
Object.defineProperty(exports, "checkOutDir", { enumerable: true, get: function () { return tree_writer_1.checkOutDir; } });
Object.defineProperty(exports, "DEFAULT_LOCK_TIMEOUT_MS", { enumerable: true, get: function () { return tree_writer_1.DEFAULT_LOCK_TIMEOUT_MS; } });
Object.defineProperty(exports, "JOURNAL_FILE", { enumerable: true, get: function () { return tree_writer_1.JOURNAL_FILE; } });
Object.defineProperty(exports, "OWNED_FILES_MANIFEST", { enumerable: true, get: function () { return tree_writer_1.OWNED_FILES_MANIFEST; } });
Object.defineProperty(exports, "STAGING_FOLDER", { enumerable: true, get: function () { return tree_writer_1.STAGING_FOLDER; } });
Object.defineProperty(exports, "SYSTEM_FOLDERS", { enumerable: true, get: function () { return tree_writer_1.SYSTEM_FOLDERS; } });
Object.defineProperty(exports, "TREE_LOCK_FILE", { enumerable: true, get: function () { return tree_writer_1.TREE_LOCK_FILE; } });
Object.defineProperty(exports, "treeLeftovers", { enumerable: true, get: function () { return tree_writer_1.treeLeftovers; } });
__exportStar(require("./backup/clickhouse-backup-scripts"), exports);
__exportStar(require("./backup/langfuse-disaster-recovery"), exports);
__exportStar(require("./backup/recovery-plan"), exports);
__exportStar(require("./backup/schedule-interval"), exports);
__exportStar(require("./clickhouse/clickhouse-copy-script"), exports);
__exportStar(require("./clickhouse/clickhouse-migration-stage"), exports);
__exportStar(require("./config/disaster-recovery-rules"), exports);
__exportStar(require("./shell-quote"), exports);
__exportStar(require("./upgrade/config-edit"), exports);
__exportStar(require("./upgrade/recorded-step"), exports);
__exportStar(require("./upgrade/step-check"), exports);
__exportStar(require("./upgrade/upgrade-path"), exports);
__exportStar(require("./upgrade/upgrade-plan"), exports);
__exportStar(require("./upgrade/upgrade-runbook"), exports);
__exportStar(require("./reference/import-reference"), exports);
__exportStar(require("./reference/render-import"), exports);
__exportStar(require("./reference/reference-keys"), exports);
__exportStar(require("./reference/reference-layout"), exports);
