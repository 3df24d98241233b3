import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';

/** The Keycloak folder used when it exists (docs/crds-and-imports.md §2.1). */
export const KEYCLOAK_DERIVED_DIR = 'keycloak-26.4.7-derived';

/** The Keycloak folder used only when the derived one is absent. */
export const KEYCLOAK_DIR = 'keycloak';

/** One served version of one CRD. */
export interface CrdVersion {
  /** `<group>/<version>`. */
  readonly apiVersion: string;

  /** The CRD's `spec.names.kind`. */
  readonly kind: string;

  /** The raw `openAPIV3Schema` (not yet converted). */
  readonly schema: { [key: string]: any };

  /** The file it came from. */
  readonly file: string;
}

/**
 * The CRD folders to read below `crdsDir`: every sub-folder except the Keycloak folder that is not
 * used, so exactly one of `keycloak-26.4.7-derived/` (preferred) and `keycloak/` is read.
 *
 * @param crdsDir the CRD root, for example `../shared/crds`
 */
export function crdFolders(crdsDir: string): string[] {
  const entries = fs.readdirSync(crdsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const skip = entries.includes(KEYCLOAK_DERIVED_DIR) ? KEYCLOAK_DIR : KEYCLOAK_DERIVED_DIR;
  return entries.filter((name) => name !== skip).sort().map((name) => path.join(crdsDir, name));
}

/**
 * Reads every served CRD version below `crdsDir` (YAML files directly in the root and in the
 * folders from {@link crdFolders}).
 *
 * Throws when two files define the same `apiVersion` and kind, because the later one would
 * otherwise silently win.
 *
 * @param crdsDir the CRD root
 */
export function loadCrdVersions(crdsDir: string): CrdVersion[] {
  const files = [crdsDir, ...crdFolders(crdsDir)].flatMap((dir) => fs.readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile()));

  const seen = new Map<string, string>();
  const versions: CrdVersion[] = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      if (doc.errors.length > 0) {
        throw new Error(`cannot parse "${file}": ${doc.errors[0].message}`);
      }
      const crd = doc.toJS({ maxAliasCount: -1 });
      if (crd?.kind !== 'CustomResourceDefinition') {
        continue;
      }
      const group: string = crd.spec?.group;
      const kind: string = crd.spec?.names?.kind;
      for (const version of crd.spec?.versions ?? []) {
        const schema = version.schema?.openAPIV3Schema;
        if (version.served === false || !schema) {
          continue;
        }
        const apiVersion = `${group}/${version.name}`;
        const key = `${apiVersion}|${kind}`;
        const previous = seen.get(key);
        if (previous) {
          throw new Error(`duplicate schema for ${apiVersion} ${kind} in "${previous}" and "${file}"`);
        }
        seen.set(key, file);
        versions.push({ apiVersion, kind, schema, file });
      }
    }
  }
  return versions;
}
