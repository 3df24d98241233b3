import { Chart, Testing } from 'cdk8s';
import {
  addClusterPrerequisites, AppNamespace, CiliumPolicy, ClickHouseBackend, ClickHouseCluster, ClickHouseCopy, ClickHouseCopyMode, ClickHouseMigrationChart, ClickHouseMigrationChartProps,
  ClickHouseMigrationStage, ClickHouseSchemaJob, CnpgBackup, CnpgCluster, DragonflyAcl, DragonflyDefaultUser, FluxAppChart, FluxKustomization, HttpRoute,
  KeycloakClient, KubernetesNetworkPolicy, LangfuseAnalyticsChart, LangfuseAnalyticsChartProps, LangfuseChart, LangfuseChartProps, LangfuseLlmConnection,
  LiteLlmIntegration, ObjectStorage, OciHelmRelease, PodMonitor, RedisBackend, ServiceMonitor, SopsSecret, StatsdMappingConfigMap,
} from '../lib';

// GIVEN props a consumer would pass, all valid
const base: LangfuseChartProps = {
  namespace: 'observability',
  hostname: 'traces.example.org',
  appSecrets: { nextauthSecret: 'n'.repeat(32), salt: 's'.repeat(32), encryptionKey: 'b'.repeat(64) },
  postgres: { password: 'PostgresPassword0123456789' },
  clickhouse: { password: 'ClickhousePassword0123456789' },
  objectStorage: ObjectStorage.external({ endpoint: 'http://minio.storage.svc.cluster.local:9000', credentials: { accessKey: 'access', secretKey: 'secret-key' } }),
  redis: RedisBackend.dragonflyAcl({ password: 'AclPassword0123456789' }),
};
const sso = { issuerUrl: 'https://auth.example.org/realms/main', internalIssuerUrl: 'http://keycloak.identity:8080/realms/main', realm: 'main', clientSecret: 'C'.repeat(20) };
const init = { orgId: 'org', userEmail: 'admin@example.org', userPassword: 'InitPassword0123' };
const chart = (namespace = 'team') => new Chart(Testing.app(), 'c', { namespace, disableResourceNameHashes: true });
const keycloak = {
  realm: 'main', clientSecret: 'K'.repeat(20), redirectUris: ['https://a.example.org/cb'], webOrigins: ['https://a.example.org'], postLogoutRedirectUris: ['https://a.example.org/*'],
};
const litellm = { langfuseUrl: 'http://langfuse-web.ai-system.svc.cluster.local:3000', publicKey: 'pk-lf-0123456789', secretKey: 'sk-lf-0123456789' };
const route = { name: 'app', hostnames: ['app.example.org'], backend: { serviceName: 'app', namespace: 'team', port: 80 } };
const cnpg = { name: 'db', namespace: 'team', database: 'app', owner: 'app', credentialsSecretName: 'db-credentials' };
const monitor = { name: 'app', namespace: 'team', selector: { app: 'x' }, endpoints: [{ port: 'metrics' }] };
const llm = { langfuseUrl: 'http://langfuse-web.team:3000', publicKey: 'pk-lf-0123456789', secretKey: 'sk-lf-0123456789', baseUrl: 'http://litellm.team:4000', apiKey: 'sk-litellm-0123' };
const backup = { clusterName: 'db', namespace: 'team', endpointUrl: 'http://s3.storage:9000', credentialsSecretName: 'backup-credentials' };
const chSecret = { name: 'ch-credentials', key: 'password' };
const schemaJob = { name: 'schema', image: 'langfuse/langfuse:3.224.1', host: 'new.team.svc.cluster.local', passwordSecret: chSecret, labels: {} };
const copyJob = {
  name: 'copy', mode: ClickHouseCopyMode.ONLINE, image: 'clickhouse/clickhouse-server:26.4.4.38', sourceAddress: 'old.team.svc.cluster.local:9000',
  sourcePasswordSecret: chSecret, targetHost: 'new-0.team.svc.cluster.local', targetPasswordSecret: chSecret, labels: {},
};
const analytics: LangfuseAnalyticsChartProps = {
  appName: 'team-analytics', cluster: { name: 'team-analytics', namespace: 'team', passwordSecret: chSecret }, password: 'ClickhousePassword0123',
  operatorFluxDependency: { name: 'clickhouse-operator', namespace: 'flux-system' },
};
const migration: ClickHouseMigrationChartProps = {
  appName: 'team-clickhouse-migration', namespace: 'team', stage: ClickHouseMigrationStage.COPY,
  langfuseImage: 'langfuse/langfuse:3.224.1', clickhouseImage: 'clickhouse/clickhouse-server:26.4.4.38',
  target: { host: 'new.team.svc.cluster.local', firstServerHost: 'new-0.team.svc.cluster.local', passwordSecret: chSecret },
  source: { replicaAddresses: ['old-0.old-headless.team.svc.cluster.local:9000'], passwordSecret: { name: 'old-credentials', key: 'password' } },
  analyticsDependency: { name: 'team-analytics', namespace: 'flux-system' }, langfuseDependency: { name: 'team', namespace: 'flux-system' },
};
const migrationWith = (override: Partial<ClickHouseMigrationChartProps>) => () => new ClickHouseMigrationChart(Testing.app(), 'm', { ...migration, ...override });

