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
exports.doctorCommand = void 0;
exports.throwawayPod = throwawayPod;
exports.doctorChecks = doctorChecks;
exports.shellComment = shellComment;
exports.sopsKeyCheck = sopsKeyCheck;
exports.renderDoctorChecks = renderDoctorChecks;
exports.runDoctor = runDoctor;
exports.runSwitchRunbook = runSwitchRunbook;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const object_storage_1 = require("../../lib/backends/object-storage");
const backup_images_1 = require("../../lib/backup/backup-images");
const redis_backend_1 = require("../../lib/backends/redis-backend");
const operator_conventions_1 = require("../../lib/clickhouse/operator-conventions");
const langfuse_v4_1 = require("../../lib/flux/langfuse-v4");
const sops_secret_1 = require("../../lib/secrets/sops-secret");
const derive_1 = require("../../lib/settings/derive");
const shared_services_1 = require("../../lib/settings/shared-services");
const command_1 = require("./command");
const cli_errors_1 = require("./cli-errors");
const doctor_restore_1 = require("./doctor-restore");
const explain_1 = require("./explain");
const shell_quote_1 = require("../../lib/shell-quote");
const switch_runbook_1 = require("./switch-runbook");
const synth_1 = require("./synth");
/** Environment variables of the web pod that hold secrets: their names are listed, never their values. */
const SECRET_ENV = ['NEXTAUTH_SECRET', 'SALT', 'ENCRYPTION_KEY', 'DATABASE_PASSWORD', 'CLICKHOUSE_PASSWORD', 'REDIS_PASSWORD'];
/** The end of a `fetch(...)` one-liner: print the HTTP status, or the error and exit 1. */
const PRINT_STATUS = '.then(r=>console.log(r.status),e=>{console.error(e.message);process.exit(1)})';
/** fetch options of an empty OTLP/JSON export. */
const EMPTY_JSON_POST = '{method:"POST",headers:{"content-type":"application/json"},body:"{}"}';
/** Errors a worker log shows when Redis is misconfigured. */
const REDIS_LOG_ERRORS = 'NOPERM|WRONGPASS|ENOTFOUND|ECONNREFUSED';
/** A kubectl command line; every argument is shell-quoted. */
const kubectl = (...args) => (0, shell_quote_1.shellCommand)('kubectl', ...args);
/** The kubectl command of a throwaway pod: its container given as `--overrides` JSON, one shell-quoted word. */
function throwawayPod(pod) {
    const container = { name: pod.name, image: pod.image, command: ['sh', '-c', pod.script], ...(pod.env && { env: pod.env }), ...(pod.envFrom && { envFrom: pod.envFrom }) };
    return kubectl('run', pod.name, '-n', pod.namespace, '--rm', '-i', '--restart=Never', `--image=${pod.image}`, `--overrides=${JSON.stringify({ spec: { containers: [container] } })}`);
}
/** A JavaScript (or Python) string literal for a value, to embed in a script that is then quoted as one word. */
const literal = (value) => JSON.stringify(value);
/**
 * The seed's "Testing" and "Troubleshooting" checks as kubectl commands with this config's names,
 * namespaces and hosts; checks of features that are off are left out. No command prints a secret
 * value: environment checks print variable names only, and the Redis ACL check authenticates with
 * the password the worker already has. Every value is shell-quoted (scripts run inside a pod are
 * built first, with their own quoting, and then quoted as one argument), so no config value can
 * run code on the operator's machine.
 */
