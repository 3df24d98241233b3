import { findObject, hasObject, K8sObject, minimalRaw, objectDiff, synthObjects } from './support/fixtures';

const ids = (objects: readonly K8sObject[]) => new Set(objects.map((o) => `${o.kind}/${o.metadata.name}`));


const values = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse').spec.values;
const env = (list: any[] | undefined, name: string) => list?.find((e) => e.name === name);
const ks = (objects: readonly K8sObject[]) => findObject(objects, 'Kustomization', 'langfuse');
const dependsOn = (objects: readonly K8sObject[]) => (ks(objects).spec.dependsOn ?? []).map((d: any) => `${d.namespace}/${d.name}`);

describe('LangfuseChart', () => {
  describe('with the minimal config', () => {
    const objects = synthObjects(minimalRaw());

    test('emits the namespace, the pinned release, Postgres, the Flux Kustomization and the referenced Secrets', () => {
      expect([...ids(objects)].sort()).toEqual([
        'Cluster/langfuse-postgresql', 'Database/langfuse-postgresql-langfuse', 'HTTPRoute/langfuse', 'HelmRelease/langfuse', 'HelmRepository/langfuse',
        'Kustomization/langfuse', 'Namespace/ai-system', 'Secret/langfuse-clickhouse-credentials', 'Secret/langfuse-credentials',
        'Secret/langfuse-postgresql-credentials', 'Secret/langfuse-redis-credentials', 'Secret/langfuse-s3-credentials',
      ]);
    });

    test('pins the chart to 1.5.41 and the image to its appVersion', () => {
      const release = findObject(objects, 'HelmRelease', 'langfuse');
      expect(release.apiVersion).toBe('helm.toolkit.fluxcd.io/v2');
      expect(release.spec.chart.spec).toMatchObject({ chart: 'langfuse', version: '1.5.41', sourceRef: { kind: 'HelmRepository', name: 'langfuse' } });
      expect(values(objects).langfuse.image.tag).toBe('3.224.1');
      expect(findObject(objects, 'HelmRepository', 'langfuse').spec.url).toBe('https://langfuse.github.io/langfuse-k8s');
    });

    test('retries failed installs and upgrades in place instead of uninstalling or rolling back, with a long timeout', () => {
      const spec = findObject(objects, 'HelmRelease', 'langfuse').spec;
      expect(spec.install.strategy.name).toBe('RetryOnFailure');
      expect(spec.upgrade.strategy.name).toBe('RetryOnFailure');
      expect(spec.install.remediation).toBeUndefined();
      expect(spec.upgrade.remediation).toBeUndefined();
      expect(spec.timeout).toBe('30m');
    });

    test('passes every application secret by secretKeyRef, never by value', () => {
      const langfuse = values(objects).langfuse;
      expect(langfuse.salt).toEqual({ secretKeyRef: { name: 'langfuse-credentials', key: 'SALT' } });
      expect(langfuse.encryptionKey).toEqual({ secretKeyRef: { name: 'langfuse-credentials', key: 'ENCRYPTION_KEY' } });
      expect(langfuse.nextauth).toEqual({ url: 'https://langfuse.example.com', secret: { secretKeyRef: { name: 'langfuse-credentials', key: 'NEXTAUTH_SECRET' } } });
      expect(JSON.stringify(values(objects))).not.toContain('s'.repeat(32));
    });

    test('turns telemetry off and sets the cookie domain to the exact host', () => {
      expect(values(objects).langfuse.features.telemetryEnabled).toBe(false);
      expect(env(values(objects).langfuse.web.pod.additionalEnv, 'NEXTAUTH_COOKIE_DOMAIN')).toEqual({ name: 'NEXTAUTH_COOKIE_DOMAIN', value: 'langfuse.example.com' });
    });

    test('sets web and worker replicas and resources under langfuse.web and langfuse.worker', () => {
      const { web, worker } = values(objects).langfuse;
      expect(web.replicas).toBe(1);
      expect(web.resources).toEqual({ requests: { cpu: '200m', memory: '512Mi' }, limits: { memory: '2Gi' } });
      expect(worker.replicas).toBe(1);
      expect(worker.resources.limits.memory).toBe('2Gi');
    });

    test('connects to the CNPG read-write Service with the basic-auth Secret', () => {
      expect(values(objects).postgresql).toEqual({
        deploy: false,
        host: 'langfuse-postgresql-rw.ai-system.svc.cluster.local',
        auth: { username: 'langfuse', existingSecret: 'langfuse-postgresql-credentials', secretKeys: { userPasswordKey: 'password' }, database: 'langfuse' },
      });
    });

    test('bundles a single-node ClickHouse with cluster mode off and no ZooKeeper', () => {
      const clickhouse = values(objects).clickhouse;
      expect(clickhouse).toMatchObject({ deploy: true, replicaCount: 1, shards: 1, clusterEnabled: false });
      expect(clickhouse.auth).toEqual({ username: 'default', existingSecret: 'langfuse-clickhouse-credentials', existingSecretKey: 'password' });
      expect(clickhouse.zookeeper.enabled).toBe(false);
      expect(clickhouse.persistence).toEqual({ size: '20Gi', storageClass: 'local-path' });
    });

    test('sizes ZooKeeper so that its heap fits its memory limit', () => {
      const zookeeper = values(objects).clickhouse.zookeeper;
      expect(zookeeper.heapSize * 1024 * 1024).toBeLessThan(1024 * 1024 * 1024 * 0.75);
      expect(zookeeper.resources.limits.memory).toBe('1Gi');
    });

    test('falls back to the bundled Valkey with a password derived from the salt', () => {
      expect(values(objects).redis).toEqual({ deploy: true, auth: { username: 'default', existingSecret: 'langfuse-redis-credentials', existingSecretPasswordKey: 'password' } });
      const password = findObject(objects, 'Secret', 'langfuse-redis-credentials').stringData.password;
      expect(password).toMatch(/^[A-Za-z0-9]{32}$/);
      expect(synthObjects({ ...minimalRaw(), langfuse_salt: 'p'.repeat(32) }).find((o) => o.metadata.name === 'langfuse-redis-credentials')!.stringData.password)
        .not.toBe(password);
    });

    test('falls back to the bundled MinIO with root credentials from the S3 Secret and the three buckets', () => {
      const s3 = values(objects).s3;
      expect(s3).toMatchObject({
        deploy: true,
        defaultBuckets: 'langfuse-events,langfuse-media,langfuse-exports',
        auth: { existingSecret: 'langfuse-s3-credentials', rootUserSecretKey: 'AWS_ACCESS_KEY_ID', rootPasswordSecretKey: 'AWS_SECRET_ACCESS_KEY' },
        eventUpload: { bucket: 'langfuse-events' },
        mediaUpload: { bucket: 'langfuse-media' },
        batchExport: { enabled: true, bucket: 'langfuse-exports' },
      });
      expect(findObject(objects, 'Secret', 'langfuse-s3-credentials').stringData.AWS_SECRET_ACCESS_KEY).toMatch(/^[A-Za-z0-9]{32}$/);
    });

    test('writes a Flux Kustomization that prunes, decrypts with SOPS and checks the release and the database', () => {
      const spec = ks(objects).spec;
      expect(ks(objects).metadata.namespace).toBe('flux-system');
      expect(spec).toMatchObject({
        path: './kubernetes/apps/ai-system/langfuse/app',
        targetNamespace: 'ai-system',
        prune: true,
        wait: false,
        timeout: '15m',
        interval: '1h',
        sourceRef: { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' },
        decryption: { provider: 'sops', secretRef: { name: 'sops-age' } },
      });
      expect(spec.healthChecks).toEqual([
        { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: 'langfuse', namespace: 'ai-system' },
        { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: 'langfuse-postgresql', namespace: 'ai-system' },
      ]);
      expect(dependsOn(objects)).toEqual(['cnpg-system/cloudnative-pg']);
    });

    test('relies on the controller-wide SOPS key when flux_sops_secret_name is empty', () => {
      expect(ks(synthObjects({ ...minimalRaw(), flux_sops_secret_name: '' })).spec.decryption).toEqual({ provider: 'sops' });
    });

    test('creates the CNPG cluster on UTC with a managed role and the basic-auth Secret labelled for reload', () => {
      const cluster = findObject(objects, 'Cluster', 'langfuse-postgresql');
      expect(cluster.spec.postgresql.parameters.timezone).toBe('UTC');
      expect(cluster.spec.managed.roles).toEqual([expect.objectContaining({ name: 'langfuse', login: true, passwordSecret: { name: 'langfuse-postgresql-credentials' } })]);
      expect(cluster.spec.affinity).toBeUndefined();
      const secret = findObject(objects, 'Secret', 'langfuse-postgresql-credentials');
      expect(secret.type).toBe('kubernetes.io/basic-auth');
      expect(secret.metadata.labels['cnpg.io/reload']).toBe('true');
      expect(secret.stringData.username).toBe('langfuse');
    });

    test('gives the namespace no metadata.namespace and protects it from pruning', () => {
      const ns = findObject(objects, 'Namespace', 'ai-system');
      expect(ns.metadata.namespace).toBeUndefined();
      expect(ns.metadata.annotations['kustomize.toolkit.fluxcd.io/prune']).toBe('disabled');
    });

    test('gives every object an explicit name and no duplicates', () => {
      const keys = objects.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const o of objects) expect(o.metadata.name).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
    });
  });

  test('with langfuse_enabled false, nothing is synthesized', () => {
    expect(synthObjects({ langfuse_enabled: false })).toEqual([]);
  });

  describe('Dragonfly', () => {
    const acl = { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' };

    test('with the ACL, connects as user langfuse with the key prefix langfuse:', () => {
      const objects = synthObjects({ ...minimalRaw(), ...acl });
      expect(values(objects).redis).toEqual({
        deploy: false, host: 'dragonfly.cache.svc.cluster.local', port: 6379,
        auth: { username: 'langfuse', existingSecret: 'langfuse-redis-credentials', existingSecretPasswordKey: 'password', database: 0 },
      });
      expect(env(values(objects).langfuse.additionalEnv, 'REDIS_KEY_PREFIX')).toEqual({ name: 'REDIS_KEY_PREFIX', value: 'langfuse:' });
      expect(findObject(objects, 'Secret', 'langfuse-redis-credentials').stringData.password).toBe('AclPassword0123456789');
      expect(dependsOn(objects)).toContain('cache/dragonfly');
    });

    test('without the ACL, connects as the default user with the Dragonfly password and no key prefix', () => {
      const objects = synthObjects({ ...minimalRaw(), dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123456789' });
      expect(values(objects).redis.auth.username).toBe('default');
      expect(env(values(objects).langfuse.additionalEnv, 'REDIS_KEY_PREFIX')).toBeUndefined();
      expect(findObject(objects, 'Secret', 'langfuse-redis-credentials').stringData.password).toBe('DragonflyPassword0123456789');
    });

    test('when off, neither the key prefix nor the dependency appear', () => {
      const objects = synthObjects(minimalRaw());
      expect(env(values(objects).langfuse.additionalEnv, 'REDIS_KEY_PREFIX')).toBeUndefined();
      expect(dependsOn(objects)).not.toContain('cache/dragonfly');
    });
  });

  describe('RustFS', () => {
    const rustfs = { rustfs_enabled: true, langfuse_s3_access_key: 'langfuse-s3', langfuse_s3_secret_key: 'S3SecretKey0123456789' };

    test('uses the external store with path-style access, its region and the three buckets', () => {
      const objects = synthObjects({ ...minimalRaw(), ...rustfs });
      const s3 = values(objects).s3;
      expect(s3).toMatchObject({
        deploy: false, endpoint: 'http://rustfs-svc.storage.svc.cluster.local:9000', region: 'us-east-1', forcePathStyle: true,
        accessKeyId: { secretKeyRef: { name: 'langfuse-s3-credentials', key: 'AWS_ACCESS_KEY_ID' } },
        eventUpload: { bucket: 'langfuse-events' }, mediaUpload: { bucket: 'langfuse-media' }, batchExport: { bucket: 'langfuse-exports' },
        concurrency: { reads: 50, writes: 50 },
      });
      expect(s3.auth).toBeUndefined();
      expect(s3.defaultBuckets).toBeUndefined();
      expect(dependsOn(objects)).toContain('storage/rustfs');
    });

    test('adds only the dependency, not new objects', () => {
      expect(objectDiff(rustfs)).toEqual({ added: [], removed: [] });
    });
  });

  describe('SSO', () => {
    const sso = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };

    test('adds the Keycloak Secret and the AUTH_KEYCLOAK_* wiring with the internal issuer', () => {
      const objects = synthObjects({ ...minimalRaw(), ...sso });
      const list = values(objects).langfuse.web.pod.additionalEnv;
      expect(env(list, 'AUTH_KEYCLOAK_CLIENT_ID').value).toBe('langfuse');
      expect(env(list, 'AUTH_KEYCLOAK_CLIENT_SECRET').valueFrom).toEqual({ secretKeyRef: { name: 'langfuse-keycloak-credentials', key: 'client-secret' } });
      expect(env(list, 'AUTH_KEYCLOAK_ISSUER').value).toBe('http://keycloak-service.identity.svc.cluster.local:8080/realms/main');
      expect(env(list, 'AUTH_KEYCLOAK_ALLOW_ACCOUNT_LINKING').value).toBe('true');
      expect(env(list, 'AUTH_KEYCLOAK_CHECKS').value).toBe('pkce,state');
      expect(env(list, 'AUTH_KEYCLOAK_CLIENT_AUTH_METHOD')).toBeUndefined();
      expect(dependsOn(objects)).toContain('identity/keycloak');
    });

    test('needs Keycloak: the Langfuse flag alone changes nothing', () => {
      expect(objectDiff({ langfuse_sso_enabled: true })).toEqual({ added: [], removed: [] });
    });
  });

  test('backups add the backup Secret with the backup keys, falling back to the S3 keys', () => {
    const raw = { rustfs_enabled: true, langfuse_s3_access_key: 'main-access', langfuse_s3_secret_key: 'main-secret', langfuse_backup_enabled: true, langfuse_backup_s3_access_key: 'backup-access' };
    const objects = synthObjects({ ...minimalRaw(), ...raw });
    expect(findObject(objects, 'Secret', 'langfuse-backup-credentials').stringData).toEqual({ ACCESS_KEY_ID: 'backup-access', SECRET_ACCESS_KEY: 'main-secret' });
    expect(hasObject(synthObjects(minimalRaw()), 'Secret', 'langfuse-backup-credentials')).toBe(false);
  });

  test('SMTP is wired from its Secret with the sender address', () => {
    const objects = synthObjects({ ...minimalRaw(), langfuse_smtp_url: 'smtps://user:pw@mail.example.com:465', langfuse_email_from: 'langfuse@example.com' });
    const list = values(objects).langfuse.additionalEnv;
    expect(env(list, 'SMTP_CONNECTION_URL').valueFrom).toEqual({ secretKeyRef: { name: 'langfuse-smtp-credentials', key: 'SMTP_URL' } });
    expect(env(list, 'EMAIL_FROM_ADDRESS').value).toBe('langfuse@example.com');
    expect(findObject(objects, 'Secret', 'langfuse-smtp-credentials').stringData.SMTP_URL).toBe('smtps://user:pw@mail.example.com:465');
  });

  test('headless initialization comes from its Secret, on the web container only', () => {
    const init = {
      langfuse_init_org_id: 'org', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123',
      langfuse_init_project_id: 'proj', langfuse_init_project_public_key: 'pk-lf-0123456789', langfuse_init_project_secret_key: 'sk-lf-0123456789',
    };
    const objects = synthObjects({ ...minimalRaw(), ...init });
    const langfuse = values(objects).langfuse;
    expect(langfuse.web.pod.additionalEnv.map((e: any) => e.name).filter((n: string) => n.startsWith('LANGFUSE_INIT_'))).toEqual([
      'LANGFUSE_INIT_ORG_ID', 'LANGFUSE_INIT_ORG_NAME', 'LANGFUSE_INIT_USER_EMAIL', 'LANGFUSE_INIT_USER_PASSWORD', 'LANGFUSE_INIT_USER_NAME',
      'LANGFUSE_INIT_PROJECT_ID', 'LANGFUSE_INIT_PROJECT_NAME', 'LANGFUSE_INIT_PROJECT_PUBLIC_KEY', 'LANGFUSE_INIT_PROJECT_SECRET_KEY',
    ]);
    expect(env(langfuse.web.pod.additionalEnv, 'LANGFUSE_INIT_USER_PASSWORD').valueFrom.secretKeyRef).toEqual({ name: 'langfuse-init-credentials', key: 'LANGFUSE_INIT_USER_PASSWORD' });
    expect(JSON.stringify(langfuse.additionalEnv)).not.toContain('LANGFUSE_INIT_');
    expect(findObject(objects, 'Secret', 'langfuse-init-credentials').stringData.LANGFUSE_INIT_PROJECT_NAME).toBe('Default Project');
  });

  test('with Reloader, web and worker restart when one of their Secrets changes', () => {
    const langfuse = values(synthObjects({ ...minimalRaw(), reloader_enabled: true })).langfuse;
    const shared = ['langfuse-credentials', 'langfuse-postgresql-credentials', 'langfuse-clickhouse-credentials', 'langfuse-s3-credentials', 'langfuse-redis-credentials'];
    expect(langfuse.web.deployment.annotations['secret.reloader.stakater.com/reload'].split(',')).toEqual(shared);
    expect(langfuse.worker.deployment.annotations['secret.reloader.stakater.com/reload'].split(',')).toEqual(shared);
    expect(langfuse.deployment).toBeUndefined();
    const off = values(synthObjects(minimalRaw())).langfuse;
    expect([off.deployment, off.web.deployment, off.worker.deployment]).toEqual([undefined, undefined, undefined]);
  });

  describe('least privilege: web-only variables and Secrets stay off the worker', () => {
    // GIVEN every feature that adds a variable or a Secret
    const raw = {
      ...minimalRaw(), reloader_enabled: true,
      keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789',
      langfuse_disable_password_auth: true, langfuse_sso_domain_enforcement: 'example.com', langfuse_session_max_age: 600,
      langfuse_smtp_url: 'smtps://user:pw@mail.example.com:465', langfuse_email_from: 'langfuse@example.com',
      langfuse_cache_api_key_enabled: true, langfuse_cache_api_key_ttl: 60, langfuse_cache_prompt_enabled: true, langfuse_cache_prompt_ttl: 60,
      langfuse_media_max_size: 1000, langfuse_media_download_url_expiry: 600,
      langfuse_init_org_id: 'org', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123',
      langfuse_default_org_role: 'VIEWER',
      rustfs_enabled: true, langfuse_s3_access_key: 'main-access', langfuse_s3_secret_key: 'main-secret', langfuse_backup_enabled: true,
    };
    const langfuse = values(synthObjects(raw)).langfuse;
    const names = (list: any[] | undefined) => (list ?? []).map((e: any) => e.name as string);
    const worker = [...names(langfuse.additionalEnv), ...names(langfuse.worker.pod?.additionalEnv)];
    const web = [...names(langfuse.additionalEnv), ...names(langfuse.web.pod.additionalEnv)];
    // The worker of 3.224.1 and 4.16.0 parses none of these (worker/src/env.ts, packages/shared/src/env.ts)
    const webOnly = [
      'NEXTAUTH_COOKIE_DOMAIN', 'AUTH_DISABLE_USERNAME_PASSWORD', 'AUTH_DOMAINS_WITH_SSO_ENFORCEMENT', 'AUTH_SESSION_MAX_AGE', 'AUTH_KEYCLOAK_CLIENT_ID',
      'AUTH_KEYCLOAK_CLIENT_SECRET', 'AUTH_KEYCLOAK_ISSUER', 'AUTH_KEYCLOAK_ALLOW_ACCOUNT_LINKING', 'AUTH_KEYCLOAK_CHECKS', 'LANGFUSE_CACHE_API_KEY_ENABLED',
      'LANGFUSE_CACHE_API_KEY_TTL_SECONDS', 'LANGFUSE_S3_MEDIA_MAX_CONTENT_LENGTH', 'LANGFUSE_S3_MEDIA_DOWNLOAD_URL_EXPIRY_SECONDS',
      'LANGFUSE_DEFAULT_ORG_ID', 'LANGFUSE_DEFAULT_ORG_ROLE', 'LANGFUSE_INIT_ORG_ID', 'LANGFUSE_INIT_USER_PASSWORD',
    ];
    // ...and parses these, so both get them
    const both = ['SMTP_CONNECTION_URL', 'EMAIL_FROM_ADDRESS', 'LANGFUSE_CACHE_PROMPT_ENABLED', 'LANGFUSE_CACHE_PROMPT_TTL_SECONDS'];

    test('THEN the Keycloak client secret, AUTH_* and the other web-only variables are on the web pods only', () => {
      expect(web).toEqual(expect.arrayContaining([...webOnly, ...both]));
      expect(worker.filter((n) => webOnly.includes(n))).toEqual([]);
      expect(worker).toEqual(expect.arrayContaining(both));
    });

    test('THEN each Deployment\'s Reloader annotation lists only the Secrets it reads (no backup keys for either)', () => {
      const reload = (component: 'web' | 'worker') => langfuse[component].deployment.annotations['secret.reloader.stakater.com/reload'].split(',');
      const shared = ['langfuse-credentials', 'langfuse-postgresql-credentials', 'langfuse-clickhouse-credentials', 'langfuse-s3-credentials',
        'langfuse-redis-credentials'];
      expect(reload('web')).toEqual([...shared, 'langfuse-keycloak-credentials', 'langfuse-smtp-credentials', 'langfuse-init-credentials']);
      expect(reload('worker')).toEqual([...shared, 'langfuse-smtp-credentials']);
    });

    test('THEN every Secret a component reads is in its annotation, and it reads every Secret listed there', () => {
      const referenced = (list: any[]) => new Set(list.filter((e: any) => e.valueFrom).map((e: any) => e.valueFrom.secretKeyRef.name as string));
      for (const component of ['web', 'worker'] as const) {
        const annotated = new Set(langfuse[component].deployment.annotations['secret.reloader.stakater.com/reload'].split(','));
        for (const secret of referenced([...langfuse.additionalEnv, ...langfuse[component].pod?.additionalEnv ?? []])) expect(annotated).toContain(secret);
      }
    });
  });

  test('more than one Postgres instance adds pod anti-affinity', () => {
    const cluster = findObject(synthObjects({ ...minimalRaw(), langfuse_postgres_instances: 3 }), 'Cluster', 'langfuse-postgresql');
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.affinity).toEqual({ enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname' });
  });

  test('replicated ClickHouse turns cluster mode and a three-node ZooKeeper on', () => {
    const clickhouse = values(synthObjects({ ...minimalRaw(), langfuse_clickhouse_replicas: 3, langfuse_clickhouse_cluster_enabled: true })).clickhouse;
    expect(clickhouse).toMatchObject({ replicaCount: 3, clusterEnabled: true, zookeeper: { enabled: true, replicaCount: 3 } });
  });

  test('the CNPG storage class wins over the cluster storage class for every volume', () => {
    const objects = synthObjects({ ...minimalRaw(), storage_class: 'slow', cnpg_storage_class: 'fast' });
    expect(findObject(objects, 'Cluster', 'langfuse-postgresql').spec.storage.storageClass).toBe('fast');
    expect(values(objects).clickhouse.persistence.storageClass).toBe('fast');
    expect(values(objects).clickhouse.zookeeper.persistence.storageClass).toBe('fast');
  });

  test('session max age is passed in minutes, as Langfuse reads it', () => {
    const list = values(synthObjects({ ...minimalRaw(), langfuse_session_max_age: 720 })).langfuse.web.pod.additionalEnv;
    expect(env(list, 'AUTH_SESSION_MAX_AGE')).toEqual({ name: 'AUTH_SESSION_MAX_AGE', value: '720' });
  });
});
