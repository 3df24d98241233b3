import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { importReference, ImportResult } from '../../lib/reference/import-reference';
import { tempDir } from '../support/fixtures';

/** The reference cluster.yaml written for the tests from reference-deployment.md. */
export const REFERENCE_CLUSTER_YAML = path.join(__dirname, '..', 'fixtures', 'reference', 'cluster.yaml');

/** The fixture as parsed. */
export function referenceClusterYaml(): Record<string, unknown> {
  return parse(fs.readFileSync(REFERENCE_CLUSTER_YAML, 'utf8'));
}

/** import-reference on the fixture, optionally with keys changed (undefined removes a key). */
export function importedReference(changes: Record<string, unknown> = {}): ImportResult {
  const raw: Record<string, unknown> = { ...referenceClusterYaml(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete raw[key];
  return importReference(raw);
}

/** The converted config of the fixture as a raw config object. */
export function referenceConfigRaw(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...importedReference(changes).config };
}

/** The namespace folders of the reference repository and the reference's own apps in them (written for the tests from reference-deployment.md). */
const REFERENCE_FOLDERS: Readonly<Record<string, readonly string[]>> = {
  'ai-system': ['langfuse'], cache: ['dragonfly'], identity: ['keycloak'], network: ['envoy-gateway'], storage: ['rustfs'],
};

/**
 * A mock of the reference repository as far as a switch touches it (a git repository): every
 * namespace folder's kustomization.yaml sets `namespace:` and the sops component, as the
 * reference's do (MatherlyNet/talos-cluster at c999e057), and lists its own apps' ks.yaml, each
 * written in flux-system; the Langfuse app folder holds its ks.yaml and its v3 HelmRelease on the
 * bundled ClickHouse.
 */
export function referenceRepo(): string {
  const root = tempDir('langfuse-cdk8s-reference-');
  const write = (file: string, content: unknown) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), typeof content === 'string' ? content : stringify(content));
  };
  write('kubernetes/components/sops/kustomization.yaml', { apiVersion: 'kustomize.config.k8s.io/v1alpha1', kind: 'Component', resources: [] });
  for (const [namespace, apps] of Object.entries(REFERENCE_FOLDERS)) {
    write(`kubernetes/apps/${namespace}/kustomization.yaml`, {
      apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', namespace, components: ['../../components/sops'],
      resources: ['./namespace.yaml', ...apps.map((a) => `./${a}/ks.yaml`)],
    });
    write(`kubernetes/apps/${namespace}/namespace.yaml`, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
    for (const app of apps) {
      write(`kubernetes/apps/${namespace}/${app}/ks.yaml`, {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: app, namespace: 'flux-system' },
        spec: { targetNamespace: namespace, path: `./kubernetes/apps/${namespace}/${app}/app`, prune: true, interval: '1h', sourceRef: { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' } },
      });
      if (app !== 'langfuse') write(`kubernetes/apps/${namespace}/${app}/app/kustomization.yaml`, { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [] });
    }
  }
  write('kubernetes/apps/ai-system/langfuse/app/kustomization.yaml', { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['./helmrelease.yaml'] });
  write('kubernetes/apps/ai-system/langfuse/app/helmrelease.yaml', {
    apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'langfuse', namespace: 'ai-system' },
    spec: { values: { langfuse: { nextauth: { url: 'https://langfuse.example.net' } }, clickhouse: { deploy: true, replicaCount: 1 } } },
  });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.net', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'reference');
  return root;
}
