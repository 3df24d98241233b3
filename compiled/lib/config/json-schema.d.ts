/** Where the generated JSON Schema is committed, relative to the repository root. */
export declare const CONFIG_JSON_SCHEMA_PATH = "schema/langfuse-config.schema.json";
type Schema = Record<string, unknown>;
/**
 * The JSON Schema (draft-07) of the config file, generated with `z.toJSONSchema` from the same zod
 * schema the loader uses (input side: defaults are optional), plus the cross-field rules JSON
 * Schema can state. Editors use it through the `yaml-language-server` modeline.
 */
export declare function configJsonSchema(): Schema;
/** The schema file's text: stable key order, two-space indent, trailing newline. */
export declare function configJsonSchemaText(): string;
export {};
