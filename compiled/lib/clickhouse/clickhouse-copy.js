"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseCopy = exports.ClickHouseCopyMode = exports.FINAL_COPY_QUIET_SECONDS = exports.COPY_LOOKBACK_SECONDS = exports.COPY_WATERMARK_TABLE = exports.LANGFUSE_V3_COPIED_TABLES = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const zod_1 = require("zod");
const fields_1 = require("../config/fields");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
const clickhouse_images_1 = require("./clickhouse-images");
const clickhouse_copy_script_1 = require("./clickhouse-copy-script");
const job_pod_1 = require("./job-pod");
/**
 * The tables Langfuse 3.224.1 keeps its data in, as the chart maintainers' online sync copies them
 * (ch-online-sync.sh INCREMENTAL_TABLES): each a ReplacingMergeTree versioned by `event_ts`
 * (migrations 0001-0003, 0011 and 0024 of packages/shared/clickhouse/migrations at v3.224.1).
 * `dataset_run_items`, `project_environments` and `event_log` are unused from 3.224.1 on.
 */
exports.LANGFUSE_V3_COPIED_TABLES = ['traces', 'observations', 'scores', 'dataset_run_items_rmt', 'blob_storage_file_log'];
/** The new cluster's table that records, per copied table, the source's `event_ts` the last complete pass reached. */
exports.COPY_WATERMARK_TABLE = 'langfuse_cdk8s_copy_watermarks';
/** How far behind the watermark each pass starts again, for rows that arrive late (the maintainers' default). */
exports.COPY_LOOKBACK_SECONDS = 3600;
/**
 * How long the bundled ClickHouse must have had no write from an HTTP client (Langfuse) before the
 * final pass: longer than a pod's default termination grace period (30 s), so that a worker still
 * finishing its jobs is done.
 */
exports.FINAL_COPY_QUIET_SECONDS = 120;
/** The user of the ClickHouse server image (`clickhouse`, uid and gid 101). */
const CLICKHOUSE_IMAGE_USER = 101;
/** Which pass a `ClickHouseCopy` runs. */
var ClickHouseCopyMode;
(function (ClickHouseCopyMode) {
    /** A CronJob: a pass every `schedule` while Langfuse keeps writing, each one idempotent. */
    ClickHouseCopyMode["ONLINE"] = "online";
    /**
     * A Job: waits until nothing writes, copies the rest, re-copies every partition whose FINAL row
     * count or key hash differs, and fails unless all match then.
     */
    ClickHouseCopyMode["FINAL"] = "final";
})(ClickHouseCopyMode || (exports.ClickHouseCopyMode = ClickHouseCopyMode = {}));
/**
 * Copies Langfuse's tables from the bundled ClickHouse into the operator's, with the script of
 * `CLICKHOUSE_COPY_SCRIPT`: online as a CronJob whose passes repeat until the freeze (a pass that
 * still runs when the next is due is not doubled), and once more as the freeze's final Job, which
 * repairs the partitions that differ and fails when one still does. The passwords reach the pod
 * only through Secret references.
 */
