import { createHash } from 'crypto';
import { parse } from 'yaml';
import { ConfigError } from '../../lib/config/errors';
import { parseConfig } from '../../lib/config/load';
import { assertPinnedImage, statsdExporterSidecar } from '../../lib/observability/statsd-exporter-sidecar';
import { checkChartValues } from '../../lib/validate';
import { findObject, K8sObject, synthObjects } from '../support/fixtures';
import { DRAGONFLY, MONITORING, TRACING, withRaw } from './configs';

const values = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse').spec.values;
const env = (list: any[] | undefined, name: string) => list?.find((e) => e.name === name);

describe('the statsd-exporter sidecars', () => {
  const objects = synthObjects(withRaw(MONITORING));
  const langfuse = values(objects).langfuse;

  test.each(['web', 'worker'])('run next to the %s container through its pod.extraContainers, pinned and non-root', (component) => {
    // GIVEN monitoring on
    // WHEN the component's pod values are read
    const [sidecar] = langfuse[component].pod.extraContainers;
    // THEN the sidecar is a pinned statsd-exporter listening on UDP 8125 with the mounted mapping
    expect(sidecar).toMatchObject({
      name: 'statsd-exporter',
      image: 'prom/statsd-exporter:v0.28.0',
      args: expect.arrayContaining(['--statsd.mapping-config=/etc/statsd-exporter/mapping.yaml', '--statsd.listen-udp=:8125']),
      volumeMounts: [{ name: 'statsd-exporter-mapping', mountPath: '/etc/statsd-exporter', readOnly: true }],
      securityContext: { runAsNonRoot: true, runAsUser: 65534, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
    });
    expect(sidecar.ports).toContainEqual({ name: 'statsd-udp', containerPort: 8125, protocol: 'UDP' });
    // AND it has no readiness probe that could take the web pod out of its Service
    expect(sidecar.readinessProbe).toBeUndefined();
  });

  test('mount the mapping ConfigMap through langfuse.extraVolumes, which both Deployments render', () => {
    expect(langfuse.extraVolumes).toEqual([{ name: 'statsd-exporter-mapping', configMap: { name: 'langfuse-statsd-mapping' } }]);
    const configMap = findObject(objects, 'ConfigMap', 'langfuse-statsd-mapping');
    expect(parse(configMap.data['mapping.yaml']).mappings.length).toBeGreaterThan(10);
  });

  test('receive dd-trace\'s DogStatsD: DD_AGENT_HOST and DD_DOGSTATSD_PORT point both containers at the pod\'s loopback', () => {
    expect(env(langfuse.additionalEnv, 'DD_AGENT_HOST')).toEqual({ name: 'DD_AGENT_HOST', value: '127.0.0.1' });
    expect(env(langfuse.additionalEnv, 'DD_DOGSTATSD_PORT')).toEqual({ name: 'DD_DOGSTATSD_PORT', value: '8125' });
  });

  test('restart when the mapping changes: both pods carry the mapping\'s checksum', () => {
    const configMap = findObject(objects, 'ConfigMap', 'langfuse-statsd-mapping');
    const checksum = createHash('sha256').update(configMap.data['mapping.yaml']).digest('hex');
    expect(langfuse.web.pod.annotations['checksum/statsd-mapping']).toBe(checksum);
    expect(langfuse.worker.pod.annotations['checksum/statsd-mapping']).toBe(checksum);
  });

  test('leave the Langfuse container the default one for kubectl logs and exec, though the chart lists sidecars first', () => {
    expect(langfuse.web.pod.annotations['kubectl.kubernetes.io/default-container']).toBe('langfuse-web');
    expect(langfuse.worker.pod.annotations['kubectl.kubernetes.io/default-container']).toBe('langfuse-worker');
  });

  test('take their image from langfuse_statsd_exporter_image', () => {
    const custom = values(synthObjects(withRaw(MONITORING, { langfuse_statsd_exporter_image: 'registry.example.com/prom/statsd-exporter:v0.27.1' }))).langfuse;
    expect(custom.web.pod.extraContainers[0].image).toBe('registry.example.com/prom/statsd-exporter:v0.27.1');
  });

  test.each([
    ['prom/statsd-exporter:latest'], ['prom/statsd-exporter'], ['registry.example.com:5000/statsd-exporter'],
  ])('fail on the unpinned image %s, eagerly and in the config', (image) => {
    expect(() => assertPinnedImage(image)).toThrow(`image must be pinned to a version tag (not latest) or a digest, like "prom/statsd-exporter:v0.28.0" (got "${image}")`);
    expect(() => statsdExporterSidecar({ configMapName: 'm', image })).toThrow(/must be pinned/);
    let problems: string[] = [];
    try {
      parseConfig(withRaw({ langfuse_statsd_exporter_image: image }));
    } catch (e) {
      problems = (e as ConfigError).problems.map((p) => `${p.key}: ${p.message}`);
    }
    expect(problems).toEqual([expect.stringMatching(/^langfuse_statsd_exporter_image: .*pinned to a version tag \(not latest\) or a digest/)]);
  });

  test('accept a digest or a registry with a port', () => {
    expect(() => assertPinnedImage(`prom/statsd-exporter@sha256:${'a'.repeat(64)}`)).not.toThrow();
    expect(() => assertPinnedImage('registry.example.com:5000/prom/statsd-exporter:v0.28.0')).not.toThrow();
  });
});

describe('the metrics and tracing values use keys the pinned chart reads', () => {
  test.each([
    ['monitoring', withRaw(MONITORING)],
    ['monitoring, tracing and Dragonfly', withRaw(MONITORING, TRACING, DRAGONFLY)],
  ])('with %s', (_name, raw) => {
    const release = values(synthObjects(raw));
    expect(checkChartValues(release, '1.5.41')).toEqual([]);
  });

  test('an otel block, as the reference deployment wrote it, would be caught', () => {
    const release = values(synthObjects(withRaw(TRACING)));
    expect(checkChartValues({ ...release, otel: { enabled: true, endpoint: 'http://tempo:4318' } }, '1.5.41')).toEqual(['otel.enabled', 'otel.endpoint']);
  });
});
