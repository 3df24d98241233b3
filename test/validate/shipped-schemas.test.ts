import * as fs from 'fs';
import * as path from 'path';
import { SchemaValidator } from '../../lib/validate';
import { SCHEMA_FILES, shippedSchemasDir } from '../../lib/validate/shipped-schemas';
import { deriveSchemaFiles, schemaSources } from '../../scripts/derive-schemas';
import { REPO_ROOT } from '../support/fixtures';
import { describeWithShared } from '../support/require-shared';

const shipped = (name: string) => fs.readFileSync(path.join(shippedSchemasDir(), name), 'utf8');

/** Every `apiVersion`/`kind` pair of the classes `npm run import` generated in imports/. */
function importedKinds(): string[] {
  const dir = path.join(REPO_ROOT, 'imports');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((f) => [
    ...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/GVK: GroupVersionKind = \{\s*apiVersion: '([^']+)',\s*kind: '([^']+)',/g),
  ].map((m) => `${m[1]}|${m[2]}`));
}

describeWithShared(['crds', 'k8s-openapi', 'reference'], 'imports/schemas is in sync with ../shared', () => {
  test('each file is exactly what npm run import derives now (run "npm run import" when this fails)', () => {
    // WHEN the files are derived again, in memory
    const derived = deriveSchemaFiles(schemaSources());

    // THEN the folder holds those files and no others, byte for byte
    expect(fs.readdirSync(shippedSchemasDir()).sort()).toEqual(Object.keys(derived).sort());
    const stale = Object.entries(derived).filter(([name, text]) => shipped(name) !== text).map(([name]) => name);
    expect(stale).toEqual([]);
  });
});

describe('imports/schemas', () => {
  test('has a schema for every custom resource class in imports/', () => {
    const validator = SchemaValidator.load();
    const kinds = importedKinds();
    expect(kinds.length).toBeGreaterThanOrEqual(25);
    expect(kinds.filter((k) => !validator.hasSchema(k.split('|')[0], k.split('|')[1]))).toEqual([]);
  });

  test('has every Kubernetes 1.28 kind, not only those the tool emits: a tree may hold the user\'s own objects', () => {
    const validator = SchemaValidator.load();
    for (const [apiVersion, kind] of [['v1', 'ServiceAccount'], ['rbac.authorization.k8s.io/v1', 'Role'], ['apps/v1', 'StatefulSet'], ['v1', 'PersistentVolumeClaim']]) {
      expect(validator.hasSchema(apiVersion, kind)).toBe(true);
    }
  });

  test('holds converted schemas without descriptions, and keeps a property that is called description', () => {
    const crds = JSON.parse(shipped(SCHEMA_FILES.crds));
    expect(shipped(SCHEMA_FILES.crds)).not.toMatch(/"description": "/);
    expect(shipped(SCHEMA_FILES.kubernetes)).not.toMatch(/"description": "/);
    expect(shipped(SCHEMA_FILES.crds)).not.toMatch(/"nullable"/);
    const dashboard = crds['grafana.integreatly.org/v1beta1'].GrafanaDashboard;
    expect(dashboard.additionalProperties).toBe(false);
    expect(dashboard.properties.metadata).toEqual({ $ref: 'https://langfuse-cdk8s.local/schemas/k8s-v1.28.0.json#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' });
    const core = JSON.parse(shipped(SCHEMA_FILES.kubernetes));
    expect(Object.keys(core.definitions['io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps'].properties)).toContain('description');
  });
});
