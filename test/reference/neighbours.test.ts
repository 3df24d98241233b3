import { parse } from 'yaml';
import { configProblems, findObject, hasObject, minimalRaw, synthObjects } from '../support/fixtures';
import { referenceConfigRaw } from './support';

const S3 = { rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key-0123456789' };
const PROJECT = {
  langfuse_init_org_id: 'example', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123456789',
  langfuse_init_project_id: 'default', langfuse_init_project_public_key: 'pk-lf-0123456789', langfuse_init_project_secret_key: 'sk-lf-0123456789',
};
const LITELLM = { ...PROJECT, litellm_enabled: true, litellm_api_key: 'sk-litellm-0123456789' };

describe('the neighbours\' network-policy rules the reference renders while langfuse_enabled is on', () => {
  const objects = synthObjects({ ...referenceConfigRaw(), network_policies_mode: 'enforce' });
  const policy = (name: string) => findObject(objects, 'CiliumNetworkPolicy', name);
  const peers = (rules: Array<{ fromEndpoints?: Array<{ matchLabels: Record<string, string> }>; toEndpoints?: Array<{ matchLabels: Record<string, string> }>;
    toPorts: Array<{ ports: Array<{ port: string }> }> }>) => rules.map((r) => {
    const labels = (r.fromEndpoints ?? r.toEndpoints)![0].matchLabels;
    return `${labels['k8s:io.kubernetes.pod.namespace']}/${labels.app ?? labels['cnpg.io/cluster'] ?? labels['app.kubernetes.io/name']}:${r.toPorts[0].ports.map((p) => p.port).join('/')}`;
  });

  test.each([
    ['langfuse-rustfs-access', 'storage', { 'app.kubernetes.io/name': 'rustfs' }],
    ['langfuse-dragonfly-access', 'cache', { app: 'dragonfly' }],
    ['langfuse-litellm-access', 'ai-system', { 'app.kubernetes.io/name': 'litellm' }],
  ])('%s selects the neighbour\'s pods in %s and never denies, even in enforce mode', (name, namespace, labels) => {
    const p = policy(name);
    expect(p.metadata.namespace).toBe(namespace);
    expect(p.spec.endpointSelector.matchLabels).toEqual(labels);
    expect(p.spec.enableDefaultDeny).toEqual({ ingress: false, egress: false });
  });

  test('RustFS admits web, worker and the Postgres instances (backups) on 9000', () => {
    expect(peers(policy('langfuse-rustfs-access').spec.ingress)).toEqual(['ai-system/web:9000', 'ai-system/worker:9000', 'ai-system/langfuse-postgresql:9000']);
  });

  test('Dragonfly admits web and worker on 6379', () => {
    expect(peers(policy('langfuse-dragonfly-access').spec.ingress)).toEqual(['ai-system/web:6379', 'ai-system/worker:6379']);
  });

  test('LiteLLM admits web and worker on 4000 and may reach web on 3000 (its plain NetworkPolicy denies what no policy allows)', () => {
    expect(peers(policy('langfuse-litellm-access').spec.ingress)).toEqual(['ai-system/web:4000', 'ai-system/worker:4000']);
    expect(peers(policy('langfuse-litellm-access').spec.egress)).toEqual(['ai-system/web:3000']);
  });

  test('each lives where Flux can apply it: RustFS and Dragonfly in side apps of their namespace, LiteLLM in the Langfuse app', () => {
    expect(findObject(objects, 'Kustomization', 'langfuse-rustfs').spec.targetNamespace).toBe('storage');
    expect(findObject(objects, 'Kustomization', 'langfuse-dragonfly').spec.targetNamespace).toBe('cache');
  });

  test('off unless asked for, and only with the cilium engine', () => {
    const plain = { ...minimalRaw(), ...S3, network_policies_enabled: true };
    expect(synthObjects(plain).filter((o) => o.metadata.name.endsWith('-access'))).toEqual([]);
    expect(configProblems({ ...plain, network_policies_neighbours_enabled: true, network_policies_engine: 'kubernetes', network_policies_mode: 'enforce' }))
      .toEqual([expect.stringMatching(/^network_policies_neighbours_enabled: needs network_policies_enabled: true and network_policies_engine: cilium/)]);
  });
});

describe('the RustFS bucket setup', () => {
  const objects = synthObjects({ ...minimalRaw(), ...S3, rustfs_bucket_setup_enabled: true, langfuse_backup_enabled: true });
  const job = findObject(objects, 'Job', 'langfuse-rustfs-buckets');

  test('creates every Langfuse bucket (and the backup bucket) with RustFS\'s admin keys, after RustFS', () => {
    const container = job.spec.template.spec.containers[0];
    expect(container.command.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    // the script's $0, then the buckets as its arguments
    expect(container.command.slice(3)).toEqual(['langfuse-rustfs-buckets', 'langfuse-events', 'langfuse-exports', 'langfuse-media', 'langfuse-postgres-backups']);
    expect(container.command[2]).toContain('mc mb --ignore-existing "rustfs/$bucket"');
    expect(container.command[2]).not.toContain('langfuse-events');
    expect(container.env).toEqual(expect.arrayContaining([
      { name: 'RUSTFS_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'rustfs-credentials', key: 'RUSTFS_ACCESS_KEY' } } },
      { name: 'S3_ENDPOINT', value: 'http://rustfs-svc.storage.svc.cluster.local:9000' },
    ]));
    expect(container.image).toBe('minio/mc:RELEASE.2024-11-21T17-21-54Z');
    expect(job.metadata.namespace).toBe('storage');
    expect(findObject(objects, 'Kustomization', 'langfuse-rustfs').spec.dependsOn).toEqual([{ name: 'rustfs', namespace: 'storage' }]);
  });

  test('needs RustFS', () => {
    expect(configProblems({ ...minimalRaw(), rustfs_bucket_setup_enabled: true })).toEqual(['rustfs_bucket_setup_enabled: needs rustfs_enabled: true (the bundled MinIO creates its own buckets)']);
  });
});

describe('LiteLLM\'s callback in the reference\'s litellm_langfuse_* terms', () => {
  const settings = (raw: Record<string, unknown>) => parse(findObject(synthObjects(raw), 'ConfigMap', 'litellm-langfuse').data['langfuse-callbacks.yaml']);
  const secret = (raw: Record<string, unknown>) => findObject(synthObjects(raw), 'Secret', 'litellm-langfuse').stringData;

  test('the reference\'s tuning: the langfuse callback, a sample rate and default tags', () => {
    expect(settings({ ...LITELLM, ...minimalRaw(), litellm_langfuse_callback: 'langfuse', litellm_langfuse_sample_rate: 0.2, litellm_langfuse_default_tags: ['cache_hit'] }))
      .toEqual({ litellm_settings: { success_callback: ['langfuse'], failure_callback: ['langfuse'], langfuse_sample_rate: 0.2, langfuse_default_tags: ['cache_hit'] } });
  });

  test('own keys and host for LiteLLM, in place of the init project\'s and the in-cluster web', () => {
    const raw = { ...minimalRaw(), ...LITELLM, litellm_langfuse_public_key: 'lf_pk_litellm0123', litellm_langfuse_secret_key: 'lf_sk_litellm0123', litellm_langfuse_host: 'https://langfuse.example.com' };
    expect(secret(raw)).toEqual({
      LANGFUSE_PUBLIC_KEY: 'lf_pk_litellm0123', LANGFUSE_SECRET_KEY: 'lf_sk_litellm0123', LANGFUSE_HOST: 'https://langfuse.example.com', LANGFUSE_OTEL_HOST: 'https://langfuse.example.com',
    });
    expect(findObject(synthObjects(raw), 'Secret', 'langfuse-llm-connection').stringData.LANGFUSE_PUBLIC_KEY).toBe('lf_pk_litellm0123');
  });

  test('own keys make the init project keys unnecessary', () => {
    const { langfuse_init_project_public_key: _p, langfuse_init_project_secret_key: _s, ...rest } = LITELLM;
    expect(configProblems({ ...minimalRaw(), ...rest, litellm_langfuse_public_key: 'lf_pk_litellm0123', litellm_langfuse_secret_key: 'lf_sk_litellm0123' })).toEqual([]);
  });

  test('litellm_langfuse_enabled: false keeps the LLM connection but emits no callback wiring', () => {
    const objects = synthObjects({ ...minimalRaw(), ...LITELLM, litellm_langfuse_enabled: false });
    expect(hasObject(objects, 'ConfigMap', 'litellm-langfuse')).toBe(false);
    expect(hasObject(objects, 'Job', 'langfuse-llm-connection')).toBe(true);
  });

  test('the tuning needs the langfuse callback', () => {
    expect(configProblems({ ...minimalRaw(), ...LITELLM, litellm_langfuse_sample_rate: 0.2 }))
      .toEqual([expect.stringMatching(/^litellm_langfuse_callback: must be "langfuse" with litellm_langfuse_sample_rate/)]);
  });
});

describe('ingress from other namespaces, like Obot\'s', () => {
  test('admits the namespace to web on 3000 and nothing else', () => {
    const objects = synthObjects({ ...minimalRaw(), network_policies_enabled: true, langfuse_ingress_namespaces: ['obot-mcp'] });
    const web = findObject(objects, 'CiliumNetworkPolicy', 'langfuse-web');
    expect(web.spec.ingress).toContainEqual({ fromEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'obot-mcp' } }], toPorts: [{ ports: [{ port: '3000', protocol: 'TCP' }] }] });
    expect(JSON.stringify(findObject(objects, 'CiliumNetworkPolicy', 'langfuse-worker'))).not.toContain('obot-mcp');
  });
});