/** [prop path, build with only that prop wrong, the secret value that must never appear]. */
type Case = readonly [RegExp, () => unknown, string?];
const langfuse = (override: Partial<LangfuseChartProps>) => () => new LangfuseChart(Testing.app(), 'langfuse', { ...base, ...override });

const CASES: Record<string, Case> = {
  'LangfuseChart hostname': [/^hostname must be a lowercase domain name .*\(got "not a host"\)$/, langfuse({ hostname: 'not a host' })],
  'LangfuseChart namespace': [/^namespace must be a DNS label/, langfuse({ namespace: 'Team_A' })],
  'LangfuseChart storageClass': [/^storageClass must be a Kubernetes object name/, langfuse({ storageClass: 'Fast SSD' })],
  'LangfuseChart appSecrets': [/^appSecrets is required \(got none\)$/, langfuse({ appSecrets: undefined as never })],
  'LangfuseChart appSecrets.nextauthSecret': [/^appSecrets\.nextauthSecret must be at least 32 characters .*\(got 12 characters\)$/,
    langfuse({ appSecrets: { ...base.appSecrets, nextauthSecret: 'tooShort0123' } }), 'tooShort0123'],
  'LangfuseChart appSecrets.salt': [/^appSecrets\.salt is required \(got none\)$/, langfuse({ appSecrets: { ...base.appSecrets, salt: undefined as never } })],
  'LangfuseChart appSecrets.encryptionKey (length)': [/^appSecrets\.encryptionKey must be exactly 64 lowercase hex characters .*\(got 12 characters\)$/,
    langfuse({ appSecrets: { ...base.appSecrets, encryptionKey: 'deadbeef0123' } }), 'deadbeef0123'],
  'LangfuseChart appSecrets.encryptionKey (upper case)': [/^appSecrets\.encryptionKey must be exactly 64 lowercase hex .*\(got 64 characters\)$/,
    langfuse({ appSecrets: { ...base.appSecrets, encryptionKey: 'AB'.repeat(32) } }), 'AB'.repeat(32)],
  'LangfuseChart postgres': [/^postgres is required/, langfuse({ postgres: undefined as never })],
  'LangfuseChart postgres.password': [/^postgres\.password must not contain spaces, tabs, newlines or control characters .*\(got 13 characters\)$/,
    langfuse({ postgres: { password: 'pass word@123' } }), 'pass word@123'],
  'LangfuseChart clickhouse.password': [/^clickhouse\.password must not be empty \(got an empty value\)$/, langfuse({ clickhouse: { password: '' } })],
  'LangfuseChart redis': [/^redis is required/, langfuse({ redis: undefined as never })],
  'LangfuseChart objectStorage': [/^objectStorage is required/, langfuse({ objectStorage: undefined as never })],
  'LangfuseChart sso.issuerUrl': [/^sso\.issuerUrl must be an http:\/\/ or https:\/\/ URL/, langfuse({ sso: { ...sso, issuerUrl: 'auth.example.org' } })],
  'LangfuseChart sso.internalIssuerUrl': [/^sso\.internalIssuerUrl must not end with "\/"/, langfuse({ sso: { ...sso, internalIssuerUrl: 'http://kc:8080/realms/main/' } })],
  'LangfuseChart sso.realm': [/^sso\.realm must be a realm name/, langfuse({ sso: { ...sso, realm: 'my realm' } })],
  'LangfuseChart sso.clientSecret': [/^sso\.clientSecret must not contain whitespace .*\(got 20 characters\)$/,
    langfuse({ sso: { ...sso, clientSecret: 'client secret 012345' } }), 'client secret 012345'],
  'LangfuseChart smtp.url': [/^smtp\.url must be an smtp:\/\/ or smtps:\/\/ URL/, langfuse({ smtp: { url: 'mail.example.org', fromAddress: 'a@example.org' } }), 'mail.example.org'],
  'LangfuseChart smtp.fromAddress': [/^smtp\.fromAddress must be an email address/, langfuse({ smtp: { url: 'smtp://u:p@mail.example.org:587', fromAddress: 'nobody' } })],
  'LangfuseChart headlessInit.orgId': [/^headlessInit\.orgId must be a slug/, langfuse({ headlessInit: { ...init, orgId: 'My Org' } })],
  'LangfuseChart headlessInit.userEmail': [/^headlessInit\.userEmail must be an email address/, langfuse({ headlessInit: { ...init, userEmail: 'admin' } })],
  'LangfuseChart headlessInit.userPassword': [/^headlessInit\.userPassword must be at least 16 characters .*\(got 6 characters\)$/,
    langfuse({ headlessInit: { ...init, userPassword: 'hunter' } }), 'hunter'],
  'LangfuseChart headlessInit.project.id': [/^headlessInit\.project\.id must be a slug/, langfuse({ headlessInit: { ...init, project: { id: 'P!' } } })],
  'LangfuseChart headlessInit.project.keys.publicKey': [/^headlessInit\.project\.keys\.publicKey must be 8 to 256 letters, digits, .*\(got 6 characters\)$/,
    langfuse({ headlessInit: { ...init, project: { id: 'proj', keys: { publicKey: 'pk-123', secretKey: 'sk-lf-0123456789' } } } }), 'pk-123'],
  'LangfuseChart headlessInit.project.keys.secretKey': [/^headlessInit\.project\.keys\.secretKey must be 8 to 256 letters, digits, /,
    langfuse({ headlessInit: { ...init, project: { id: 'proj', keys: { publicKey: 'pk-lf-0123456789', secretKey: 'secret:value-42' } } } }), 'secret:value-42'],
  'LangfuseChart backup.credentials.accessKey': [/^backup\.credentials\.accessKey must not contain whitespace/,
    langfuse({ backup: { endpoint: 'http://s3:9000', credentials: { accessKey: 'my access key', secretKey: 'secret-key' } } }), 'my access key'],

  'RedisBackend.dragonflyAcl() password': [/^RedisBackend\.dragonflyAcl\(\) password must not start with ">" or "<"/,
    () => RedisBackend.dragonflyAcl({ password: '>p@ss:word/01' }), '>p@ss:word/01'],
  'RedisBackend.dragonflyAcl() username': [/^RedisBackend\.dragonflyAcl\(\) username must be letters/, () => RedisBackend.dragonflyAcl({ password: 'pw', username: 'lang fuse' })],
  'RedisBackend.dragonfly() host': [/^RedisBackend\.dragonfly\(\) host must be a host name/, () => RedisBackend.dragonfly({ password: 'pw', host: 'redis://dragonfly' })],
  'RedisBackend.dragonfly() namespace': [/^RedisBackend\.dragonfly\(\) namespace must be a DNS label/, () => RedisBackend.dragonfly({ password: 'pw', namespace: 'Cache' })],
  'RedisBackend.bundledValkey() password': [/^RedisBackend\.bundledValkey\(\) password must not be empty/, () => RedisBackend.bundledValkey('')],
  'ObjectStorage.external() endpoint': [/^ObjectStorage\.external\(\) endpoint must be an http:\/\/ or https:\/\/ URL/,
    () => ObjectStorage.external({ endpoint: 's3.example.org', credentials: { accessKey: 'access', secretKey: 'secret-key' } })],
  'ObjectStorage.external() credentials.secretKey': [/^ObjectStorage\.external\(\) credentials\.secretKey must be at least 3 characters \(got 2 characters\)$/,
    () => ObjectStorage.external({ endpoint: 'http://s3:9000', credentials: { accessKey: 'access', secretKey: 'zq' } }), 'zq'],
  'ObjectStorage.bundledMinio() rootCredentials.accessKey': [/^ObjectStorage\.bundledMinio\(\) rootCredentials\.accessKey is required/,
    () => ObjectStorage.bundledMinio({ accessKey: undefined as never, secretKey: 'secret-key' })],

  'CnpgCluster name': [/^cnpg cluster name must be a DNS label/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, name: 'DB' })],
  'CnpgCluster namespace': [/^cnpg cluster db: namespace must be a DNS label/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, namespace: 'team a' })],
  'CnpgCluster database': [/^cnpg cluster db: database must be a Postgres identifier/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, database: 'my-db' })],
  'CnpgCluster owner': [/^cnpg cluster db: owner must be a Postgres identifier/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, owner: '' })],
  'CnpgCluster credentialsSecretName': [/^cnpg cluster db: credentialsSecretName must be a Kubernetes object name/,
    () => new CnpgCluster(chart(), 'Db', { ...cnpg, credentialsSecretName: 'Creds' })],
  'CnpgCluster instances': [/^cnpg cluster db: instances must be a whole number from 1 to 99 \(got 0\)$/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, instances: 0 })],
  'CnpgCluster storageSize': [/^cnpg cluster db: storageSize must be a Kubernetes quantity/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, storageSize: '10GB' })],
  'CnpgCluster storageClass': [/^cnpg cluster db: storageClass must be a Kubernetes object name/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, storageClass: 'SSD' })],
  'CnpgCluster imageName': [/^cnpg cluster db: imageName .*latest/, () => new CnpgCluster(chart(), 'Db', { ...cnpg, imageName: 'ghcr.io/cloudnative-pg/postgresql:latest' })],
  'CnpgCluster priorityClassName': [/^cnpg cluster db: priorityClassName must be a Kubernetes object name/,
    () => new CnpgCluster(chart(), 'Db', { ...cnpg, priorityClassName: 'High' })],

  'DragonflyAcl secretName': [/^dragonfly acl secretName must be a Kubernetes object name/, () => new DragonflyAcl(chart(), 'Acl', { secretName: 'ACL' })],
  'DragonflyAcl namespace': [/^dragonfly acl namespace must be a DNS label/, () => new DragonflyAcl(chart(), 'Acl', { namespace: 'cache/x' })],
  'DragonflyAcl users[].username': [/^dragonfly acl username must be letters/, () => new DragonflyAcl(chart(), 'Acl', { users: [{ username: 'a b', password: 'Password0123' }] })],
  'DragonflyAcl users[].password': [/^dragonfly acl user "app": password must not start with ">" or "<" \(got 12 characters\)$/,
    () => new DragonflyAcl(chart(), 'Acl', { users: [{ username: 'app', password: '<Password012' }] }), '<Password012'],
  'DragonflyDefaultUser.pingOnly() password': [/^dragonfly acl user "default": password must be at least 8 characters \(got 3 characters\)$/,
    () => DragonflyDefaultUser.pingOnly('pw1'), 'pw1'],

  'KeycloakClient clientId': [/^keycloak client clientId must be letters/, () => new KeycloakClient(chart(), 'K', { ...keycloak, clientId: 'my app' })],
  'KeycloakClient realm': [/^keycloak client langfuse: realm must be a realm name/, () => new KeycloakClient(chart(), 'K', { ...keycloak, realm: 'a/b' })],
  'KeycloakClient clientSecret': [/^keycloak client langfuse: clientSecret must be at least 16 characters .*\(got 5 characters\)$/,
    () => new KeycloakClient(chart(), 'K', { ...keycloak, clientSecret: 'short' }), 'short'],
  'KeycloakClient redirectUris': [/^keycloak client langfuse: redirectUris must list at least one URI/, () => new KeycloakClient(chart(), 'K', { ...keycloak, redirectUris: [] })],
  'KeycloakClient webOrigins[0]': [/^keycloak client langfuse: webOrigins\[0\] must be an https:\/\/ URL/,
    () => new KeycloakClient(chart(), 'K', { ...keycloak, webOrigins: ['http://a.example.org'] })],
  'KeycloakClient postLogoutRedirectUris[0]': [/^keycloak client langfuse: postLogoutRedirectUris\[0\] must be an https:\/\/ URL/,
    () => new KeycloakClient(chart(), 'K', { ...keycloak, postLogoutRedirectUris: ['a.example.org'] })],
  'KeycloakClient secretEnvName': [/^keycloak client langfuse: secretEnvName must be UPPER_SNAKE_CASE/, () => new KeycloakClient(chart(), 'K', { ...keycloak, secretEnvName: 'x-y' })],
  'KeycloakClient name': [/^keycloak client langfuse: name must be a Kubernetes object name/, () => new KeycloakClient(chart(), 'K', { ...keycloak, name: 'Client' })],
  'KeycloakClient namespace': [/^keycloak client langfuse: namespace is required/,
    () => new KeycloakClient(new Chart(Testing.app(), 'c'), 'K', keycloak)],

  'LiteLlmIntegration langfuseUrl': [/^litellm integration langfuseUrl must be an http\(s\) URL/, () => new LiteLlmIntegration(chart(), 'L', { ...litellm, langfuseUrl: 'langfuse-web:3000' })],
  'LiteLlmIntegration publicKey': [/^litellm integration publicKey must be at least 8 characters \(got 5 characters\)$/,
    () => new LiteLlmIntegration(chart(), 'L', { ...litellm, publicKey: 'pk-lf' }), 'pk-lf'],
  'LiteLlmIntegration secretKey': [/^litellm integration secretKey must not contain whitespace \(got 16 characters\)$/,
    () => new LiteLlmIntegration(chart(), 'L', { ...litellm, secretKey: 'sk-lf 0123456789' }), 'sk-lf 0123456789'],
  'LiteLlmIntegration name': [/^litellm integration name must be a Kubernetes object name/, () => new LiteLlmIntegration(chart(), 'L', { ...litellm, name: 'LiteLLM' })],
  'LiteLlmIntegration namespace': [/^litellm integration namespace must be a DNS label/, () => new LiteLlmIntegration(chart(), 'L', { ...litellm, namespace: 'AI' })],

  'HttpRoute name': [/^http route name must be a Kubernetes object name/, () => new HttpRoute(chart(), 'R', { ...route, name: 'App' })],
  'HttpRoute namespace': [/^http route app: namespace must be a DNS label/, () => new HttpRoute(new Chart(Testing.app(), 'c'), 'R', { ...route, namespace: 'team_a' })],
  'HttpRoute hostnames': [/^http route app: hostnames must list at least one host name/, () => new HttpRoute(chart(), 'R', { ...route, hostnames: [] })],
  'HttpRoute hostnames[1]': [/^http route app: hostnames\[1\] must be a lowercase DNS name/, () => new HttpRoute(chart(), 'R', { ...route, hostnames: ['a.example.org', 'B.example.org'] })],
  'HttpRoute backend.serviceName': [/^http route app: backend\.serviceName must be a DNS label/,
    () => new HttpRoute(chart(), 'R', { ...route, backend: { ...route.backend, serviceName: 'svc.x' } })],
  'HttpRoute backend.port': [/^http route app: backend\.port must be 1 to 65535 \(got 0\)$/, () => new HttpRoute(chart(), 'R', { ...route, backend: { ...route.backend, port: 0 } })],
  'HttpRoute parents[0].namespace': [/^http route app: parents\[0\]\.namespace must be a DNS label/,
    () => new HttpRoute(chart(), 'R', { ...route, parents: [{ name: 'gw', namespace: 'Net' }] })],

  'SopsSecret name': [/^sops secret name must be a Kubernetes object name/, () => new SopsSecret(chart(), 'S', { name: 'My Secret', namespace: 'team', stringData: { a: 'b' } })],
  'SopsSecret namespace': [/^sops secret s: namespace must be a DNS label/, () => new SopsSecret(chart(), 'S', { name: 's', namespace: '', stringData: { a: 'b' } })],
  'SopsSecret stringData key': [/^sops secret s: stringData key must be a Secret key: .*\(got "api key"\)$/,
    () => new SopsSecret(chart(), 'S', { name: 's', namespace: 'team', stringData: { 'api key': 'value-1' } })],
  'SopsSecret stringData.<key>': [/^sops secret s: stringData\.token must not be empty \(got an empty value\)$/,
    () => new SopsSecret(chart(), 'S', { name: 's', namespace: 'team', stringData: { user: 'u', token: '' } })],

  'ServiceMonitor name': [/^service monitor name must be a Kubernetes object name/, () => new ServiceMonitor(chart(), 'M', { ...monitor, name: 'App' })],
  'ServiceMonitor namespace': [/^service monitor app: namespace must be a DNS label/, () => new ServiceMonitor(chart(), 'M', { ...monitor, namespace: 'a.b' })],
  'PodMonitor name': [/^pod monitor name must be a Kubernetes object name/, () => new PodMonitor(chart(), 'M', { ...monitor, name: '-app' })],
  'PodMonitor namespace': [/^pod monitor app: namespace is required/, () => new PodMonitor(chart(), 'M', { ...monitor, namespace: undefined as never })],

  'ClickHouseCluster namespace': [/^clickhouse cluster langfuse-analytics: namespace must be a DNS label/,
    () => new ClickHouseCluster(chart(), 'C', { namespace: 'Team', passwordSecret: { name: 'ch', key: 'password' } })],
  'ClickHouseCluster passwordSecret.name': [/^clickhouse cluster langfuse-analytics: passwordSecret\.name is required/,
    () => new ClickHouseCluster(chart(), 'C', { namespace: 'team', passwordSecret: undefined as never })],
  'ClickHouseCluster passwordSecret.key': [/^clickhouse cluster langfuse-analytics: passwordSecret\.key must be a Secret key/,
    () => new ClickHouseCluster(chart(), 'C', { namespace: 'team', passwordSecret: { name: 'ch', key: 'pass word' } })],
  'ClickHouseCluster storageSize': [/^clickhouse cluster langfuse-analytics: storageSize must be a Kubernetes quantity/,
    () => new ClickHouseCluster(chart(), 'C', { namespace: 'team', passwordSecret: { name: 'ch', key: 'password' }, storageSize: '20 GB' })],
  'ClickHouseCluster cpuRequest': [/^clickhouse cluster langfuse-analytics: cpuRequest must be a CPU quantity/,
    () => new ClickHouseCluster(chart(), 'C', { namespace: 'team', passwordSecret: { name: 'ch', key: 'password' }, cpuRequest: 'two' })],
  'ClickHouseCluster cpuLimit': [/^clickhouse cluster langfuse-analytics: cpuLimit must be a CPU quantity.*\(got "2 cores"\)$/,
    () => new ClickHouseCluster(chart(), 'C', { namespace: 'team', passwordSecret: { name: 'ch', key: 'password' }, cpuLimit: '2 cores' })],

  'CnpgBackup credentialsSecretName': [/^backup credentialsSecretName must be a Kubernetes object name/,
    () => new CnpgBackup(chart(), 'B', { ...backup, credentialsSecretName: 'Backup' })],
  'CnpgBackup clusterName': [/^backup clusterName must be a DNS label/, () => new CnpgBackup(chart(), 'B', { ...backup, clusterName: 'db_1' })],

  'CiliumPolicy name': [/^cilium policy name must be a Kubernetes object name/, () => new CiliumPolicy(chart(), 'P', { name: 'Web', podLabels: { app: 'web' } })],
  'CiliumPolicy namespace': [/^cilium policy web: namespace must be a DNS label/, () => new CiliumPolicy(chart(), 'P', { name: 'web', namespace: 'a_b', podLabels: { app: 'web' } })],
  'KubernetesNetworkPolicy name': [/^network policy name must be a Kubernetes object name/,
    () => new KubernetesNetworkPolicy(chart(), 'P', { name: 'web policy', podLabels: { app: 'web' } })],
  'AppNamespace name': [/^app namespace name must be a DNS label/, () => new AppNamespace(chart(), 'N', { name: 'Team' })],
  'FluxKustomization name': [/^flux kustomization name must be a Kubernetes object name/,
    () => new FluxKustomization(chart(), 'K', { name: 'App', path: './apps/app', targetNamespace: 'team' })],
  'FluxKustomization namespace': [/^flux kustomization app: namespace must be a DNS label/,
    () => new FluxKustomization(chart(), 'K', { name: 'app', namespace: 'Flux', path: './apps/app', targetNamespace: 'team' })],
  'OciHelmRelease name': [/^oci helm release name must be a Kubernetes object name/,
    () => new OciHelmRelease(chart(), 'H', { name: 'Op', namespace: 'team', url: 'oci://ghcr.io/x/charts/op', version: '1.0.0' })],
  'StatsdMappingConfigMap namespace': [/^statsd mapping config map m: namespace must be a DNS label/,
    () => new StatsdMappingConfigMap(chart(), 'S', { name: 'm', namespace: 'Team' })],
  'LangfuseLlmConnection apiKey': [/^llm connection apiKey must be at least 8 characters without whitespace \(got 4 characters\)$/,
    () => new LangfuseLlmConnection(chart(), 'L', { ...llm, apiKey: 'sk-1' }), 'sk-1'],
  'LangfuseLlmConnection baseUrl': [/^llm connection baseUrl must be an http\(s\) URL/, () => new LangfuseLlmConnection(chart(), 'L', { ...llm, baseUrl: 'litellm:4000' })],
  'LangfuseLlmConnection models[1]': [/^llm connection models\[1\] must not be empty/, () => new LangfuseLlmConnection(chart(), 'L', { ...llm, models: ['gpt', ' '] })],
  'LangfuseLlmConnection name': [/^llm connection name must be a Kubernetes object name/, () => new LangfuseLlmConnection(chart(), 'L', { ...llm, name: 'LLM' })],

  'LangfuseChart clickhouse.operatorNamespace': [/^clickhouse\.operatorNamespace must be a DNS label.*\(got "ClickHouse Operator"\)$/,
    langfuse({ clickhouse: { password: 'ClickhousePassword0123456789', backend: ClickHouseBackend.OPERATOR, operatorNamespace: 'ClickHouse Operator' } })],
  'addClusterPrerequisites clickhouseOperatorNamespace': [/^clickhouseOperatorNamespace must be a DNS label.*\(got "ch_operator"\)$/,
    () => addClusterPrerequisites(Testing.app(), { clickhouseOperator: true, clickhouseOperatorNamespace: 'ch_operator' })],
  'LangfuseChart clickhouse.migration': [/^clickhouse\.migration must be one of ClickHouseMigrationStage\.PREPARE, .*\(got "later"\)$/,
    langfuse({ clickhouse: { password: 'ClickhousePassword0123456789', backend: ClickHouseBackend.OPERATOR, migration: 'later' as never } })],

  'ClickHouseSchemaJob name': [/^clickhouse schema job name must be a DNS label/, () => new ClickHouseSchemaJob(chart(), 'S', { ...schemaJob, name: 'Schema' })],
  'ClickHouseSchemaJob host': [/^clickhouse schema job schema: host must be a host name/, () => new ClickHouseSchemaJob(chart(), 'S', { ...schemaJob, host: 'http://new:8123' })],
  'ClickHouseSchemaJob passwordSecret.key': [/^clickhouse schema job schema: passwordSecret\.key must be a Secret key/,
    () => new ClickHouseSchemaJob(chart(), 'S', { ...schemaJob, passwordSecret: { name: 'ch', key: 'pass word' } })],
  'ClickHouseSchemaJob nativePort': [/^clickhouse schema job schema: nativePort must be a whole number from 1 to 65535 \(got 0\)$/,
    () => new ClickHouseSchemaJob(chart(), 'S', { ...schemaJob, nativePort: 0 })],
  'ClickHouseCopy name (a CronJob)': [/^clickhouse copy name must be at most 52 characters \(a CronJob\)/, () => new ClickHouseCopy(chart(), 'C', { ...copyJob, name: 'c'.repeat(53) })],
  'ClickHouseCopy mode': [/^clickhouse copy copy: mode must be ClickHouseCopyMode\.ONLINE or ClickHouseCopyMode\.FINAL/,
    () => new ClickHouseCopy(chart(), 'C', { ...copyJob, mode: 'fast' as never })],
  'ClickHouseCopy sourceAddress': [/^clickhouse copy copy: sourceAddress must be host:port/, () => new ClickHouseCopy(chart(), 'C', { ...copyJob, sourceAddress: 'old.team.svc.cluster.local' })],
  'ClickHouseCopy sourceReplicaAddresses': [/^clickhouse copy copy: sourceReplicaAddresses: must include sourceAddress "old\.team\.svc\.cluster\.local:9000"$/,
    () => new ClickHouseCopy(chart(), 'C', { ...copyJob, sourceReplicaAddresses: ['old-1.team.svc.cluster.local:9000'] })],
  'ClickHouseCopy targetHost': [/^clickhouse copy copy: targetHost must be a host name/, () => new ClickHouseCopy(chart(), 'C', { ...copyJob, targetHost: 'new-0:9000' })],
  'ClickHouseCopy targetPasswordSecret.name': [/^clickhouse copy copy: targetPasswordSecret\.name is required/,
    () => new ClickHouseCopy(chart(), 'C', { ...copyJob, targetPasswordSecret: undefined as never })],
  'ClickHouseCopy schedule': [/^clickhouse copy copy: schedule must have five fields/, () => new ClickHouseCopy(chart(), 'C', { ...copyJob, schedule: 'every ten minutes' })],
  'LangfuseAnalyticsChart password': [/^analytics app team-analytics: password must contain only letters, digits and \. _ ~ - .*\(got 11 characters\)$/,
    () => new LangfuseAnalyticsChart(Testing.app(), 'a', { ...analytics, password: 'pass/word@1' }), 'pass/word@1'],
  'LangfuseAnalyticsChart operatorFluxDependency.namespace': [/^analytics app team-analytics: operatorFluxDependency\.namespace must be a DNS label/,
    () => new LangfuseAnalyticsChart(Testing.app(), 'a', { ...analytics, operatorFluxDependency: { name: 'clickhouse-operator', namespace: 'Flux' } })],
  'LangfuseAnalyticsChart cluster': [/^analytics app team-analytics: cluster is required/, () => new LangfuseAnalyticsChart(Testing.app(), 'a', { ...analytics, cluster: undefined as never })],
  'ClickHouseMigrationChart stage': [/^clickhouse migration team-clickhouse-migration: stage must be one of ClickHouseMigrationStage\.PREPARE/,
    migrationWith({ stage: 'later' as never })],
  'ClickHouseMigrationChart langfuseImage': [/^clickhouse migration team-clickhouse-migration: langfuseImage .*latest/, migrationWith({ langfuseImage: 'langfuse/langfuse:latest' })],
  'ClickHouseMigrationChart source.replicaAddresses': [/^clickhouse migration team-clickhouse-migration: source\.replicaAddresses\[1\] must be host:port/,
    migrationWith({ source: { ...migration.source, replicaAddresses: ['old-0.old-headless:9000', 'old:99999'] } })],
  'ClickHouseMigrationChart source.replicaAddresses (none)': [/^clickhouse migration team-clickhouse-migration: source\.replicaAddresses: must name at least one replica$/,
    migrationWith({ source: { ...migration.source, replicaAddresses: [] } })],
  'ClickHouseMigrationChart target.passwordSecret.name': [/^clickhouse migration team-clickhouse-migration: target\.passwordSecret\.name must be a Kubernetes object name/,
    migrationWith({ target: { ...migration.target, passwordSecret: { name: 'CH', key: 'password' } } })],
  'ClickHouseMigrationChart langfuseDependency.name': [/^clickhouse migration team-clickhouse-migration: langfuseDependency\.name is required/,
    migrationWith({ langfuseDependency: { namespace: 'flux-system' } as never })],

  'FluxAppChart appName': [/^flux app appName must be a DNS label/, () => new FluxAppChart(Testing.app(), 'a', { appName: '../app', namespace: 'team' })],
  'FluxAppChart namespace': [/^flux app app: namespace must be a DNS label/, () => new FluxAppChart(Testing.app(), 'a', { appName: 'app', namespace: 'Team' })],
  'FluxAppChart flux.appsPath': [/^flux app app: flux\.appsPath must be a relative path/,
    () => new FluxAppChart(Testing.app(), 'a', { appName: 'app', namespace: 'team', flux: { appsPath: '/etc/flux' } })],
  'FluxAppChart flux.sopsSecretName': [/^flux app app: flux\.sopsSecretName must be a Kubernetes object name/,
    () => new FluxAppChart(Testing.app(), 'a', { appName: 'app', namespace: 'team', flux: { sopsSecretName: 'SOPS' } })],
};

