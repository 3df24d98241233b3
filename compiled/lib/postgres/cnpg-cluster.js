"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CnpgCluster = void 0;
const zod_1 = require("zod");
const constructs_1 = require("constructs");
const postgresql_cnpg_io_1 = require("../../imports/postgresql.cnpg.io");
const fields_1 = require("../config/fields");
const prune_protection_1 = require("../flux/prune-protection");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
const derive_1 = require("../settings/derive");
/**
 * A CloudNativePG `Cluster` and its `Database`, on UTC (Langfuse requires it), with the owner as a
 * managed role so that password rotation through the Secret works, and pod anti-affinity when
 * there is more than one instance.
 * @see https://cloudnative-pg.io/documentation/current/
 */
class CnpgCluster extends constructs_1.Construct {
    name;
    namespace;
    /** Read-write Service host. */
    rwHost;
    port = 5432;
    /** Pod label every instance carries. */
    podSelector;
    cluster;
    constructor(scope, id, props) {
        super(scope, id);
        const instances = props.instances ?? 1;
        (0, prop_checks_1.checkProp)('cnpg cluster name', props.name, (0, fields_1.dnsLabel)());
        const at = (prop) => `cnpg cluster ${props.name}: ${prop}`;
        (0, prop_checks_1.checkProp)(at('namespace'), props.namespace, (0, fields_1.dnsLabel)());
        (0, prop_checks_1.checkProp)(at('database'), props.database, postgresIdentifier);
        (0, prop_checks_1.checkProp)(at('owner'), props.owner, postgresIdentifier);
        (0, prop_checks_1.checkProp)(at('credentialsSecretName'), props.credentialsSecretName, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkProp)(at('instances'), instances, (0, fields_1.intBetween)(1, 99));
        (0, prop_checks_1.checkOptionalProps)([
            [at('storageSize'), props.storageSize, (0, fields_1.storageQuantity)()],
            [at('storageClass'), props.storageClass, (0, fields_1.dnsSubdomain)()],
            [at('imageName'), props.imageName, (0, fields_1.pinnedImage)()],
            [at('priorityClassName'), props.priorityClassName, (0, fields_1.dnsSubdomain)()],
        ]);
        this.name = props.name;
        this.namespace = props.namespace;
        this.rwHost = (0, derive_1.serviceDns)(`${props.name}-rw`, props.namespace);
        this.podSelector = { 'cnpg.io/cluster': props.name };
        this.cluster = new postgresql_cnpg_io_1.Cluster(this, 'Resource', {
            metadata: {
                name: props.name,
                namespace: props.namespace,
                labels: { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/part-of': 'langfuse', ...props.labels },
                // Deleting the Cluster deletes its PVCs: no rename or removal of the app may do that.
                annotations: { ...prune_protection_1.PRUNE_DISABLED },
            },
            spec: {
                instances,
                imageName: props.imageName ?? 'ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie',
                priorityClassName: props.priorityClassName ?? 'system-cluster-critical',
                bootstrap: props.recovery
                    ? { recovery: props.recovery }
                    : { initdb: { database: props.database, owner: props.owner, secret: { name: props.credentialsSecretName } } },
                externalClusters: props.externalClusters ? [...props.externalClusters] : undefined,
                managed: {
                    roles: [{
                            name: props.owner,
                            ensure: postgresql_cnpg_io_1.ClusterSpecManagedRolesEnsure.PRESENT,
                            login: true,
                            createdb: false,
                            createrole: false,
                            inherit: true,
                            connectionLimit: -1,
                            passwordSecret: { name: props.credentialsSecretName },
                        }],
                },
                storage: { size: props.storageSize ?? '10Gi', storageClass: props.storageClass ?? 'local-path' },
                resources: {
                    requests: { cpu: postgresql_cnpg_io_1.ClusterSpecResourcesRequests.fromString('100m'), memory: postgresql_cnpg_io_1.ClusterSpecResourcesRequests.fromString('256Mi') },
                    limits: { memory: postgresql_cnpg_io_1.ClusterSpecResourcesLimits.fromString('2Gi') },
                },
                postgresql: { parameters: POSTGRES_PARAMETERS },
                affinity: instances > 1 ? { enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname' } : undefined,
                plugins: props.plugins ? [...props.plugins] : undefined,
                backup: props.backup,
                env: props.env ? [...props.env] : undefined,
            },
        });
        (0, file_placement_1.placeInFile)(this.cluster, 'postgresql.yaml');
        const database = new postgresql_cnpg_io_1.Database(this, 'Database', {
            metadata: { name: props.databaseObjectName ?? `${props.name}-${props.database}`, namespace: props.namespace, annotations: { ...prune_protection_1.PRUNE_DISABLED } },
            spec: {
                name: props.database,
                owner: props.owner,
                cluster: { name: props.name },
                ensure: postgresql_cnpg_io_1.DatabaseSpecEnsure.PRESENT,
                databaseReclaimPolicy: postgresql_cnpg_io_1.DatabaseSpecDatabaseReclaimPolicy.RETAIN,
            },
        });
        (0, file_placement_1.placeInFile)(database, 'postgresql.yaml');
    }
}
exports.CnpgCluster = CnpgCluster;
/** A database or role name CloudNativePG accepts unquoted. */
const postgresIdentifier = zod_1.z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, {
    message: 'must be a Postgres identifier: lowercase letters, digits and "_", starting with a letter or "_", at most 63 characters',
});
/** Server settings; Langfuse requires UTC, the rest sizes a small dedicated instance. */
const POSTGRES_PARAMETERS = {
    timezone: 'UTC',
    max_connections: '200',
    shared_buffers: '256MB',
    effective_cache_size: '1GB',
    maintenance_work_mem: '64MB',
    checkpoint_completion_target: '0.9',
    wal_buffers: '16MB',
    default_statistics_target: '100',
    random_page_cost: '1.1',
    effective_io_concurrency: '200',
    work_mem: '4MB',
    min_wal_size: '1GB',
    max_wal_size: '4GB',
};
