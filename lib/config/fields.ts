import { z } from 'zod';
import { CLICKHOUSE_MIGRATION_STAGES, ClickHouseMigrationStage } from '../clickhouse/clickhouse-migration-stage';
import { cronProblem } from '../formats/cron-expression';
import { endpointUrlProblem, EndpointUrlOptions } from '../formats/endpoint-url';
import { pinnedImageProblem } from '../formats/image-reference';

/**
 * Reusable field schemas for the config file. Every message says what is allowed, because the
 * config loader prints it next to the key path and the (masked) bad value.
 */

/** A Kubernetes quantity with a binary suffix, as the reference accepts (`10Gi`, `512Mi`). */
export const storageQuantity = () =>
  z.string().regex(/^[1-9][0-9]*(Ki|Mi|Gi|Ti)$/, { message: 'must be a Kubernetes quantity with a binary suffix, like "10Gi" or "512Mi"' });

/** A CPU quantity (`200m`, `1`, `1.5`). */
export const cpuQuantity = () =>
  z.string().regex(/^([1-9][0-9]*m|[0-9]+(\.[0-9]+)?)$/, { message: 'must be a CPU quantity, like "200m" or "1"' });

/** A memory quantity (`512Mi`, `2Gi`). */
export const memoryQuantity = storageQuantity;

/**
 * The longest secret value: far above what any key needs, and low enough that every Secret built
 * from config values stays under the Kubernetes limit of 1 MiB per Secret.
 */
export const MAX_SECRET_LENGTH = 1024;

/** The longest plain text value (names, titles). */
export const MAX_TEXT_LENGTH = 256;

/** A string field (at most `max` characters) checked by a function that returns a problem text, or undefined when the value is fine. */
export const checkedString = (problem: (value: string) => string | undefined, max?: number) =>
  (max === undefined ? z.string() : z.string().max(max, { message: `must be at most ${max} characters` })).superRefine((value, ctx) => {
    const found = problem(value);
    if (found !== undefined) ctx.addIssue({ code: 'custom', message: found });
  });

/** A DNS-1123 label (one component of a host name). */
export const dnsLabel = () =>
  z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
    message: 'must be a DNS label: lowercase letters, digits and "-", 1 to 63 characters, starting and ending with a letter or digit',
  });

/** A relative folder path inside the output tree: no "." or ".." segments, no hidden folders, no absolute path. */
export const treePath = () =>
  z.string().max(200, { message: 'must be at most 200 characters' }).regex(/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*$/, {
    message: 'must be a relative path like "kubernetes/apps": lowercase segments of letters, digits, ".", "_" or "-" separated by "/", '
      + 'each starting and ending with a letter or digit (no "..", no leading "/" or ".")',
  });

/**
 * A Kubernetes label name: an optional DNS-subdomain prefix and "/", then a name of at most 63
 * letters, digits, "-", "_" and ".", starting and ending with a letter or digit.
 */
export const labelName = () =>
  z.string().max(317, { message: 'must be at most 317 characters' }).regex(
    /^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, {
      message: 'must be a label name like "release" or "example.com/team": an optional DNS prefix and "/", then 1 to 63 letters, digits, "-", "_" or ".", '
        + 'starting and ending with a letter or digit',
    },
  ).refine((name) => !name.includes('/') || name.indexOf('/') <= 253, { message: 'must have a prefix of at most 253 characters' });

/** A Kubernetes label value: empty, or at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit. */
export const labelValue = () =>
  z.string().regex(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/, {
    message: 'must be a label value: empty, or 1 to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
  });

/** A fully qualified domain name without a trailing dot. */
export const domainName = () =>
  z.string().max(253, { message: 'must be at most 253 characters' }).regex(/^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/, {
    message: 'must be a lowercase domain name like "example.com" (no scheme, no trailing dot)',
  });

/** A slug as the reference's init ids use. */
export const slug = () =>
  z.string().max(63, { message: 'must be at most 63 characters' }).regex(/^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/, { message: 'must be a slug: 2 to 63 lowercase letters, digits or "-", not starting or ending with "-"' });

const HOST = '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';

/** A host name (like a Service's DNS name), without a scheme or a port. */
export const hostName = (example = 'clickhouse.ai-system.svc.cluster.local') =>
  z.string().max(253, { message: 'must be at most 253 characters' }).regex(new RegExp(`^${HOST}$`), { message: `must be a host name like "${example}"` });

/** A TCP port. */
export const port = () => intBetween(1, 65535);

/** `host:port`, like the address of a native ClickHouse port. */
export const hostAndPort = (example = 'clickhouse.ai-system.svc.cluster.local:9000') =>
  checkedString((v) => {
    const parts = new RegExp(`^(${HOST}):([0-9]{1,5})$`).exec(v);
    return parts && Number(parts[parts.length - 1]) >= 1 && Number(parts[parts.length - 1]) <= 65535 ? undefined : `must be host:port like "${example}"`;
  }, 260);

/** A ClickHouse migration stage of a construct's props (a JavaScript caller may pass any string). */
export const migrationStage = () => z.enum(CLICKHOUSE_MIGRATION_STAGES as [ClickHouseMigrationStage, ...ClickHouseMigrationStage[]], {
  message: `must be one of ${CLICKHOUSE_MIGRATION_STAGES.map((s) => `ClickHouseMigrationStage.${s.toUpperCase()}`).join(', ')}`,
});

