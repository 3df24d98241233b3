/**
 * What an existing install depends on, summarized from the synthesized objects: every object's
 * identity, the pinned chart and Langfuse image, the ClickHouse values (the bundled store and its
 * volumes), the environment variable names, the Postgres storage and the Flux wiring. Comparing two
 * summaries shows whether a tool upgrade would change what runs, and where.
 */

/** An object as cdk8s renders it. */
type RenderedObject = { kind: string; metadata: { name: string; namespace?: string }; [key: string]: any };

/** The parts of one instance's output that an upgrade of this tool must keep. */
export interface DeploymentSummary {
  /** `Kind/namespace/name` of every object, sorted. */
  readonly objects: string[];
  /** Per Langfuse HelmRelease (`namespace/name`). */
  readonly releases: Record<string, {
    readonly chart: unknown;
    readonly image: unknown;
    readonly clickhouse: unknown;
    readonly env: { readonly common: string[]; readonly web: string[]; readonly worker: string[] };
    readonly postRenderers: unknown;
  }>;
  /** Per CloudNativePG Cluster: its storage. */
  readonly postgresStorage: Record<string, unknown>;
  /** Per Flux Kustomization: dependsOn, healthChecks and healthCheckExprs. */
  readonly kustomizations: Record<string, unknown>;
}

const id = (o: RenderedObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
const envNames = (env: unknown): string[] => (Array.isArray(env) ? env.map((e) => String(e.name)) : []);

/** The summary of a set of synthesized objects. */
export function deploymentSummary(objects: readonly RenderedObject[]): DeploymentSummary {
  const releases: Record<string, DeploymentSummary['releases'][string]> = {};
  const postgresStorage: Record<string, unknown> = {};
  const kustomizations: Record<string, unknown> = {};
  for (const o of objects) {
    if (o.kind === 'HelmRelease' && o.spec?.chart?.spec?.chart === 'langfuse') {
      const values = o.spec.values;
      releases[id(o)] = {
        chart: o.spec.chart.spec,
        image: values.langfuse.image,
        clickhouse: values.clickhouse,
        env: {
          common: envNames(values.langfuse.additionalEnv),
          web: envNames(values.langfuse.web?.pod?.additionalEnv),
          worker: envNames(values.langfuse.worker?.pod?.additionalEnv),
        },
        postRenderers: o.spec.postRenderers ?? null,
      };
    }
    if (o.kind === 'Cluster' && String(o.apiVersion).startsWith('postgresql.cnpg.io/')) postgresStorage[id(o)] = o.spec.storage;
    if (o.kind === 'Kustomization' && String(o.apiVersion).startsWith('kustomize.toolkit.fluxcd.io/')) {
      kustomizations[id(o)] = { dependsOn: o.spec.dependsOn ?? null, healthChecks: o.spec.healthChecks ?? null, healthCheckExprs: o.spec.healthCheckExprs ?? null };
    }
  }
  return { objects: objects.map((o) => `${o.kind}/${id(o)}`).sort(), releases, postgresStorage, kustomizations };
}
