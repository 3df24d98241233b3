import * as fs from 'fs';
import * as path from 'path';
import { projectRoot } from '../validate/shared-paths';
import { isSecretKey } from './errors';
import { loadConfigFile } from './load';
import type { LangfuseConfig } from './langfuse-config';

/** The folder of the example configs this package ships. */
export const EXAMPLES_DIR = 'examples';

let fingerprints: Set<string> | undefined;

/**
 * The secret values of a config (every key that `isSecretKey` names), as one comparable string.
 * Derived secrets (the bundled Valkey and MinIO passwords) follow from the salt, so they are
 * covered by it.
 */
function secretFingerprint(config: LangfuseConfig): string {
  const entries = Object.entries(config).filter(([key, value]) => isSecretKey(key) && typeof value === 'string').sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

/**
 * Whether every config holds exactly the secret values of an instance of a shipped example
 * (examples/*.yaml of this package), published in this repository: encrypting them for a
 * published test key reveals nothing. Any secret changed, added or removed makes it a real config.
 */
export function usesOnlyShippedExampleSecrets(configs: readonly LangfuseConfig[]): boolean {
  if (fingerprints === undefined) {
    const dir = path.join(projectRoot(), EXAMPLES_DIR);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
    fingerprints = new Set(files.flatMap((f) => loadConfigFile(path.join(dir, f))).map(secretFingerprint));
  }
  const known = fingerprints;
  return configs.length > 0 && configs.every((c) => known.has(secretFingerprint(c)));
}
