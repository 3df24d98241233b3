import { livenessStartupBudgetSeconds, WEB_LIVENESS_PROBE } from '../../lib/observability/langfuse-probes';
import { findObject, K8sObject, minimalRaw, synthObjects } from '../support/fixtures';

const values = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse').spec.values;
const seconds = (duration: string) => {
  const match = /^(\d+)(s|m|h)$/.exec(duration);
  if (!match) throw new Error(`unexpected duration ${duration}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
};

describe('health probes', () => {
  const objects = synthObjects(minimalRaw());
  const { web, worker } = values(objects).langfuse;

  test('web liveness checks /api/public/health and readiness /api/public/ready, on the chart\'s port 3000', () => {
    expect(web.livenessProbe.path).toBe('/api/public/health');
    expect(web.readinessProbe.path).toBe('/api/public/ready');
    // the probes use the container port "http", which is langfuse.web.service.port (default 3000)
    expect(web.service?.port).toBeUndefined();
  });

  test('web liveness gives first-install migrations at least five minutes before it can restart the pod', () => {
    // GIVEN the chart has no startupProbe and web migrates Postgres and ClickHouse before it listens
    // WHEN the earliest liveness restart is computed from the emitted probe
    const budget = livenessStartupBudgetSeconds(web.livenessProbe);
    // THEN it is far above the chart's default 20s + 3 x 10s that kills migrations (trap 6)
    expect(budget).toBeGreaterThanOrEqual(300);
    expect(budget).toBe(360);
    expect(livenessStartupBudgetSeconds({})).toBe(50);
  });

  test('after start-up a hung web process is still restarted within about a minute', () => {
    expect(web.livenessProbe.failureThreshold * web.livenessProbe.periodSeconds).toBeLessThanOrEqual(60);
    expect(web.livenessProbe.timeoutSeconds).toBeLessThan(web.livenessProbe.periodSeconds);
  });

  test('readiness only gates traffic: quick to take a terminating pod out of the Service', () => {
    expect(web.readinessProbe).toMatchObject({ initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3 });
  });

  test('worker liveness uses the chart\'s hard-coded /api/health on port 3030: no path key, no port override', () => {
    expect(worker.livenessProbe).toEqual({ initialDelaySeconds: 60, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6, successThreshold: 1 });
    expect(worker.livenessProbe.path).toBeUndefined();
    expect(worker.port).toBeUndefined();
  });

  test('the emitted web liveness probe is the documented one', () => {
    expect(web.livenessProbe).toEqual(WEB_LIVENESS_PROBE);
  });
});

describe('HelmRelease remediation', () => {
  const release = findObject(synthObjects(minimalRaw()), 'HelmRelease', 'langfuse');

  test('never uninstalls a failed install nor rolls back a failed upgrade: both retry in place', () => {
    // GIVEN a web pod still migrating when Helm gives up
    // THEN Flux retries instead of uninstalling (install) or rolling back (upgrade), which would kill it mid-migration
    expect(release.spec.install.strategy).toEqual({ name: 'RetryOnFailure', retryInterval: '5m' });
    expect(release.spec.upgrade.strategy).toEqual({ name: 'RetryOnFailure', retryInterval: '5m' });
    expect(release.spec.install.remediation).toBeUndefined();
    expect(release.spec.upgrade.remediation).toBeUndefined();
    expect(release.spec.rollback).toBeUndefined();
    expect(release.spec.uninstall).toBeUndefined();
  });

  test('waits longer for the release than the web pod may take to start', () => {
    const web = release.spec.values.langfuse.web;
    expect(seconds(release.spec.timeout)).toBeGreaterThan(livenessStartupBudgetSeconds(web.livenessProbe) * 2);
  });
});
