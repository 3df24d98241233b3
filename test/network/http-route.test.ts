import { Chart, Testing } from 'cdk8s';
import { HttpRoute } from '../../lib/network/http-route';
import { findObject, hasObject, K8sObject, minimalRaw, synthObjects } from '../support/fixtures';
import { withKeys } from './support';

const ks = (objects: readonly K8sObject[], name: string) => findObject(objects, 'Kustomization', name);

describe('HttpRoute', () => {
  describe('GIVEN the minimal config (route on by default)', () => {
    const objects = synthObjects(minimalRaw());
    const route = findObject(objects, 'HTTPRoute', 'langfuse');

    test('THEN it routes <subdomain>.<domain> to langfuse-web:3000 in the Langfuse namespace', () => {
      expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
      expect(route.metadata.namespace).toBe('ai-system');
      expect(route.spec.hostnames).toEqual(['langfuse.example.com']);
      expect(route.spec.rules).toEqual([{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: 'langfuse-web', port: 3000 }] }]);
    });

    test('THEN it attaches to the https listener of envoy-external in network only', () => {
      expect(route.spec.parentRefs).toEqual([{ name: 'envoy-external', namespace: 'network', sectionName: 'https' }]);
    });

    test('THEN there is no ReferenceGrant, since the Service is in the route\'s namespace', () => {
      expect(objects.filter((o) => o.kind === 'ReferenceGrant')).toEqual([]);
    });
  });

  test('GIVEN langfuse_internal_gateway_enabled, THEN the route also attaches to envoy-internal', () => {
    const route = findObject(synthObjects(withKeys({ langfuse_internal_gateway_enabled: true })), 'HTTPRoute', 'langfuse');
    expect(route.spec.parentRefs).toEqual([
      { name: 'envoy-external', namespace: 'network', sectionName: 'https' },
      { name: 'envoy-internal', namespace: 'network', sectionName: 'https' },
    ]);
  });

  test('GIVEN langfuse_httproute_enabled false, THEN no route is emitted', () => {
    expect(hasObject(synthObjects(withKeys({ langfuse_httproute_enabled: false })), 'HTTPRoute', 'langfuse')).toBe(false);
  });

  describe('GIVEN the route in the gateways\' namespace', () => {
    const objects = synthObjects(withKeys({ langfuse_httproute_namespace: 'network' }));

    test('THEN the route lives in its own Flux app in network and names the backend namespace', () => {
      const route = findObject(objects, 'HTTPRoute', 'langfuse');
      expect(route.metadata.namespace).toBe('network');
      expect(route.spec.rules[0].backendRefs).toEqual([{ name: 'langfuse-web', namespace: 'ai-system', port: 3000 }]);
      expect(ks(objects, 'langfuse-route').spec.targetNamespace).toBe('network');
      expect(ks(objects, 'langfuse-route').spec.path).toBe('./kubernetes/apps/network/langfuse-route/app');
    });

    test('THEN a v1 ReferenceGrant in the Service\'s namespace lets HTTPRoutes of network reach langfuse-web only', () => {
      const grant = findObject(objects, 'ReferenceGrant', 'langfuse-network-access');
      expect(grant.apiVersion).toBe('gateway.networking.k8s.io/v1');
      expect(grant.metadata.namespace).toBe('ai-system');
      expect(grant.spec).toEqual({
        from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'network' }],
        to: [{ group: '', kind: 'Service', name: 'langfuse-web' }],
      });
    });
  });

  test('fails on a cross-namespace backend without a grant scope in the backend\'s namespace', () => {
    const chart = new Chart(Testing.app(), 'route', { namespace: 'network' });
    expect(() => new HttpRoute(chart, 'r', { name: 'r', hostnames: ['a.example.com'], backend: { serviceName: 's', namespace: 'apps', port: 80 } }))
      .toThrow(/pass referenceGrantScope, a construct in a chart of namespace apps \(got none\)/);
  });

  test('fails when the route\'s namespace differs from its chart\'s, which Flux would rewrite', () => {
    const chart = new Chart(Testing.app(), 'route', { namespace: 'apps' });
    expect(() => new HttpRoute(chart, 'r', { name: 'r', namespace: 'network', hostnames: ['a.example.com'], backend: { serviceName: 's', namespace: 'apps', port: 80 } }))
      .toThrow(/in a chart of namespace apps/);
  });

  test('fails on an upper-case host name and on a listed-twice parent', () => {
    const chart = new Chart(Testing.app(), 'route', { namespace: 'apps' });
    const backend = { serviceName: 's', namespace: 'apps', port: 80 };
    expect(() => new HttpRoute(chart, 'a', { name: 'a', hostnames: ['Langfuse.example.com'], backend })).toThrow(/\(got "Langfuse.example.com"\)/);
    const parent = { name: 'gw', namespace: 'network' };
    expect(() => new HttpRoute(chart, 'b', { name: 'b', hostnames: ['a.example.com'], backend, parents: [parent, parent] })).toThrow(/lists the parent gateway network\/gw\/ twice/);
  });

  test('the config rejects an internal gateway with the external gateway\'s name', () => {
    expect(() => synthObjects(withKeys({ langfuse_internal_gateway_enabled: true, langfuse_gateway_internal: 'envoy-external' })))
      .toThrow(/langfuse_gateway_internal.*must differ from langfuse_gateway_external/);
  });
});
