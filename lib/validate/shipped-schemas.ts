import * as fs from 'fs';
import * as path from 'path';
import { projectRoot } from './shared-paths';

/**
 * The folder, relative to the package root, where `npm run import` writes what the validators read
 * at run time. It is generated and committed like `imports/*.ts` and ships in the package, so
 * `validate` needs no `../shared`.
 */
export const SCHEMAS_FOLDER = 'imports/schemas';

/** The files of {@link SCHEMAS_FOLDER}. */
export const SCHEMA_FILES = {
  /** `{ "<group>/<version>": { "<Kind>": schema } }`: every served CRD version, converted and fixed. */
  crds: 'crds.json',
  /** `{ "definitions": { ... } }`: the Kubernetes 1.28 definitions, converted. */
  kubernetes: 'k8s-v1.28.0.json',
  /** `{ "<chart version>": ChartKeyTree }`: the keys of each pinned Langfuse chart's values.yaml. */
  chartKeys: 'langfuse-chart-keys.json',
} as const;

/** The id under which the Kubernetes definitions are registered with ajv; CRD schemas `$ref` their `metadata` there. */
export const K8S_SCHEMA_ID = 'https://langfuse-cdk8s.local/schemas/k8s-v1.28.0.json';

/** The shipped {@link SCHEMAS_FOLDER} of this package. */
export function shippedSchemasDir(): string {
  return path.join(projectRoot(), SCHEMAS_FOLDER);
}

/**
 * Reads one file of a schemas folder.
 *
 * Throws a message naming the path when the file is missing or is not a JSON object, since that
 * means the installation is incomplete: the validators must not go on with less data.
 *
 * @param dir the schemas folder, like {@link shippedSchemasDir}
 * @param file one of {@link SCHEMA_FILES}
 */
export function readSchemaFile(dir: string, file: string): Record<string, any> {
  const full = path.resolve(dir, file);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (e as Error).message;
    throw new Error(`cannot read "${full}" (${reason}): the langfuse-cdk8s installation is incomplete; `
      + `reinstall it (in a checkout: restore ${SCHEMAS_FOLDER}/ or run npm run import)`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`"${full}" is not a JSON object: the langfuse-cdk8s installation is incomplete; reinstall it`);
  }
  return data as Record<string, any>;
}
