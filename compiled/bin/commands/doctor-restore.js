"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.restoreProcedure = restoreProcedure;
const object_storage_1 = require("../../lib/backends/object-storage");
const langfuse_disaster_recovery_1 = require("../../lib/backup/langfuse-disaster-recovery");
const langfuse_clickhouse_1 = require("../../lib/clickhouse/langfuse-clickhouse");
const recovery_plan_1 = require("../../lib/backup/recovery-plan");
const clickhouse_migration_stage_1 = require("../../lib/clickhouse/clickhouse-migration-stage");
const operator_conventions_1 = require("../../lib/clickhouse/operator-conventions");
const disaster_recovery_rules_1 = require("../../lib/config/disaster-recovery-rules");
const langfuse_v4_1 = require("../../lib/flux/langfuse-v4");
const shell_quote_1 = require("../../lib/shell-quote");
const kubectl = (...args) => (0, shell_quote_1.shellCommand)('kubectl', ...args);
/** A step that is a config edit: the lines to set, as a no-op command that prints them. */
const configEdit = (note, lines) => ({ note, command: `printf '%s\\n' ${lines.map(shell_quote_1.shellQuote).join(' ')}` });
/**
 * The full recovery of one instance from its backups, in order: what must exist first, the restore
 * keys of Postgres and ClickHouse in one commit, the checks of both stores in the order Flux restores
 * them, the object storage buckets, then Langfuse, with the commands and the checks. Every value is shell-quoted; the S3 keys are read from the operator's environment
 * (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`: the backup keys) and never printed.
 */
