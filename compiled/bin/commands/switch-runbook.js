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
exports.renderSwitchRunbook = renderSwitchRunbook;
const path = __importStar(require("path"));
const cdk8s_1 = require("cdk8s");
const redis_backend_1 = require("../../lib/backends/redis-backend");
const reserved_names_1 = require("../../lib/config/reserved-names");
const flux_app_chart_1 = require("../../lib/flux/flux-app-chart");
const keycloak_client_1 = require("../../lib/identity/keycloak-client");
const keycloak_config_job_patch_1 = require("../../lib/identity/keycloak-config-job-patch");
const keycloak_service_account_client_1 = require("../../lib/identity/keycloak-service-account-client");
const file_placement_1 = require("../../lib/output/file-placement");
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
/** Every instance of a config file (plain or encrypted), with the side apps written next to it. */
async function loadSwitchTargets(configPath, env = process.env) {
    return (await (0, explain_1.loadLangfuse)(configPath, env)).map((loaded) => {
        const names = new Set(Object.values((0, reserved_names_1.sideApps)(loaded.chart.appName)));
        const sideCharts = loaded.chart.node.scope.node.children
            .filter((c) => c instanceof flux_app_chart_1.FluxAppChart)
            .filter((c) => c !== loaded.chart && names.has(c.appName));
        return { ...loaded, sideApps: sideCharts };
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
    const { chart, props, config, sideApps } = target;
    if (chart.upgradeStep !== upgrade_path_1.UpgradeStep.BUNDLED) {
        // The reference's traces are in the chart's bundled ClickHouse: only the staged upgrade moves them (synth --adopt would refuse the jump too).
        throw new cli_errors_1.UserError(`${chart.appName}: the switch from the reference deployment keeps its Langfuse v3 on the chart's bundled ClickHouse, which holds its traces `
            + `(langfuse_version: 3, langfuse_clickhouse_backend: bundled, as import-reference writes them); this config is at upgrade stage ${chart.upgradeStep}. `
            + 'Switch with those values first, then move on with langfuse-cdk8s upgrade plan');
    }
    const ns = chart.names.namespace;
    const cluster = chart.names.postgresCluster;
    const ks = chart.kustomization;
    const web = `deploy/${chart.names.webService}`;
    const secrets = chart.node.findAll().filter((c) => c instanceof sops_secret_1.SopsSecret).map((s) => s.name);
    const stateful = [`clusters.postgresql.cnpg.io/${cluster}`, `databases.postgresql.cnpg.io/${config.cnpg_database_object_name ?? `${cluster}-${chart.names.postgresDatabase}`}`,
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
        steps.push({
            title: 'The Dragonfly password on both sides',
            why: `Langfuse authenticates as "${redis.username}" with dragonfly_langfuse_password; the reference's acl.conf (${reference_layout_1.REFERENCE_DRAGONFLY.namespace}/${reference_layout_1.REFERENCE_DRAGONFLY.aclSecret}) `
                + 'keeps the same user until Dragonfly reads this tree\'s ACL. Keep the value equal in the reference\'s cluster.yaml and in this config; to rotate it, '
                + `change both, run "task configure", commit, and roll Dragonfly (it reads the ACL at start). To move Dragonfly to this tree's ACL (${props.dragonflyAcl?.secretName ?? 'dragonfly-acl'}, `
                + 'which keeps the other users of dragonfly_acl_extra_users), point the Dragonfly CR\'s aclFromSecret at it',
            commands: [
                `${(0, shell_quote_1.shellCommand)('grep', '-n', 'dragonfly_langfuse_password', 'cluster.yaml', configPath)}   # the same value in both (compare by eye; never paste it into a terminal log)`,
                kubectl('patch', 'dragonflies.dragonflydb.io', '-n', reference_layout_1.REFERENCE_DRAGONFLY.namespace, reference_layout_1.REFERENCE_DRAGONFLY.cr, '--type=merge', '-p', JSON.stringify({ spec: { aclFromSecret: { name: props.dragonflyAcl?.secretName ?? 'dragonfly-acl', key: reference_layout_1.REFERENCE_DRAGONFLY.aclKey } } }))
                    + '   # optional, and also in the reference\'s dragonfly-cr.yaml.j2, or Flux reverts it',
                kubectl('delete', 'pod', '-n', reference_layout_1.REFERENCE_DRAGONFLY.namespace, '-l', 'app=dragonfly') + '   # Dragonfly reads the ACL at start',
            ],
            check: [`langfuse-cdk8s doctor --config ${(0, shell_quote_1.shellQuote)(configPath)}   # section "Worker not processing events": the ACL probe`],
            rollback: [kubectl('patch', 'dragonflies.dragonflydb.io', '-n', reference_layout_1.REFERENCE_DRAGONFLY.namespace, reference_layout_1.REFERENCE_DRAGONFLY.cr, '--type=merge', '-p', JSON.stringify({ spec: { aclFromSecret: { name: reference_layout_1.REFERENCE_DRAGONFLY.aclSecret, key: reference_layout_1.REFERENCE_DRAGONFLY.aclKey } } }))],
        });
    }
    const keycloakApp = sideApps.find((a) => a.node.findAll().some((c) => c instanceof keycloak_client_1.KeycloakClient || c instanceof keycloak_service_account_client_1.KeycloakServiceAccountClient));
    if (keycloakApp) {
        const fragments = keycloakApp.node.findAll().filter((c) => c instanceof keycloak_client_1.KeycloakClient || c instanceof keycloak_service_account_client_1.KeycloakServiceAccountClient);
        const job = reference_layout_1.REFERENCE_KEYCLOAK_CONFIG_JOB;
        const patchFile = `${job.folder}/langfuse-cdk8s-patch.yaml`;
        const patch = (0, keycloak_config_job_patch_1.keycloakConfigJobPatchYaml)({ name: job.job, namespace: job.namespace, container: job.container, volume: job.volume, realmConfigMap: job.realmConfigMap, envFromSecrets: [job.realmSecret] }, { configMaps: fragments.map((f) => f.name), secrets: fragments.map((f) => f.secret.name) });
        steps.push({
            title: 'Let the reference\'s keycloak-config-cli Job read this tree\'s Keycloak clients',
            why: `the Job ${job.namespace}/${job.job} mounts only ${job.realmConfigMap}; with its default managed mode it deletes a client it created once the client leaves its import, `
                + `so keep the reference's Langfuse client (langfuse_sso_enabled in cluster.yaml) until this patch is in: it projects ${fragments.map((f) => f.name).join(', ')} `
                + 'into /config and adds their Secrets to envFrom, so the same clients stay in every import. Add the patch to the Job\'s kustomization.yaml and its template',
            commands: [
                `cat > ${(0, shell_quote_1.shellQuote)(patchFile)} <<'LANGFUSE_CDK8S_PATCH'\n${patch}LANGFUSE_CDK8S_PATCH`,
                `${(0, shell_quote_1.shellCommand)('printf', '%s\\n', 'patches:', '  - path: langfuse-cdk8s-patch.yaml')} >> ${(0, shell_quote_1.shellQuote)(`${job.folder}/kustomization.yaml`)}   # and in its .j2 template`,
                (0, shell_quote_1.shellCommand)('kubectl', 'kustomize', job.folder),
            ],
            check: [kubectl('logs', '-n', job.namespace, `job/${job.job}`, '--tail=50') + '   # the import names the langfuse client(s) and ends without error'],
            rollback: [(0, shell_quote_1.shellCommand)('git', 'checkout', '--', `${job.folder}/kustomization.yaml`), (0, shell_quote_1.shellCommand)('rm', '-f', patchFile)],
        });
    }
    const parent = reference_layout_1.REFERENCE_PATHS.parentKustomization;
    const parentDir = path.posix.dirname(parent);
    const includes = sideApps.map((a) => {
        const relative = path.posix.relative(parentDir, `${a.appDirectory}/ks.yaml`);
        return `  - ${relative.startsWith('..') ? relative : `./${relative}`}`;
    });
    steps.push({
        title: 'Commit the new tree over the reference\'s files (--adopt) and resume',
        why: `synth writes ${chart.appDirectory} at the reference's paths and takes the reference's files over; the Kustomization keeps its identity `
            + `(${ks.namespace}/${ks.name}), the Cluster ${cluster}, the Secrets and the Services keep their names, so nothing is recreated. `
            + `The side apps' ks.yaml files go into ${parent} (and its template ${reference_layout_1.REFERENCE_PATHS.parentTemplate}), whose namespace: puts them next to ${ks.name}`,
        commands: [
            (0, shell_quote_1.shellCommand)('langfuse-cdk8s', 'synth', '--config', configPath, '--out', '.', '--adopt'),
            ...(includes.length > 0 ? [`${(0, shell_quote_1.shellCommand)('printf', '%s\\n', ...includes)} >> ${(0, shell_quote_1.shellQuote)(parent)}   # under resources:`] : []),
            (0, shell_quote_1.shellCommand)('langfuse-cdk8s', 'validate', '.'),
            (0, shell_quote_1.shellCommand)('git', 'add', chart.appDirectory, ...sideApps.map((a) => a.appDirectory), parent),
            (0, shell_quote_1.shellCommand)('git', 'commit', '-m', 'Switch Langfuse to langfuse-cdk8s'),
            (0, shell_quote_1.shellCommand)('git', 'push'),
            flux('resume', 'kustomization', reference_layout_1.REFERENCE_KUSTOMIZATION.name, '-n', reference_layout_1.REFERENCE_KUSTOMIZATION.namespace),
            flux('reconcile', 'kustomization', 'cluster-apps', '-n', 'flux-system', '--with-source'),
        ],
        check: [
            flux('get', 'kustomizations', '-n', ks.namespace),
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
