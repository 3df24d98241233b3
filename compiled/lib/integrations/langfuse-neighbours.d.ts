import { Construct } from 'constructs';
import { DragonflyAcl } from '../cache/dragonfly-acl';
import { FluxAppChart } from '../flux/flux-app-chart';
import { KustomizationDependency } from '../flux/flux-kustomization';
import type { LangfuseChart } from '../langfuse-chart';
import type { LangfuseChartProps } from '../langfuse-chart-props';
/**
 * Flux app names of the folders around a Langfuse instance, each with its own ks.yaml; all but the
 * shared Dragonfly ACL carry the instance name, so several instances never collide.
 */
export declare function neighbourApps(instanceName: string): {
    /** `acl.conf` Secret in Dragonfly's namespace, shared by every instance (one user each). */
    readonly dragonflyAcl: "dragonfly-acl";
    /** OIDC client in Keycloak's namespace. */
    readonly keycloakClient: `${string}-keycloak-client`;
    /** LiteLLM's Langfuse callback Secret and settings, in LiteLLM's namespace. */
    readonly litellmIntegration: `litellm-${string}`;
    /** The Job that upserts the LLM connection, after Langfuse is ready. */
    readonly llmConnection: `${string}-llm-connection`;
    /** The HTTPRoute, when it lives in another namespace than Langfuse. */
    readonly route: `${string}-route`;
    /** The bucket Job and the allow-only policy in RustFS's namespace. */
    readonly rustfs: `${string}-rustfs`;
    /** The allow-only policy in Dragonfly's namespace. */
    readonly dragonfly: `${string}-dragonfly`;
};
/** What several instances share: one Dragonfly ACL file per Dragonfly namespace. */
export declare class SharedNeighbours {
    private readonly acls;
    /** The ACL of a Dragonfly namespace, created (with its own Flux app) on first use. */
    dragonflyAcl(create: () => DragonflyAcl, namespace: string): DragonflyAcl;
    /** Every Dragonfly ACL created so far. */
    get dragonflyAcls(): readonly DragonflyAcl[];
}
/**
 * Command rules of Langfuse's Dragonfly user, on top of the `~<prefix>*` key restriction: everything
 * but `@dangerous` (FLUSHALL, FLUSHDB, KEYS, DEBUG, SHUTDOWN, REPLICAOF, ACL..., which ignore key
 * patterns and would reach every tenant), plus INFO (BullMQ's version check) and CONFIG, which
 * Dragonfly files under `@dangerous` and which the reference deployment found Langfuse needs.
 */
export declare const LANGFUSE_DRAGONFLY_COMMANDS: readonly string[];
/**
 * The Flux Kustomizations a Langfuse app waits for among its neighbours: the Dragonfly ACL (its
 * user must exist before Langfuse connects) and the Keycloak client (sign-in needs it).
 */
export declare function langfuseNeighbourDependencies(props: LangfuseChartProps): KustomizationDependency[];
/**
 * The props whose objects only `addLangfuseNeighbours` creates (the HTTPRoute, the side apps and,
 * through them, the Kustomizations Langfuse waits for), in prop order; empty when it adds nothing.
 */
export declare function neighbourProps(props: LangfuseChartProps): string[];
/**
 * Why a Langfuse chart cannot be rendered: props that need `addLangfuseNeighbours`, which was
 * never called for it. Left out, their objects would be missing without a word, and Langfuse's
 * Kustomization would wait forever for side apps (the Dragonfly ACL, the Keycloak client) that
 * nobody writes.
 */
export declare function missingNeighbours(langfuse: LangfuseChart, props: LangfuseChartProps): string[];
/**
 * Adds the outputs of a Langfuse app that live in other folders (and mostly other namespaces),
 * each as a Flux app with its own ks.yaml and dependencies, plus the HTTPRoute. Every gate is read
 * from the props once; the constructs hold the resource logic.
 *
 * - `cache/dragonfly-acl`: the ACL Secret with the Langfuse user restricted to its key prefix and a
 *   locked-down `default` user. No dependency: the Dragonfly CR mounts it (`aclFromSecret`), so
 *   it must not wait for Dragonfly.
 * - `identity/langfuse-keycloak-client`: the OIDC client, after `keycloak`.
 * - `<ns>/litellm-langfuse`: LiteLLM's callback Secret and settings, with the headless-init
 *   project keys. No dependency, so LiteLLM does not wait for Langfuse.
 * - `<ns>/langfuse-llm-connection`: the LLM-connection Job, after `langfuse`.
 * - The HTTPRoute: in the Langfuse folder, or in `<route ns>/langfuse-route` with the
 *   ReferenceGrant in the Langfuse folder.
 * @returns the charts it created
 */
export declare function addLangfuseNeighbours(scope: Construct, langfuse: LangfuseChart, props: LangfuseChartProps, shared?: SharedNeighbours): FluxAppChart[];
