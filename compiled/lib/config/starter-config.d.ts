import { GeneratedSecrets } from './generate-secrets';
/** Input of {@link renderStarterConfig}. */
export interface StarterConfigOptions {
    /** Freshly generated required secrets. */
    readonly secrets: GeneratedSecrets;
    /** Freshly generated optional secrets, written commented out next to their key. @default - none */
    readonly optionalSecrets?: Readonly<Record<string, string>>;
    /** Public domain. @default 'example.com', marked to be changed */
    readonly domain?: string;
    /** Path of the JSON Schema relative to the config file, for the yaml-language-server modeline. @default - no modeline */
    readonly schemaPath?: string;
    /**
     * The text is to be SOPS-encrypted (only secret values; comments stay in clear): the header says
     * so, and no secret may be given in a comment (`optionalSecrets` is refused).
     * @default false
     */
    readonly encrypted?: boolean;
}
/**
 * The text of a starter config: every key of the schema, in schema order and grouped by section,
 * with its description as a comment. Langfuse is enabled with the given domain and secrets; every
 * other key is commented out showing its default (or the generated value for optional secrets).
 * It contains secrets in clear, and says so.
 */
export declare function renderStarterConfig(options: StarterConfigOptions): string;
