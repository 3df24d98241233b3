import type { DoctorCheck } from './doctor';
import type { LoadedLangfuse } from './explain';
/**
 * The full recovery of one instance from its backups, in order: what must exist first, the restore
 * keys of Postgres and ClickHouse in one commit, the checks of both stores in the order Flux restores
 * them, the object storage buckets, then Langfuse, with the commands and the checks. Every value is shell-quoted; the S3 keys are read from the operator's environment
 * (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`: the backup keys) and never printed.
 */
export declare function restoreProcedure(loaded: LoadedLangfuse, configPath: string): DoctorCheck[];
