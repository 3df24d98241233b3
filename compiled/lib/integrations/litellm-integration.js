"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LiteLlmIntegration = exports.LiteLlmLangfuseCallback = exports.LITELLM_SERVICE = void 0;
const zod_1 = require("zod");
const crypto_1 = require("crypto");
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const fields_1 = require("../config/fields");
const endpoint_url_1 = require("../formats/endpoint-url");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
const sops_secret_1 = require("../secrets/sops-secret");
/** A project key as LiteLLM sends it (LANGFUSE_PUBLIC_KEY, LANGFUSE_SECRET_KEY). */
const apiKey = zod_1.z.string().min(8, { message: 'must be at least 8 characters' }).regex(/^\S+$/, { message: 'must not contain whitespace' });
/** The LiteLLM proxy's Service, as the seed names it. */
exports.LITELLM_SERVICE = { name: 'litellm', port: 4000 };
/** LiteLLM's Langfuse callbacks. */
var LiteLlmLangfuseCallback;
(function (LiteLlmLangfuseCallback) {
    /**
     * `langfuse_otel`: OTLP/HTTP to `<LANGFUSE_OTEL_HOST>/api/public/otel`, recommended by LiteLLM for
     * Langfuse v3 and v4. Without LANGFUSE_OTEL_HOST (and LANGFUSE_HOST) it ships traces to Langfuse
     * US cloud; this construct always sets it. It overwrites the process-wide
     * `OTEL_EXPORTER_OTLP_*` variables, so it conflicts with LiteLLM's own OTel export to Tempo.
     * @see https://docs.litellm.ai/docs/observability/langfuse_otel_integration
     */
    LiteLlmLangfuseCallback["LANGFUSE_OTEL"] = "langfuse_otel";
    /**
     * `langfuse`: the Langfuse Python SDK as success and failure callback (reads LANGFUSE_HOST).
     * On Langfuse v4 with `events_only` ingestion, an SDK-v2 LiteLLM build loses every trace.
     */
    LiteLlmLangfuseCallback["LANGFUSE"] = "langfuse";
})(LiteLlmLangfuseCallback || (exports.LiteLlmLangfuseCallback = LiteLlmLangfuseCallback = {}));
/**
 * The LiteLLM side of the Langfuse integration: a SOPS Secret with LANGFUSE_PUBLIC_KEY,
 * LANGFUSE_SECRET_KEY, LANGFUSE_HOST and LANGFUSE_OTEL_HOST (all pointing at the in-cluster
 * Langfuse, never at Langfuse cloud) for LiteLLM's `envFrom`, and a ConfigMap with the
 * `litellm_settings` callback snippet to merge into LiteLLM's config.yaml.
 *
 * Give it the project keys of Langfuse's headless initialization, so that the project LiteLLM
 * writes to is the one Langfuse creates and the two never drift.
 */
class LiteLlmIntegration extends constructs_1.Construct {
    name;
    callback;
    secret;
    configMap;
    /** The `litellm_settings` snippet. */
    settingsYaml;
    /** SHA-256 of the Secret and the snippet, to roll LiteLLM pods on a change. */
    contentDigest;
    constructor(scope, id, props) {
        super(scope, id);
        if (!/^https?:\/\/[^\s/]+$/.test(props.langfuseUrl)) {
            throw new Error('litellm integration langfuseUrl must be an http(s) URL without a path or trailing slash, like "http://langfuse-web.ai-system.svc.cluster.local:3000" '
                + `(got "${(0, endpoint_url_1.withoutUserinfo)(props.langfuseUrl)}")`);
        }
        (0, prop_checks_1.checkProp)('litellm integration publicKey', props.publicKey, apiKey, { secret: true });
        (0, prop_checks_1.checkProp)('litellm integration secretKey', props.secretKey, apiKey, { secret: true });
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        if (!namespace)
            throw new Error('litellm integration namespace is required (got none, and its chart has none)');
        (0, prop_checks_1.checkProp)('litellm integration namespace', namespace, (0, fields_1.dnsLabel)());
        this.name = props.name ?? 'litellm-langfuse';
        (0, prop_checks_1.checkProp)('litellm integration name', this.name, (0, fields_1.dnsSubdomain)());
        this.callback = props.callback ?? LiteLlmLangfuseCallback.LANGFUSE_OTEL;
        const labels = { 'app.kubernetes.io/name': 'litellm', 'app.kubernetes.io/component': 'langfuse-integration' };
        const stringData = {
            LANGFUSE_PUBLIC_KEY: props.publicKey,
            LANGFUSE_SECRET_KEY: props.secretKey,
            LANGFUSE_HOST: props.langfuseUrl,
            LANGFUSE_OTEL_HOST: props.langfuseUrl,
        };
        this.secret = new sops_secret_1.SopsSecret(this, 'Secret', { name: this.name, namespace, labels, stringData });
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
        this.settingsYaml = cdk8s_1.Yaml.stringify(settings);
        this.configMap = new cdk8s_plus_28_1.k8s.KubeConfigMap(this, 'Resource', {
            metadata: { name: this.name, namespace, labels },
            data: { 'langfuse-callbacks.yaml': this.settingsYaml },
        });
        (0, file_placement_1.placeInFile)(this.configMap, 'configmap.yaml');
        this.contentDigest = (0, crypto_1.createHash)('sha256').update(JSON.stringify([stringData, this.settingsYaml])).digest('hex');
    }
}
exports.LiteLlmIntegration = LiteLlmIntegration;
