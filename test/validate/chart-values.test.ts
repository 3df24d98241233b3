import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  chartFreeForm, chartKeyTree, checkChartValues, findUnknownValueKeys, loadChartKeys, SUBCHART_PASSTHROUGH_1_5_41,
} from '../../lib/validate/chart-values';

describe('chartKeyTree', () => {
  test('keeps the keys of non-empty maps and records what each other default is', () => {
    expect(chartKeyTree({ a: { b: 1, c: 'x', d: false }, e: [], f: {}, g: null, h: [{ i: 1 }] })).toEqual({
      a: { b: 'value', c: 'value', d: 'value' }, e: 'list', f: 'open', g: 'open', h: 'list',
    });
  });
});

describe('findUnknownValueKeys', () => {
  const defaults = chartKeyTree({
    langfuse: { web: { replicas: null, service: { port: 3000 } }, resources: {}, additionalEnv: [], salt: { value: '' } },
    s3: { bucket: '', concurrency: { reads: 50, writes: 50 } },
  });

  test('accepts keys that exist in the defaults, at any depth', () => {
    expect(findUnknownValueKeys({ langfuse: { web: { service: { port: 8080 } } }, s3: { concurrency: { writes: 10 } } }, defaults)).toEqual([]);
  });

  test('reports every leaf below an unknown key, as a dotted path', () => {
    expect(findUnknownValueKeys({ web: { replicaCount: 2, resources: { limits: { memory: '1Gi' } } } }, defaults)).toEqual([
      'web.replicaCount',
      'web.resources.limits.memory',
    ]);
  });

  test('accepts anything below an empty map, a null default or an array', () => {
    const values = {
      langfuse: {
        resources: { limits: { cpu: '1' } },
        web: { replicas: { weird: true } },
        additionalEnv: [{ name: 'A', value: 'b' }],
      },
    };
    expect(findUnknownValueKeys(values, defaults)).toEqual([]);
  });

  test('reports keys below a scalar default', () => {
    expect(findUnknownValueKeys({ s3: { bucket: { name: 'x' } } }, defaults)).toEqual(['s3.bucket.name']);
  });

  test('accepts free-form paths with * standing for one existing key', () => {
    const values = { langfuse: { web: { service: { annotations: { a: 'b' } } } } };
    expect(findUnknownValueKeys(values, defaults)).toEqual(['langfuse.web.service.annotations.a']);
    expect(findUnknownValueKeys(values, defaults, { freeForm: ['langfuse.*.service.annotations'] })).toEqual([]);
  });

  test('accepts a literal free-form path missing from the defaults, but not its siblings', () => {
    const values = { langfuse: { auth: { providers: { keycloak: { clientId: 'langfuse' } }, provider: 'x' } } };
    expect(findUnknownValueKeys(values, defaults, { freeForm: ['langfuse.auth.providers'] })).toEqual(['langfuse.auth.provider']);
  });

  test('a key that only exists on every object (constructor, toString) is unknown', () => {
    expect(findUnknownValueKeys({ constructor: { a: 1 }, langfuse: { toString: 'x' } }, defaults)).toEqual(['constructor.a', 'langfuse.toString']);
  });

  test('a * does not invent keys that are missing from the defaults', () => {
    expect(findUnknownValueKeys({ langfuse: { webz: { resources: { a: 1 } } } }, defaults, { freeForm: ['langfuse.*.resources'] }))
      .toEqual(['langfuse.webz.resources.a']);
  });
});

