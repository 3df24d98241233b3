import { Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { k8s } from 'cdk8s-plus-28';
import * as barman from '../../imports/barmancloud.cnpg.io';
import * as cilium from '../../imports/cilium.io';
import * as cnpg from '../../imports/postgresql.cnpg.io';
import * as dragonfly from '../../imports/dragonflydb.io';
import * as gateway from '../../imports/gateway.networking.k8s.io';
import * as grafana from '../../imports/grafana.integreatly.org';
import * as helm from '../../imports/helm.toolkit.fluxcd.io';
import * as keycloak from '../../imports/k8s.keycloak.org';
import * as kustomize from '../../imports/kustomize.toolkit.fluxcd.io';
import * as monitoring from '../../imports/monitoring.coreos.com';
import * as source from '../../imports/source.toolkit.fluxcd.io';

const ns = 'ai-system';

/**
 * A chart with one valid object of every kind the project emits (28 objects), built with the
 * generated classes from `imports/` and cdk8s-plus-28.
 */
export function buildValidChart(): Chart {
  const chart = Testing.chart();
  const meta = (name: string) => ({ name, namespace: ns });

  // core kinds
  new k8s.KubeSecret(chart, 'Secret', {
    metadata: meta('langfuse-s3-credentials'),
    data: { AWS_ACCESS_KEY_ID: Buffer.from('langfuse').toString('base64') },
    stringData: { AWS_SECRET_ACCESS_KEY: 'not-a-real-secret' },
  });
  new k8s.KubeConfigMap(chart, 'ConfigMap', { metadata: meta('langfuse-settings'), data: { LOG_LEVEL: 'info' } });
  new k8s.KubeNetworkPolicy(chart, 'NetworkPolicy', {
    metadata: meta('default-deny'),
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  });
  new k8s.KubeCronJob(chart, 'CronJob', {
    metadata: meta('cleanup'),
    spec: {
      schedule: '0 3 * * *',
      jobTemplate: {
        spec: {
          template: {
            spec: {
              restartPolicy: 'OnFailure',
              containers: [{ name: 'cleanup', image: 'busybox:1.36', args: ['true'], resources: { limits: { memory: k8s.Quantity.fromString('64Mi') } } }],
            },
          },
        },
      },
    },
  });
  const deployment = new kplus.Deployment(chart, 'Worker', {
    metadata: meta('langfuse-worker-metrics'),
    replicas: 1,
    containers: [{ image: 'prom/statsd-exporter:v0.28.0', portNumber: 9102, securityContext: { user: 65534, group: 65534 } }],
  });
  deployment.exposeViaService({ name: 'langfuse-worker-metrics', ports: [{ port: 9102 }] });

  // Flux
  new source.GitRepository(chart, 'GitRepository', {
    metadata: meta('platform'),
    spec: { interval: '10m', url: 'https://github.com/example/platform.git', ref: { branch: 'main' } },
  });
  new source.HelmRepository(chart, 'HelmRepository', {
    metadata: meta('langfuse'),
    spec: { interval: '1h', url: 'https://langfuse.github.io/langfuse-k8s' },
  });
  new source.OciRepository(chart, 'OciRepository', {
    metadata: meta('langfuse-oci'),
    spec: { interval: '1h', url: 'oci://ghcr.io/langfuse/langfuse-k8s/charts/langfuse', ref: { tag: '1.5.41' } },
  });
  new kustomize.Kustomization(chart, 'Kustomization', {
    metadata: meta('langfuse'),
    spec: {
      interval: '10m',
      path: './clusters/prod/langfuse',
      prune: true,
      sourceRef: { kind: kustomize.KustomizationSpecSourceRefKind.GIT_REPOSITORY, name: 'platform' },
    },
  });
  new helm.HelmRelease(chart, 'HelmRelease', {
    metadata: meta('langfuse'),
    spec: {
      interval: '30m',
      chart: {
        spec: {
          chart: 'langfuse',
          version: '1.5.41',
          sourceRef: { kind: helm.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name: 'langfuse' },
        },
      },
      values: { langfuse: { web: { replicas: 2 } }, postgresql: { deploy: false } },
    },
  });

  // CloudNativePG
  new cnpg.Cluster(chart, 'Cluster', {
    metadata: meta('langfuse-postgresql'),
    spec: {
      instances: 1,
      storage: { size: '10Gi' },
      postgresql: { parameters: { timezone: 'UTC' } },
      resources: { requests: { memory: cnpg.ClusterSpecResourcesRequests.fromString('256Mi') } },
    },
  });
  new cnpg.Database(chart, 'Database', {
    metadata: meta('langfuse'),
    spec: { name: 'langfuse', owner: 'langfuse', cluster: { name: 'langfuse-postgresql' } },
  });
  new cnpg.ScheduledBackup(chart, 'ScheduledBackup', {
    metadata: meta('langfuse-daily'),
    spec: { schedule: '0 0 2 * * *', cluster: { name: 'langfuse-postgresql' }, method: cnpg.ScheduledBackupSpecMethod.PLUGIN },
  });
  new cnpg.Pooler(chart, 'Pooler', {
    metadata: meta('langfuse-pooler'),
    spec: { cluster: { name: 'langfuse-postgresql' }, instances: 1, pgbouncer: { poolMode: cnpg.PoolerSpecPgbouncerPoolMode.SESSION } },
  });
  new barman.ObjectStore(chart, 'ObjectStore', {
    metadata: meta('langfuse-objectstore'),
    spec: { configuration: { destinationPath: 's3://langfuse-backups/' } },
  });

  // Gateway API
  new gateway.Gateway(chart, 'Gateway', {
    metadata: meta('public'),
    spec: { gatewayClassName: 'cilium', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] },
  });
  new gateway.HttpRoute(chart, 'HttpRoute', {
    metadata: meta('langfuse'),
    spec: {
      parentRefs: [{ name: 'public' }],
      hostnames: ['langfuse.example.com'],
      rules: [{ backendRefs: [{ name: 'langfuse-web', port: 3000 }] }],
    },
  });
  new gateway.ReferenceGrant(chart, 'ReferenceGrant', {
    metadata: meta('allow-gateway'),
    spec: {
      from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'gateway' }],
      to: [{ group: '', kind: 'Service' }],
    },
  });

  // Cilium
  new cilium.CiliumNetworkPolicy(chart, 'CiliumNetworkPolicy', {
    metadata: meta('langfuse-web'),
    spec: {
      endpointSelector: { matchLabels: { 'app.kubernetes.io/component': 'web' } },
      ingress: [{
        fromEndpoints: [{ matchLabels: { 'io.kubernetes.pod.namespace': 'gateway' } }],
        toPorts: [{ ports: [{ port: '3000', protocol: cilium.CiliumNetworkPolicySpecIngressToPortsPortsProtocol.TCP }] }],
      }],
      egress: [{ toCidr: ['10.0.0.0/8'] }],
    },
  });
  new cilium.CiliumClusterwideNetworkPolicy(chart, 'CiliumClusterwideNetworkPolicy', {
    metadata: { name: 'allow-dns' },
    spec: {
      endpointSelector: {},
      egress: [{ toEntities: [cilium.CiliumClusterwideNetworkPolicySpecEgressToEntities.CLUSTER] }],
    },
  });

  // prometheus-operator
  new monitoring.ServiceMonitor(chart, 'ServiceMonitor', {
    metadata: meta('langfuse-worker'),
    spec: { selector: { matchLabels: { app: 'worker' } }, endpoints: [{ port: 'metrics', interval: '30s' }] },
  });
  new monitoring.PodMonitor(chart, 'PodMonitor', {
    metadata: meta('langfuse-postgresql'),
    spec: { selector: { matchLabels: { 'cnpg.io/cluster': 'langfuse-postgresql' } }, podMetricsEndpoints: [{ port: 'metrics' }] },
  });
  new monitoring.PrometheusRule(chart, 'PrometheusRule', {
    metadata: meta('langfuse'),
    spec: {
      groups: [{
        name: 'langfuse',
        rules: [{ alert: 'LangfuseDown', expr: monitoring.PrometheusRuleSpecGroupsRulesExpr.fromString('up == 0'), for: '5m' }],
      }],
    },
  });

  // Keycloak, Dragonfly, Grafana
  new keycloak.Keycloak(chart, 'Keycloak', {
    metadata: meta('keycloak'),
    spec: { instances: 1, hostname: { hostname: 'sso.example.com' }, http: { httpEnabled: true } },
  });
  new keycloak.KeycloakRealmImport(chart, 'KeycloakRealmImport', {
    metadata: meta('langfuse-realm'),
    spec: {
      keycloakCrName: 'keycloak',
      realm: { realm: 'langfuse', enabled: true, clients: [{ clientId: 'langfuse', redirectUris: ['https://langfuse.example.com/*'] }] },
    },
  });
  new dragonfly.Dragonfly(chart, 'Dragonfly', {
    metadata: meta('dragonfly'),
    spec: { replicas: 1, args: ['--default_lua_flags=allow-undeclared-keys'] },
  });
  new grafana.GrafanaDashboard(chart, 'GrafanaDashboard', {
    metadata: meta('langfuse'),
    spec: { instanceSelector: { matchLabels: { dashboards: 'grafana' } }, json: '{}' },
  });
  return chart;
}

/**
 * Finds one synthesized object by kind and name (not by index, which breaks when ordering changes)
 * and returns a deep copy that a test may break.
 *
 * @param manifests the output of `Testing.synth(chart)`
 * @param kind the object's kind
 * @param name the object's `metadata.name`; the first object of the kind when omitted
 */
export function pick(manifests: any[], kind: string, name?: string): any {
  const found = manifests.find((m) => m.kind === kind && (name === undefined || m.metadata?.name === name));
  if (!found) {
    throw new Error(`no ${kind} ${name ?? ''} in the synthesized manifests`);
  }
  return structuredClone(found);
}
