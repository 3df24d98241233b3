import { ExternalObjectStorage } from '../backends/object-storage';
import type { FluxAppChart } from '../flux/flux-app-chart';
import type { KustomizationDependency } from '../flux/flux-kustomization';
import type { LangfuseChart } from '../langfuse-chart';
import type { LangfuseChartProps } from '../langfuse-chart-props';
import { NeighbourAccessPolicy, neighbourRules, PolicedNeighbour } from '../network/neighbour-policies';
import { fluxDependencyOf, RUSTFS } from '../settings/shared-services';
import { RustfsBuckets } from './rustfs-buckets';

/** Creates a side app (a Flux app folder of its own) in a namespace, with its dependencies. */
export type SideAppFactory = (appName: string, namespace: string, dependsOn?: KustomizationDependency[]) => FluxAppChart;

/** The bucket of a backup destination like `s3://langfuse-postgres-backups/path`. */
export function backupBucket(destinationPath: string): string {
  return destinationPath.replace(/^s3:\/\//, '').split('/')[0];
}

/**
 * What the reference deployment renders into its neighbours' own files while its
 * `langfuse_enabled` is on, as objects of this tool: the RustFS bucket Job and the allow-only
 * policies of RustFS and Dragonfly (each in a side app in the neighbour's namespace, `<instance>-rustfs`
 * and `<instance>-dragonfly`), and LiteLLM's (in the Langfuse app, whose namespace LiteLLM shares).
 */
export function addNeighbourAccess(langfuse: LangfuseChart, props: LangfuseChartProps, app: SideAppFactory): void {
  const instance = langfuse.appName;
  const storage = props.objectStorage;
  const rules = props.neighbourPolicies && langfuse.trafficModel ? neighbourRules(langfuse.trafficModel) : [];
  const rulesOf = (neighbour: PolicedNeighbour) => rules.find((r) => r.neighbour === neighbour);
  const labels = { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'neighbour-network-policy' };
  const policyName = (neighbour: PolicedNeighbour) => `${instance}-${neighbour}-access`;

  const rustfs = rulesOf('rustfs');
  if ((props.bucketSetup && storage instanceof ExternalObjectStorage) || rustfs) {
    const namespace = rustfs?.peer.namespace ?? (storage instanceof ExternalObjectStorage ? storage.fluxDependency.namespace : RUSTFS.namespace);
    const rustfsDependency = props.fluxDependencies?.rustfs === undefined
      ? (storage instanceof ExternalObjectStorage ? storage.fluxDependency : fluxDependencyOf(RUSTFS)) : props.fluxDependencies.rustfs;
    // The policy needs nothing; the Job needs RustFS running.
    const chart = app(`${instance}-rustfs`, namespace, props.bucketSetup && rustfsDependency ? [{ ...rustfsDependency }] : []);
    if (rustfs) new NeighbourAccessPolicy(chart, 'Policy', { name: policyName('rustfs'), rules: rustfs, labels });
    if (props.bucketSetup && storage instanceof ExternalObjectStorage) {
      const buckets = props.buckets ?? {};
      new RustfsBuckets(chart, 'Buckets', {
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
  if (dragonfly) new NeighbourAccessPolicy(app(`${instance}-dragonfly`, dragonfly.peer.namespace!), 'Policy', { name: policyName('dragonfly'), rules: dragonfly, labels });
  const litellm = rulesOf('litellm');
  if (litellm) new NeighbourAccessPolicy(langfuse, 'LiteLlmAccess', { name: policyName('litellm'), rules: litellm, labels });
}
