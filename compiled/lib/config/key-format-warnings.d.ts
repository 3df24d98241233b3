import type { LangfuseConfig } from './langfuse-config';
/**
 * Warnings for Langfuse API keys that are not in Langfuse's own form (`pk-lf-...`, `sk-lf-...`):
 * Langfuse stores and accepts any string it is given (web/src/initialize.ts passes
 * LANGFUSE_INIT_PROJECT_*_KEY, a `z.string()`, to createAndAddApiKeysToDb unchanged), so keys such
 * as the reference deployment's `lf_pk_...` keep working and are only noted. Never shows a key.
 */
export declare function apiKeyFormatWarnings(config: LangfuseConfig): string[];