class ClickHouseCopy extends constructs_1.Construct {
    name;
    mode;
    tables;
    /** The pod's environment, as rendered (Secret references for both passwords). */
    env;
    /** Set in ONLINE mode. */
    cronJob;
    /** Set in FINAL mode. */
    job;
    constructor(scope, id, props) {
        super(scope, id);
        // a CronJob's name must leave room for the suffix of the Jobs it creates: at most 52 characters
        (0, prop_checks_1.checkProp)('clickhouse copy name', props.name, props.mode === ClickHouseCopyMode.ONLINE ? (0, fields_1.dnsLabel)().max(52, { message: 'must be at most 52 characters (a CronJob)' }) : (0, fields_1.dnsLabel)());
        const at = (prop) => `clickhouse copy ${props.name}: ${prop}`;
        (0, prop_checks_1.checkProp)(at('mode'), props.mode, zod_1.z.enum([ClickHouseCopyMode.ONLINE, ClickHouseCopyMode.FINAL], { message: 'must be ClickHouseCopyMode.ONLINE or ClickHouseCopyMode.FINAL' }));
        (0, prop_checks_1.checkProp)(at('sourceAddress'), props.sourceAddress, (0, fields_1.hostAndPort)());
        const replicas = props.sourceReplicaAddresses ?? [props.sourceAddress];
        replicas.forEach((address, i) => (0, prop_checks_1.checkProp)(at(`sourceReplicaAddresses[${i}]`), address, (0, fields_1.hostAndPort)()));
        if (!replicas.includes(props.sourceAddress))
            throw new Error(`${at('sourceReplicaAddresses')}: must include sourceAddress "${props.sourceAddress}"`);
        (0, prop_checks_1.checkSecretKeyRef)(at('sourcePasswordSecret'), props.sourcePasswordSecret);
        (0, prop_checks_1.checkProp)(at('targetHost'), props.targetHost, (0, fields_1.hostName)());
        (0, prop_checks_1.checkSecretKeyRef)(at('targetPasswordSecret'), props.targetPasswordSecret);
        (0, prop_checks_1.checkOptionalProps)([
            [at('namespace'), props.namespace, (0, fields_1.dnsLabel)()], [at('targetPort'), props.targetPort, (0, fields_1.port)()], [at('schedule'), props.schedule, (0, fields_1.cronSchedule)()],
        ]);
        (0, clickhouse_images_1.imageRef)(props.image);
        this.name = props.name;
        this.mode = props.mode;
        this.tables = props.tables ?? exports.LANGFUSE_V3_COPIED_TABLES;
        for (const table of this.tables) {
            if (!/^[a-z][a-z0-9_]*$/.test(table))
                throw new Error(`copied table names are lowercase letters, digits and _ (got "${table}")`);
        }
        const lookback = props.lookbackSeconds ?? exports.COPY_LOOKBACK_SECONDS;
        if (!Number.isInteger(lookback) || lookback < 0)
            throw new Error(`copy lookback must be a whole number of seconds (got ${lookback})`);
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        const labels = { ...props.labels };
        const plain = (name, value) => ({ name, value });
        const secret = (name, ref) => ({ name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } });
        this.env = [
            plain('MODE', props.mode),
            plain('SOURCE_ADDRESS', props.sourceAddress),
            plain('SOURCE_REPLICAS', replicas.join(',')),
            secret('SOURCE_PASSWORD', props.sourcePasswordSecret),
            plain('TARGET_HOST', props.targetHost),
            plain('TARGET_PORT', String(props.targetPort ?? 9000)),
            secret('TARGET_PASSWORD', props.targetPasswordSecret),
            plain('TABLES', this.tables.join(' ')),
            plain('WATERMARK_TABLE', exports.COPY_WATERMARK_TABLE),
            plain('LOOKBACK_SECONDS', String(lookback)),
            plain('HOME', '/tmp'),
            ...(props.mode === ClickHouseCopyMode.FINAL ? [plain('QUIET_SECONDS', String(exports.FINAL_COPY_QUIET_SECONDS))] : []),
        ];
        // The client's config file with the password lives in the memory-backed /tmp, never on a disk.
        const pod = (0, job_pod_1.restrictedJobPod)(CLICKHOUSE_IMAGE_USER, {
            name: 'copy',
            image: props.image,
            command: ['/bin/sh', '-c', clickhouse_copy_script_1.CLICKHOUSE_COPY_SCRIPT],
            env: [...this.env],
            resources: {
                requests: { cpu: cdk8s_plus_28_1.k8s.Quantity.fromString('50m'), memory: cdk8s_plus_28_1.k8s.Quantity.fromString('64Mi') },
                limits: { memory: cdk8s_plus_28_1.k8s.Quantity.fromString('256Mi') },
            },
        }, labels);
        if (props.mode === ClickHouseCopyMode.ONLINE) {
            this.cronJob = new cdk8s_plus_28_1.k8s.KubeCronJob(this, 'Resource', {
                metadata: { name: this.name, namespace, labels },
                spec: {
                    schedule: props.schedule ?? '*/10 * * * *',
                    concurrencyPolicy: 'Forbid',
                    startingDeadlineSeconds: 300,
                    successfulJobsHistoryLimit: 3,
                    failedJobsHistoryLimit: 3,
                    jobTemplate: { metadata: { labels }, spec: { backoffLimit: 2, template: pod } },
                },
            });
            (0, file_placement_1.placeInFile)(this.cronJob, 'cronjob.yaml');
        }
        else {
            // No Flux force annotation: once it has run, the Job must never run again by itself.
            this.job = new cdk8s_plus_28_1.k8s.KubeJob(this, 'Resource', {
                metadata: { name: this.name, namespace, labels },
                spec: { backoffLimit: 2, template: pod },
            });
            (0, file_placement_1.placeInFile)(this.job, 'job.yaml');
        }
    }
}
exports.ClickHouseCopy = ClickHouseCopy;
