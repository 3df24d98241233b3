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
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadSwitchTargets = loadSwitchTargets;
exports.switchRunbook = switchRunbook;
exports.referenceIdentityProblems = referenceIdentityProblems;
exports.renderSwitchRunbook = renderSwitchRunbook;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cdk8s_1 = require("cdk8s");
const object_storage_1 = require("../../lib/backends/object-storage");
const redis_backend_1 = require("../../lib/backends/redis-backend");
const encrypted_config_1 = require("../../lib/config/encrypted-config");
const reserved_names_1 = require("../../lib/config/reserved-names");
const flux_app_chart_1 = require("../../lib/flux/flux-app-chart");
const keycloak_client_1 = require("../../lib/identity/keycloak-client");
const keycloak_config_cli_job_1 = require("../../lib/identity/keycloak-config-cli-job");
const keycloak_service_account_client_1 = require("../../lib/identity/keycloak-service-account-client");
const file_placement_1 = require("../../lib/output/file-placement");
const owned_manifest_1 = require("../../lib/output/owned-manifest");
const cnpg_backup_1 = require("../../lib/postgres/cnpg-backup");
const reference_layout_1 = require("../../lib/reference/reference-layout");
const sops_secret_1 = require("../../lib/secrets/sops-secret");
const shell_quote_1 = require("../../lib/shell-quote");
const upgrade_path_1 = require("../../lib/upgrade/upgrade-path");
const cli_errors_1 = require("./cli-errors");
const doctor_1 = require("./doctor");
const explain_1 = require("./explain");
const kubectl = (...args) => (0, shell_quote_1.shellCommand)('kubectl', ...args);
const flux = (...args) => (0, shell_quote_1.shellCommand)('flux', ...args);
/** The pinned redis-cli image of the queue check pod. */
const REDIS_CLI_IMAGE = 'redis:7.4.2-alpine';
/**
 * Every instance of a config file (plain or encrypted), with the side apps written next to it.
 * @param treeRoot the reference repository: its namespace folders' `namespace:` decide where the Kustomizations live (@default - none read)
 */
async function loadSwitchTargets(configPath, env = process.env, treeRoot) {
    const encryptedConfig = (0, encrypted_config_1.isEncryptedConfigText)(fs.readFileSync(configPath, 'utf8'));
    return (await (0, explain_1.loadLangfuse)(configPath, env, treeRoot)).map((loaded) => {
        const names = new Set(Object.values((0, reserved_names_1.sideApps)(loaded.chart.appName)));
        const sideCharts = loaded.chart.node.scope.node.children
            .filter((c) => c instanceof flux_app_chart_1.FluxAppChart)
            .filter((c) => c !== loaded.chart && names.has(c.appName));
        return { ...loaded, sideApps: sideCharts, encryptedConfig };
    });
}
/**
 * The ordered runbook that switches a cluster running the reference deployment to this tool's tree
 * for one instance, with this config's names: a base backup first, prune protection on the old
 * objects, the reference's Kustomization suspended, the BullMQ queues drained before the Redis key
 * prefix changes, the Dragonfly password on both sides, the Keycloak config Job patched, the new
 * tree committed with --adopt, checks, and only then the reference's files removed. Every value is
 * shell-quoted; rollbacks are comments.
 */
