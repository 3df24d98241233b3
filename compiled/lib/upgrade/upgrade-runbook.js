"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.V3_BACKGROUND_MIGRATIONS_BEFORE_V4 = void 0;
exports.upgradeRunbookContext = upgradeRunbookContext;
exports.defaultUpgradeRunbookContext = defaultUpgradeRunbookContext;
exports.upgradeRunbook = upgradeRunbook;
exports.checkCommandLine = checkCommandLine;
exports.editLines = editLines;
const backup_location_1 = require("../backup/backup-location");
const flux_app_chart_1 = require("../flux/flux-app-chart");
const langfuse_disaster_recovery_1 = require("../backup/langfuse-disaster-recovery");
const clickhouse_migration_chart_1 = require("../clickhouse/clickhouse-migration-chart");
const redis_backend_1 = require("../backends/redis-backend");
const clickhouse_copy_1 = require("../clickhouse/clickhouse-copy");
const langfuse_clickhouse_1 = require("../clickhouse/langfuse-clickhouse");
const operator_conventions_1 = require("../clickhouse/operator-conventions");
const langfuse_v4_1 = require("../flux/langfuse-v4");
const langfuse_values_v1_1 = require("../flux/langfuse-values-v1");
const names_1 = require("../names");
const shell_quote_1 = require("../shell-quote");
const upgrade_path_1 = require("./upgrade-path");
/**
 * The runbook of the way from Langfuse v3 on the bundled ClickHouse to v4 `events_only`: one
 * guide per state of `UPGRADE_PATH`, with the config edit that leads to it, what synth changes,
 * the checks to pass before the next state, the downtime and the way back. `upgrade plan` prints
 * it with an instance's names, docs/upgrade-v4.md is rendered from it with the defaults, so the
 * two cannot drift apart.
 */