describe('the Flux identity keys', () => {
  test('flux_kustomization_namespace moves the app\'s own Kustomization; flux_namespace stays the side apps\' and its default', () => {
    const objects = synthObjects({ ...minimalRaw(), ...LITELLM, flux_kustomization_namespace: 'apps' });
    expect(findObject(objects, 'Kustomization', 'langfuse').metadata.namespace).toBe('apps');
    expect(findObject(objects, 'Kustomization', 'litellm-langfuse').metadata.namespace).toBe('flux-system');
    // the LLM connection waits for the app's own Kustomization, wherever it is
    expect(findObject(objects, 'Kustomization', 'langfuse-llm-connection').spec.dependsOn).toEqual([{ name: 'langfuse', namespace: 'apps' }]);
    expect(findObject(synthObjects({ ...minimalRaw(), flux_namespace: 'flux' }), 'Kustomization', 'langfuse').metadata.namespace).toBe('flux');
  });

  test('a sops-age Secret in another namespace needs the controller-wide key', () => {
    expect(configProblems({ ...minimalRaw(), flux_kustomization_namespace: 'apps', flux_sops_secret_namespace: 'flux-system' }))
      .toEqual([expect.stringMatching(/^flux_sops_secret_name: must be "" when the age key Secret is in namespace flux-system and the Kustomization in apps/)]);
    expect(configProblems({ ...minimalRaw(), flux_kustomization_namespace: 'apps', flux_sops_secret_namespace: 'flux-system', flux_sops_secret_name: '' })).toEqual([]);
  });

  test('each dependsOn key replaces its default, and "" drops it', () => {
    const raw = { ...minimalRaw(), ...S3, langfuse_backup_enabled: true, cnpg_flux_dependency: '', rustfs_flux_dependency: 'storage/rustfs-app', coredns_flux_dependency: 'kube-system/coredns',
      barman_cloud_flux_dependency: 'cnpg-system/barman-cloud-plugin' };
    expect(findObject(synthObjects(raw), 'Kustomization', 'langfuse').spec.dependsOn).toEqual([
      { name: 'coredns', namespace: 'kube-system' }, { name: 'rustfs-app', namespace: 'storage' }, { name: 'barman-cloud-plugin', namespace: 'cnpg-system' },
    ]);
  });

  test('barman_cloud_flux_dependency replaces the older pair, and refuses to contradict it', () => {
    expect(configProblems({ ...minimalRaw(), cnpg_barman_plugin_kustomization: 'barman', barman_cloud_flux_dependency: 'cnpg-system/barman-cloud-plugin' }))
      .toEqual([expect.stringMatching(/^barman_cloud_flux_dependency: conflicts with cnpg_barman_plugin_kustomization/)]);
    expect(configProblems({ ...minimalRaw(), cnpg_barman_plugin_kustomization: 'barman-cloud-plugin', barman_cloud_flux_dependency: 'cnpg-system/barman-cloud-plugin' })).toEqual([]);
  });

  test.each(['cnpg-system', 'a/b/c', 'Cnpg/Cloudnative'])('a dependency %j that is not "<namespace>/<name>" is refused', (value) => {
    expect(configProblems({ ...minimalRaw(), cnpg_flux_dependency: value })).toEqual([expect.stringMatching(/^cnpg_flux_dependency: must be "<namespace>\/<name>"/)]);
  });

  test('the Kustomizations may live in the app\'s own namespace only when the config says so for the app\'s too', () => {
    expect(configProblems({ ...minimalRaw(), flux_namespace: 'ai-system' })).toEqual([expect.stringMatching(/^langfuse_namespace: is taken: it is the namespace of the Flux Kustomizations/)]);
    expect(configProblems({ ...minimalRaw(), flux_namespace: 'ai-system', flux_kustomization_namespace: 'ai-system', flux_sops_secret_name: '' })).toEqual([]);
  });
});
