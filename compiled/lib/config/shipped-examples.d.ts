import type { LangfuseConfig } from './langfuse-config';
/** The folder of the example configs this package ships. */
export declare const EXAMPLES_DIR = "examples";
/**
 * Whether every config holds exactly the secret values of an instance of a shipped example
 * (examples/*.yaml of this package), published in this repository: encrypting them for a
 * published test key reveals nothing. Any secret changed, added or removed makes it a real config.
 */
export declare function usesOnlyShippedExampleSecrets(configs: readonly LangfuseConfig[]): boolean;
