import { App, Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Yaml } from 'cdk8s';

/** The keycloak-config-cli Job a patch targets, and what it mounts today. */
export interface KeycloakConfigJob {
  readonly name: string;
  readonly namespace: string;
  readonly container: string;
  /** The volume that holds the realm files (mounted where IMPORT_FILES_LOCATIONS points). */
  readonly volume: string;
  /** The ConfigMap that volume projects today. */
  readonly realmConfigMap: string;
  /** The Secrets the container takes with envFrom today (kept: envFrom is replaced whole by a strategic merge patch). */
  readonly envFromSecrets: readonly string[];
}

/** What the patch adds: realm fragments (ConfigMaps) and the Secrets with their `$(env:...)` variables. */
export interface KeycloakConfigJobAdditions {
  readonly configMaps: readonly string[];
  readonly secrets: readonly string[];
}

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
export function keycloakConfigJobPatch(job: KeycloakConfigJob, add: KeycloakConfigJobAdditions): Record<string, unknown> {
  if (add.configMaps.length === 0) throw new Error('keycloak config job patch needs at least one realm fragment ConfigMap (got none)');
  const chart = new Chart(new App({ outdir: 'unused' }), 'patch', { disableResourceNameHashes: true });
  const envFrom = [...new Set([...job.envFromSecrets, ...add.secrets])].map((name) => ({ secretRef: { name } }));
  const kubeJob = new k8s.KubeJob(chart, 'Patch', {
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
  const patch = kubeJob.toJson() as { spec: { template: { spec: { volumes: Array<Record<string, unknown>> } } } };
  patch.spec.template.spec.volumes[0] = { ...patch.spec.template.spec.volumes[0], configMap: null };
  return patch;
}

/** The patch as a YAML file. */
export function keycloakConfigJobPatchYaml(job: KeycloakConfigJob, add: KeycloakConfigJobAdditions): string {
  return Yaml.stringify(keycloakConfigJobPatch(job, add));
}
