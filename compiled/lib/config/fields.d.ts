import { z } from 'zod';
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
/** A DNS-1123 label (one component of a host name). */
export declare const dnsLabel: () => z.ZodString;
/** A fully qualified domain name without a trailing dot. */
export declare const domainName: () => z.ZodString;
/** A slug as the reference's init ids use. */
export declare const slug: () => z.ZodString;
/** A secret of at least `min` characters (NEXTAUTH_SECRET, SALT, ...). */
export declare const longSecret: (min?: number) => z.ZodString;
/**
 * A password that Langfuse's chart pastes unencoded into a connection URL (Postgres, ClickHouse,
 * Redis), so only URL-safe characters work.
 */
export declare const urlSafePassword: (min?: number) => z.ZodString;
/** An S3 access key or secret key. */
export declare const s3Key: () => z.ZodString;
/** An http(s) URL without a trailing slash. */
export declare const httpUrl: () => z.ZodString;
/** A positive integer between `min` and `max`. */
export declare const intBetween: (min: number, max: number) => z.ZodNumber;
/** A boolean flag. */
export declare const flag: () => z.ZodBoolean;
/** A ratio in (0, 1], written as a number or a numeric string (the seed writes "0.1"). */
export declare const ratio: () => z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
/** An email address. */
export declare const email: () => z.ZodString;
