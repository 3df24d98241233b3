import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { SopsSecret } from '../secrets/sops-secret';
/** The pinned curl image of the Job (non-root: uid 100, gid 101). */
export declare const CURL_IMAGE = "curlimages/curl:8.11.1";
/** Default name of the Job, its Secret and its pods' `app.kubernetes.io/name`. */
export declare const LLM_CONNECTION_NAME = "langfuse-llm-connection";
/** Pod labels of the Job's pods (network policies admit them to Langfuse web). */
export declare function llmConnectionPodLabels(name?: string): Record<string, string>;
/** Props of `LangfuseLlmConnection`. */
export interface LangfuseLlmConnectionProps {
    /** In-cluster URL of Langfuse web, like `http://langfuse-web.ai-system.svc.cluster.local:3000`. */
    readonly langfuseUrl: string;
    /** Project public key (headless initialization's), the API's Basic-auth user. */
    readonly publicKey: string;
    /** Project secret key, the API's Basic-auth password. */
    readonly secretKey: string;
    /** Base URL of the OpenAI-compatible endpoint, like `http://litellm.ai-system.svc.cluster.local:4000`. */
    readonly baseUrl: string;
    /** The key Langfuse sends to that endpoint (a LiteLLM virtual key or master key). */
    readonly apiKey: string;
    /**
     * Provider name, unique in the project: the upsert key.
     * @default 'litellm'
     */
    readonly provider?: string;
    /**
     * Langfuse adapter (`openai`, `anthropic`, `azure`, `bedrock`, `google-vertex-ai`, `google-ai-studio`);
     * LiteLLM speaks the OpenAI API.
     * @default 'openai'
     */
    readonly adapter?: string;
    /**
     * Model names the endpoint serves. When empty, Langfuse offers the adapter's default models.
     * @default []
     */
    readonly models?: readonly string[];
    /** @default CURL_IMAGE */
    readonly image?: string;
    /** Name of the Job and its Secret. @default LLM_CONNECTION_NAME */
    readonly name?: string;
    /** @default - the chart's namespace */
    readonly namespace?: string;
}
/**
 * A Job that upserts the project's LLM connection through Langfuse's public API
 * (`PUT /api/public/llm-connections`, Basic auth with the project keys, upserted on `provider`), so
 * that the playground and LLM-as-a-judge reach LiteLLM without a click in Project Settings.
 *
 * The request body (with the LiteLLM key) and the project keys live in a SOPS Secret; the Job waits
 * for `/api/public/health`, then retries the PUT while the project keys are not initialized yet
 * (401) or Langfuse answers 5xx.
 *
 * Re-runs: the Job keeps a stable name (no hashed names in GitOps output) and carries the Flux
 * annotation `kustomize.toolkit.fluxcd.io/force: enabled`; its pod template carries a
 * `checksum/config` annotation of everything it sends. A changed connection changes the template,
 * which is immutable in a Job, so Flux deletes and recreates the Job and it runs again; an
 * unchanged one is a no-op apply. It sets no `ttlSecondsAfterFinished`: Flux would recreate a
 * garbage-collected Job on its next reconciliation and run it every interval.
 * @see https://api.reference.langfuse.com/#tag/llmconnections
 */
export declare class LangfuseLlmConnection extends Construct {
    readonly name: string;
    readonly secret: SopsSecret;
    readonly job: k8s.KubeJob;
    /** The PUT request body (contains the API key). */
    readonly requestBody: LlmConnectionRequest;
    /** SHA-256 of everything the Job sends, as the pod template's `checksum/config`. */
    readonly configChecksum: string;
    constructor(scope: Construct, id: string, props: LangfuseLlmConnectionProps);
}
/** The body of `PUT /api/public/llm-connections` (Langfuse's UpsertLlmConnectionRequest). */
export interface LlmConnectionRequest {
    readonly provider: string;
    readonly adapter: string;
    readonly secretKey: string;
    readonly baseURL: string;
    readonly customModels?: readonly string[];
    readonly withDefaultModels: boolean;
}
