import type { LangfuseConfig } from './langfuse-config';

/** Langfuse API key pairs of a config: the keys, and the prefix Langfuse's own keys of each kind carry. */
const API_KEYS: ReadonlyArray<readonly [keyof LangfuseConfig, string]> = [
  ['langfuse_init_project_public_key', 'pk-lf-'], ['langfuse_init_project_secret_key', 'sk-lf-'],
  ['litellm_langfuse_public_key', 'pk-lf-'], ['litellm_langfuse_secret_key', 'sk-lf-'],
  ['langfuse_scim_public_key', 'pk-lf-'], ['langfuse_scim_secret_key', 'sk-lf-'],
];

/**
 * Warnings for Langfuse API keys that are not in Langfuse's own form (`pk-lf-...`, `sk-lf-...`):
 * Langfuse stores and accepts any string it is given (web/src/initialize.ts passes
 * LANGFUSE_INIT_PROJECT_*_KEY, a `z.string()`, to createAndAddApiKeysToDb unchanged), so keys such
 * as the reference deployment's `lf_pk_...` keep working and are only noted. Never shows a key.
 */
export function apiKeyFormatWarnings(config: LangfuseConfig): string[] {
  const odd = API_KEYS.filter(([key, prefix]) => {
    const value = config[key];
    return typeof value === 'string' && !value.startsWith(prefix);
  });
  if (odd.length === 0) return [];
  return [`${config.langfuse_instance_name}: ${odd.map(([key, prefix]) => `${key} does not start with "${prefix}"`).join(', ')}: `
    + 'Langfuse accepts any key string, so existing keys (like the reference deployment\'s lf_pk_/lf_sk_ keys) keep working; new keys are best in Langfuse\'s own form. '
    + 'Changing an init project key makes headless initialization create a second key (the old one stays valid).'];
}