function restoreProcedure(loaded, configPath) {
    const { props, chart, config } = loaded;
    const ns = chart.names.namespace;
    const fluxNs = chart.kustomization.namespace;
    const plan = (0, recovery_plan_1.recoveryPlan)(props, chart);
    const synth = (0, shell_quote_1.shellCommand)('npm', 'run', 'cli', '--', 'synth', '--config', configPath);
    const explain = (0, shell_quote_1.shellCommand)('npm', 'run', 'cli', '--', 'explain', '--config', configPath);
    const reconcile = (name) => (0, shell_quote_1.shellCommand)('flux', 'reconcile', 'kustomization', name, '-n', fluxNs, '--with-source');
    const checks = [];
    const storage = props.objectStorage;
    const endpoint = storage instanceof object_storage_1.ExternalObjectStorage ? storage.endpoint : chart.endpoints.objectStorage;
    const region = storage instanceof object_storage_1.ExternalObjectStorage ? storage.region : 'us-east-1';
    const aws = (...args) => (0, shell_quote_1.shellCommand)('aws', '--endpoint-url', endpoint, '--region', region, ...args);
    const buckets = [props.buckets?.events ?? 'langfuse-events', props.buckets?.media ?? 'langfuse-media', props.buckets?.exports ?? 'langfuse-exports'];
    checks.push({
        title: '0. Before anything: a new cluster, and the backups it restores from',
        steps: [
            {
                note: 'Restore into a new cluster, or a namespace whose Langfuse objects (and volumes) are gone: nothing here restores in place. '
                    + 'First Flux, the sops-age Secret, CloudNativePG with the Barman Cloud plugin, the ClickHouse operator with cert-manager, and RustFS with the backup bucket; check the operators:',
                command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-A'),
            },
            ...(plan.postgres ? [{
                    note: `the Postgres base backups of the source (from a machine that reaches ${endpoint}, with the backup keys in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); `
                        + 'a target time must come after the end of the oldest one listed (the start of the recovery window) and before the last archived WAL',
                    command: aws('s3', 'ls', `${plan.postgres.restore?.sourceUrl ?? plan.postgres.backupUrl}/base/`),
                }] : []),
            ...(plan.clickhouse?.restore?.sourceUrl ?? plan.clickhouse?.backupUrl ? [{
                    note: 'the ClickHouse backups (a folder per backup, named by its UTC start time; complete ones have a .backup file)',
                    command: aws('s3', 'ls', `${plan.clickhouse?.restore?.sourceUrl ?? plan.clickhouse?.backupUrl}/`),
                }] : []),
            ...buckets.map((bucket) => ({ note: `bucket ${bucket} exists (restored in step 4 if it was lost)`, command: aws('s3', 'ls', `s3://${bucket}`) })),
        ],
    });
    // 1. The restore settings of both stores, in one commit: Flux orders the rest.
    const backupServer = plan.postgres?.backupUrl.split('/').pop() ?? chart.names.postgresCluster;
    const source = config.langfuse_postgres_restore_from ?? backupServer;
    const newServer = config.langfuse_postgres_restore_from ? backupServer : (0, disaster_recovery_rules_1.nextServerName)(backupServer);
    const cluster = chart.names.postgresCluster;
    const ch = clickhouseSteps(loaded, configPath, { synth, explain, reconcile, aws });
    const targetTime = config.langfuse_postgres_restore_target_time;
    const keys = [
        ...(plan.postgres ? [
            `langfuse_postgres_restore_from: ${source}`,
            `langfuse_postgres_backup_server_name: ${newServer}`,
            targetTime ? `langfuse_postgres_restore_target_time: "${targetTime}"` : '# langfuse_postgres_restore_target_time: "2026-11-30T21:15:00Z"',
        ] : []),
        ...ch.restoreKeys,
    ];
    const clickhouseFirst = ch.restoreKeys.length > 0 && !ch.startsOnRemoval;
    const order = clickhouseFirst
        ? 'Flux then restores ClickHouse first and creates the Postgres Cluster and Langfuse only after it (the Langfuse app waits for the restore app)'
        : ch.startsOnRemoval
            ? 'Flux then creates the Postgres Cluster from the backups and the HelmRelease with the bundled ClickHouse, web and worker at 0 replicas, then restores ClickHouse (the restore app waits for the Langfuse app); Langfuse starts once you remove the keys (step 5)'
            : 'Flux then creates the Postgres Cluster from the backups, and Langfuse with it';
    checks.push({
        title: '1. The restore settings of Postgres and ClickHouse: one edit, one commit',
        steps: [
            ...ch.leaveMigration,
            ...(keys.length > 0 ? [configEdit(`in ${configPath}, all at once: Postgres recovers from the source (a server name of the backup bucket, or s3://bucket/prefix/server) `
                    + 'into a new backup folder, to the target time if set (RFC 3339, within the recovery window of the base backups listed in step 0, not in the future; '
                    + 'unset: the latest archived state); the backup folder stays after the restore'
                    + (ch.restoreKeys.length > 0 ? '; ClickHouse restores the newest complete backup (or a folder listed in step 0, or <instance>/<backup> of another instance)' : ''), keys)] : []),
            { note: 'the recovery plan: rows "postgres recovery" (source, target time), "postgres backups" (the new folder) and "clickhouse restore"; synth refuses a new folder equal to the source', command: explain },
            ...(plan.postgres ? [{ note: 'the Cluster must not exist yet: CloudNativePG reads bootstrap only when it creates the Cluster, and ignores it on an existing one (expect NotFound)',
                    command: kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster) }] : []),
            { note: `write the tree, then commit and push it, with every restore key in the same commit: ${order}. `
                    + 'A commit with the Postgres keys alone starts Langfuse, whose migrations fill the new, empty ClickHouse, which then can no longer be restored', command: synth },
        ],
    });
    const postgresSteps = plan.postgres ? [
        { note: 'the recovery Job restores the base backup, then the instance replays WAL up to the target', command: kubectl('get', 'pods', '-n', ns, '-l', `cnpg.io/cluster=${cluster},cnpg.io/jobRole=full-recovery`) },
        { note: 'its log (barman-cloud-restore, then WAL replay)', command: kubectl('logs', '-n', ns, '-l', `cnpg.io/cluster=${cluster},cnpg.io/jobRole=full-recovery`, '--tail=50') },
        { note: 'the cluster is healthy: expect "Cluster in healthy state"', command: kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={.status.phase}{"\\n"}') },
        { note: 'the data is back: the projects Langfuse knew', command: kubectl('exec', '-n', ns, `${cluster}-1`, '-c', 'postgres', '--', 'psql', '-d', chart.names.postgresDatabase, '-c', 'SELECT count(*) FROM projects') },
        { note: 'it archives to the new folder: ContinuousArchiving=True', command: kubectl('get', 'clusters.postgresql.cnpg.io', '-n', ns, cluster, '-o', 'jsonpath={range .status.conditions[*]}{.type}={.status} {end}{"\\n"}') },
    ] : [{ note: 'Postgres has no backup with this config (langfuse_backup_enabled is off): it can only start empty', command: explain }];
    const postgres = {
        title: clickhouseFirst ? 'Postgres (CloudNativePG recovery: the Langfuse app creates the Cluster once the ClickHouse restore is done)' : 'Postgres (CloudNativePG recovery)',
        steps: postgresSteps,
    };
    const clickhouse = {
        title: clickhouseFirst ? 'ClickHouse (Flux restores it first)' : ch.startsOnRemoval ? 'ClickHouse (restored once the Langfuse app is Ready, Langfuse held at 0 replicas)' : 'ClickHouse',
        steps: ch.steps,
    };
    for (const [i, part] of (clickhouseFirst ? [clickhouse, postgres] : [postgres, clickhouse]).entries())
        checks.push({ ...part, title: `${i + 2}. ${part.title}` });
    // 4. Object storage
    checks.push({
        title: '4. Object storage buckets (not backed up by this tool)',
        steps: [
            {
                note: 'The events, media and exports buckets, and the backup bucket itself, live in RustFS: replicate them to another store ahead of time '
                    + '(RustFS bucket replication, or a scheduled "mc mirror" / "aws s3 sync"). After a loss, copy them back, best before the commit of step 1 '
                    + '(Langfuse starts as soon as the restores are done), for example with mc (aliases "replica" and "rustfs" set up with "mc alias set"):',
                command: buckets.map((b) => (0, shell_quote_1.shellCommand)('mc', 'mirror', '--overwrite', `replica/${b}`, `rustfs/${b}`)).join(' && '),
            },
            ...buckets.map((bucket) => ({ note: `${bucket} holds objects again`, command: `${aws('s3', 'ls', `s3://${bucket}`, '--recursive', '--summarize')} | tail -2` })),
        ],
    });
    // 5. Langfuse
    const restored = [
        ...(plan.postgres ? ['langfuse_postgres_restore_from', ...(targetTime ? ['langfuse_postgres_restore_target_time'] : [])] : []),
        ...(ch.restoreKeys.length > 0 ? ['langfuse_clickhouse_restore_from'] : []),
    ];
    const removeKeys = (when, then) => configEdit(`${when}: remove ${restored.length > 0 ? restored.join(', ') : 'the restore keys'} from ${configPath} `
        + `(keep langfuse_postgres_backup_server_name), synth and commit; ${then}`, restored.map((k) => `# ${k}: (remove)`));
    const started = [
        { note: ch.startsOnRemoval
                ? 'the Langfuse Kustomization is Ready again, with web and worker back (they run the ClickHouse migrations newer than the backup only)'
                : 'the Langfuse Kustomization is Ready (it waits for the restore app, then runs the newer migrations on the restored data)',
            command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-n', fluxNs, chart.kustomization.name) },
        { note: 'the HelmRelease is Ready', command: kubectl('get', 'helmreleases.helm.toolkit.fluxcd.io', '-n', ns, chart.release.releaseName) },
        { note: 'web answers once its migrations are done: expect 200', command: `${kubectl('port-forward', '-n', ns, `svc/${chart.names.webService}`, '3000:3000')} >/dev/null & sleep 2; curl -fsS http://localhost:3000/api/public/ready; kill %1` },
    ];
    checks.push({
        title: '5. Langfuse',
        steps: ch.startsOnRemoval ? [
            removeKeys('once the restore app is Ready and the traces are back (step 3)', 'this starts Langfuse (web and worker at their replicas, ClickHouse migrations on); the restore Job goes, the data stays'),
            ...started,
            { note: 'the first base backup in the new folder, and the next ClickHouse backup', command: kubectl('get', 'backups.postgresql.cnpg.io,cronjobs', '-n', ns) },
        ] : [
            ...started,
            removeKeys('once Langfuse runs on the restored data', 'the restore Job goes, the clusters stay'),
            { note: 'the first base backup in the new folder, and the next ClickHouse backup', command: kubectl('get', 'backups.postgresql.cnpg.io,cronjobs', '-n', ns) },
        ],
    });
    return checks;
}
/** A step whose command first runs `first`. */
const withFirst = (step, first) => ({ ...step, command: `${first} && ${step.command}` });
function clickhouseSteps({ props, chart, config }, configPath, cmd) {
    const ns = chart.names.namespace;
    const plan = (0, recovery_plan_1.recoveryPlan)(props, chart);
    const countTable = props.v4Migration?.writeMode === langfuse_v4_1.V4WriteMode.DUAL || props.v4Migration?.writeMode === langfuse_v4_1.V4WriteMode.EVENTS_ONLY ? 'events_core' : 'traces';
    if (!props.backup || !plan.clickhouse || (!plan.clickhouse.backupUrl && !plan.clickhouse.restore)) {
        return { leaveMigration: [], restoreKeys: [], steps: [{ note: 'ClickHouse has no backup with this config (langfuse_clickhouse_backup_enabled is off): it starts empty', command: cmd.explain }] };
    }
    const names = (0, langfuse_disaster_recovery_1.disasterRecoveryNames)(chart.names);
    const location = (0, langfuse_disaster_recovery_1.instanceClickHouseBackupLocation)(props, plan.clickhouse.backend);
    const engineUrl = `${location.endpointUrl}/${location.bucket}/${location.prefix}`;
    const migration = chart.clickhouseStores.migration;
    const leaveMigration = migration === undefined ? [] : [(0, clickhouse_migration_stage_1.servesFromBundled)(migration)
            ? configEdit(`in ${configPath}: the config is in stage ${migration} of a ClickHouse migration, and its backups are of the bundled ClickHouse, `
                + 'which Langfuse used until then: leave the migration (a restore never runs during one) and restore the bundled ClickHouse; '
                + 'start the migration again from prepare once Langfuse runs', ['langfuse_clickhouse_backend: bundled', '# langfuse_clickhouse_migration: (remove)'])
            : configEdit(`in ${configPath}: the config is in stage ${migration} of a ClickHouse migration, and its backups are of the operator's cluster, `
                + 'which Langfuse used since cutover: leave the migration (a restore never runs during one; the new cluster has no bundled ClickHouse)', ['# langfuse_clickhouse_migration: (remove)'])];
    const jobLogs = {
        note: 'which backup it picked, then the RESTORE',
        command: `${kubectl('logs', '-n', ns, `job/${names.clickhouseRestore}`, '-c', 'resolve')}; ${kubectl('logs', '-n', ns, `job/${names.clickhouseRestore}`, '-c', 'restore')}`,
    };
    const partial = (cleanup, app) => ({
        note: 'If the Job failed after RESTORE started, the database holds part of the tables and the Job refuses to run again. On this NEW ClickHouse only: '
            + `${cleanup}, then delete the Job so that Flux runs it again`,
        command: `${kubectl('delete', 'job', '-n', ns, names.clickhouseRestore)} && ${cmd.reconcile(app)}`,
    });
    if (plan.clickhouse.backend === 'operator' && chart.analytics) {
        const pod = chart.analytics.firstPod;
        const query = (sql) => kubectl('exec', '-n', ns, pod, '-c', operator_conventions_1.CLICKHOUSE_SERVER_CONTAINER.name, '--', 'sh', '-c', `clickhouse-client --user default --password "$${operator_conventions_1.CLICKHOUSE_SERVER_CONTAINER.passwordEnv}" --query ${(0, shell_quote_1.shellQuote)(sql)}`);
        const apps = (0, langfuse_clickhouse_1.clickhouseApps)(chart.appName);
        const app = apps.restore;
        return { leaveMigration, restoreKeys: [`langfuse_clickhouse_restore_from: ${config.langfuse_clickhouse_restore_from ?? 'latest'}`], steps: [
                { note: `the analytics app: Ready once the KeeperCluster and the ClickHouseCluster are (the restore waits for it)`, command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-n', chart.kustomization.namespace, apps.analytics) },
                { note: 'the restore app: Ready once the Job completed (Langfuse waits for it)', command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-n', chart.kustomization.namespace, app) },
                jobLogs,
                { note: 'the restored database: Replicated, with Langfuse\'s tables', command: query('SELECT engine, (SELECT count() FROM system.tables WHERE database = currentDatabase()) FROM system.databases WHERE name = currentDatabase()') },
                { note: `the traces are back (table ${countTable}) on every replica`, command: query(`SELECT hostName(), count() FROM clusterAllReplicas(default, default.${countTable}) GROUP BY hostName()`) },
                withFirst(partial('drop the partial database (the operator recreates it, Replicated)', app), query('DROP DATABASE default ON CLUSTER default SYNC')),
            ] };
    }
    const release = chart.release.releaseName;
    const pod = `${chart.names.clickhouseService}-shard0-0`;
    const client = (sql) => kubectl('exec', '-n', ns, pod, '--', 'sh', '-c', `clickhouse-client --user default --password "$CLICKHOUSE_ADMIN_PASSWORD" --query ${(0, shell_quote_1.shellQuote)(sql)}`);
    if (!props.clickhouse.clusterEnabled) {
        // Single node: the restore app restores it after the Langfuse app, which holds Langfuse at 0 replicas meanwhile.
        const app = (0, langfuse_clickhouse_1.clickhouseApps)(chart.appName).restore;
        const fluxNs = chart.kustomization.namespace;
        return { leaveMigration, startsOnRemoval: true, restoreKeys: [`langfuse_clickhouse_restore_from: ${config.langfuse_clickhouse_restore_from ?? 'latest'}`], steps: [
                { note: `the Langfuse app ${chart.appName} is Ready: its HelmRelease runs the bundled ClickHouse, with web and worker at 0 replicas and ClickHouse migrations off while the restore key is set`,
                    command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-n', fluxNs, chart.kustomization.name) },
                { note: 'web and worker are held off: expect 0/0 for both', command: kubectl('get', 'deployments', '-n', ns, chart.names.webService, chart.names.workerDeployment) },
                { note: `the restore app ${app}: Ready once the Job completed`, command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-n', fluxNs, app) },
                jobLogs,
                { note: `the traces are back (table ${countTable})`, command: client(`SELECT count() FROM ${countTable}`) },
                withFirst(partial('drop and recreate the partial database', app), `${client('DROP DATABASE default SYNC')} && ${client('CREATE DATABASE default')}`),
            ] };
    }
    // In cluster mode (an Atomic database on every replica): by hand, with Langfuse held off.
    const onCluster = props.clickhouse.clusterEnabled ? ' ON CLUSTER default' : '';
    // The RESTORE statement is built by the operator's shell from its environment (keys escaped for SQL by sed on a pipe) and piped in: no key on a command line.
    const sqlEscape = `q() { printf '%s' "$1" | sed -e 's/\\\\/\\\\\\\\/g' -e "s/'/\\\\\\\\'/g"; }`;
    const restoreSql = `${sqlEscape}; printf "RESTORE DATABASE default${onCluster} FROM S3('%s', '%s', '%s')\\n" ${(0, shell_quote_1.shellQuote)(`${engineUrl}/<backup name>`)} "$(q "$AWS_ACCESS_KEY_ID")" "$(q "$AWS_SECRET_ACCESS_KEY")"`;
    return { leaveMigration, restoreKeys: [], steps: [
            {
                note: 'The bundled ClickHouse in cluster mode has an Atomic database on every replica, which no restore Job on one replica can fill: '
                    + 'restore it by hand, with Langfuse held off. First let Flux install everything (the commit of step 1), then stop Langfuse:',
                command: `${(0, shell_quote_1.shellCommand)('flux', 'suspend', 'helmrelease', release, '-n', ns)} && ${kubectl('scale', 'deployment', '-n', ns, chart.names.webService, chart.names.workerDeployment, '--replicas=0')}`,
            },
            { note: `the new ClickHouse holds no traces yet (expect 0 in ${countTable}); never run the next steps on a ClickHouse with data`, command: client(`SELECT count() FROM ${countTable}`) },
            { note: 'drop the empty tables Langfuse created at its first start (the database is recreated empty)', command: `${client(`DROP DATABASE default${onCluster} SYNC`)} && ${client(`CREATE DATABASE default${onCluster}`)}` },
            {
                note: `restore a backup folder listed in step 0 (replace <backup name>), with the backup keys from your environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)`,
                command: `${restoreSql} | ${kubectl('exec', '-i', '-n', ns, pod, '--', 'sh', '-c', 'clickhouse-client --user default --password "$CLICKHOUSE_ADMIN_PASSWORD"')}`,
            },
            { note: 'the traces are back', command: client(`SELECT count() FROM ${countTable}`) },
            { note: 'start Langfuse again: Flux restores the replicas', command: (0, shell_quote_1.shellCommand)('flux', 'resume', 'helmrelease', release, '-n', ns) },
        ] };
}
