import type { LangfuseConfig } from './langfuse-config';
/**
 * How many alias expansions a config may make (the `yaml` library's `maxAliasCount`): a handful of
 * anchors for shared values is normal; a "billion laughs" document would expand into gigabytes.
 */
export declare const MAX_YAML_ALIASES = 100;
/**
 * The keys the file set for a config that {@link parseConfig} returned (an instance of
 * `instances` counts the shared keys and its own); undefined for a config built another way.
 */
export declare function keysSetIn(config: LangfuseConfig): ReadonlySet<string> | undefined;
/**
 * Validates a parsed config object. Throws a `ConfigError` listing every problem: field errors,
 * unknown keys (with the closest valid key) and cross-field rules, all at once.
 */
export declare function parseConfig(input: unknown, source?: string): LangfuseConfig;
/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
    /**
     * Where the age identities that open an encrypted config come from (`SOPS_AGE_KEY`,
     * `SOPS_AGE_KEY_FILE`, and `XDG_CONFIG_HOME`/`HOME` for the default key file), as sops reads them.
     * @default process.env
     */
    readonly env?: NodeJS.ProcessEnv;
}
/** A config file's text, read as an input file (regular, bounded); a problem is a ConfigError naming the file. */
export declare function readConfigText(path: string): string;
/**
 * Reads, parses and validates a YAML config file, plain or SOPS-encrypted (`langfuse.sops.yaml`,
 * decrypted in memory with the operator's age identity, its MAC verified): one config per
 * Langfuse instance (a file without `instances` holds exactly one).
 */
export declare function loadConfig(path: string, options?: LoadConfigOptions): Promise<LangfuseConfig[]>;
/** Validates a config file's text, plain or SOPS-encrypted (see {@link loadConfig}); `path` names it in messages. */
export declare function loadConfigText(text: string, path: string, options?: LoadConfigOptions): Promise<LangfuseConfig[]>;
/**
 * Reads, parses and validates a plain YAML config file (see {@link loadConfig}, which also opens
 * an encrypted one): one config per Langfuse instance.
 */
export declare function loadConfigFile(path: string): LangfuseConfig[];
/** Parses and validates a config file's text (see {@link loadConfigFile}). */
export declare function parseConfigText(text: string, path: string): LangfuseConfig[];
/** The config key that lists several instances; every other top-level key is their shared default. */
export declare const INSTANCES_KEY = "instances";
/**
 * Validates a config that may hold several Langfuse instances (one per team or environment):
 * top-level keys are shared defaults, and each entry of `instances` overrides them for one
 * instance. Every instance is validated on its own, and every problem of every instance is
 * reported at once, with keys like `instances[1].langfuse_salt`. Instances need distinct names
 * (Flux app and Kustomization names) and distinct namespaces (each owns its namespace).
 */
export declare function parseConfigInstances(input: unknown, source?: string): LangfuseConfig[];
