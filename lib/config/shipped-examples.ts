import * as fs from 'fs';
import * as path from 'path';
import { URL_WITH_USERINFO } from '../formats/endpoint-url';
import { projectRoot } from '../validate/shared-paths';
import { isSecretKey } from './errors';
import { loadConfigFile } from './load';
import type { LangfuseConfig } from './langfuse-config';

/** The folder of the example configs this package ships. */
export const EXAMPLES_DIR = 'examples';

let fingerprints: Set<string> | undefined;

/**
 * Every secret-bearing value of a config, as `[path, value]`: the whole value of every key that
 * `isSecretKey` names, at any depth (`dragonfly_acl_extra_users[0].password` as well as
 * `langfuse_salt`), whatever its type, and every string holding URL user info. These are the
 * values synth encrypts that are not public; derived secrets (the bundled Valkey and MinIO
 * passwords) follow from the salt, so they are covered by it.
 */
export function secretValues(value: unknown, at = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => secretValues(item, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).flatMap(([key, v]): Array<[string, unknown]> => {
      const keyPath = at === '' ? key : `${at}.${key}`;
      return isSecretKey(key) ? [[keyPath, v]] : secretValues(v, keyPath);
    });
  }
  return typeof value === 'string' && URL_WITH_USERINFO.test(value) ? [[at, value]] : [];
}

/** The secret values of a config, as one comparable string. */
function secretFingerprint(config: LangfuseConfig): string {
  return JSON.stringify(secretValues(config));
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
