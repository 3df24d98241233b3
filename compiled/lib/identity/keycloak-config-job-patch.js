"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keycloakConfigJobPatch = keycloakConfigJobPatch;
exports.keycloakConfigJobPatchYaml = keycloakConfigJobPatchYaml;
const cdk8s_1 = require("cdk8s");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const cdk8s_2 = require("cdk8s");
/**
 * A strategic merge patch for an existing keycloak-config-cli Job (like the reference deployment's
 * `keycloak-config-apply`) that makes it import this tool's realm fragments next to its own realm
 * file: the realm volume becomes a projected volume of its ConfigMap plus the fragments (the same
 * mount path, so IMPORT_FILES_LOCATIONS=/config/* reads every file), and envFrom gains the
 * fragments' Secrets. `configMap: null` is the merge patch's deletion of the old volume source
 * (a volume takes one source); envFrom has no merge key, so the patch lists the Job's own Secrets too.
 * A changed Job template re-runs a Job that carries `kustomize.toolkit.fluxcd.io/force: enabled`.
 *
 * The object is built with the generated core classes (cdk8s-plus-28 `k8s.KubeJob`), then the
 * deletion directive is added.
 */
function keycloakConfigJobPatch(job, add) {
    if (add.configMaps.length === 0)
        throw new Error('keycloak config job patch needs at least one realm fragment ConfigMap (got none)');
    const chart = new cdk8s_1.Chart(new cdk8s_1.App({ outdir: 'unused' }), 'patch', { disableResourceNameHashes: true });
    const envFrom = [...new Set([...job.envFromSecrets, ...add.secrets])].map((name) => ({ secretRef: { name } }));
    const kubeJob = new cdk8s_plus_28_1.k8s.KubeJob(chart, 'Patch', {
        metadata: { name: job.name, namespace: job.namespace },
        spec: {
            template: {
                spec: {
                    containers: [{ name: job.container, envFrom }],
                    volumes: [{
                            name: job.volume,
                            projected: { sources: [job.realmConfigMap, ...add.configMaps].map((name) => ({ configMap: { name } })) },
                        }],
                },
            },
        },
    });
    const patch = kubeJob.toJson();
    patch.spec.template.spec.volumes[0] = { ...patch.spec.template.spec.volumes[0], configMap: null };
    return patch;
}
/** The patch as a YAML file. */
function keycloakConfigJobPatchYaml(job, add) {
    return cdk8s_2.Yaml.stringify(keycloakConfigJobPatch(job, add));
}
