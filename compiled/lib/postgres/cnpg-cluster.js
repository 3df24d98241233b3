"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CnpgCluster = void 0;
const constructs_1 = require("constructs");
const postgresql_cnpg_io_1 = require("../../imports/postgresql.cnpg.io");
const prune_protection_1 = require("../flux/prune-protection");
const file_placement_1 = require("../output/file-placement");
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
        if (!Number.isInteger(instances) || instances < 1) {
            throw new Error(`cnpg cluster instances must be a whole number of at least 1 (got ${instances})`);
        }
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
