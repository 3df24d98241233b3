"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UPGRADE_PATH_REFERENCE = void 0;
exports.configWarnings = configWarnings;
exports.inertKeyProblems = inertKeyProblems;
exports.assertNoInertKeys = assertNoInertKeys;
const cross_field_rules_1 = require("./cross-field-rules");
const disaster_recovery_rules_1 = require("./disaster-recovery-rules");
const errors_1 = require("./errors");
const inert_keys_1 = require("./inert-keys");
const key_format_warnings_1 = require("./key-format-warnings");
const load_1 = require("./load");
/** Where the README explains the way from v3 on the bundled ClickHouse to v4. */
exports.UPGRADE_PATH_REFERENCE = 'docs/upgrade-v4.md';
/**
 * What synth warns about in valid configs: instances that set no `langfuse_version` (they keep
 * Langfuse v3 on the bundled ClickHouse, as before the key existed), as one warning, and the
 * LiteLLM `langfuse` callback with v4's `events_only` ingestion, and the ClickHouse operator
 * installed without cert-manager.
 */
function configWarnings(configs) {
    const enabled = configs.filter((c) => c.langfuse_enabled);
    const warnings = [];
    const unversioned = enabled.filter((c) => c.langfuse_version === undefined).map((c) => c.langfuse_instance_name);
    if (unversioned.length > 0) {
        const which = enabled.length > 1 ? `instances ${unversioned.join(', ')}: ` : '';
        warnings.push(`${which}langfuse_version is not set, so this stays the deployment it was: Langfuse v3 (3.224.1, security fixes until the end of January 2027) `
            + `on the chart's bundled ClickHouse (frozen bitnamilegacy images). New installs set langfuse_version: 4 and langfuse_clickhouse_backend: operator; `
            + `an existing install keeps its data only through the staged upgrade (${exports.UPGRADE_PATH_REFERENCE}). Set langfuse_version: 3 to keep v3 and silence this.`);
    }
    for (const c of enabled)
        warnings.push(...(0, key_format_warnings_1.apiKeyFormatWarnings)(c));
    for (const c of enabled) {
        const eventsOnly = c.langfuse_version === 4 && (c.langfuse_v4_write_mode ?? 'events_only') === 'events_only';
        if (c.litellm_enabled && c.litellm_langfuse_callback === 'langfuse' && eventsOnly) {
            warnings.push(`${c.langfuse_instance_name}: litellm_langfuse_callback "langfuse" with langfuse_v4_write_mode events_only: LiteLLM builds whose callback uses `
                + 'the Langfuse SDK v2 lose every trace (v4 rejects their trace and observation events); use litellm_langfuse_callback: langfuse_otel, '
                + 'or a LiteLLM whose callback needs langfuse>=4.7');
        }
    }
    warnings.push(...restoreWarnings(enabled), ...certManagerWarnings(enabled));
    for (const c of enabled)
        warnings.push(...(0, disaster_recovery_rules_1.restorePairWarnings)(c, (0, cross_field_rules_1.effectiveClickhouseBackend)(c)));
    warnings.push(...inertKeyProblems(configs).map((p) => `${p.key} ${p.message}`));
    return warnings;
}
/**
 * The operator's chart (0.0.5, `certManager.enable` on) renders a cert-manager Issuer and
 * Certificate for its webhook: without `cert_manager_install` the cluster must already run
 * cert-manager, and nothing in the config says it does (both installs serve the whole cluster, so
 * one instance's `cert_manager_install` covers every instance).
 */
function certManagerWarnings(configs) {
    const installers = configs.filter((c) => c.clickhouse_operator_install).map((c) => c.langfuse_instance_name);
    if (installers.length === 0 || configs.some((c) => c.cert_manager_install))
        return [];
    const which = configs.length > 1 ? `instances ${installers.join(', ')}: ` : '';
    return [`${which}clickhouse_operator_install without cert_manager_install: the operator's chart needs cert-manager (its webhook certificate is a cert-manager `
            + 'Certificate), and the clickhouse-operator Kustomization does not wait for one. Set cert_manager_install: true unless the cluster already runs cert-manager.'];
}
/**
 * Reminders while a restore is configured: CloudNativePG recovers only a Cluster it creates, and the
 * ClickHouse restore Job refuses a database that has tables, so on a running install the keys do
 * nothing but wait to be removed.
 */
function restoreWarnings(configs) {
    return configs.filter((c) => c.langfuse_backup_enabled && (c.langfuse_postgres_restore_from || c.langfuse_clickhouse_restore_from)).map((c) => {
        const what = [c.langfuse_postgres_restore_from ? 'langfuse_postgres_restore_from' : '', c.langfuse_clickhouse_restore_from ? 'langfuse_clickhouse_restore_from' : '']
            .filter((k) => k !== '').join(' and ');
        return `${c.langfuse_instance_name}: ${what} restore only into a new cluster: CloudNativePG reads bootstrap only when it creates the Cluster (it ignores it on an existing one), `
            + 'and the ClickHouse restore Job refuses a database that already has tables. Remove the key once Langfuse runs on the restored data '
            + '(keep langfuse_postgres_backup_server_name); npm run cli -- doctor restore prints every step.'
            + (c.langfuse_clickhouse_restore_from && (0, cross_field_rules_1.effectiveClickhouseBackend)(c) === 'bundled'
                ? ' With the bundled ClickHouse, langfuse_clickhouse_restore_from also holds web and worker at 0 replicas until it is removed: Langfuse serves nothing meanwhile.'
                : '');
    });
}
/**
 * The keys the config file sets that do nothing (see `GATED_KEYS`), as config problems: warnings
 * for synth, validate --config and explain, errors with --strict (see {@link assertNoInertKeys}).
 * With several instances, each key is named with its instance, like `instances[1].dragonfly_acl_enabled`.
 */
function inertKeyProblems(configs) {
    return configs.flatMap((c, i) => {
        const set = (0, load_1.keysSetIn)(c);
        if (!set)
            return [];
        const where = configs.length > 1 ? `instances[${i}].` : '';
        return (0, inert_keys_1.inertKeys)(c, set).map((k) => ({ key: `${where}${k.key}`, message: k.message }));
    });
}
/** `--strict`: a key that does nothing is an error (exit 2), all of them listed at once. */
function assertNoInertKeys(configs, source) {
    const problems = inertKeyProblems(configs);
    if (problems.length > 0)
        throw new errors_1.ConfigError(source, problems.map((p) => ({ ...p, message: `${p.message} (--strict)` })));
}
