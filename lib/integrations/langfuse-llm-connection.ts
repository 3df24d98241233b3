import { createHash } from 'crypto';
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { withoutUserinfo } from '../formats/endpoint-url';
import { placeInFile } from '../output/file-placement';
import { SopsSecret } from '../secrets/sops-secret';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkOptionalProps, checkProp } from '../prop-checks';

/** The pinned curl image of the Job (non-root: uid 100, gid 101). */
export const CURL_IMAGE = 'curlimages/curl:8.11.1';

/** Default name of the Job, its Secret and its pods' `app.kubernetes.io/name`. */
export const LLM_CONNECTION_NAME = 'langfuse-llm-connection';

/** Pod labels of the Job's pods (network policies admit them to Langfuse web). */
export function llmConnectionPodLabels(name: string = LLM_CONNECTION_NAME): Record<string, string> {
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'langfuse' };
}

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
export class LangfuseLlmConnection extends Construct {
  public readonly name: string;
  public readonly secret: SopsSecret;
  public readonly job: k8s.KubeJob;
  /** The PUT request body (contains the API key). */
  public readonly requestBody: LlmConnectionRequest;
  /** SHA-256 of everything the Job sends, as the pod template's `checksum/config`. */
  public readonly configChecksum: string;

  constructor(scope: Construct, id: string, props: LangfuseLlmConnectionProps) {
    super(scope, id);
    for (const [prop, url] of [['langfuseUrl', props.langfuseUrl], ['baseUrl', props.baseUrl]]) {
      if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(url) || url.endsWith('/')) throw new Error(`llm connection ${prop} must be an http(s) URL without a trailing slash (got "${withoutUserinfo(url)}")`);
    }
    for (const [prop, key] of [['publicKey', props.publicKey], ['secretKey', props.secretKey], ['apiKey', props.apiKey]]) {
      if (key.length < 8 || /\s/.test(key)) throw new Error(`llm connection ${prop} must be at least 8 characters without whitespace (got ${key.length} characters)`);
    }
    const provider = props.provider ?? 'litellm';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(provider)) throw new Error(`llm connection provider must be letters, digits, ".", "_" or "-" (got "${provider}")`);
    const adapter = props.adapter ?? 'openai';
    if (!['openai', 'anthropic', 'azure', 'bedrock', 'google-vertex-ai', 'google-ai-studio'].includes(adapter)) {
      throw new Error(`llm connection adapter must be one of openai, anthropic, azure, bedrock, google-vertex-ai, google-ai-studio (got "${adapter}")`);
    }
    const models = props.models ?? [];
    models.forEach((model, i) => {
      if (model.trim() === '') throw new Error(`llm connection models[${i}] must not be empty`);
    });
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error('llm connection namespace is required (got none, and its chart has none)');
    checkProp('llm connection namespace', namespace, dnsLabel());
    const image = props.image ?? CURL_IMAGE;
    if (!/:[A-Za-z0-9._-]+$/.test(image) || image.endsWith(':latest')) {
      throw new Error(`llm connection image must be pinned to a tag other than latest (got "${image}")`);
    }
    checkOptionalProps([['llm connection name', props.name, dnsSubdomain()]]);
    this.name = props.name ?? LLM_CONNECTION_NAME;
    const labels = llmConnectionPodLabels(this.name);

    this.requestBody = {
      provider,
      adapter,
      secretKey: props.apiKey,
      baseURL: props.baseUrl,
      customModels: models.length > 0 ? [...models] : undefined,
      withDefaultModels: models.length === 0,
    };
    const body = JSON.stringify(this.requestBody) + '\n';
    this.secret = new SopsSecret(this, 'Secret', {
      name: this.name,
      namespace,
      labels,
      stringData: { LANGFUSE_PUBLIC_KEY: props.publicKey, LANGFUSE_SECRET_KEY: props.secretKey, 'body.json': body },
    });
    this.configChecksum = createHash('sha256')
      .update(JSON.stringify([body, props.publicKey, props.secretKey, props.langfuseUrl, image, UPSERT_SCRIPT]))
      .digest('hex');

    const secretEnv = (key: string): k8s.EnvVar => ({ name: key, valueFrom: { secretKeyRef: { name: this.name, key } } });
    this.job = new k8s.KubeJob(this, 'Resource', {
      metadata: { name: this.name, namespace, labels, annotations: { 'kustomize.toolkit.fluxcd.io/force': 'enabled' } },
      spec: {
        backoffLimit: 4,
        activeDeadlineSeconds: 3600,
        template: {
          metadata: { labels, annotations: { 'checksum/config': this.configChecksum } },
          spec: {
            restartPolicy: 'Never',
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, runAsUser: 100, runAsGroup: 101, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name: 'upsert',
              image,
              command: ['/bin/sh', '-c', UPSERT_SCRIPT],
              env: [{ name: 'LANGFUSE_URL', value: props.langfuseUrl }, secretEnv('LANGFUSE_PUBLIC_KEY'), secretEnv('LANGFUSE_SECRET_KEY')],
              volumeMounts: [{ name: 'request', mountPath: '/etc/llm-connection', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }],
              resources: {
                requests: { cpu: k8s.Quantity.fromString('10m'), memory: k8s.Quantity.fromString('16Mi') },
                limits: { memory: k8s.Quantity.fromString('64Mi') },
              },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
            }],
            volumes: [
              { name: 'request', secret: { secretName: this.name, items: [{ key: 'body.json', path: 'body.json' }] } },
              { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('1Mi') } },
            ],
          },
        },
      },
    });
    placeInFile(this.job, 'job.yaml');
  }
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

/** Waits for Langfuse, then upserts; retries 401 (keys not initialized yet), 5xx and connection errors. */
const UPSERT_SCRIPT = [
  'set -eu',
  'i=0',
  'until curl -fsS -o /dev/null --max-time 5 "$LANGFUSE_URL/api/public/health"; do',
  '  i=$((i + 1))',
  '  if [ "$i" -ge 60 ]; then echo "langfuse at $LANGFUSE_URL is not healthy after 10 minutes" >&2; exit 1; fi',
  '  sleep 10',
  'done',
  'i=0',
  'while :; do',
  '  code=$(curl -sS -o /tmp/response.json -w "%{http_code}" --max-time 30 -X PUT -u "$LANGFUSE_PUBLIC_KEY:$LANGFUSE_SECRET_KEY" \\',
  '    -H "Content-Type: application/json" --data-binary @/etc/llm-connection/body.json "$LANGFUSE_URL/api/public/llm-connections") || code=000',
  '  case "$code" in',
  '    200|201) echo "llm connection upserted (HTTP $code)"; exit 0 ;;',
  '    401|5??|000) ;;',
  '    *) echo "llm connection upsert failed with HTTP $code:" >&2; cat /tmp/response.json >&2; exit 1 ;;',
  '  esac',
  '  i=$((i + 1))',
  '  if [ "$i" -ge 30 ]; then echo "llm connection upsert still fails with HTTP $code after 5 minutes:" >&2; cat /tmp/response.json >&2; exit 1; fi',
  '  sleep 10',
  'done',
].join('\n') + '\n';