function switchRunbook(target, configPath) {
    const { chart, props, sideApps } = target;
    if (chart.upgradeStep !== upgrade_path_1.UpgradeStep.BUNDLED) {
        // The reference's traces are in the chart's bundled ClickHouse: only the staged upgrade moves them (synth --adopt would refuse the jump too).
        throw new cli_errors_1.UserError(`${chart.appName}: the switch from the reference deployment keeps its Langfuse v3 on the chart's bundled ClickHouse, which holds its traces `
            + `(langfuse_version: 3, langfuse_clickhouse_backend: bundled, as import-reference writes them); this config is at upgrade stage ${chart.upgradeStep}. `
            + 'Switch with those values first, then move on with langfuse-cdk8s upgrade plan');
    }
    const identity = referenceIdentityProblems(target);
    if (identity.length > 0) {
        throw new cli_errors_1.UserError(`${chart.appName}: the switch takes over the reference deployment's objects by their names, and this config names others: ${identity.join('; ')}. `
            + 'import-reference writes these keys from the reference\'s cluster.yaml; set them back, or the runbook would protect, suspend and adopt objects the reference does not have');
    }
    const ns = chart.names.namespace;
    const cluster = chart.names.postgresCluster;
    const ks = chart.kustomization;
    const web = `deploy/${chart.names.webService}`;
    const secrets = chart.node.findAll().filter((c) => c instanceof sops_secret_1.SopsSecret).map((s) => s.name);
    // the reference's own names (the identity check above makes this config's the same)
    const stateful = [`clusters.postgresql.cnpg.io/${reference_layout_1.REFERENCE_POSTGRES.cluster}`, `databases.postgresql.cnpg.io/${reference_layout_1.REFERENCE_POSTGRES.databaseObject}`,
        ...(chart.backup?.objectStore ? [`objectstores.barmancloud.cnpg.io/${chart.backup.objectStore.name}`] : []),
        ...[chart.names.secrets.postgres, ...(props.backup ? [chart.names.secrets.backup] : [])].map((s) => `secrets/${s}`)];
    const steps = [];
    const backupName = `${cluster}-before-switch`;
    const primary = `"$(${kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={.status.currentPrimary}')})"`;
    const dump = `${kubectl('exec', '-n', ns, primary, '-c', 'postgres', '--', 'pg_dump', '-Fc', '-d', chart.names.postgresDatabase).replace((0, shell_quote_1.shellQuote)(primary), primary)}`
        + ` > ${(0, shell_quote_1.shellQuote)(`${backupName}.dump`)}   # a logical dump on this machine, whatever the object store holds`;
    const method = chart.backup?.method.kind;
    const physical = method === 'plugin'
        ? [kubectl('cnpg', 'backup', '-n', ns, cluster, '--backup-name', backupName, '--method', 'plugin', '--plugin-name', cnpg_backup_1.BARMAN_CLOUD_PLUGIN_NAME)
                + '   # kubectl\'s cnpg plugin: a Backup object, a base backup into the ObjectStore']
        : method === 'barmanObjectStore'
            ? [kubectl('cnpg', 'backup', '-n', ns, cluster, '--backup-name', backupName) + '   # kubectl\'s cnpg plugin: a base backup with the in-tree barmanObjectStore']
            : [];
    steps.push({
        title: 'Back up first: a base backup of the Postgres cluster (the reference archived WAL but never took one)',
        why: `the switch keeps ${cluster} and its volumes, but nothing else protects the data if a step goes wrong; record the Cluster's UID to prove later that it was never recreated`,
        commands: [`${kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={.metadata.uid}')} > ${(0, shell_quote_1.shellQuote)(`${cluster}.uid`)}`, ...physical, dump],
        check: [
            ...(physical.length > 0 ? [kubectl('get', 'backups.postgresql.cnpg.io', '-n', ns, backupName, '-o', 'jsonpath={.status.phase}{"\\n"}') + '   # expect: completed'] : []),
            `${(0, shell_quote_1.shellCommand)('pg_restore', '--list', `${backupName}.dump`)} | head   # the dump is readable (pg_restore restores it)`,
        ],
        rollback: ['nothing changed yet'],
    });
    steps.push({
        title: 'Protect the reference\'s stateful objects from Flux prune',
        why: 'the reference\'s Cluster, Database, ObjectStore and their Secrets carry no prune protection; this tree\'s do, but only once it is applied',
        commands: stateful.map((o) => kubectl('annotate', '-n', ns, o, 'kustomize.toolkit.fluxcd.io/prune=disabled', '--overwrite')),
        check: [kubectl('get', '-n', ns, ...stateful, '-o', 'custom-columns=NAME:.metadata.name,PRUNE:.metadata.annotations.kustomize\\.toolkit\\.fluxcd\\.io/prune')],
        rollback: stateful.map((o) => kubectl('annotate', '-n', ns, o, 'kustomize.toolkit.fluxcd.io/prune-')),
    });
    steps.push({
        title: `Suspend the reference's Kustomization ${reference_layout_1.REFERENCE_KUSTOMIZATION.namespace}/${reference_layout_1.REFERENCE_KUSTOMIZATION.name}`,
        why: `this tree's Kustomization is the same object (${ks.namespace}/${ks.name}): suspended, it applies nothing until the new tree is in place`,
        commands: [flux('suspend', 'kustomization', reference_layout_1.REFERENCE_KUSTOMIZATION.name, '-n', reference_layout_1.REFERENCE_KUSTOMIZATION.namespace)],
        check: [`${flux('get', 'kustomizations', '-n', reference_layout_1.REFERENCE_KUSTOMIZATION.namespace, reference_layout_1.REFERENCE_KUSTOMIZATION.name)}   # SUSPENDED True`],
        rollback: [flux('resume', 'kustomization', reference_layout_1.REFERENCE_KUSTOMIZATION.name, '-n', reference_layout_1.REFERENCE_KUSTOMIZATION.namespace)],
    });
    const redis = props.redis;
    if (redis instanceof redis_backend_1.DragonflyBackend && redis.keyPrefix !== undefined) {
        // runs in the throwaway pod; every value comes from its environment, none is part of the script
        const count = 'r() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --user "$REDIS_USER" "$@"; }; total=0; '
            + 'for p in wait active paused prioritized delayed; do for k in $(r --scan --pattern "bull:*:$p"); do '
            + 'case "$(r type "$k")" in list) n=$(r llen "$k");; zset) n=$(r zcard "$k");; *) n=0;; esac; '
            + 'echo "$k $n"; total=$((total + n)); done; done; echo "jobs left: $total"';
        const countJobs = (0, doctor_1.throwawayPod)({
            name: 'langfuse-queue-check',
            namespace: ns,
            image: REDIS_CLI_IMAGE,
            script: count,
            env: [
                { name: 'REDISCLI_AUTH', valueFrom: { secretKeyRef: { name: chart.names.secrets.redis, key: 'password' } } },
                { name: 'REDIS_HOST', value: redis.host },
                { name: 'REDIS_PORT', value: String(redis.port) },
                { name: 'REDIS_USER', value: redis.username },
            ],
        });
        steps.push({
            title: `Drain the BullMQ queues before the Redis key prefix changes to ${redis.keyPrefix}`,
            why: `the reference's Langfuse queues jobs under unprefixed keys (bull:*); this tree's reads only ${redis.keyPrefix}*: jobs left behind are never processed. `
                + 'Stop ingestion (web), let the worker empty the queues, then switch (a throwaway redis-cli pod counts them with Langfuse\'s own credentials; '
                + 'allow it in enforced policies)',
            commands: [kubectl('scale', '-n', ns, web, '--replicas=0'), countJobs],
            check: [`${countJobs}   # repeat until "jobs left: 0"`],
            rollback: [kubectl('scale', '-n', ns, web, `--replicas=${props.web?.replicas ?? 1}`)],
        });
    }
    if (redis instanceof redis_backend_1.DragonflyBackend) {
        const acl = props.dragonflyAcl?.secretName ?? 'dragonfly-acl';
        const key = 'dragonfly_langfuse_password';
        // prints a digest of each file's value, never the value (an encrypted config is read through langfuse-cdk8s decrypt)
        const value = (file, encrypted) => `${encrypted ? (0, shell_quote_1.shellCommand)('langfuse-cdk8s', 'decrypt', file) : (0, shell_quote_1.shellCommand)('cat', file)} `
            + `| sed -n ${(0, shell_quote_1.shellQuote)(`s/^${key}:[[:space:]]*//p`)} | tr -d ${(0, shell_quote_1.shellQuote)('"\'\r')} | sha256sum`;
        const encrypted = target.encryptedConfig === true;
        steps.push({
            title: 'The Dragonfly password on both sides',
            why: `Langfuse authenticates as "${redis.username}" with ${key}; the reference's acl.conf (${reference_layout_1.REFERENCE_DRAGONFLY.namespace}/${reference_layout_1.REFERENCE_DRAGONFLY.aclSecret}) `
                + 'keeps the same user until Dragonfly reads this tree\'s ACL. Keep the value equal in the reference\'s cluster.yaml and in this config: the two digests below must be '
                + 'equal (only digests reach the terminal). To rotate it, run the commented commands (a new value in both files, the reference\'s acl.conf re-rendered, Dragonfly restarted; '
                + 'Langfuse reconnects once Flux applied the new Secret). To move Dragonfly to this tree\'s ACL '
                + `(${acl}, which keeps the other users of dragonfly_acl_extra_users), point the Dragonfly CR's aclFromSecret at it`,
            commands: [
                `printf 'cluster.yaml  '; ${value('cluster.yaml', false)}`,
                `printf '%s  ' ${(0, shell_quote_1.shellQuote)(configPath)}; ${value(configPath, encrypted)}`,
                (0, doctor_1.shellComment)('to rotate it (the new value is never typed or printed: it stays in a shell variable until unset):'),
                (0, doctor_1.shellComment)('  new="$(openssl rand -hex 24)"'),
                // the shell gets "\"$new\"": sops set takes a JSON value (a JSON string), sed writes a quoted YAML string
                (0, doctor_1.shellComment)(`  sed -i "s|^${key}:.*|${key}: \\"$new\\"|" cluster.yaml`),
                (0, doctor_1.shellComment)(encrypted
                    ? `  sops set ${(0, shell_quote_1.shellQuote)(configPath)} '["${key}"]' "\\"$new\\""   # the config stays encrypted`
                    : `  sed -i "s|^${key}:.*|${key}: \\"$new\\"|" ${(0, shell_quote_1.shellQuote)(configPath)}`),
                (0, doctor_1.shellComment)('  unset new; task configure   # re-renders the reference\'s dragonfly-auth acl.conf'),
                (0, doctor_1.shellComment)(`  ${(0, shell_quote_1.shellCommand)('langfuse-cdk8s', 'synth', '--config', configPath, '--out', '.')}   # once the switch is committed (step 7); before it, step 7's synth takes the new value`),
                (0, doctor_1.shellComment)(`  git commit -am 'Rotate the Dragonfly password of Langfuse' && git push && ${kubectl('delete', 'pod', '-n', reference_layout_1.REFERENCE_DRAGONFLY.namespace, '-l', 'app=dragonfly')}`),
                kubectl('patch', 'dragonflies.dragonflydb.io', '-n', reference_layout_1.REFERENCE_DRAGONFLY.namespace, reference_layout_1.REFERENCE_DRAGONFLY.cr, '--type=merge', '-p', JSON.stringify({ spec: { aclFromSecret: { name: acl, key: reference_layout_1.REFERENCE_DRAGONFLY.aclKey } } }))
                    + '   # optional, and also in the reference\'s dragonfly-cr.yaml.j2, or Flux reverts it',
                kubectl('delete', 'pod', '-n', reference_layout_1.REFERENCE_DRAGONFLY.namespace, '-l', 'app=dragonfly') + '   # Dragonfly reads the ACL at start',
            ],
            check: [`langfuse-cdk8s doctor --config ${(0, shell_quote_1.shellQuote)(configPath)}   # section "Worker not processing events": the ACL probe`],
            rollback: [kubectl('patch', 'dragonflies.dragonflydb.io', '-n', reference_layout_1.REFERENCE_DRAGONFLY.namespace, reference_layout_1.REFERENCE_DRAGONFLY.cr, '--type=merge', '-p', JSON.stringify({ spec: { aclFromSecret: { name: reference_layout_1.REFERENCE_DRAGONFLY.aclSecret, key: reference_layout_1.REFERENCE_DRAGONFLY.aclKey } } }))],
        });
    }
    const keycloakApp = sideApps.find((a) => a.node.findAll().some((c) => c instanceof keycloak_client_1.KeycloakClient || c instanceof keycloak_service_account_client_1.KeycloakServiceAccountClient));
    if (keycloakApp) {
        const clients = keycloakApp.node.findAll().filter((c) => c instanceof keycloak_client_1.KeycloakClient || c instanceof keycloak_service_account_client_1.KeycloakServiceAccountClient);
        const ids = clients.map((c) => c.clientId);
        const job = keycloakApp.node.findAll().find((c) => c instanceof keycloak_config_cli_job_1.KeycloakConfigCliJob);
        const ref = reference_layout_1.REFERENCE_KEYCLOAK_CONFIG_JOB;
        // the SSO client is a KeycloakClient, the role sync's a service-account client: each has its own cluster.yaml flag
        const flags = [
            ...(clients.some((c) => c instanceof keycloak_client_1.KeycloakClient) ? ['langfuse_sso_enabled'] : []),
            ...(clients.some((c) => c instanceof keycloak_service_account_client_1.KeycloakServiceAccountClient) ? ['langfuse_scim_sync_enabled'] : []),
        ];
        const keep = `Keep the reference's own ${ids.join(' and ')} client${ids.length > 1 ? 's' : ''} in its realm file (${flags.join(' and ')} on in cluster.yaml): `
            + `its Job ${ref.namespace}/${ref.job} imports with keycloak-config-cli's defaults (import.managed.client=full, remote state under the cache key "default") and deletes `
            + 'a client of its own state as soon as its realm file stops listing it';
        steps.push(job ? {
            title: `Keycloak: this tree's Job ${ref.namespace}/${job.name} imports the Langfuse client${ids.length > 1 ? 's' : ''} (${ids.join(', ')}); the reference's Job stays as it is`,
            why: `${job.name} mounts only this tree's fragments and imports with its own cache key (IMPORT_CACHE_KEY=${job.name}, so its remote state is not the reference's) and `
                + 'IMPORT_MANAGED_CLIENT=no-delete: it creates and updates its clients and deletes none. Nothing is added to the reference\'s import run (each file of a run '
                + `would delete the clients of the others). ${keep}. If you ever drop them there, run this Job again right after the reference's Job ran (the rollback line below)`,
            commands: [`${kubectl('get', 'secret', '-n', ref.namespace, 'keycloak-admin-credentials', '-o', 'jsonpath={.data.username}')} >/dev/null && echo admin user found   # the Job logs in with it (keys username, password)`],
            check: [
                kubectl('wait', '-n', ref.namespace, '--for=condition=complete', `job/${job.name}`, '--timeout=10m') + '   # after step 7 applied it',
                kubectl('logs', '-n', ref.namespace, `job/${job.name}`, '--tail=50') + '   # the import names the Langfuse client(s) and ends without error',
            ],
            rollback: [
                `${kubectl('delete', 'job', '-n', ref.namespace, job.name)} && ${flux('reconcile', 'kustomization', keycloakApp.kustomization.name, '-n', keycloakApp.kustomization.namespace ?? 'flux-system')}   # re-runs it`,
            ],
        } : {
            title: 'Keycloak: keep the reference\'s Langfuse client',
            why: `this config's fragments (${clients.map((c) => c.name).join(', ')}) are for a config Job that mounts them, which the reference's ${ref.namespace}/${ref.job} does not. `
                + `${keep}. To have this tree import them with a Job of its own that deletes no client, set keycloak_client_form: config-cli-job (import-reference writes it)`,
            commands: [(0, doctor_1.shellComment)('nothing to run: the reference\'s Job keeps importing its own client')],
            rollback: ['nothing changed'],
        });
    }
    // synth lists each app's ks.yaml in its namespace folder's kustomization.yaml (--adopt merges the entries into the reference's)
    const apps = [chart, ...sideApps];
    const parents = [...new Set(apps.map((a) => `${path.posix.dirname(a.appDirectory)}/kustomization.yaml`))].sort();
    const placed = sideApps.map((a) => `${a.kustomization.namespace}/${a.kustomization.name}`).join(', ');
    steps.push({
        title: 'Commit the new tree over the reference\'s files (--adopt) and resume',
        why: `synth writes ${chart.appDirectory} at the reference's paths and takes the reference's files over; the Kustomization keeps its identity `
            + `(${ks.namespace}/${ks.name}), the Cluster ${cluster}, the Secrets and the Services keep their names, so nothing is recreated. `
            + `It also lists every app's ks.yaml in its namespace folder's kustomization.yaml (${parents.join(', ')}: --adopt merges the entries and keeps every other line) `
            + `and names each Kustomization in the namespace that folder's namespace: gives it${placed ? ` (${placed})` : ''}, where every dependsOn looks for it. `
            + 'Add the same entries to those files\' templates (templates/config/<folder>/kustomization.yaml.j2), or the next "task configure" drops them: '
            + 'git diff --cached shows them after the git add',
        commands: [
            (0, shell_quote_1.shellCommand)('langfuse-cdk8s', 'synth', '--config', configPath, '--out', '.', '--adopt'),
            (0, shell_quote_1.shellCommand)('langfuse-cdk8s', 'validate', '.'),
            (0, shell_quote_1.shellCommand)('git', 'add', ...apps.map((a) => a.appDirectory), ...parents, owned_manifest_1.OWNED_FILES_MANIFEST),
            (0, shell_quote_1.shellCommand)('git', 'commit', '-m', 'Switch Langfuse to langfuse-cdk8s'),
            (0, shell_quote_1.shellCommand)('git', 'push'),
            flux('resume', 'kustomization', reference_layout_1.REFERENCE_KUSTOMIZATION.name, '-n', reference_layout_1.REFERENCE_KUSTOMIZATION.namespace),
            flux('reconcile', 'kustomization', 'cluster-apps', '-n', 'flux-system', '--with-source'),
        ],
        check: [
            flux('get', 'kustomizations', '-A'),
            `test "$(${kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={.metadata.uid}')})" = "$(cat ${(0, shell_quote_1.shellQuote)(`${cluster}.uid`)})" && echo same cluster`,
            kubectl('get', 'helmreleases.helm.toolkit.fluxcd.io', '-n', ns, chart.release.releaseName),
            kubectl('get', 'secrets', '-n', ns, ...secrets),
            `langfuse-cdk8s doctor --config ${(0, shell_quote_1.shellQuote)(configPath)}   # every check of the running deployment`,
        ],
        rollback: [(0, shell_quote_1.shellCommand)('git', 'revert', '--no-edit', 'HEAD'), (0, shell_quote_1.shellCommand)('git', 'push'), flux('reconcile', 'kustomization', 'cluster-apps', '-n', 'flux-system', '--with-source')],
    });
    const stale = reference_layout_1.REFERENCE_APP_FILES.map((f) => `${reference_layout_1.REFERENCE_PATHS.app}/${f}`).filter((f) => !ownedFiles(chart).includes(f));
    steps.push({
        title: 'Then remove the reference\'s files',
        why: 'the reference\'s templates would render the app again on the next "task configure", and its files that this tree does not write stay in the folder '
            + `(Flux ignores them: the kustomization.yaml does not list them). Keep langfuse_enabled: true in cluster.yaml while its neighbours' templates still read it, `
            + 'and delete the Langfuse route from envoy-gateway\'s httproutes.yaml.j2 once this tree\'s route is Ready',
        commands: [
            (0, shell_quote_1.shellCommand)('git', 'rm', '-r', '--ignore-unmatch', reference_layout_1.REFERENCE_PATHS.templates),
            (0, shell_quote_1.shellCommand)('git', 'rm', '--ignore-unmatch', ...stale),
            (0, shell_quote_1.shellCommand)('git', 'commit', '-m', 'Remove the reference deployment\'s Langfuse templates'),
            (0, shell_quote_1.shellCommand)('git', 'push'),
        ],
        check: [(0, shell_quote_1.shellCommand)('task', 'configure') + '   # renders nothing under ' + reference_layout_1.REFERENCE_PATHS.app, (0, shell_quote_1.shellCommand)('git', 'status', '--short', reference_layout_1.REFERENCE_PATHS.app)],
        rollback: [(0, shell_quote_1.shellCommand)('git', 'revert', '--no-edit', 'HEAD'), (0, shell_quote_1.shellCommand)('git', 'push')],
    });
    return steps;
}
/**
 * Where this config would name an object differently from the reference deployment (each as
 * `key: value (the reference: value)`): its namespace, its Kustomization, its Postgres cluster and
 * Database object, its decryption and the dependsOn entries of the services it uses.
 */
