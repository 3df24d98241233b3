// The second step of `npm run import`: derives from the CRDs, the Kubernetes 1.28 definitions and
// the pinned Langfuse charts' values.yaml what `validate` reads at run time, and writes it to
// imports/schemas/ (generated and committed like imports/*.ts; the package ships it). Run it alone
// with `npx ts-node --transpile-only scripts/derive-schemas.ts`.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { chartKeyTree } from '../lib/validate/chart-values';
import { loadCrdVersions } from '../lib/validate/crd-loader';
import { convertSchema, fixCrdRoot, OBJECT_META, SchemaNode, stripDescriptions } from '../lib/validate/schema-convert';
import { requireSharedDir } from '../lib/validate/shared-paths';
import { K8S_SCHEMA_ID, SCHEMA_FILES, shippedSchemasDir } from '../lib/validate/shipped-schemas';

/** The file in the k8s-openapi folder that holds the Kubernetes 1.28 definitions. */
export const K8S_DEFINITIONS_FILE = 'v1.28.0-_definitions.json';

/** The folders the schemas are derived from. */
export interface SchemaSources {
  /** The CRD root, like `../shared/crds`. */
  readonly crdsDir: string;
  /** The folder of {@link K8S_DEFINITIONS_FILE}, like `../shared/k8s-openapi`. */
  readonly openapiDir: string;
  /** The reference folder holding `langfuse-chart/` (2.0.0) and `langfuse-chart/v1.5.41/`, like `../shared/reference`. */
  readonly referenceDir: string;
}

/** The source folders from `LANGFUSE_CRDS_DIR`, `LANGFUSE_K8S_OPENAPI_DIR`, `LANGFUSE_REFERENCE_DIR`, else `../shared`. */
export function schemaSources(): SchemaSources {
  return { crdsDir: requireSharedDir('crds'), openapiDir: requireSharedDir('k8s-openapi'), referenceDir: requireSharedDir('reference') };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

/** JSON with sorted keys, two-space indentation and a final newline, so that equal input gives equal bytes. */
function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** Every served CRD version, converted and with the root fixes, by apiVersion and kind. */
function crdSchemas(crdsDir: string): Record<string, Record<string, SchemaNode>> {
  const byVersion: Record<string, Record<string, SchemaNode>> = {};
  for (const crd of loadCrdVersions(crdsDir)) {
    const schema = structuredClone(crd.schema);
    fixCrdRoot(schema, crd.apiVersion, crd.kind, `${K8S_SCHEMA_ID}#/definitions/${OBJECT_META}`);
    convertSchema(schema);
    stripDescriptions(schema);
    (byVersion[crd.apiVersion] ??= {})[crd.kind] = schema;
  }
  return byVersion;
}

/**
 * All Kubernetes 1.28 definitions, converted. All of them rather than the closure of the kinds the
 * tool emits: a tree may hold the user's own Deployments, Services or RBAC objects, and without
 * descriptions the whole set is small.
 */
function kubernetesDefinitions(openapiDir: string): { definitions: Record<string, SchemaNode> } {
  const file = path.join(openapiDir, K8S_DEFINITIONS_FILE);
  const { definitions } = JSON.parse(fs.readFileSync(file, 'utf8')) as { definitions: Record<string, SchemaNode> };
  for (const definition of Object.values(definitions)) {
    convertSchema(definition);
    stripDescriptions(definition);
  }
  return { definitions };
}

/** The key tree of each chart folder's values.yaml, by the version its Chart.yaml names. */
function chartKeys(referenceDir: string): Record<string, object> {
  const base = path.join(referenceDir, 'langfuse-chart');
  const folders = [base, ...fs.readdirSync(base, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(base, e.name))];
  const keys: Record<string, object> = {};
  for (const folder of folders.filter((f) => fs.existsSync(path.join(f, 'Chart.yaml')))) {
    const { version } = parse(fs.readFileSync(path.join(folder, 'Chart.yaml'), 'utf8')) as { version: string };
    if (keys[version]) throw new Error(`two folders of langfuse chart ${version} below "${base}"`);
    keys[version] = chartKeyTree(parse(fs.readFileSync(path.join(folder, 'values.yaml'), 'utf8')) as object);
  }
  return keys;
}

/**
 * What `npm run import` writes to imports/schemas: file name → content.
 *
 * @param sources the folders to derive from
 */
export function deriveSchemaFiles(sources: SchemaSources): Record<string, string> {
  return {
    [SCHEMA_FILES.crds]: stableJson(crdSchemas(sources.crdsDir)),
    [SCHEMA_FILES.kubernetes]: stableJson(kubernetesDefinitions(sources.openapiDir)),
    [SCHEMA_FILES.chartKeys]: stableJson(chartKeys(sources.referenceDir)),
  };
}

if (require.main === module) {
  const dir = shippedSchemasDir();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(deriveSchemaFiles(schemaSources()))) {
    fs.writeFileSync(path.join(dir, name), text);
    console.log(`wrote ${path.relative(process.cwd(), path.join(dir, name))} (${Math.round(text.length / 1024)} KiB)`);
  }
}
