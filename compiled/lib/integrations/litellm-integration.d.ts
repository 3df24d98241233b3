import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { SopsSecret } from '../secrets/sops-secret';
/** The LiteLLM proxy's Service, as the seed names it. */
export declare const LITELLM_SERVICE: {
    readonly name: "litellm";
    readonly port: 4000;
};
/** LiteLLM's Langfuse callbacks. */
export declare enum LiteLlmLangfuseCallback {
    /**
     * `langfuse_otel`: OTLP/HTTP to `<LANGFUSE_OTEL_HOST>/api/public/otel`, recommended by LiteLLM for
     * Langfuse v3 and v4. Without LANGFUSE_OTEL_HOST (and LANGFUSE_HOST) it ships traces to Langfuse
     * US cloud; this construct always sets it. It overwrites the process-wide
     * `OTEL_EXPORTER_OTLP_*` variables, so it conflicts with LiteLLM's own OTel export to Tempo.
     * @see https://docs.litellm.ai/docs/observability/langfuse_otel_integration
     */
    LANGFUSE_OTEL = "langfuse_otel",
    /**
     * `langfuse`: the Langfuse Python SDK as success and failure callback (reads LANGFUSE_HOST).
     * On Langfuse v4 with `events_only` ingestion, an SDK-v2 LiteLLM build loses every trace.
     */
    LANGFUSE = "langfuse"
}
/** LiteLLM wiring of a `LangfuseChart`. Present means on (needs headless initialization with project keys). */
export interface LiteLlmIntegrationOptions {
    /** @default LiteLlmLangfuseCallback.LANGFUSE_OTEL */
    readonly callback?: LiteLlmLangfuseCallback;
    /** The project's LLM connection to LiteLLM. @default - none */
    readonly llmConnection?: LlmConnectionOptions;
    /** Whether LiteLLM's callback wiring is emitted (false: only the LLM connection). @default true */
    readonly callbackEnabled?: boolean;
    /** LANGFUSE_HOST that LiteLLM sends traces to. @default - this instance's web Service */
    readonly host?: string;
    /** The project keys LiteLLM and the LLM connection use. @default - headless initialization's project keys */
    readonly keys?: {
        readonly publicKey: string;
        readonly secretKey: string;
    };
    /** `langfuse_sample_rate` of the `langfuse` callback. @default - every request */
    readonly sampleRate?: number;
    /** `langfuse_default_tags` of the `langfuse` callback. @default - none */
    readonly defaultTags?: readonly string[];
}
/** The LLM connection Langfuse's playground and LLM-as-a-judge use. */
export interface LlmConnectionOptions {
    /** A LiteLLM key (virtual key or master key) that Langfuse calls LiteLLM with. */
    readonly apiKey: string;
    /**
     * Provider name of the connection, unique in the project (the upsert key).
     * @default 'litellm'
     */
    readonly provider?: string;
    /**
     * Model names LiteLLM serves; empty keeps the adapter's default model list.
     * @default []
     */
    readonly models?: readonly string[];
}
/** Props of `LiteLlmIntegration`. */
export interface LiteLlmIntegrationProps {
    /** In-cluster URL of Langfuse web, like `http://langfuse-web.ai-system.svc.cluster.local:3000`. */
    readonly langfuseUrl: string;
    /** Project public key: the same value as headless initialization's LANGFUSE_INIT_PROJECT_PUBLIC_KEY. */
    readonly publicKey: string;
    /** Project secret key: the same value as LANGFUSE_INIT_PROJECT_SECRET_KEY. */
    readonly secretKey: string;
    /** @default LiteLlmLangfuseCallback.LANGFUSE_OTEL */
    readonly callback?: LiteLlmLangfuseCallback;
    /** `langfuse_sample_rate` (the `langfuse` callback only), in (0, 1]. @default - every request */
    readonly sampleRate?: number;
    /** `langfuse_default_tags` (the `langfuse` callback only). @default - none */
    readonly defaultTags?: readonly string[];
    /**
     * Name of the Secret (for LiteLLM's `envFrom`) and of the ConfigMap.
     * @default 'litellm-langfuse'
     */
    readonly name?: string;
    /**
     * Namespace of LiteLLM.
     * @default - the chart's namespace
     */
    readonly namespace?: string;
}
/**
 * The LiteLLM side of the Langfuse integration: a SOPS Secret with LANGFUSE_PUBLIC_KEY,
 * LANGFUSE_SECRET_KEY, LANGFUSE_HOST and LANGFUSE_OTEL_HOST (all pointing at the in-cluster
 * Langfuse, never at Langfuse cloud) for LiteLLM's `envFrom`, and a ConfigMap with the
 * `litellm_settings` callback snippet to merge into LiteLLM's config.yaml.
 *
 * Give it the project keys of Langfuse's headless initialization, so that the project LiteLLM
 * writes to is the one Langfuse creates and the two never drift.
 */
export declare class LiteLlmIntegration extends Construct {
    readonly name: string;
    readonly callback: LiteLlmLangfuseCallback;
    readonly secret: SopsSecret;
    readonly configMap: k8s.KubeConfigMap;
    /** The `litellm_settings` snippet. */
    readonly settingsYaml: string;
    /** SHA-256 of the Secret and the snippet, to roll LiteLLM pods on a change. */
    readonly contentDigest: string;
    constructor(scope: Construct, id: string, props: LiteLlmIntegrationProps);
}
