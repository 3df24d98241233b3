import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { importReference, ImportResult } from '../../lib/reference/import-reference';

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