function referenceIdentityProblems({ chart, props, config }) {
    const dependency = (key, reference) => [[key, config[key], reference]];
    const checks = [
        ['langfuse_namespace', chart.names.namespace, reference_layout_1.REFERENCE_NAMESPACE],
        ['flux_kustomization_namespace', chart.kustomization.namespace, reference_layout_1.REFERENCE_KUSTOMIZATION.namespace],
        ['langfuse_instance_name', chart.kustomization.name, reference_layout_1.REFERENCE_KUSTOMIZATION.name],
        ['cnpg_database_object_name', config.cnpg_database_object_name ?? `${chart.names.postgresCluster}-${chart.names.postgresDatabase}`, reference_layout_1.REFERENCE_POSTGRES.databaseObject],
        ['flux_sops_secret_name', config.flux_sops_secret_name, ''],
        ...dependency('cnpg_flux_dependency', reference_layout_1.REFERENCE_DEPENDENCIES.cnpg),
        ...dependency('coredns_flux_dependency', reference_layout_1.REFERENCE_DEPENDENCIES.coredns),
        ...(props.redis instanceof redis_backend_1.DragonflyBackend ? dependency('dragonfly_flux_dependency', reference_layout_1.REFERENCE_DEPENDENCIES.dragonfly) : []),
        ...(props.objectStorage instanceof object_storage_1.ExternalObjectStorage ? dependency('rustfs_flux_dependency', reference_layout_1.REFERENCE_DEPENDENCIES.rustfs) : []),
        ...(props.sso || props.roleSync ? dependency('keycloak_flux_dependency', reference_layout_1.REFERENCE_DEPENDENCIES.keycloak) : []),
        ...(props.backup ? dependency('barman_cloud_flux_dependency', reference_layout_1.REFERENCE_DEPENDENCIES.barmanCloud) : []),
    ];
    return checks.filter(([, value, reference]) => (value ?? '') !== reference)
        .map(([key, value, reference]) => `${key}: ${JSON.stringify(value ?? '')} (the reference: ${JSON.stringify(reference)})`);
}
/** The files synth writes for the Langfuse app (relative to the tree root). */
function ownedFiles(chart) {
    const files = new Set([`${chart.appDirectory}/ks.yaml`, `${chart.appDirectory}/app/kustomization.yaml`]);
    for (const obj of chart.node.findAll().filter(cdk8s_1.ApiObject.isApiObject)) {
        const file = (0, file_placement_1.fileOf)(obj);
        if (file !== file_placement_1.KS_FILE)
            files.add(`${chart.appDirectory}/app/${file}`);
    }
    return [...files];
}
/** The steps as shell text: `##` titles, `#` notes, the commands, and the rollback as comments. */
function renderSwitchRunbook(steps) {
    return steps.map((step, i) => [
        (0, doctor_1.shellComment)(`${i + 1}. ${step.title}`, '##'),
        (0, doctor_1.shellComment)(step.why),
        ...step.commands,
        ...(step.check && step.check.length > 0 ? [(0, doctor_1.shellComment)('check:'), ...step.check] : []),
        (0, doctor_1.shellComment)('rollback of this step:'),
        ...step.rollback.map((r) => (0, doctor_1.shellComment)(`  ${r}`)),
    ].join('\n')).join('\n\n');
}
