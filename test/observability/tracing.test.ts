import { langfuseTelemetryValues } from '../../lib/observability/langfuse-telemetry-values';
import { otlpEndpointProblem } from '../../lib/observability/otlp-endpoint';
import { findUnknownValueKeys, loadChartKeys } from '../../lib/validate';
import { configProblems, findObject, K8sObject, synthObjects } from '../support/fixtures';
import { TRACING, withRaw } from './configs';

const values = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse').spec.values;
const envNames = (list: any[] | undefined) => (list ?? []).map((e) => e.name).filter((n: string) => n.startsWith('OTEL_'));
const env = (list: any[] | undefined, name: string) => list?.find((e) => e.name === name)?.value;

const problems = configProblems;

describe('Langfuse self-tracing', () => {
  test('sends both containers to the Tempo OTLP/HTTP base URL through langfuse.additionalEnv', () => {
    // GIVEN tracing on in the cluster and for Langfuse
    const langfuse = values(synthObjects(withRaw(TRACING))).langfuse;
    // THEN the endpoint is common to web and worker
    expect(env(langfuse.additionalEnv, 'OTEL_EXPORTER_OTLP_ENDPOINT')).toBe('http://tempo.monitoring.svc.cluster.local:4318');
  });

  test('names the services apart and samples web with Langfuse\'s ratio variable', () => {
    const web = values(synthObjects(withRaw(TRACING, { langfuse_trace_sampling_ratio: 0.25 }))).langfuse.web.pod.additionalEnv;
    expect(env(web, 'OTEL_SERVICE_NAME')).toBe('langfuse-web');
    expect(env(web, 'OTEL_TRACE_SAMPLING_RATIO')).toBe('0.25');
    expect(envNames(web)).toEqual(['OTEL_SERVICE_NAME', 'OTEL_TRACE_SAMPLING_RATIO']);
  });

  test('samples the worker with the standard parent-based sampler variables, which its NodeSDK reads', () => {
    const worker = values(synthObjects(withRaw(TRACING, { langfuse_trace_sampling_ratio: 0.25 }))).langfuse.worker.pod.additionalEnv;
    expect(worker).toEqual([
      { name: 'OTEL_SERVICE_NAME', value: 'langfuse-worker' },
      { name: 'OTEL_TRACES_SAMPLER', value: 'parentbased_traceidratio' },
      { name: 'OTEL_TRACES_SAMPLER_ARG', value: '0.25' },
    ]);
  });

  test.each([
    ['both flags off', {}],
    ['only tracing_enabled', { tracing_enabled: true }],
    ['only langfuse_tracing_enabled', { langfuse_tracing_enabled: true }],
  ])('with %s, sets no OTEL variable anywhere', (_name, flags) => {
    const langfuse = values(synthObjects(withRaw(flags))).langfuse;
    expect([...envNames(langfuse.additionalEnv), ...envNames(langfuse.web.pod.additionalEnv), ...envNames(langfuse.worker.pod?.additionalEnv)]).toEqual([]);
  });

  test('takes the endpoint from tracing_otlp_endpoint', () => {
    const langfuse = values(synthObjects(withRaw(TRACING, { tracing_otlp_endpoint: 'https://otlp.example.com' }))).langfuse;
    expect(env(langfuse.additionalEnv, 'OTEL_EXPORTER_OTLP_ENDPOINT')).toBe('https://otlp.example.com');
  });
});

describe('the OTLP endpoint', () => {
  test.each([
    ['http://tempo.monitoring.svc.cluster.local:4318'],
    ['https://otlp.example.com'],
    ['http://10.0.0.5:4318'],
  ])('accepts the base URL %s', (url) => {
    expect(otlpEndpointProblem(url)).toBeUndefined();
    expect(problems(withRaw({ tracing_otlp_endpoint: url }))).toEqual([]);
  });

  test.each([
    ['http://tempo.monitoring:4317', /port 4317 \(OTLP\/gRPC\)/],
    ['http://tempo.monitoring:4318/v1/traces', /no path, query or fragment \(drop "\/v1\/traces"\)/],
    ['http://tempo.monitoring:4318?x=1', /no path, query or fragment:/],
    ['http://u:pw@tempo.monitoring:4318', /must not contain a user name or password/],
    ['http://tempo.monitoring:4318/', /must not end with "\/"/],
    ['tempo.monitoring:4318', /http:\/\/ or https:\/\/ base URL/],
  ])('rejects %s in the config and in the construct', (url, message) => {
    expect(problems(withRaw({ tracing_otlp_endpoint: url }))).toEqual([expect.stringMatching(new RegExp(`^tracing_otlp_endpoint: .*${message.source}`))]);
    expect(() => langfuseTelemetryValues({ release: 'langfuse', tracing: { otlpEndpoint: url } })).toThrow(message);
  });

  test('a sampling ratio outside (0, 1] fails eagerly for a library caller', () => {
    expect(() => langfuseTelemetryValues({ release: 'langfuse', tracing: { otlpEndpoint: 'http://tempo:4318', samplingRatio: 0 } }))
      .toThrow('trace sampling ratio must be greater than 0 and at most 1 (got 0)');
  });
});

describe('the OTEL variables land under keys the pinned chart reads', () => {
  test('every list that holds an OTEL variable is an additionalEnv list of chart 1.5.41', () => {
    // GIVEN the values with tracing on
    const all = values(synthObjects(withRaw(TRACING)));
    // WHEN only the lists holding OTEL_* variables are kept
    const paths = ['langfuse.additionalEnv', 'langfuse.web.pod.additionalEnv', 'langfuse.worker.pod.additionalEnv'];
    const lists = Object.fromEntries(paths.map((p) => [p, p.split('.').reduce((v: any, k) => v?.[k], all)]));
    expect(Object.values(lists).every((list: any) => envNames(list).length > 0)).toBe(true);
    const otelOnly = { langfuse: { additionalEnv: lists[paths[0]], web: { pod: { additionalEnv: lists[paths[1]] } }, worker: { pod: { additionalEnv: lists[paths[2]] } } } };
    // THEN each of those keys exists in the chart's values.yaml (as a list the Deployments render)
    const chartKeys: any = loadChartKeys('1.5.41');
    expect(findUnknownValueKeys(otelOnly, chartKeys)).toEqual([]);
    expect([chartKeys.langfuse.additionalEnv, chartKeys.langfuse.web.pod.additionalEnv, chartKeys.langfuse.worker.pod.additionalEnv]).toEqual(['list', 'list', 'list']);
  });
});
