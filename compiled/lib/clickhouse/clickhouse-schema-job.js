"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseSchemaJob = exports.LANGFUSE_WEB_IMAGE_REPOSITORY = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const fields_1 = require("../config/fields");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
const job_pod_1 = require("./job-pod");
/** The web image of chart 1.5.41 (`langfuse.web.image.repository`); it carries `migrate` and Langfuse's ClickHouse migrations. */
exports.LANGFUSE_WEB_IMAGE_REPOSITORY = 'langfuse/langfuse';
/** The user of the Langfuse image (web/Dockerfile: `adduser --system --uid 1001 nextjs`, `USER nextjs`). */
const LANGFUSE_IMAGE_USER = 1001;
/**
 * A one-off Job that creates Langfuse's ClickHouse schema on a new cluster at the version the
 * release runs: the Langfuse web image's own migration step, without the rest of its entrypoint
 * (which would also migrate Postgres). langfuse/langfuse v3.224.1 web/entrypoint.sh runs
 * `cd ./packages/shared && sh ./clickhouse/scripts/up.sh` from /app; web/Dockerfile copies
 * packages/shared/clickhouse there and golang-migrate to /usr/bin/migrate; up.sh needs
 * CLICKHOUSE_URL, CLICKHOUSE_MIGRATION_URL, CLICKHOUSE_USER and CLICKHOUSE_PASSWORD and takes the
 * clustered migrations (ON CLUSTER default, Replicated engines) unless CLICKHOUSE_CLUSTER_ENABLED
 * is "false". Re-running it is a no-op once the schema is at the image's version.
 *
 * Run it only once the cluster is Ready (its Flux app depends on the cluster's): the operator
 * drops a `default` database that is not yet Replicated, tables and all.
 */
class ClickHouseSchemaJob extends constructs_1.Construct {
    name;
    job;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('clickhouse schema job name', props.name, (0, fields_1.dnsLabel)());
        const at = (prop) => `clickhouse schema job ${props.name}: ${prop}`;
        (0, prop_checks_1.checkProp)(at('host'), props.host, (0, fields_1.hostName)());
        (0, prop_checks_1.checkSecretKeyRef)(at('passwordSecret'), props.passwordSecret);
        (0, prop_checks_1.checkOptionalProps)([[at('namespace'), props.namespace, (0, fields_1.dnsLabel)()], [at('httpPort'), props.httpPort, (0, fields_1.port)()], [at('nativePort'), props.nativePort, (0, fields_1.port)()]]);
        if (typeof props.image !== 'string' || !/^[^\s:@]+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})$/.test(props.image) || props.image.endsWith(':latest')) {
            throw new Error(`schema job image must be pinned to a tag other than latest or a digest (got "${props.image}")`);
        }
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        this.name = props.name;
        const labels = { ...props.labels };
        const plain = (name, value) => ({ name, value });
        this.job = new cdk8s_plus_28_1.k8s.KubeJob(this, 'Resource', {
            // A changed spec (image, host) cannot update a Job in place: Flux replaces it, and it runs again.
            metadata: { name: this.name, namespace, labels, annotations: { 'kustomize.toolkit.fluxcd.io/force': 'enabled' } },
            spec: {
                backoffLimit: 6,
                activeDeadlineSeconds: 1800,
                template: (0, job_pod_1.restrictedJobPod)(LANGFUSE_IMAGE_USER, {
                    name: 'migrate',
                    image: props.image,
                    command: ['sh', '-c', 'cd /app/packages/shared && exec sh ./clickhouse/scripts/up.sh'],
                    env: [
                        plain('CLICKHOUSE_URL', `http://${props.host}:${props.httpPort ?? 8123}`),
                        plain('CLICKHOUSE_MIGRATION_URL', `clickhouse://${props.host}:${props.nativePort ?? 9000}`),
                        plain('CLICKHOUSE_USER', 'default'),
                        { name: 'CLICKHOUSE_PASSWORD', valueFrom: { secretKeyRef: { name: props.passwordSecret.name, key: props.passwordSecret.key } } },
                        plain('CLICKHOUSE_DB', 'default'),
                        plain('CLICKHOUSE_CLUSTER_ENABLED', 'true'),
                    ],
                    resources: {
                        requests: { cpu: cdk8s_plus_28_1.k8s.Quantity.fromString('50m'), memory: cdk8s_plus_28_1.k8s.Quantity.fromString('128Mi') },
                        limits: { memory: cdk8s_plus_28_1.k8s.Quantity.fromString('512Mi') },
                    },
                }, labels),
            },
        });
        (0, file_placement_1.placeInFile)(this.job, 'job.yaml');
    }
}
exports.ClickHouseSchemaJob = ClickHouseSchemaJob;
