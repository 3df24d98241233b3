import { z } from 'zod';
import { ClickHouseMigrationStage } from '../clickhouse/clickhouse-migration-stage';
import { EndpointUrlOptions } from '../formats/endpoint-url';
/**
 * Reusable field schemas for the config file. Every message says what is allowed, because the
 * config loader prints it next to the key path and the (masked) bad value.
 */
/** A Kubernetes quantity with a binary suffix, as the reference accepts (`10Gi`, `512Mi`). */
export declare const storageQuantity: () => z.ZodString;
/** A CPU quantity (`200m`, `1`, `1.5`). */
export declare const cpuQuantity: () => z.ZodString;
/** A memory quantity (`512Mi`, `2Gi`). */
export declare const memoryQuantity: () => z.ZodString;
/**
 * The longest secret value: far above what any key needs, and low enough that every Secret built
 * from config values stays under the Kubernetes limit of 1 MiB per Secret.
 */
export declare const MAX_SECRET_LENGTH = 1024;
/** The longest plain text value (names, titles). */
export declare const MAX_TEXT_LENGTH = 256;
/** A string field (at most `max` characters) checked by a function that returns a problem text, or undefined when the value is fine. */
export declare const checkedString: (problem: (value: string) => string | undefined, max?: number) => z.ZodString;
/** A DNS-1123 label (one component of a host name). */
export declare const dnsLabel: () => z.ZodString;
/** A relative folder path inside the output tree: no "." or ".." segments, no hidden folders, no absolute path. */
export declare const treePath: () => z.ZodString;
/**
 * A Kubernetes label name: an optional DNS-subdomain prefix and "/", then a name of at most 63
 * letters, digits, "-", "_" and ".", starting and ending with a letter or digit.
 */
export declare const labelName: () => z.ZodString;
/** A Kubernetes label value: empty, or at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit. */
export declare const labelValue: () => z.ZodString;
/** A fully qualified domain name without a trailing dot. */
export declare const domainName: () => z.ZodString;
/** A slug as the reference's init ids use. */
export declare const slug: () => z.ZodString;
/** A host name (like a Service's DNS name), without a scheme or a port. */
export declare const hostName: (example?: string) => z.ZodString;
/** A TCP port. */
export declare const port: () => z.ZodNumber;
/** `host:port`, like the address of a native ClickHouse port. */
export declare const hostAndPort: (example?: string) => z.ZodString;
/** A ClickHouse migration stage of a construct's props (a JavaScript caller may pass any string). */
export declare const migrationStage: () => z.ZodEnum<{
    prepare: ClickHouseMigrationStage.PREPARE;
    copy: ClickHouseMigrationStage.COPY;
    freeze: ClickHouseMigrationStage.FREEZE;
    cutover: ClickHouseMigrationStage.CUTOVER;
    cleanup: ClickHouseMigrationStage.CLEANUP;
}>;
/** A Kubernetes CronJob schedule: five fields, or a descriptor (robfig/cron's standard parser). */
export declare const cronSchedule: () => z.ZodString;
/** A Kubernetes object name (DNS-1123 subdomain): Secrets, storage and priority classes. */
export declare const dnsSubdomain: () => z.ZodString;
/** A key of a Secret's data (`[-._a-zA-Z0-9]+`, at most 253 characters). */
export declare const secretDataKey: () => z.ZodString;
/** ENCRYPTION_KEY: 32 bytes as 64 lowercase hex characters. */
export declare const encryptionKey: () => z.ZodString;
/** A Keycloak realm name. */
export declare const keycloakRealm: () => z.ZodString;
/** The secret of a confidential Keycloak client. */
export declare const clientSecret: () => z.ZodString;
/** A secret of at least `min` characters (NEXTAUTH_SECRET, SALT, ...). */
export declare const longSecret: (min?: number) => z.ZodString;
/**
 * A password that must stay URL-safe because it cannot be percent-encoded where a consumer pastes it
 * into a URL; `why` says which consumer (most connection passwords are percent-encoded instead, see
 * lib/config/switch-fields.ts).
 */
export declare const urlSafePassword: (min?: number, why?: string) => z.ZodString;
/** An S3 access key or secret key. */
export declare const s3Key: () => z.ZodString;
/** An http(s) endpoint URL without user info or a trailing slash, in canonical form (see `endpointUrlProblem`). */
export declare const httpUrl: (options?: Partial<EndpointUrlOptions>) => z.ZodString;
/** An SMTP connection URL (`smtp://user:password@host:587`); it carries a password, so messages never show it. */
export declare const smtpUrl: () => z.ZodString;
/** A container image pinned to a version tag or a digest, by the image reference grammar. */
export declare const pinnedImage: (extra?: (value: string) => string | undefined, example?: string) => z.ZodString;
/** A cron schedule with seconds first, as CloudNativePG's ScheduledBackup reads it (robfig/cron). */
export declare const secondsCron: () => z.ZodString;
/** A non-empty text of at most {@link MAX_TEXT_LENGTH} characters. */
export declare const shortText: () => z.ZodString;
/** A positive integer between `min` and `max`. */
export declare const intBetween: (min: number, max: number) => z.ZodNumber;
/** A boolean flag. */
export declare const flag: () => z.ZodBoolean;
/** A ratio in (0, 1], written as a number or a numeric string (the seed writes "0.1"). */
export declare const ratio: () => z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
/** An email address. */
export declare const email: () => z.ZodString;
