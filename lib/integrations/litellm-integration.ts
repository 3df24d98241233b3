import { z } from 'zod';
import { createHash } from 'crypto';
import { Chart, Yaml } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { withoutUserinfo } from '../formats/endpoint-url';
import { placeInFile } from '../output/file-placement';
import { checkProp } from '../prop-checks';
import { SopsSecret } from '../secrets/sops-secret';

/** A project key as LiteLLM sends it (LANGFUSE_PUBLIC_KEY, LANGFUSE_SECRET_KEY). */
const apiKey = z.string().min(8, { message: 'must be at least 8 characters' }).regex(/^\S+$/, { message: 'must not contain whitespace' });

/** The LiteLLM proxy's Service, as the seed names it. */
export const LITELLM_SERVICE = { name: 'litellm', port: 4000 } as const;

/** LiteLLM's Langfuse callbacks. */
export enum LiteLlmLangfuseCallback {
  /**
   * `langfuse_otel`: OTLP/HTTP to `<LANGFUSE_OTEL_HOST>/api/public/otel`, recommended by LiteLLM for
   * Langfuse v3 and v4. Without LANGFUSE_OTEL_HOST (and LANGFUSE_HOST) it ships traces to Langfuse
   * US cloud; this construct always sets it. It overwrites the process-wide
   * `OTEL_EXPORTER_OTLP_*` variables, so it conflicts with LiteLLM's own OTel export to Tempo.
   * @see https://docs.litellm.ai/docs/observability/langfuse_otel_integration
   */
  LANGFUSE_OTEL = 'langfuse_otel',
  /**
   * `langfuse`: the Langfuse Python SDK as success and failure callback (reads LANGFUSE_HOST).
   * On Langfuse v4 with `events_only` ingestion, an SDK-v2 LiteLLM build loses every trace.
   */
  LANGFUSE = 'langfuse',
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
  readonly keys?: { readonly publicKey: string; readonly secretKey: string };
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
export class LiteLlmIntegration extends Construct {
  public readonly name: string;
  public readonly callback: LiteLlmLangfuseCallback;
  public readonly secret: SopsSecret;
  public readonly configMap: k8s.KubeConfigMap;
  /** The `litellm_settings` snippet. */
  public readonly settingsYaml: string;
  /** SHA-256 of the Secret and the snippet, to roll LiteLLM pods on a change. */
  public readonly contentDigest: string;

  constructor(scope: Construct, id: string, props: LiteLlmIntegrationProps) {
    super(scope, id);
    if (!/^https?:\/\/[^\s/]+$/.test(props.langfuseUrl)) {
      throw new Error('litellm integration langfuseUrl must be an http(s) URL without a path or trailing slash, like "http://langfuse-web.ai-system.svc.cluster.local:3000" '
        + `(got "${withoutUserinfo(props.langfuseUrl)}")`);
    }
    checkProp('litellm integration publicKey', props.publicKey, apiKey, { secret: true });
    checkProp('litellm integration secretKey', props.secretKey, apiKey, { secret: true });
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error('litellm integration namespace is required (got none, and its chart has none)');
    checkProp('litellm integration namespace', namespace, dnsLabel());
    this.name = props.name ?? 'litellm-langfuse';
    checkProp('litellm integration name', this.name, dnsSubdomain());
    this.callback = props.callback ?? LiteLlmLangfuseCallback.LANGFUSE_OTEL;
    const labels = { 'app.kubernetes.io/name': 'litellm', 'app.kubernetes.io/component': 'langfuse-integration' };

    const stringData = {
      LANGFUSE_PUBLIC_KEY: props.publicKey,
      LANGFUSE_SECRET_KEY: props.secretKey,
      LANGFUSE_HOST: props.langfuseUrl,
      LANGFUSE_OTEL_HOST: props.langfuseUrl,
    };
    this.secret = new SopsSecret(this, 'Secret', { name: this.name, namespace, labels, stringData });

    const tuned = props.sampleRate !== undefined || (props.defaultTags ?? []).length > 0;
    if (tuned && this.callback !== LiteLlmLangfuseCallback.LANGFUSE) {
      throw new Error(`litellm sample rate and default tags are settings of the "langfuse" callback (got callback "${this.callback}")`);
    }
    if (props.sampleRate !== undefined && !(props.sampleRate > 0 && props.sampleRate <= 1)) {
      throw new Error(`litellm langfuse sample rate must be greater than 0 and at most 1 (got ${props.sampleRate})`);
    }
    const settings = this.callback === LiteLlmLangfuseCallback.LANGFUSE_OTEL
      ? { litellm_settings: { callbacks: [this.callback] } }
      : {
        litellm_settings: {
          success_callback: [this.callback],
          failure_callback: [this.callback],
          ...(props.sampleRate !== undefined ? { langfuse_sample_rate: props.sampleRate } : {}),
          ...(props.defaultTags && props.defaultTags.length > 0 ? { langfuse_default_tags: [...props.defaultTags] } : {}),
        },
      };
    this.settingsYaml = Yaml.stringify(settings);
    this.configMap = new k8s.KubeConfigMap(this, 'Resource', {
      metadata: { name: this.name, namespace, labels },
      data: { 'langfuse-callbacks.yaml': this.settingsYaml },
    });
    placeInFile(this.configMap, 'configmap.yaml');
    this.contentDigest = createHash('sha256').update(JSON.stringify([stringData, this.settingsYaml])).digest('hex');
  }
}