/** The v3 background migrations whose source tables Langfuse v4's migrations drop; all must have finished on v3. */
exports.V3_BACKGROUND_MIGRATIONS_BEFORE_V4 = [
    '20241024_1216_add_generations_cost_backfill',
    '20241024_1730_migrate_traces_from_pg_to_ch',
    '20241024_1737_migrate_observations_from_pg_to_ch',
    '20241024_1738_migrate_scores_from_pg_to_ch',
    '20250417_1737_migrate_event_log_to_blob_storage',
    '20250731_1001_migrate_dataset_run_items_pg_to_ch',
    '20250814_1001_migrate_dataset_run_items_rmt_pg_to_ch',
];
/** The runbook context of chart props. */
function upgradeRunbookContext(props) {
    const names = (0, names_1.langfuseNames)(props.namespace ?? 'ai-system');
    return {
        namespace: names.namespace,
        release: names.release,
        appName: props.instanceName ?? names.release,
        fluxNamespace: (0, flux_app_chart_1.fluxAppKustomizationNamespace)(props.flux, names.namespace) ?? 'flux-system',
        analyticsCluster: names.analyticsCluster,
        postgresCluster: names.postgresCluster,
        monitoring: Boolean(props.monitoring),
        dragonflyNamespace: props.redis instanceof redis_backend_1.DragonflyBackend ? props.redis.namespace : undefined,
    };
}
/** The names of a default install (namespace ai-system, monitoring on), which docs/upgrade-v4.md shows. */
function defaultUpgradeRunbookContext() {
    const names = (0, names_1.langfuseNames)('ai-system');
    return {
        namespace: names.namespace, release: names.release, appName: names.release, fluxNamespace: 'flux-system',
        analyticsCluster: names.analyticsCluster, postgresCluster: names.postgresCluster, monitoring: true,
    };
}
/** Every state's guide, in order. */
function upgradeRunbook(ctx) {
    const ns = ctx.namespace;
    const apps = (0, langfuse_clickhouse_1.clickhouseApps)(ctx.appName);
    const kubectl = (...args) => ['kubectl', '-n', ns, ...args];
    const newPod = (0, operator_conventions_1.clickhouseServerPod)(ctx.analyticsCluster);
    const oldPod = `${ctx.release}-clickhouse-shard0-0`;
    // clickhouse-client reads CLICKHOUSE_PASSWORD (ClickHouse/ClickHouse#48440), so the password is never an argument; the
    // script expands it inside the pod, and the SQL goes in double quotes, which it may not break out of.
    const client = (passwordEnv, sql) => {
        if (/["$`\\]/.test(sql))
            throw new Error(`check SQL must not contain " $ \` or \\ (got ${sql})`);
        return `CLICKHOUSE_PASSWORD="$${passwordEnv}" clickhouse-client --query "${sql}"`;
    };
    const onNew = (sql) => kubectl('exec', newPod, '-c', operator_conventions_1.CLICKHOUSE_SERVER_CONTAINER.name, '--', 'sh', '-c', client(operator_conventions_1.CLICKHOUSE_SERVER_CONTAINER.passwordEnv, sql));
    const onOld = (sql) => kubectl('exec', oldPod, '--', 'sh', '-c', client('CLICKHOUSE_ADMIN_PASSWORD', sql));
    const check = (note, ...pipeline) => ({ note, pipeline });
    const flux = (...names) => check(`Flux reports ${names.join(' and ')} Ready`, ['flux', 'get', 'kustomizations', '-n', ctx.fluxNamespace, ...names]);
    const nodeFetch = (deployment, container, url) => kubectl('exec', `deploy/${deployment}`, '-c', container, '--', 'node', '-e', `fetch(${JSON.stringify(url)}).then(r=>{console.log(r.status);process.exit(r.status===200?0:1)},e=>{console.error(e.message);process.exit(1)})`);
    const ready = check('Langfuse answers /api/public/ready with 200', nodeFetch(`${ctx.release}-web`, `${ctx.release}-web`, 'http://localhost:3000/api/public/ready'));
    const counts = clickhouse_copy_1.LANGFUSE_V3_COPIED_TABLES.map((t) => `(SELECT count() FROM default.${t} FINAL) AS ${t}`).join(', ');
    const schemaSql = 'SELECT version, dirty FROM default.schema_migrations ORDER BY sequence DESC LIMIT 1';
    const bundledPods = `app.kubernetes.io/instance=${ctx.release},app.kubernetes.io/name in (clickhouse,zookeeper)`;
    const claims = check(`the bundled ClickHouse's claims data-${ctx.release}-clickhouse-shard0-<n> (and ZooKeeper's data-${ctx.release}-zookeeper-<n> in cluster mode)`, kubectl('get', 'pvc', '-l', bundledPods));
    const retainClaims = check('keep their volumes even if a claim is deleted by mistake: set their PersistentVolumes to Retain (local-path and most classes default to Delete)', kubectl('get', 'pvc', '-l', bundledPods, '-o', 'jsonpath={range .items[*]}{.spec.volumeName}{"\\n"}{end}'), ['xargs', '-r', '-I{}', 'kubectl', 'patch', 'pv', '{}', '-p', '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}']);
    // The worker's statsd-exporter sidecar (monitoring on) serves the queue depth Langfuse reports every second.
    const queue = (note) => (ctx.monitoring ? [check(note, kubectl('exec', `deploy/${ctx.release}-worker`, '-c', `${ctx.release}-worker`, '--', 'node', '-e', 'fetch("http://localhost:9102/metrics").then(r=>r.text()).then(t=>console.log(t.split("\\n").filter(l=>l.startsWith("langfuse_queue_depth")&&!/type="failed"/.test(l)).join("\\n")))'))] : []);
    const backgroundMigrations = check(`the v3 background migrations that v4's migrations build on have all finished (finished_at set, failed_at empty): ${exports.V3_BACKGROUND_MIGRATIONS_BEFORE_V4.join(', ')}`, kubectl('exec', `${ctx.postgresCluster}-1`, '-c', 'postgres', '--', 'psql', '-d', 'langfuse', '-c', 'SELECT name, finished_at, failed_at FROM background_migrations ORDER BY name'));
    // The backlog of the freeze waits in Redis through the downtime: it must survive a restart of the store.
    const queuePersists = ctx.dragonflyNamespace === undefined
        ? check('the queues survive a restart during the freeze: the bundled Valkey keeps them on its data claim (listed here) in its append-only file '
            + '(Bitnami valkey 2.2.4\'s default, which this tool keeps)', kubectl('get', 'pvc', '-l', `app.kubernetes.io/instance=${ctx.release},app.kubernetes.io/name=redis`))
        : check('the queues survive a restart during the freeze only if the shared Dragonfly (not managed by this tool) snapshots to a volume: expect a snapshot '
            + 'claim (and a cron); without one, keep Dragonfly from restarting until cutover\'s queue has drained', ['kubectl', '-n', ctx.dragonflyNamespace, 'get', 'dragonflies.dragonflydb.io', '-o',
            'custom-columns=NAME:.metadata.name,SNAPSHOT_CRON:.spec.snapshot.cron,SNAPSHOT_CLAIM:.spec.snapshot.persistentVolumeClaimSpec.resources.requests.storage,EXISTING_CLAIM:.spec.snapshot.existingPersistentVolumeClaimName']);
    const finalCopy = clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_JOBS.finalCopy;
    // kubectl wait takes one condition: a loop that ends on either, so a failed Job does not keep it waiting for hours.
    const finalCopyDone = check('the final copy finished: this ends when the Job is Complete or Failed (a failed Job has run 3 times; its log below says why)', ['sh', '-c', `until kubectl -n ${ns} get job/${finalCopy} -o 'jsonpath={.status.conditions[?(@.status=="True")].type}' | grep -qE 'Complete|Failed'; do sleep 10; done; `
            + `kubectl -n ${ns} get job/${finalCopy}`]);
    const backupCronJob = (0, langfuse_disaster_recovery_1.disasterRecoveryNames)((0, names_1.langfuseNames)(ns)).clickhouseBackup;
    const rollout = [
        check('the web rolled out', kubectl('rollout', 'status', `deploy/${ctx.release}-web`)),
        check('the worker rolled out', kubectl('rollout', 'status', `deploy/${ctx.release}-worker`)),
    ];
    const guides = [
        {
            step: upgrade_path_1.UpgradeStep.BUNDLED,
            title: 'Start: Langfuse v3 on the bundled ClickHouse',
            optional: false,
            changes: ['nothing: this is the deployment every config from before langfuse_version has'],
            checks: [
                check('the ClickHouse operator runs (its CRDs and webhook; clickhouse_operator_install: true emits it) and cert-manager with it', ['kubectl', 'get', 'crd', 'clickhouseclusters.clickhouse.com', 'keeperclusters.clickhouse.com']),
                check('Postgres is backed up (or take a backup now); the bundled ClickHouse\'s data is never deleted by this tool', kubectl('get', 'backups.postgresql.cnpg.io')),
                check(`with langfuse_clickhouse_backup_enabled: the last ClickHouse backup succeeded (LAST SUCCESS recent); until cutover it backs up the bundled ClickHouse, `
                    + 'and no restore (langfuse_clickhouse_restore_from) runs during the migration', kubectl('get', 'cronjob', backupCronJob)),
                check('the new cluster needs room for all traces: langfuse_clickhouse_storage at least the bundled ClickHouse\'s used space (three times that for the v4 backfill)', onOld('SELECT formatReadableSize(sum(bytes_on_disk)) FROM system.parts WHERE active AND database = currentDatabase()')),
                { ...backgroundMigrations, note: `${backgroundMigrations.note}. Before prepare, not only before v4: the copy leaves out event_log, which `
                        + '20250417_1737_migrate_event_log_to_blob_storage reads (after cutover it would find it empty and the file references would be lost), and these '
                        + 'migrations write rows with historic event_ts while the copy runs' },
            ],
            downtime: 'none',
            rollback: 'nothing to undo',
        },
        {
            step: upgrade_path_1.UpgradeStep.PREPARE,
            title: 'prepare: the operator\'s ClickHouse beside the bundled one, with the schema',
            optional: false,
            changes: [
                `new Flux app ${ns}/${apps.analytics}: KeeperCluster and ClickHouseCluster ${ctx.analyticsCluster} and the Secret ${ctx.release}-analytics-credentials `
                    + '(all three never pruned), and the Namespace (moved from the Langfuse app, never pruned); it waits for the operator and is Ready when both clusters are',
                `new Flux app ${ns}/${apps.migration}, after ${apps.analytics}: Job ${clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_JOBS.schema} runs Langfuse ${langfuse_values_v1_1.LANGFUSE_CHART.appVersion}'s ClickHouse migrations `
                    + '(the web image\'s clickhouse/scripts/up.sh, clustered) against the new cluster',
                'network policies: the new cluster\'s flows (Keeper, replication, the operator, Prometheus) and the migration Jobs to the new cluster on 9000',
                'monitors for both clusters; Langfuse itself is unchanged and still reads and writes the bundled ClickHouse',
            ],
            checks: [
                flux(apps.analytics, apps.migration),
                check('both clusters report Ready', kubectl('get', 'clickhouseclusters.clickhouse.com,keeperclusters.clickhouse.com', ctx.analyticsCluster)),
                check('the operator made default a Replicated database (expect "Replicated")', onNew('SELECT engine FROM system.databases WHERE name = currentDatabase()')),
                check('the schema Job completed', kubectl('wait', '--for=condition=complete', `job/${clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_JOBS.schema}`, '--timeout=30m')),
                check('schema version on the new cluster: the same migration as on the bundled one (next check), dirty 0', onNew(schemaSql)),
                check('schema version on the bundled ClickHouse', onOld(schemaSql)),
            ],
            downtime: 'none',
            rollback: `synth --allow-delete removes both new apps (without it synth stops and lists the clusters, their Secret and both Kustomizations); `
                + `Flux keeps the clusters, their Secret and the Namespace (prune disabled): delete them by hand if you give up `
                + `(kubectl -n ${ns} delete clickhouseclusters.clickhouse.com,keeperclusters.clickhouse.com ${ctx.analyticsCluster}, then their PVCs clickhouse-storage-volume-${ctx.analyticsCluster}-*)`,
        },
        {
            step: upgrade_path_1.UpgradeStep.COPY,
            title: 'copy: the online copy, while Langfuse serves',
            optional: false,
            changes: [
                `CronJob ${clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_JOBS.copy} (every 10 minutes, never two at once) copies ${clickhouse_copy_1.LANGFUSE_V3_COPIED_TABLES.join(', ')} with `
                    + `INSERT … SELECT … FROM remote(${oldPod}, the bundled ClickHouse's first replica by its stable name) WHERE event_ts > watermark - 1 hour; `
                    + `the watermark is kept per table in default.${clickhouse_copy_1.COPY_WATERMARK_TABLE} on the new cluster, moves only after a complete pass and never past the clock`,
                'network policy: the new cluster may reach the bundled ClickHouse on 9000, and so may the migration Jobs (SYSTEM SYNC REPLICA), in copy and freeze only',
            ],
            checks: [
                check('the passes succeed (COMPLETIONS 1/1)', kubectl('get', 'jobs', '-l', 'app.kubernetes.io/component=copy')),
                check('each pass reports its window, its row counts and how long ago the newest row it copied was written', kubectl('logs', '-l', 'app.kubernetes.io/component=copy', '--tail=40')),
                check('copy lag: the last pass took a few minutes at most, and on a busy install its newest row is about that old (a pass right now, if you do not want to wait)', kubectl('create', 'job', `--from=cronjob/${clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_JOBS.copy}`, `${clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_JOBS.copy}-now`)),
                check('row counts (FINAL) on the new cluster approach those of the bundled one (next check)', onNew(`SELECT ${counts}`)),
                check('row counts (FINAL) on the bundled ClickHouse', onOld(`SELECT ${counts}`)),
                claims,
                retainClaims,
                queuePersists,
                ...queue('the worker\'s queue depth now, to compare after cutover'),
            ],
            downtime: 'none',
            rollback: 'synth removes the CronJob and the temporary flow; what was copied stays in the new cluster and later passes start from its watermarks',
        },
        {
            step: upgrade_path_1.UpgradeStep.FREEZE,
            title: 'freeze: web and worker stopped, the final copy checked',
            optional: false,
            changes: [
                'the HelmRelease scales web and worker to 0: langfuse.replicas: 0 with web.replicas and worker.replicas unset and no HPA or PDB '
                    + '(the chart renders web.replicas | default langfuse.replicas, so web.replicas: 0 would fall back to 1)',
                `the CronJob goes; Job ${finalCopy} runs once the Langfuse app is applied: it waits until no HTTP client has written to any replica of the bundled `
                    + `ClickHouse for ${clickhouse_copy_1.FINAL_COPY_QUIET_SECONDS} s, runs SYSTEM SYNC REPLICA on the replica it reads (cluster mode), copies the rest, and compares per partition `
                    + 'count() and a hash of the sorting key and version, FINAL, on both clusters; a partition that differs (rows deleted on the bundled ClickHouse after they were '
                    + 'copied, rows that arrived behind the watermark) is dropped on the new cluster and copied again in full, an unpartitioned table truncated and copied again; '
                    + 'then it compares again and fails on any difference. It can run again at any time: it repairs what it finds',
                'web and worker stop together, without draining the queue: the queued jobs stay in Redis (the copy checks showed it persists), and the same worker '
                    + 'takes them up after cutover and writes them to the new cluster; nothing is lost, because each ingestion job reads its events again from S3',
                'the worker gets the pod\'s termination grace period to finish its running jobs (chart 1.5.41 sets none: Kubernetes\' default, 30 s); a job cut off is run '
                    + 'again after cutover, but a worker killed before it flushed its ClickHouse write buffer (about a second of rows) loses those rows of jobs it had completed',
            ],
            checks: [
                check('web and worker are gone (no pods)', kubectl('get', 'pods', '-l', `app.kubernetes.io/name=langfuse,app.kubernetes.io/instance=${ctx.release}`)),
                finalCopyDone,
                check('its report: the partitions it repaired, if any, and "ready for cutover"; a difference left after the repair fails the Job and blocks cutover '
                    + '(something still writes to the bundled ClickHouse: stop it, then delete the Job and Flux runs it again)', kubectl('logs', `job/${finalCopy}`)),
                claims,
            ],
            downtime: 'starts here: no UI, API or ingestion until cutover\'s web is ready (SDKs and LiteLLM fail or retry meanwhile); '
                + 'about the final pass plus the FINAL comparisons (and the repaired partitions) plus the cutover rollout, minutes for most installs',
            rollback: 'web and worker start again on the bundled ClickHouse, which has every write (nothing wrote since the freeze), and the worker works off the queue into it; '
                + 'the CronJob resumes',
        },
        {
            step: upgrade_path_1.UpgradeStep.CUTOVER,
            title: 'cutover: Langfuse on the operator\'s ClickHouse',
            optional: false,
            changes: [
                `the release points at ${ctx.analyticsCluster}-clickhouse-headless (clickhouse.deploy: false, existingSecret ${ctx.release}-analytics-credentials, cluster mode) `
                    + 'with web and worker back at their replicas; the Langfuse app now waits for the analytics app and for the migration app, '
                    + 'which is Ready only if the final copy succeeded, so a cutover after a failed final copy never reaches the release',
                'Helm removes the Bitnami ClickHouse (and ZooKeeper) StatefulSets and Services; their PersistentVolumeClaims stay: they come from volumeClaimTemplates, '
                    + 'not Helm, and the Bitnami clickhouse 8.0.5 and zookeeper 13.x StatefulSets set no persistentVolumeClaimRetentionPolicy (Kubernetes keeps them)',
                'monitors, dashboard and network policies follow the new cluster; the temporary flow and the bundled ClickHouse\'s Secret go',
                `with langfuse_clickhouse_backup_enabled, the CronJob ${backupCronJob} backs up the new cluster from now on, into ${backup_location_1.CLICKHOUSE_BACKUP_FOLDERS.operator}/${ctx.appName} of the backup bucket; `
                    + `the bundled ClickHouse's backups stay in ${backup_location_1.CLICKHOUSE_BACKUP_FOLDERS.bundled}/${ctx.appName} (docs/disaster-recovery.md)`,
            ],
            checks: [
                flux(ctx.appName),
                ...rollout,
                ready,
                check('new traces arrive on the new cluster (the latest event_ts moves on)', onNew('SELECT max(event_ts) FROM default.traces')),
                check('the bundled claims are still there', kubectl('get', 'pvc', '-l', bundledPods)),
                ...queue('the queue drained: the worker took up what was queued at the freeze and writes it to the new cluster (waiting and active near 0)'),
            ],
            downtime: 'ends when the web is ready again',
            rollback: 'the release goes back to the Bitnami ClickHouse, which Helm recreates on the kept claims with the data as of the freeze; '
                + 'going back loses what Langfuse accepted since cutover, which exists only on the new cluster: the new traces and scores, and the jobs that were queued at the '
                + 'freeze (accepted by the API before it) and that the worker has processed since',
        },
        {
            step: upgrade_path_1.UpgradeStep.CLEANUP,
            title: 'cleanup: the migration\'s Jobs removed',
            optional: false,
            changes: [`the app ${ns}/${apps.migration} and its Jobs go; nothing of the bundled ClickHouse is deleted`],
            checks: [
                flux(ctx.appName, apps.analytics),
                check('after a confidence period (days, not minutes: until you are sure you will not go back), note the old claims\' volumes, then delete the claims by hand', kubectl('get', 'pvc', '-l', bundledPods, '-o', 'custom-columns=CLAIM:.metadata.name,VOLUME:.spec.volumeName')),
                check('(the same confidence period) the claims themselves', kubectl('delete', 'pvc', '-l', bundledPods)),
                check('their volumes were set to Retain during copy and stay Released: delete each one to free its space', ['kubectl', 'delete', 'pv', '<VOLUME>']),
                check('optional: drop the copy\'s watermark table on the new cluster', onNew(`DROP TABLE IF EXISTS default.${clickhouse_copy_1.COPY_WATERMARK_TABLE} SYNC`)),
            ],
            downtime: 'none',
            rollback: '',
        },
        {
            step: upgrade_path_1.UpgradeStep.OPERATOR,
            title: 'Langfuse v3 on the operator\'s ClickHouse (the migration key removed)',
            optional: false,
            changes: ['nothing but the stage the tree records: this is a plain operator config'],
            checks: [backgroundMigrations],
            downtime: 'none',
            rollback: 'the stage key comes back; nothing changes in the cluster',
        },
        {
            step: upgrade_path_1.UpgradeStep.V4_LEGACY,
            title: `Langfuse v4 (${langfuse_v4_1.LANGFUSE_V4_VERSION}) in legacy write mode`,
            optional: false,
            changes: [
                `image ${langfuse_v4_1.LANGFUSE_V4_VERSION} with every LANGFUSE_MIGRATION_V4_* variable explicit at its legacy value: v4 writes and reads the v3 tables only`,
                'the web runs v4\'s Postgres and ClickHouse migrations at its start (several minutes); they only add tables, and drop the Postgres tables of the finished v3 background migrations',
            ],
            checks: [...rollout, ready, check('the ClickHouse schema moved to v4\'s migrations', onNew(schemaSql))],
            downtime: 'none beyond the rolling update (the old pods serve while the first new web pod migrates)',
            rollback: '',
        },
        {
            step: upgrade_path_1.UpgradeStep.V4_DUAL,
            title: 'dual write: the v3 tables and the events tables',
            optional: false,
            changes: [
                'LANGFUSE_MIGRATION_V4_WRITE_MODE=dual: new SDKs write the events tables directly, older ones through staging (about 10 minutes late); '
                    + 'move producers (LiteLLM on litellm_langfuse_callback: langfuse_otel, SDKs from Python 4.7 / JS 5.4) and API consumers to v4 in this mode',
                `a Flux post-renderer points the worker's liveness probe at ${langfuse_v4_1.DUAL_WRITE_WORKER_HEALTH_PATH} (the dual-write health check)`,
            ],
            checks: [
                ...rollout,
                check('dual write is healthy: the worker\'s event-propagation check answers 200', nodeFetch(`${ctx.release}-worker`, `${ctx.release}-worker`, `http://localhost:3030${langfuse_v4_1.DUAL_WRITE_WORKER_HEALTH_PATH}`)),
                check('the events tables receive rows', onNew('SELECT count() FROM default.events_core')),
            ],
            downtime: 'none',
            rollback: 'back to legacy mode; the v3 tables never stopped receiving data',
        },
        {
            step: upgrade_path_1.UpgradeStep.V4_BACKFILL,
            title: 'optional: the historic backfill',
            optional: true,
            changes: ['LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL=true: the worker copies the v3 tables into the events tables, newest first (about 3 times the ClickHouse data volume)'],
            checks: [
                check('room for it on the new cluster\'s volumes', onNew('SELECT formatReadableSize(sum(bytes_on_disk)) FROM system.parts WHERE active')),
                check('the backfill finished (Background Migrations in the UI show it too)', kubectl('exec', `${ctx.postgresCluster}-1`, '-c', 'postgres', '--', 'psql', '-d', 'langfuse', '-c', 'SELECT name, finished_at, failed_at FROM background_migrations ORDER BY name DESC LIMIT 10')),
            ],
            downtime: 'none',
            rollback: 'the backfill stops; it never modifies the v3 tables',
        },
        {
            step: upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY,
            title: 'events_only: the v4 target',
            optional: false,
            changes: [
                'LANGFUSE_MIGRATION_V4_WRITE_MODE=events_only, NATIVE_OTEL_BEHAVIOUR=direct, ALLOW_PREVIEW_OPT_IN=true; the worker probe is /api/health again',
                'needs langfuse_v4_events_only_confirmed: true: from here the v3 tables get no new data, legacy SDK ingestion is rejected and deprecated endpoints answer 404',
            ],
            checks: [...rollout, ready, check('traces arrive in the events tables', onNew('SELECT max(event_ts) FROM default.events_core'))],
            downtime: 'none',
            rollback: '',
        },
    ];
    return guides.map((g) => {
        const i = upgrade_path_1.UPGRADE_PATH.indexOf(g.step);
        const from = g.step === upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY ? upgrade_path_1.UpgradeStep.V4_DUAL : upgrade_path_1.UPGRADE_PATH[i - 1];
        const back = (0, upgrade_path_1.previousStep)(g.step);
        return {
            ...g,
            edit: i === 0 ? [] : (0, upgrade_path_1.forwardEdit)(from, g.step),
            rollbackEdit: back ? (0, upgrade_path_1.backwardEdit)(g.step) : [],
            rollback: back ? g.rollback : `none: ${(0, upgrade_path_1.noWayBack)(g.step)}`,
        };
    });
}
/** A check's command line, every argument quoted for a POSIX shell. */
function checkCommandLine(check) {
    return check.pipeline.map((argv) => (0, shell_quote_1.shellCommand)(...argv)).join(' | ');
}
/** A config edit as YAML-ish lines: `key: value`, or `key: (remove)`. */
function editLines(edit) {
    return edit.map((e) => `${e.key}: ${e.value === undefined ? '(remove the key)' : String(e.value)}`);
}