function doctorChecks({ props, chart }) {
    const ns = chart.names.namespace;
    const release = chart.release.releaseName;
    const web = `deploy/${chart.names.webService}`;
    const worker = `deploy/${chart.names.workerDeployment}`;
    const chartPods = `app.kubernetes.io/name=langfuse,app.kubernetes.io/instance=${release}`;
    const clickhouse = clickhouseDoctorTarget({ props, chart });
    const clickhousePods = clickhouse.podSelector;
    // The operator's ClickHouse keeps its Secret in its own Flux app, and a restore's Job its keys in another.
    const clickhouseApps = [chart.analyticsApp, chart.migrationApp, chart.clickhouseRestoreApp].filter((a) => a !== undefined);
    const secretNames = [chart, ...clickhouseApps]
        .flatMap((c) => c.node.findAll()).filter((c) => c instanceof sops_secret_1.SopsSecret).map((s) => s.name);
    const url = (0, derive_1.langfuseUrl)(chart.hostname);
    const getCluster = ['get', 'clusters.postgresql.cnpg.io', '-n', ns, chart.names.postgresCluster];
    const inPod = (target, ...command) => kubectl('exec', '-n', ns, target, '--', ...command);
    const checks = [];
    checks.push({
        title: 'Flux reconciliation',
        steps: [
            {
                note: 'the Kustomization is Ready (a dependsOn that never gets ready blocks it)',
                command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-n', chart.kustomization.namespace, chart.kustomization.name),
            },
            ...(clickhouseApps.length > 0 ? [{
                    note: `its ClickHouse apps are Ready: ${clickhouseApps.map((a) => a.appName).join(', ')} (Langfuse waits for `
                        + `${chart.kustomization.dependsOn.filter((d) => clickhouseApps.some((a) => a.appName === d.name)).map((d) => d.name).join(' and ') || 'none of them'})`,
                    command: kubectl('get', 'kustomizations.kustomize.toolkit.fluxcd.io', '-n', chart.kustomization.namespace, ...clickhouseApps.map((a) => a.appName)),
                }] : []),
            {
                note: 'the HelmRelease is Ready; its message names a failed install or upgrade',
                command: kubectl('get', 'helmreleases.helm.toolkit.fluxcd.io', '-n', ns, release),
            },
            {
                note: 'every Secret exists (decrypted by Flux; a missing one means SOPS decryption failed)',
                command: kubectl('get', 'secrets', '-n', ns, ...secretNames),
            },
        ],
    });
    checks.push(sopsKeyCheck(props.flux?.sopsSecretName ?? 'sops-age', chart.kustomization.namespace));
    checks.push({
        title: 'Pods',
        steps: [
            { note: 'web and worker are Running and Ready', command: kubectl('get', 'pods', '-n', ns, '-l', chartPods) },
            { note: 'the Postgres instances are Running', command: kubectl('get', 'pods', '-n', ns, '-l', `cnpg.io/cluster=${chart.names.postgresCluster}`) },
            { note: 'ClickHouse is Running', command: kubectl('get', 'pods', '-n', ns, '-l', clickhousePods) },
            ...clickhouse.extraPodSteps,
        ],
    });
    checks.push({
        title: 'Health and ready endpoints (port-forward)',
        steps: [
            {
                note: 'forward the web Service in the background',
                command: `${kubectl('port-forward', '-n', ns, `svc/${chart.names.webService}`, '3000:3000')} >/dev/null & sleep 2`,
            },
            { note: 'liveness: expect HTTP 200', command: 'curl -fsS http://localhost:3000/api/public/health' },
            { note: 'readiness: expect HTTP 200 once migrations are done', command: 'curl -fsS http://localhost:3000/api/public/ready' },
            {
                note: 'forward the worker (it has no Service) in the background',
                command: `${kubectl('port-forward', '-n', ns, worker, '3030:3030')} >/dev/null & sleep 2`,
            },
            { note: 'worker health: expect HTTP 200', command: 'curl -fsS http://localhost:3030/api/health' },
            { note: 'stop both port-forwards', command: 'kill %1 %2' },
            { note: 'from outside, through the HTTPRoute', command: (0, shell_quote_1.shellCommand)('curl', '-fsS', `${url}/api/public/health`) },
        ],
    });
    checks.push({
        title: 'Web pod CrashLoopBackOff',
        steps: [
            { note: 'PostgreSQL is ready: STATUS "Cluster in healthy state"', command: kubectl(...getCluster) },
            { note: 'ClickHouse is ready', command: kubectl('get', 'pods', '-n', ns, '-l', clickhousePods) },
            {
                note: 'the secrets are in the environment (names only, never values)',
                command: inPod(web, 'sh', '-c', `printenv | cut -d= -f1 | grep -E "^(${SECRET_ENV.join('|')})$"`),
            },
            { note: 'the last log lines; "Dirty database version" means a migration was interrupted', command: kubectl('logs', '-n', ns, web, '--tail=100') },
        ],
    });
    checks.push({
        title: 'ClickHouse',
        steps: [
            {
                note: `traces arrive: the count grows while traffic flows (table ${clickhouse.countTable})`,
                command: clickhouse.query(`SELECT count() FROM ${clickhouse.countTable}`),
            },
            ...clickhouse.extraChecks,
            { note: 'query timeouts: memory use against the limit (needs metrics-server)', command: kubectl('top', 'pods', '-n', ns, '-l', clickhousePods) },
        ],
    });
    checks.push({
        title: 'CloudNativePG cluster',
        steps: [
            {
                note: 'phase, instances and primary',
                command: kubectl(...getCluster, '-o', 'jsonpath={.status.phase}{"\\n"}{.status.readyInstances}/{.status.instances} ready, primary {.status.currentPrimary}{"\\n"}'),
            },
            { note: 'the full status, with the cnpg kubectl plugin if installed', command: kubectl('cnpg', 'status', '-n', ns, chart.names.postgresCluster) },
        ],
    });
    const redis = props.redis;
    if (redis instanceof redis_backend_1.DragonflyBackend) {
        const key = `${redis.keyPrefix ?? ''}doctor`;
        // REDIS_PASSWORD is the percent-encoded form when the password needs it (lib/secrets/url-password.ts); decoding a URL-safe one changes nothing.
        const password = 'decodeURIComponent(process.env.REDIS_PASSWORD)';
        const auth = redis.acl ? `"AUTH",${literal(redis.username)},${password}` : `"AUTH",${password}`;
        const probe = [
            `const s=require("net").connect(${redis.port},${literal(redis.host)});`,
            'const c=(...a)=>"*"+a.length+"\\r\\n"+a.map(x=>"$"+Buffer.byteLength(x)+"\\r\\n"+x+"\\r\\n").join("");',
            `s.on("connect",()=>s.write(c(${auth})+c("SET",${literal(key)},"1","EX","10")${redis.acl ? '+c("SET","doctor-outside-prefix","1","EX","10")' : ''}));`,
            `let o="";s.on("data",d=>{o+=d;if(o.split("\\r\\n").length>${redis.acl ? 3 : 2}){console.log(o.trim().split("\\r\\n").join(" | "));s.end()}});`,
            's.on("error",e=>{console.error(e.message);process.exit(1)})',
        ].join('');
        checks.push({
            title: 'Worker not processing events (Dragonfly)',
            steps: [
                {
                    note: 'Redis errors in the worker log (NOPERM, WRONGPASS, ENOTFOUND, "undeclared key")',
                    command: `${kubectl('logs', '-n', ns, worker, '--tail=500')} | ${(0, shell_quote_1.shellCommand)('grep', '-iE', `${REDIS_LOG_ERRORS}|undeclared`)}`,
                },
                {
                    note: redis.acl
                        ? `Dragonfly reachable from ${ns} and the ACL right: expect "+OK | +OK | -NOPERM ..." `
                            + `(auth ok, ${redis.keyPrefix}* writable, other keys denied)`
                        : `Dragonfly reachable from ${ns} with the default user: expect "+OK | +OK"`,
                    command: inPod(worker, 'node', '-e', probe),
                },
                { note: 'Dragonfly itself is Running', command: kubectl('get', 'pods', '-n', redis.namespace, '-l', 'app=dragonfly') },
            ],
        });
    }
    else {
        checks.push({
            title: 'Worker not processing events (bundled Valkey)',
            steps: [
                {
                    note: 'Redis errors in the worker log',
                    command: `${kubectl('logs', '-n', ns, worker, '--tail=500')} | ${(0, shell_quote_1.shellCommand)('grep', '-iE', REDIS_LOG_ERRORS)}`,
                },
                {
                    note: 'the bundled Valkey is Running',
                    command: kubectl('get', 'pods', '-n', ns, '-l', `app.kubernetes.io/name=valkey,app.kubernetes.io/instance=${release}`),
                },
            ],
        });
    }
    const storage = props.objectStorage;
    const endpoint = chart.endpoints.objectStorage;
    const region = storage instanceof object_storage_1.ExternalObjectStorage ? storage.region : 'us-east-1';
    const buckets = [...new Set(s3Buckets(chart))];
    // runs inside the throwaway pod: quoted for its shell, then carried as one JSON string
    const listScript = `for b in ${buckets.map(shell_quote_1.shellQuote).join(' ')}; do `
        + `if ${(0, shell_quote_1.shellCommand)('aws', '--endpoint-url', endpoint, '--region', region)} s3 ls "s3://$b" >/dev/null; then echo "$b ok"; `
        + 'else echo "$b MISSING OR DENIED"; fi; done';
    checks.push({
        title: `S3 upload failures (${storage instanceof object_storage_1.ExternalObjectStorage ? 'external S3' : 'bundled MinIO'})`,
        steps: [
            { note: 'the S3 credentials Secret exists', command: kubectl('get', 'secret', '-n', ns, chart.names.secrets.s3) },
            {
                note: `each bucket is reachable with Langfuse's credentials (a throwaway pod; allow it in enforced network policies)`,
                command: throwawayPod({
                    name: 'langfuse-s3-check', namespace: ns, image: backup_images_1.AWS_CLI_IMAGE, script: listScript, envFrom: [{ secretRef: { name: chart.names.secrets.s3 } }],
                }),
            },
            {
                note: 'path-style addressing is on (RustFS needs it)',
                command: inPod(web, 'sh', '-c', 'printenv LANGFUSE_S3_EVENT_UPLOAD_FORCE_PATH_STYLE'),
            },
        ],
    });
    if (props.sso) {
        const internalDiscovery = `${props.sso.internalIssuerUrl}/.well-known/openid-configuration`;
        checks.push({
            title: 'SSO login fails (Keycloak)',
            steps: [
                { note: 'Keycloak is Ready', command: kubectl('get', 'keycloaks.k8s.keycloak.org', '-n', shared_services_1.KEYCLOAK.namespace) },
                {
                    note: 'the public issuer answers (browsers use it)',
                    command: `${(0, shell_quote_1.shellCommand)('curl', '-fsS', `${props.sso.issuerUrl}/.well-known/openid-configuration`)} | head -c 300; echo`,
                },
                {
                    note: 'the in-cluster issuer answers from the web pod: expect 200',
                    command: inPod(web, 'node', '-e', `fetch(${literal(internalDiscovery)})${PRINT_STATUS}`),
                },
                {
                    note: `the Keycloak client "${props.sso.clientId ?? 'langfuse'}" must allow this redirect URI`,
                    command: (0, shell_quote_1.shellCommand)('echo', `${url}/api/auth/callback/keycloak`),
                },
            ],
        });
    }
    if (props.backup) {
        checks.push({
            title: 'Backups',
            steps: [
                {
                    note: 'WAL archiving works: condition ContinuousArchiving is True',
                    command: kubectl(...getCluster, '-o', 'jsonpath={range .status.conditions[*]}{.type}={.status} {end}{"\\n"}'),
                },
                {
                    note: 'scheduled and finished base backups',
                    command: kubectl('get', 'scheduledbackups.postgresql.cnpg.io,backups.postgresql.cnpg.io', '-n', ns),
                },
                ...(chart.clickhouseBackup ? [
                    {
                        note: 'ClickHouse backups: the CronJob\'s last schedule and success, and its recent Jobs',
                        command: kubectl('get', 'cronjobs,jobs', '-n', ns, '-l', `app.kubernetes.io/name=${chart.clickhouseBackup.name}`),
                    },
                    {
                        note: 'the last backup Job\'s steps: the BACKUP (its folder name), then the retention (what it kept and deleted)',
                        command: `${kubectl('logs', '-n', ns, '-l', `app.kubernetes.io/name=${chart.clickhouseBackup.name}`, '-c', 'backup', '--tail=20')}; `
                            + kubectl('logs', '-n', ns, '-l', `app.kubernetes.io/name=${chart.clickhouseBackup.name}`, '-c', 'retention', '--tail=20'),
                    },
                ] : []),
            ],
        });
    }
    if (props.monitoring) {
        checks.push({
            title: 'Monitoring',
            steps: [{
                    note: 'the monitors exist (Prometheus picks them up by label)',
                    command: kubectl('get', 'servicemonitors.monitoring.coreos.com,podmonitors.monitoring.coreos.com', '-n', ns),
                }],
        });
    }
    if (props.tracing) {
        const tracesUrl = `${props.tracing.otlpEndpoint}/v1/traces`;
        checks.push({
            title: 'Tracing',
            steps: [
                {
                    note: 'the OTEL variables are set on web (names and values; none is secret)',
                    command: inPod(web, 'sh', '-c', 'printenv | grep ^OTEL_'),
                },
                {
                    note: 'Tempo accepts OTLP/HTTP from the web pod: expect a 2xx or 400 (empty body), not a connection error',
                    command: inPod(web, 'node', '-e', `fetch(${literal(tracesUrl)},${EMPTY_JSON_POST})${PRINT_STATUS}`),
                },
            ],
        });
    }
    if (props.litellm) {
        checks.push({
            title: 'Traces not appearing from LiteLLM',
            steps: [{
                    note: 'Langfuse is reachable from the LiteLLM pod: expect 200',
                    command: inPod('deploy/litellm', 'python', '-c', `import urllib.request; print(urllib.request.urlopen(${literal(`http://${chart.endpoints.web}:3000/api/public/health`)}).status)`),
                }],
        });
    }
    if (props.networkPolicies) {
        checks.push({
            title: `Network policies (${props.networkPolicies.mode ?? 'audit'} mode)`,
            steps: [
                { note: 'the policies exist', command: kubectl('get', 'ciliumnetworkpolicies.cilium.io,networkpolicies.networking.k8s.io', '-n', ns) },
                {
                    note: 'flows that would be denied (needs the hubble CLI)',
                    command: (0, shell_quote_1.shellCommand)('hubble', 'observe', '--namespace', ns, '--verdict', props.networkPolicies.mode === 'enforce' ? 'DROPPED' : 'AUDIT', '--last', '50'),
                },
            ],
        });
    }
    return checks;
}
/** The ClickHouse Langfuse uses, as `doctor` addresses it. */
function clickhouseDoctorTarget({ props, chart }) {
    const ns = chart.names.namespace;
    const analytics = chart.analytics;
    // v4 writes traces to the events tables once the v3 tables are no longer (only) written.
    const mode = props.v4Migration?.writeMode;
    const countTable = mode === langfuse_v4_1.V4WriteMode.DUAL || mode === langfuse_v4_1.V4WriteMode.EVENTS_ONLY ? 'events_core' : 'traces';
    // The password variable is expanded by the pod's shell, never by the operator's. The queries are
    // this file's constants, double-quoted for readability; anything the pod's shell would expand is refused.
    const clientScript = (passwordEnv, sql) => {
        if (/["$`\\]/.test(sql))
            throw new Error(`doctor query must not contain shell syntax (got "${sql}")`);
        return `clickhouse-client --user default --password "$${passwordEnv}" --query "${sql}"`;
    };
    if (!analytics || chart.clickhouse !== analytics.connection) {
        // Bitnami ClickHouse names its StatefulSets <fullname>-shard<N>; the first pod of shard 0:
        const pod = `${chart.names.clickhouseService}-shard0-0`;
        return {
            podSelector: `app.kubernetes.io/name=clickhouse,app.kubernetes.io/instance=${chart.release.releaseName}`,
            countTable,
            query: (sql) => kubectl('exec', '-n', ns, pod, '--', 'sh', '-c', clientScript('CLICKHOUSE_ADMIN_PASSWORD', sql)),
            extraPodSteps: [],
            extraChecks: [],
        };
    }
    const selector = (labels) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
    const query = (sql) => kubectl('exec', '-n', ns, analytics.firstPod, '-c', operator_conventions_1.CLICKHOUSE_SERVER_CONTAINER.name, '--', 'sh', '-c', clientScript(operator_conventions_1.CLICKHOUSE_SERVER_CONTAINER.passwordEnv, sql));
    return {
        podSelector: selector(analytics.podSelector),
        countTable,
        query,
        extraPodSteps: [
            { note: 'ClickHouse Keeper is Running', command: kubectl('get', 'pods', '-n', ns, '-l', selector(analytics.keeperPodSelector)) },
            {
                note: 'the operator reports both clusters Ready (Flux waits for it before it counts the app Ready)',
                command: kubectl('get', 'clickhouseclusters.clickhouse.com,keeperclusters.clickhouse.com', '-n', ns, analytics.name),
            },
        ],
        extraChecks: [
            {
                note: 'the default database is Replicated (the operator drops and recreates it otherwise) and holds Langfuse\'s tables: expect "Replicated" and a count above 0',
                command: query('SELECT engine, (SELECT count() FROM system.tables WHERE database = currentDatabase()) FROM system.databases WHERE name = currentDatabase()'),
            },
            {
                note: 'every replica answers through the cluster "default" (one line per replica)',
                command: query('SELECT hostName() FROM clusterAllReplicas(default, system.one)'),
            },
        ],
    };
}
/** The bucket names the HelmRelease uses. */
function s3Buckets(chart) {
    const s3 = chart.release.helmRelease.toJson().spec.values.s3;
    return ['eventUpload', 'mediaUpload', 'batchExport'].map((k) => s3[k]?.bucket).filter((b) => typeof b === 'string');
}
/** Text as shell comment lines: every line starts with `#`, so no value in it can become a command. */
function shellComment(text, marker = '#') {
    return text.split(/\r\n|\r|\n/).map((line) => `${marker} ${line}`).join('\n');
}
/**
 * The age key Flux decrypts the Secret files with: a Secret next to the Kustomization (its
 * `decryption.secretRef`), whose key ending in `.agekey` holds the private key of the recipient in
 * .sops.yaml, created once by hand (never committed); or, with `flux_sops_secret_name: ""`, the
 * kustomize-controller's own `--sops-age-secret`.
 */
function sopsKeyCheck(secretName, namespace) {
    if (secretName === '') {
        return {
            title: 'SOPS decryption key',
            steps: [{
                    note: 'flux_sops_secret_name is "": the kustomize-controller must run with --sops-age-secret naming a Secret in its namespace',
                    command: `${kubectl('get', 'deployment', '-n', 'flux-system', 'kustomize-controller', '-o', 'jsonpath={.spec.template.spec.containers[0].args}')}; echo`,
                }],
        };
    }
    return {
        title: 'SOPS decryption key',
        steps: [
            { note: `the Secret ${secretName} with the cluster's age key exists in ${namespace}, next to the Kustomization (a missing one fails every decryption)`,
                command: kubectl('get', 'secret', '-n', namespace, secretName) },
            {
                note: 'create it once (never commit it) from the file that holds the age private key of the recipient in .sops.yaml, here age.agekey; '
                    + 'Flux reads the Secret\'s keys that end in .agekey',
                command: kubectl('create', 'secret', 'generic', secretName, '-n', namespace, '--from-file=age.agekey=age.agekey'),
            },
        ],
    };
}
/** The checks as a shell-friendly text: `#` comments and commands. */
function renderDoctorChecks(checks) {
    return checks.map((check) => [shellComment(check.title, '##'), ...check.steps.flatMap((s) => [shellComment(s.note), s.command])].join('\n')).join('\n\n');
}
/** Prints the troubleshooting commands for a config, or with `restore` its recovery procedure. */
async function runDoctor(options) {
    return (0, command_1.reportUserErrors)(async () => {
        // the tree's parents place the Kustomizations (and so where their SOPS Secret is read)
        const instances = await (0, explain_1.loadLangfuse)(options.configPath, options.env, options.treeRoot ?? (0, command_1.defaultOutDir)(options.env));
        if (instances.length === 0) {
            console.log(shellComment(`langfuse_enabled is false in ${options.configPath}: nothing is deployed, nothing to check`));
            return synth_1.EXIT.ok;
        }
        if (options.restore) {
            for (const loaded of instances) {
                console.log(shellComment(`Recovery of ${loaded.chart.appName} in namespace ${loaded.chart.names.namespace} from its backups (config ${options.configPath}), in order.`));
                console.log('# Run each step only once the one before it passed; each "#" line says what to do or to look for.\n');
                console.log(renderDoctorChecks((0, doctor_restore_1.restoreProcedure)(loaded, options.configPath)));
            }
            return synth_1.EXIT.ok;
        }
        for (const loaded of instances) {
            console.log(shellComment(`Checks for ${loaded.chart.release.releaseName} in namespace ${loaded.chart.names.namespace} (config ${options.configPath}).`));
            console.log('# Run them one by one against the cluster; each "#" line says what to look for.\n');
            console.log(renderDoctorChecks(doctorChecks(loaded)));
        }
        return synth_1.EXIT.ok;
    });
}
const USAGE = `usage: langfuse-cdk8s doctor [restore] [--config FILE] [--switch-from-reference]

Prints the seed's testing and troubleshooting checks as ready-to-run kubectl commands with this
config's names and namespaces: Flux status, pods, health and ready endpoints through port-forward,
web CrashLoopBackOff causes, the ClickHouse trace count, the CloudNativePG cluster status, Redis
(the Dragonfly ACL when it is on), the S3 buckets, and SSO, backups, monitoring, tracing, LiteLLM
and network policies when they are on. It runs nothing and prints no secret.

  restore        print instead the full recovery from backups, in order: what must exist first,
                 Postgres (CloudNativePG recovery), ClickHouse (the restore before Langfuse starts,
                 or by hand for the bundled one), the object storage buckets, then Langfuse, each
                 with its config edits, commands and checks (docs/disaster-recovery.md)
  ${command_1.CONFIG_OPTION_HELP}
  --switch-from-reference  print instead the ordered runbook that switches a cluster running the
                 reference deployment to this config's tree (base backup, prune protection, suspend,
                 queue drain, Dragonfly and Keycloak on both sides, synth --adopt, checks, clean-up),
                 with the rollback of each step; see import-reference. Run it in the reference
                 repository's root: its namespace folders' namespace: decide where the side apps'
                 Kustomizations live

${command_1.EXIT_CODES_HELP}`;
/** Prints the switch runbook for every instance of a config. */
async function runSwitchRunbook(options) {
    return (0, command_1.reportUserErrors)(async () => {
        const root = options.treeRoot ?? process.cwd();
        const targets = await (0, switch_runbook_1.loadSwitchTargets)(options.configPath, options.env, root);
        for (const folder of [...new Set(targets.map((t) => path.dirname(t.chart.appDirectory)))]) {
            if (!fs.existsSync(path.join(root, folder))) {
                console.error(`warning: ${path.join(root, folder)} does not exist: run doctor --switch-from-reference in the reference repository's root, `
                    + 'whose namespace folders\' namespace: decide where the Kustomizations live; the namespaces below assume none sets one');
            }
        }
        if (targets.length === 0) {
            console.log(shellComment(`langfuse_enabled is false in ${options.configPath}: nothing to switch to`));
            return synth_1.EXIT.ok;
        }
        // every runbook first: a refused instance prints nothing at all
        const runbooks = targets.map((target) => ({ target, steps: (0, switch_runbook_1.switchRunbook)(target, options.configPath) }));
        for (const { target, steps } of runbooks) {
            console.log(shellComment(`Switching ${target.chart.appName} in namespace ${target.chart.names.namespace} from the reference deployment (config ${options.configPath}).`));
            console.log('# Run the steps in order, in the reference repository\'s root, one by one; each says how to check it and how to undo it.\n');
            console.log((0, switch_runbook_1.renderSwitchRunbook)(steps));
        }
        return synth_1.EXIT.ok;
    });
}
/** `langfuse-cdk8s doctor [restore]`. */
exports.doctorCommand = (0, command_1.defineCommand)({
    name: 'doctor',
    summary: 'print ready-to-run kubectl checks for a deployed config (pods, health, ClickHouse, CNPG, ACL, S3, ...); '
        + '"doctor restore": the recovery runbook; --switch-from-reference: the switch runbook',
    usage: USAGE,
    options: { 'config': { type: 'string', path: true }, 'switch-from-reference': { type: 'boolean' } },
    positionals: true,
}, async ({ values, positionals }) => {
    if (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== 'restore')) {
        throw new cli_errors_1.UserError(`doctor takes one optional subcommand, "restore" (got ${positionals.map((p) => JSON.stringify(p)).join(' ')})\n\n${USAGE}`);
    }
    const configPath = (0, command_1.chooseConfig)(values.config).path;
    const restore = positionals[0] === 'restore';
    if (values['switch-from-reference'] === true) {
        if (restore)
            throw new cli_errors_1.UserError(`"doctor restore" and --switch-from-reference are two different runbooks: ask for one\n\n${USAGE}`);
        return runSwitchRunbook({ configPath });
    }
    return runDoctor({ configPath, restore });
});
