import { Chart, Testing } from 'cdk8s';
import { parse } from 'yaml';
import { CURL_IMAGE, LangfuseLlmConnection } from '../../lib/integrations/langfuse-llm-connection';
import { findObject, hasObject, K8sObject, minimalRaw, synthObjects } from '../support/fixtures';

const INIT = {
  langfuse_init_org_id: 'example',
  langfuse_init_user_email: 'admin@example.com',
  langfuse_init_user_password: 'InitPassword0123456789',
  langfuse_init_project_id: 'default',
  langfuse_init_project_public_key: 'pk-lf-PublicKey0123',
  langfuse_init_project_secret_key: 'sk-lf-SecretKey0123',
};
const LITELLM = { ...INIT, litellm_enabled: true, litellm_api_key: 'sk-litellm-0123456789' };
const values = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse').spec.values;

describe('LiteLLM integration', () => {
  describe('GIVEN LiteLLM with headless initialization', () => {
    const objects = synthObjects({ ...minimalRaw(), ...LITELLM, litellm_llm_connection_models: ['gpt-4o-mini'] });

    test('THEN LiteLLM\'s Secret carries the init project keys and points every host at the in-cluster Langfuse, never at Langfuse cloud', () => {
      const secret = findObject(objects, 'Secret', 'litellm-langfuse');
      expect(secret.metadata.namespace).toBe('ai-system');
      expect(secret.stringData).toEqual({
        LANGFUSE_PUBLIC_KEY: 'pk-lf-PublicKey0123',
        LANGFUSE_SECRET_KEY: 'sk-lf-SecretKey0123',
        LANGFUSE_HOST: 'http://langfuse-web.ai-system.svc.cluster.local:3000',
        LANGFUSE_OTEL_HOST: 'http://langfuse-web.ai-system.svc.cluster.local:3000',
      });
      const init = findObject(objects, 'Secret', 'langfuse-init-credentials').stringData;
      expect(secret.stringData.LANGFUSE_PUBLIC_KEY).toBe(init.LANGFUSE_INIT_PROJECT_PUBLIC_KEY);
      expect(secret.stringData.LANGFUSE_SECRET_KEY).toBe(init.LANGFUSE_INIT_PROJECT_SECRET_KEY);
    });

    test('THEN the settings snippet turns the langfuse_otel callback on', () => {
      const snippet = parse(findObject(objects, 'ConfigMap', 'litellm-langfuse').data['langfuse-callbacks.yaml']);
      expect(snippet).toEqual({ litellm_settings: { callbacks: ['langfuse_otel'] } });
    });

    test('THEN the LiteLLM wiring has its own Flux app with no dependency, so LiteLLM never waits for Langfuse', () => {
      const ks = findObject(objects, 'Kustomization', 'litellm-langfuse');
      expect(ks.spec.path).toBe('./kubernetes/apps/ai-system/litellm-langfuse/app');
      expect(ks.spec.dependsOn).toBeUndefined();
    });

    test('THEN headless initialization comes from its Secret, on the web container only', () => {
      const webEnv = values(objects).langfuse.web.pod.additionalEnv.map((e: any) => e.name);
      expect(webEnv).toEqual(expect.arrayContaining(['LANGFUSE_INIT_ORG_ID', 'LANGFUSE_INIT_PROJECT_PUBLIC_KEY', 'LANGFUSE_INIT_PROJECT_SECRET_KEY']));
      expect(values(objects).langfuse.web.pod.additionalEnv.find((e: any) => e.name === 'LANGFUSE_INIT_PROJECT_SECRET_KEY').valueFrom)
        .toEqual({ secretKeyRef: { name: 'langfuse-init-credentials', key: 'LANGFUSE_INIT_PROJECT_SECRET_KEY' } });
      const elsewhere = [...values(objects).langfuse.additionalEnv, ...(values(objects).langfuse.worker.pod?.additionalEnv ?? [])].map((e: any) => e.name);
      expect(elsewhere.filter((n: string) => n.startsWith('LANGFUSE_INIT_'))).toEqual([]);
    });

    describe('THEN the LLM-connection Job', () => {
      const job = findObject(objects, 'Job', 'langfuse-llm-connection');
      const body = JSON.parse(findObject(objects, 'Secret', 'langfuse-llm-connection').stringData['body.json']);

      test('upserts an OpenAI-compatible connection to the LiteLLM proxy with the LiteLLM key and its models', () => {
        expect(body).toEqual({
          provider: 'litellm', adapter: 'openai', secretKey: 'sk-litellm-0123456789',
          baseURL: 'http://litellm.ai-system.svc.cluster.local:4000', customModels: ['gpt-4o-mini'], withDefaultModels: false,
        });
        const script = job.spec.template.spec.containers[0].command[2];
        expect(script).toContain('-X PUT -u "$LANGFUSE_PUBLIC_KEY:$LANGFUSE_SECRET_KEY"');
        expect(script).toContain('"$LANGFUSE_URL/api/public/llm-connections"');
        expect(job.spec.template.spec.containers[0].env).toContainEqual({ name: 'LANGFUSE_URL', value: 'http://langfuse-web.ai-system.svc.cluster.local:3000' });
      });

      test('authenticates with the init project keys from its own Secret', () => {
        expect(findObject(objects, 'Secret', 'langfuse-llm-connection').stringData).toMatchObject({ LANGFUSE_PUBLIC_KEY: 'pk-lf-PublicKey0123', LANGFUSE_SECRET_KEY: 'sk-lf-SecretKey0123' });
      });

      test('has a stable name, the Flux force annotation and a config checksum, and no TTL', () => {
        expect(job.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/force': 'enabled' });
        expect(job.spec.template.metadata.annotations['checksum/config']).toMatch(/^[0-9a-f]{64}$/);
        expect(job.spec.ttlSecondsAfterFinished).toBeUndefined();
      });

      test('re-runs when the connection changes: another key changes the checksum, not the name', () => {
        const other = synthObjects({ ...minimalRaw(), ...LITELLM, litellm_api_key: 'sk-litellm-rotated-0123', litellm_llm_connection_models: ['gpt-4o-mini'] });
        const otherJob = findObject(other, 'Job', 'langfuse-llm-connection');
        expect(otherJob.spec.template.metadata.annotations['checksum/config']).not.toBe(job.spec.template.metadata.annotations['checksum/config']);
      });

      test('runs a pinned image as non-root with requests and a read-only root filesystem', () => {
        const pod = job.spec.template.spec;
        expect(pod.containers[0].image).toBe(CURL_IMAGE);
        expect(CURL_IMAGE).toMatch(/^curlimages\/curl:\d+\.\d+\.\d+$/);
        expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 100, seccompProfile: { type: 'RuntimeDefault' } });
        expect(pod.containers[0].securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
        expect(pod.containers[0].resources.requests).toEqual({ cpu: '10m', memory: '16Mi' });
        expect(pod.automountServiceAccountToken).toBe(false);
      });

      test('lives in its own Flux app that waits for Langfuse', () => {
        expect(findObject(objects, 'Kustomization', 'langfuse-llm-connection').spec.dependsOn).toEqual([{ name: 'langfuse', namespace: 'flux-system' }]);
      });
    });
  });

  test('GIVEN LiteLLM with no models, THEN the connection keeps the adapter\'s default models', () => {
    const body = JSON.parse(findObject(synthObjects({ ...minimalRaw(), ...LITELLM }), 'Secret', 'langfuse-llm-connection').stringData['body.json']);
    expect(body.withDefaultModels).toBe(true);
    expect(body.customModels).toBeUndefined();
  });

  test('GIVEN the classic langfuse callback, THEN the snippet uses success and failure callbacks', () => {
    const objects = synthObjects({ ...minimalRaw(), ...LITELLM, litellm_langfuse_callback: 'langfuse' });
    expect(parse(findObject(objects, 'ConfigMap', 'litellm-langfuse').data['langfuse-callbacks.yaml']))
      .toEqual({ litellm_settings: { success_callback: ['langfuse'], failure_callback: ['langfuse'] } });
  });

  test('GIVEN litellm_llm_connection_enabled false, THEN the wiring stays but there is no Job and no key is needed', () => {
    const { litellm_api_key: _key, ...withoutKey } = LITELLM;
    const objects = synthObjects({ ...minimalRaw(), ...withoutKey, litellm_llm_connection_enabled: false });
    expect(hasObject(objects, 'Secret', 'litellm-langfuse')).toBe(true);
    expect(hasObject(objects, 'Job', 'langfuse-llm-connection')).toBe(false);
    expect(hasObject(objects, 'Kustomization', 'langfuse-llm-connection')).toBe(false);
  });

  test('GIVEN LiteLLM off, THEN none of its objects or apps exist', () => {
    const objects = synthObjects({ ...minimalRaw(), ...INIT });
    for (const [kind, name] of [['Secret', 'litellm-langfuse'], ['ConfigMap', 'litellm-langfuse'], ['Job', 'langfuse-llm-connection'], ['Kustomization', 'litellm-langfuse']]) {
      expect(hasObject(objects, kind, name)).toBe(false);
    }
  });

  test('GIVEN LiteLLM without the init project keys, THEN the config is refused with the reason', () => {
    expect(() => synthObjects({ ...minimalRaw(), litellm_enabled: true, litellm_api_key: 'sk-litellm-0123456789' }))
      .toThrow(/langfuse_init_project_public_key.*is required when litellm_enabled is true: LiteLLM sends traces with the project keys that headless initialization creates/);
  });

  test('GIVEN LiteLLM and the LLM connection without a LiteLLM key, THEN the config asks for litellm_api_key', () => {
    expect(() => synthObjects({ ...minimalRaw(), ...INIT, litellm_enabled: true })).toThrow(/litellm_api_key.*is required when litellm_enabled and litellm_llm_connection_enabled are true/);
  });

  describe('LangfuseLlmConnection as a library construct', () => {
    const chart = () => new Chart(Testing.app(), 'jobs', { namespace: 'apps', disableResourceNameHashes: true });
    const props = { langfuseUrl: 'http://langfuse-web.apps.svc.cluster.local:3000', publicKey: 'pk-lf-0123456789', secretKey: 'sk-lf-0123456789', baseUrl: 'http://litellm:4000', apiKey: 'sk-0123456789' };

    test('fails on an unpinned image, a trailing slash and an unknown adapter', () => {
      expect(() => new LangfuseLlmConnection(chart(), 'a', { ...props, image: 'curlimages/curl:latest' })).toThrow(/pinned to a tag other than latest \(got "curlimages\/curl:latest"\)/);
      expect(() => new LangfuseLlmConnection(chart(), 'b', { ...props, baseUrl: 'http://litellm:4000/' })).toThrow(/without a trailing slash \(got "http:\/\/litellm:4000\/"\)/);
      expect(() => new LangfuseLlmConnection(chart(), 'c', { ...props, adapter: 'mistral' })).toThrow(/\(got "mistral"\)/);
    });
  });
});