describe('chart values of the Langfuse chart', () => {
  const correct = {
    langfuse: {
      salt: { secretKeyRef: { name: 'langfuse-secrets', key: 'salt' } },
      nextauth: { url: 'https://langfuse.example.com', secret: { secretKeyRef: { name: 'langfuse-secrets', key: 'nextauth-secret' } } },
      auth: { disableUsernamePassword: true, providers: { keycloak: { clientId: 'langfuse', issuer: 'https://sso.example.com/realms/langfuse' } } },
      web: { replicas: 2, resources: { requests: { cpu: '500m', memory: '1Gi' } }, pod: { additionalEnv: [{ name: 'OTEL_SERVICE_NAME', value: 'web' }] } },
      worker: { replicas: 1, pod: { annotations: { 'prometheus.io/scrape': 'true' } } },
      additionalEnv: [
        { name: 'REDIS_KEY_PREFIX', value: 'langfuse:' },
        { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: 'http://tempo.monitoring:4318' },
      ],
      features: { signUpDisabled: true },
    },
    postgresql: { deploy: false, host: 'langfuse-postgresql-rw', auth: { username: 'langfuse', existingSecret: 'pg', secretKeys: { userPasswordKey: 'password' } } },
    redis: { deploy: false, host: 'dragonfly.cache', auth: { username: 'langfuse', existingSecret: 'redis', existingSecretPasswordKey: 'password' } },
    s3: {
      deploy: false,
      bucket: 'langfuse-events',
      region: 'us-east-1',
      concurrency: { writes: 20 },
      mediaUpload: { bucket: 'langfuse-media' },
      batchExport: { bucket: 'langfuse-exports' },
    },
  };

  test('reads the keys of both chart versions from the shipped imports/schemas', () => {
    expect(loadChartKeys('1.5.41')).toHaveProperty('clickhouse.shards', 'value');
    expect(loadChartKeys('2.0.0')).toHaveProperty('clickhouse.cluster.replicas', 'value');
    expect(loadChartKeys('2.0.0')).not.toHaveProperty('clickhouse.shards');
  });

  test('fails naming the file when the schemas folder has no chart keys', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-schemas-'));
    expect(() => checkChartValues({}, '2.0.0', empty)).toThrow(`cannot read "${path.join(empty, 'langfuse-chart-keys.json')}" (not found)`);
  });

  test('a correct values tree passes for 1.5.41', () => {
    const values = {
      ...correct,
      clickhouse: {
        replicaCount: 1,
        auth: { existingSecret: 'ch', existingSecretKey: 'password' },
        persistence: { enabled: true, size: '50Gi' },
        resources: { requests: { cpu: '500m', memory: '2Gi' }, limits: { memory: '4Gi' } },
        zookeeper: { persistence: { size: '8Gi' }, resourcesPreset: 'small' },
        metrics: { enabled: true, serviceMonitor: { enabled: true } },
      },
    };
    expect(checkChartValues(values, '1.5.41')).toEqual([]);
  });

  test('a correct values tree passes for 2.0.0', () => {
    const values = { ...correct, clickhouse: { cluster: { replicas: 1, resources: { limits: { cpu: '2', memory: '4Gi' } } } } };
    expect(checkChartValues(values, '2.0.0')).toEqual([]);
  });

  test('fails on the keys the reference deployment sets but chart 1.5.41 ignores', () => {
    const values = {
      ...correct,
      web: { replicaCount: 2 },
      otel: { enabled: true, endpoint: 'http://tempo:4318' },
      s3: { ...correct.s3, concurrentWrites: 10 },
      mediaUpload: { bucket: 'langfuse-media' },
    };
    expect(checkChartValues(values, '1.5.41')).toEqual([
      'mediaUpload.bucket',
      'otel.enabled',
      'otel.endpoint',
      's3.concurrentWrites',
      'web.replicaCount',
    ]);
  });

  test('accepts langfuse.additionalEnv entries of any shape', () => {
    const values = { langfuse: { additionalEnv: [{ name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'pg', key: 'uri' } } }] } };
    expect(checkChartValues(values, '1.5.41')).toEqual([]);
  });

  test('the Bitnami pass-through list is only for 1.5.41: chart 2.0.0 has no clickhouse.persistence', () => {
    expect(chartFreeForm('1.5.41')).toEqual(expect.arrayContaining([...SUBCHART_PASSTHROUGH_1_5_41]));
    expect(checkChartValues({ clickhouse: { persistence: { size: '50Gi' } } }, '2.0.0')).toEqual(['clickhouse.persistence.size']);
  });

  test('without free-form paths, commented-out keys such as langfuse.auth are reported', () => {
    expect(findUnknownValueKeys({ langfuse: { auth: { disableUsernamePassword: true } } }, loadChartKeys('1.5.41'))).toEqual([
      'langfuse.auth.disableUsernamePassword',
    ]);
  });
});