/** A Kubernetes CronJob schedule: five fields, or a descriptor (robfig/cron's standard parser). */
export const cronSchedule = () => checkedString((v) => cronProblem(v, { seconds: false }));

/** A Kubernetes object name (DNS-1123 subdomain): Secrets, storage and priority classes. */
export const dnsSubdomain = () =>
  z.string().max(253, { message: 'must be at most 253 characters' }).regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, {
    message: 'must be a Kubernetes object name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit',
  });

/** A key of a Secret's data (`[-._a-zA-Z0-9]+`, at most 253 characters). */
export const secretDataKey = () =>
  z.string().max(253, { message: 'must be at most 253 characters' }).regex(/^[-._a-zA-Z0-9]+$/, { message: 'must be a Secret key: letters, digits, "-", "_" or "."' });

/** ENCRYPTION_KEY: 32 bytes as 64 lowercase hex characters. */
export const encryptionKey = () => z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be exactly 64 lowercase hex characters (openssl rand -hex 32)' });

/** A Keycloak realm name. */
export const keycloakRealm = () => z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, { message: 'must be a realm name of 1 to 255 letters, digits, "_" or "-"' });

/** The secret of a confidential Keycloak client. */
export const clientSecret = () => longSecret(16).regex(/^\S+$/, { message: 'must not contain whitespace' });

/** A secret of at least `min` characters (NEXTAUTH_SECRET, SALT, ...). */
export const longSecret = (min = 32) =>
  z.string().min(min, { message: `must be at least ${min} characters (generate one with: langfuse-cdk8s secrets generate; in a checkout: npm run cli -- secrets generate)` })
    .max(MAX_SECRET_LENGTH, { message: `must be at most ${MAX_SECRET_LENGTH} characters` });

/**
 * A password that must stay URL-safe because it cannot be percent-encoded where a consumer pastes it
 * into a URL; `why` says which consumer (most connection passwords are percent-encoded instead, see
 * lib/config/switch-fields.ts).
 */
export const urlSafePassword = (min = 16, why = 'the chart pastes it unencoded into a connection URL') =>
  z.string().min(min, { message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` }).max(MAX_SECRET_LENGTH, { message: `must be at most ${MAX_SECRET_LENGTH} characters` })
    .regex(/^[A-Za-z0-9._~-]+$/, {
    message: `must contain only letters, digits and . _ ~ - (${why})`,
  });

/** An S3 access key or secret key. */
export const s3Key = () => z.string().min(3, { message: 'must be at least 3 characters' })
  .max(MAX_SECRET_LENGTH, { message: `must be at most ${MAX_SECRET_LENGTH} characters` }).regex(/^\S+$/, { message: 'must not contain whitespace' });

/** An http(s) endpoint URL without user info or a trailing slash, in canonical form (see `endpointUrlProblem`). */
export const httpUrl = (options: Partial<EndpointUrlOptions> = {}) =>
  checkedString((v) => endpointUrlProblem(v, { schemes: ['http', 'https'], ...options }) ?? (v.endsWith('/') ? 'must not end with "/"' : undefined));

/** An SMTP connection URL (`smtp://user:password@host:587`); it carries a password, so messages never show it. */
export const smtpUrl = () =>
  checkedString((v) => endpointUrlProblem(v, { schemes: ['smtp', 'smtps'], userinfo: true, path: false, query: true }), 2048);

/** A container image pinned to a version tag or a digest, by the image reference grammar. */
export const pinnedImage = (extra: (value: string) => string | undefined = () => undefined, example?: string) =>
  checkedString((v) => extra(v) ?? pinnedImageProblem(v, example));

/** A cron schedule with seconds first, as CloudNativePG's ScheduledBackup reads it (robfig/cron). */
export const secondsCron = () => checkedString((v) => cronProblem(v, { seconds: true }));

/** A non-empty text of at most {@link MAX_TEXT_LENGTH} characters. */
export const shortText = () =>
  z.string().min(1, { message: 'must not be empty' }).max(MAX_TEXT_LENGTH, { message: `must be at most ${MAX_TEXT_LENGTH} characters` });

/** A positive integer between `min` and `max`. */
export const intBetween = (min: number, max: number) =>
  z.number({ message: `must be a whole number from ${min} to ${max}` }).int({ message: `must be a whole number from ${min} to ${max}` }).min(min, {
    message: `must be a whole number from ${min} to ${max}`,
  }).max(max, { message: `must be a whole number from ${min} to ${max}` });

/** A boolean flag. */
export const flag = () => z.boolean({ message: 'must be true or false' });

/** A ratio in (0, 1], written as a number or a numeric string (the seed writes "0.1"). */
export const ratio = () =>
  z.union([z.number(), z.string().regex(/^[0-9]*\.?[0-9]+$/)], { message: 'must be a number greater than 0 and at most 1, like 0.1' })
    .transform((v) => Number(v))
    .refine((v) => v > 0 && v <= 1, { message: 'must be a number greater than 0 and at most 1, like 0.1' });

/** An email address. */
export const email = () => z.string().max(254, { message: 'must be at most 254 characters' }).regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { message: 'must be an email address like "admin@example.com"' });
