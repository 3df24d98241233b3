"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.backupBucket = backupBucket;
exports.addNeighbourAccess = addNeighbourAccess;
const object_storage_1 = require("../backends/object-storage");
const neighbour_policies_1 = require("../network/neighbour-policies");
const shared_services_1 = require("../settings/shared-services");
const rustfs_buckets_1 = require("./rustfs-buckets");
/** The bucket of a backup destination like `s3://langfuse-postgres-backups/path`. */
function backupBucket(destinationPath) {
    return destinationPath.replace(/^s3:\/\//, '').split('/')[0];
}
/**
 * What the reference deployment renders into its neighbours' own files while its
 * `langfuse_enabled` is on, as objects of this tool: the RustFS bucket Job and the allow-only
 * policies of RustFS and Dragonfly (each in a side app in the neighbour's namespace, `<instance>-rustfs`
 * and `<instance>-dragonfly`), and LiteLLM's (in the Langfuse app, whose namespace LiteLLM shares).
 */
function addNeighbourAccess(langfuse, props, app) {
    const instance = langfuse.appName;
    const storage = props.objectStorage;
    const rules = props.neighbourPolicies && langfuse.trafficModel ? (0, neighbour_policies_1.neighbourRules)(langfuse.trafficModel) : [];
    const rulesOf = (neighbour) => rules.find((r) => r.neighbour === neighbour);
    const labels = { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'neighbour-network-policy' };
    const policyName = (neighbour) => `${instance}-${neighbour}-access`;
    const rustfs = rulesOf('rustfs');
    if ((props.bucketSetup && storage instanceof object_storage_1.ExternalObjectStorage) || rustfs) {
        const namespace = rustfs?.peer.namespace ?? (storage instanceof object_storage_1.ExternalObjectStorage ? storage.fluxDependency.namespace : shared_services_1.RUSTFS.namespace);
        const rustfsDependency = props.fluxDependencies?.rustfs === undefined
            ? (storage instanceof object_storage_1.ExternalObjectStorage ? storage.fluxDependency : (0, shared_services_1.fluxDependencyOf)(shared_services_1.RUSTFS)) : props.fluxDependencies.rustfs;
        // The policy needs nothing; the Job needs RustFS running.
        const chart = app(`${instance}-rustfs`, namespace, props.bucketSetup && rustfsDependency ? [{ ...rustfsDependency }] : []);
        if (rustfs)
            new neighbour_policies_1.NeighbourAccessPolicy(chart, 'Policy', { name: policyName('rustfs'), rules: rustfs, labels });
        if (props.bucketSetup && storage instanceof object_storage_1.ExternalObjectStorage) {
            const buckets = props.buckets ?? {};
            new rustfs_buckets_1.RustfsBuckets(chart, 'Buckets', {
                name: `${instance}-rustfs-buckets`,
                endpoint: storage.endpoint,
                adminSecretName: props.bucketSetup.adminSecretName,
                buckets: [
                    buckets.events ?? 'langfuse-events', buckets.media ?? 'langfuse-media', buckets.exports ?? 'langfuse-exports',
                    ...(props.backup ? [backupBucket(props.backup.destinationPath ?? 's3://langfuse-postgres-backups')] : []),
                ],
            });
        }
    }
    const dragonfly = rulesOf('dragonfly');
    if (dragonfly)
        new neighbour_policies_1.NeighbourAccessPolicy(app(`${instance}-dragonfly`, dragonfly.peer.namespace), 'Policy', { name: policyName('dragonfly'), rules: dragonfly, labels });
    const litellm = rulesOf('litellm');
    if (litellm)
        new neighbour_policies_1.NeighbourAccessPolicy(langfuse, 'LiteLlmAccess', { name: policyName('litellm'), rules: litellm, labels });
}
