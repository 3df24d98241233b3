import type { LangfuseConfig } from './langfuse-config';
/** The folder of the example configs this package ships. */
export declare const EXAMPLES_DIR = "examples";
/**
 * Every secret-bearing value of a config, as `[path, value]`: the whole value of every key that
 * `isSecretKey` names, at any depth (`dragonfly_acl_extra_users[0].password` as well as
 * `langfuse_salt`), whatever its type, and every string holding URL user info. These are the
 * values synth encrypts that are not public; derived secrets (the bundled Valkey and MinIO
 * passwords) follow from the salt, so they are covered by it.
 */
export declare function secretValues(value: unknown, at?: string): Array<[string, unknown]>;
/**
 * Whether every config holds exactly the secret values of an instance of a shipped example
 * (examples/*.yaml of this package), published in this repository: encrypting them for a
 * published test key reveals nothing. Any secret changed, added or removed makes it a real config.
 */
export declare function usesOnlyShippedExampleSecrets(configs: readonly LangfuseConfig[]): boolean;