describe('constructs fail eagerly on a missing or malformed prop, naming it', () => {
  test.each(Object.entries(CASES))('fails on a bad %s', (_prop, [message, build, secretValue]) => {
    let thrown: unknown;
    try {
      build();
    } catch (e) {
      thrown = e;
    }
    // THEN a plain Error (synth reports it as a config problem), naming the prop, never showing the secret
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).constructor).toBe(Error);
    expect((thrown as Error).message).toMatch(message);
    if (secretValue !== undefined) expect((thrown as Error).message).not.toContain(secretValue);
  });

  test('the valid props build', () => {
    expect(() => new LangfuseChart(Testing.app(), 'langfuse', { ...base, sso, headlessInit: init })).not.toThrow();
    expect(() => new CnpgCluster(chart(), 'Db', cnpg)).not.toThrow();
    expect(() => new KeycloakClient(chart(), 'K', keycloak)).not.toThrow();
    expect(() => new LiteLlmIntegration(chart(), 'L', litellm)).not.toThrow();
    expect(() => new HttpRoute(chart(), 'R', route)).not.toThrow();
    expect(() => new ServiceMonitor(chart(), 'M', monitor)).not.toThrow();
    expect(() => new PodMonitor(chart(), 'P', monitor)).not.toThrow();
    expect(() => new CnpgBackup(chart(), 'B', backup)).not.toThrow();
    expect(() => new ClickHouseSchemaJob(chart(), 'S', schemaJob)).not.toThrow();
    expect(() => new ClickHouseCopy(chart(), 'C', copyJob)).not.toThrow();
    expect(() => new ClickHouseCopy(chart(), 'F', { ...copyJob, name: 'f'.repeat(60), mode: ClickHouseCopyMode.FINAL })).not.toThrow();
    expect(() => new LangfuseAnalyticsChart(Testing.app(), 'a', analytics)).not.toThrow();
    for (const stage of [ClickHouseMigrationStage.PREPARE, ClickHouseMigrationStage.COPY, ClickHouseMigrationStage.FREEZE, ClickHouseMigrationStage.CUTOVER]) {
      expect(migrationWith({ stage })).not.toThrow();
    }
  });

  test('a Lazy value (the ACL file) is checked when it is rendered, not eagerly', () => {
    const acl = new DragonflyAcl(chart('cache'), 'Acl');
    expect(acl.secret.keys).toEqual(['acl.conf']);
  });
});
