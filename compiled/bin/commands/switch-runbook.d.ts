import { FluxAppChart } from '../../lib/flux/flux-app-chart';
import { LoadedLangfuse } from './explain';
/** One step of the switch: what and why, the commands, how to check it, how to undo it. */
export interface SwitchStep {
    readonly title: string;
    readonly why: string;
    readonly commands: readonly string[];
    readonly check?: readonly string[];
    /** Commands that undo the step (printed as comments: they never run when the runbook is pasted). */
    readonly rollback: readonly string[];
}
/** One instance of a config, with every chart of its app (the Langfuse app and its side apps). */
export interface SwitchTarget extends LoadedLangfuse {
    readonly sideApps: readonly FluxAppChart[];
    /** The config file is SOPS-encrypted (its secret values are ENC[...] on disk). @default false */
    readonly encryptedConfig?: boolean;
}
/**
 * Every instance of a config file (plain or encrypted), with the side apps written next to it.
 * @param treeRoot the reference repository: its namespace folders' `namespace:` decide where the Kustomizations live (@default - none read)
 */
export declare function loadSwitchTargets(configPath: string, env?: NodeJS.ProcessEnv, treeRoot?: string): Promise<SwitchTarget[]>;
/**
 * The ordered runbook that switches a cluster running the reference deployment to this tool's tree
 * for one instance, with this config's names: a base backup first, prune protection on the old
 * objects, the reference's Kustomization suspended, the BullMQ queues drained before the Redis key
 * prefix changes, the Dragonfly password on both sides, the Keycloak config Job patched, the new
 * tree committed with --adopt, checks, and only then the reference's files removed. Every value is
 * shell-quoted; rollbacks are comments.
 */
export declare function switchRunbook(target: SwitchTarget, configPath: string): SwitchStep[];
/**
 * Where this config would name an object differently from the reference deployment (each as
 * `key: value (the reference: value)`): its namespace, its Kustomization, its Postgres cluster and
 * Database object, its decryption and the dependsOn entries of the services it uses.
 */
export declare function referenceIdentityProblems({ chart, props, config }: SwitchTarget): string[];
/** The steps as shell text: `##` titles, `#` notes, the commands, and the rollback as comments. */
export declare function renderSwitchRunbook(steps: readonly SwitchStep[]): string;
