import { stringify } from 'yaml';
import { GeneratedSecrets } from './generate-secrets';
import { configKeyInfos, ConfigKeyInfo } from './key-info';

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

const WIDTH = 100;

function wrapComment(text: string, prefix = '# '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > WIDTH) {
      lines.push(prefix + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(prefix + line);
  return lines;
}

// flow style, so that a mapping or list default stays on its one (commented-out) line
const scalar = (value: unknown) => stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();

/**
 * The text of a starter config: every key of the schema, in schema order and grouped by section,
 * with its description as a comment. Langfuse is enabled with the given domain and secrets; every
 * other key is commented out showing its default (or the generated value for optional secrets).
 * It contains secrets in clear, and says so.
 */
export function renderStarterConfig(options: StarterConfigOptions): string {
  const set: Record<string, unknown> = {
    langfuse_enabled: true,
    cloudflare_domain: options.domain ?? 'example.com',
    // What a new install gets: v4 on the operator's ClickHouse (a config without them stays on v3).
    langfuse_version: 4,
    langfuse_clickhouse_backend: 'operator',
    ...options.secrets,
  };
  if (options.encrypted && options.optionalSecrets !== undefined) throw new Error('an encrypted starter config keeps its comments in clear: no secret in them');
  const lines: string[] = [];
  if (options.schemaPath) lines.push(`# yaml-language-server: $schema=${options.schemaPath}`);
  lines.push(
    '# langfuse-cdk8s config, written by "langfuse-cdk8s init". Every key is listed with its description;',
    '# a commented-out key shows its default. Reference: docs/configuration.md.',
    '#',
    ...(options.encrypted ? [
      '# SOPS-encrypted: only the values of secret keys are (encrypted_regex), so that the rest reads in review.',
      '# Edit it with "sops <this file>", which keeps its MAC right; synth, explain, diff and doctor decrypt it',
      '# in memory with your age identity. Comments stay in clear: never put a secret in one.',
    ] : [
      '# This file holds freshly generated secrets IN CLEAR: never commit it unencrypted (keep it out of Git,',
      '# or encrypt it with sops and decrypt it before running synth). Synth writes every Secret of the',
      '# Flux tree SOPS-encrypted for the age recipients of .sops.yaml.',
    ]),
  );
  let section = '';
  for (const info of configKeyInfos()) {
    if (info.section !== section) {
      section = info.section;
      lines.push('', `# --- ${section} ${'-'.repeat(Math.max(3, WIDTH - 7 - section.length))}`);
    }
    lines.push('', ...keyComment(info));
    if (info.key in set) {
      const note = info.key === 'cloudflare_domain' && options.domain === undefined ? '  # CHANGE ME: your public domain' : '';
      lines.push(`${info.key}: ${scalar(set[info.key])}${note}`);
    } else if (options.optionalSecrets?.[info.key] !== undefined) {
      lines.push(`# ${info.key}: ${scalar(options.optionalSecrets[info.key])}  # generated; uncomment when you turn the feature on`);
    } else {
      lines.push(info.default === undefined ? `# ${info.key}:` : `# ${info.key}: ${scalar(info.default)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function keyComment(info: ConfigKeyInfo): string[] {
  const allowed = info.type === 'boolean' ? [] : info.allowed;
  return wrapComment([info.description, allowed.length > 0 ? `Allowed: ${allowed.join('; ')}.` : ''].join(' '));
}
