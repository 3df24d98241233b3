import type { FluxAppChart } from '../flux/flux-app-chart';
import type { KustomizationDependency } from '../flux/flux-kustomization';
import type { LangfuseChart } from '../langfuse-chart';
import type { LangfuseChartProps } from '../langfuse-chart-props';
/** Creates a side app (a Flux app folder of its own) in a namespace, with its dependencies. */
export type SideAppFactory = (appName: string, namespace: string, dependsOn?: KustomizationDependency[]) => FluxAppChart;
/** The bucket of a backup destination like `s3://langfuse-postgres-backups/path`. */
export declare function backupBucket(destinationPath: string): string;
/**
 * What the reference deployment renders into its neighbours' own files while its
 * `langfuse_enabled` is on, as objects of this tool: the RustFS bucket Job and the allow-only
 * policies of RustFS and Dragonfly (each in a side app in the neighbour's namespace, `<instance>-rustfs`
 * and `<instance>-dragonfly`), and LiteLLM's (in the Langfuse app, whose namespace LiteLLM shares).
 */
export declare function addNeighbourAccess(langfuse: LangfuseChart, props: LangfuseChartProps, app: SideAppFactory): void;
