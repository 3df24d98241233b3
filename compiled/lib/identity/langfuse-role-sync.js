"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LangfuseRoleSync = exports.ROLE_SYNC_REALM_MANAGEMENT_ROLES = exports.ROLE_SYNC_NAMES = void 0;
exports.roleSyncPodLabels = roleSyncPodLabels;
const crypto_1 = require("crypto");
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const cron_expression_1 = require("../formats/cron-expression");
const endpoint_url_1 = require("../formats/endpoint-url");
const file_placement_1 = require("../output/file-placement");
const sops_secret_1 = require("../secrets/sops-secret");
const role_sync_defaults_1 = require("./role-sync-defaults");
const role_sync_script_1 = require("./role-sync-script");
/** Names of the role sync's objects: the reference deployment's, so that the switch keeps them. */
exports.ROLE_SYNC_NAMES = {
    cronJob: 'langfuse-role-sync',
    secret: 'langfuse-sync-secret',
    configMap: 'langfuse-sync-config',
    scriptConfigMap: 'langfuse-sync-script',
};
/** The roles of the client `realm-management` the sync's service account needs to read users and their realm roles. */
exports.ROLE_SYNC_REALM_MANAGEMENT_ROLES = ['view-users', 'view-realm'];
/** Pod labels of the role sync's pods (network policies select them). */
function roleSyncPodLabels() {
    return { 'app.kubernetes.io/name': exports.ROLE_SYNC_NAMES.cronJob, 'app.kubernetes.io/component': 'sync' };
}
/**
 * The reference deployment's SCIM role sync, as a CronJob with its Secret (the service account's
 * client secret and the organization API key) and two ConfigMaps (the role mapping and the
 * script, lib/identity/role-sync-script.ts), under the reference's names. Unlike the reference it
 * runs the script with Python's standard library on a read-only root filesystem (no pip install at
 * start, no egress to PyPI), talks to Keycloak and Langfuse inside the cluster, and sets roles the
 * way Langfuse's SCIM API takes them (PUT with `roles`).
 */
class LangfuseRoleSync extends constructs_1.Construct {
    cronJob;
    secret;
    roleMapping;
    constructor(scope, id, props) {
        super(scope, id);
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        if (!namespace)
            throw new Error('role sync needs a namespace (got none, and its chart has none)');
        const schedule = props.schedule ?? '*/5 * * * *';
        const scheduleProblem = (0, cron_expression_1.cronProblem)(schedule, { seconds: false });
        if (scheduleProblem)
            throw new Error(`role sync schedule ${scheduleProblem} (got "${schedule}")`);
        for (const [what, url] of [['keycloak url', props.keycloakUrl], ['langfuse url', props.langfuseUrl]]) {
            if (!/^https?:\/\/[^\s/]+$/.test(url))
                throw new Error(`role sync ${what} must be an http(s) URL without a path (got "${(0, endpoint_url_1.withoutUserinfo)(url)}")`);
        }
        this.roleMapping = props.roleMapping ?? role_sync_defaults_1.DEFAULT_ROLE_MAPPING;
        if (Object.keys(this.roleMapping).length === 0)
            throw new Error('role sync needs at least one role mapping (got none)');
        const labels = { ...roleSyncPodLabels(), 'app.kubernetes.io/part-of': 'langfuse' };
        this.secret = new sops_secret_1.SopsSecret(this, 'Secret', {
            name: exports.ROLE_SYNC_NAMES.secret,
            namespace,
            labels,
            stringData: {
                KEYCLOAK_CLIENT_SECRET: props.keycloakClient.clientSecret,
                LANGFUSE_PUBLIC_KEY: props.orgApiKey.publicKey,
                LANGFUSE_SECRET_KEY: props.orgApiKey.secretKey,
            },
        });
        const mapping = JSON.stringify(Object.fromEntries(Object.entries(this.roleMapping).sort(([a], [b]) => a.localeCompare(b))));
        const config = new cdk8s_plus_28_1.k8s.KubeConfigMap(this, 'Config', {
            metadata: { name: exports.ROLE_SYNC_NAMES.configMap, namespace, labels },
            data: { ROLE_MAPPING: mapping },
        });
        const script = new cdk8s_plus_28_1.k8s.KubeConfigMap(this, 'Script', {
            metadata: { name: exports.ROLE_SYNC_NAMES.scriptConfigMap, namespace, labels },
            data: { 'sync.py': role_sync_script_1.ROLE_SYNC_SCRIPT },
        });
        (0, file_placement_1.placeInFile)(config, 'role-sync.yaml');
        (0, file_placement_1.placeInFile)(script, 'role-sync.yaml');
        const secretEnv = (key) => ({ name: key, valueFrom: { secretKeyRef: { name: exports.ROLE_SYNC_NAMES.secret, key } } });
        this.cronJob = new cdk8s_plus_28_1.k8s.KubeCronJob(this, 'Resource', {
            metadata: { name: exports.ROLE_SYNC_NAMES.cronJob, namespace, labels },
            spec: {
                schedule,
                concurrencyPolicy: 'Forbid',
                successfulJobsHistoryLimit: 3,
                failedJobsHistoryLimit: 3,
                jobTemplate: {
                    spec: {
                        backoffLimit: 3,
                        activeDeadlineSeconds: 300,
                        template: {
                            // a changed script or mapping shows in the pods it starts
                            metadata: { labels, annotations: { 'checksum/config': (0, crypto_1.createHash)('sha256').update(JSON.stringify([mapping, role_sync_script_1.ROLE_SYNC_SCRIPT])).digest('hex') } },
                            spec: {
                                restartPolicy: 'OnFailure',
                                automountServiceAccountToken: false,
                                securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
                                containers: [{
                                        name: 'sync',
                                        image: props.image ?? role_sync_defaults_1.DEFAULT_SCIM_SYNC_IMAGE,
                                        command: ['python3', '/scripts/sync.py'],
                                        env: [
                                            { name: 'PYTHONDONTWRITEBYTECODE', value: '1' },
                                            { name: 'KEYCLOAK_URL', value: props.keycloakUrl },
                                            { name: 'KEYCLOAK_REALM', value: props.realm },
                                            { name: 'KEYCLOAK_CLIENT_ID', value: props.keycloakClient.clientId },
                                            secretEnv('KEYCLOAK_CLIENT_SECRET'),
                                            { name: 'LANGFUSE_URL', value: props.langfuseUrl },
                                            secretEnv('LANGFUSE_PUBLIC_KEY'),
                                            secretEnv('LANGFUSE_SECRET_KEY'),
                                            { name: 'ROLE_MAPPING', valueFrom: { configMapKeyRef: { name: exports.ROLE_SYNC_NAMES.configMap, key: 'ROLE_MAPPING' } } },
                                        ],
                                        volumeMounts: [{ name: 'scripts', mountPath: '/scripts', readOnly: true }],
                                        resources: {
                                            requests: { cpu: cdk8s_plus_28_1.k8s.Quantity.fromString('50m'), memory: cdk8s_plus_28_1.k8s.Quantity.fromString('64Mi') },
                                            limits: { memory: cdk8s_plus_28_1.k8s.Quantity.fromString('128Mi') },
                                        },
                                        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
                                    }],
                                volumes: [{ name: 'scripts', configMap: { name: exports.ROLE_SYNC_NAMES.scriptConfigMap, defaultMode: 0o444 } }],
                            },
                        },
                    },
                },
            },
        });
        (0, file_placement_1.placeInFile)(this.cronJob, 'role-sync.yaml');
    }
}
exports.LangfuseRoleSync = LangfuseRoleSync;
