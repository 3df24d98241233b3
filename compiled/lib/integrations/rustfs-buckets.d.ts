import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
/** The pinned MinIO client of the bucket Job (the reference's rustfs-bucket-setup runs the same). */
export declare const MINIO_CLIENT_IMAGE = "minio/mc:RELEASE.2024-11-21T17-21-54Z";
/** Keys of RustFS's admin Secret that the Job reads (the reference's `rustfs-credentials`). */
export declare const RUSTFS_ADMIN_KEYS: {
    readonly accessKey: "RUSTFS_ACCESS_KEY";
    readonly secretKey: "RUSTFS_SECRET_KEY";
};
/** The bucket Job of a `LangfuseChart`. Present means on. */
export interface BucketSetupOptions {
    /** Secret in RustFS's namespace with its admin keys RUSTFS_ACCESS_KEY and RUSTFS_SECRET_KEY. @default 'rustfs-credentials' */
    readonly adminSecretName?: string;
}
/** Props of `RustfsBuckets`. */
export interface RustfsBucketsProps extends BucketSetupOptions {
    /** S3 endpoint of RustFS, like `http://rustfs-svc.storage.svc.cluster.local:9000`. */
    readonly endpoint: string;
    /** Buckets to create (existing ones are left as they are). */
    readonly buckets: readonly string[];
    /** Name of the Job. */
    readonly name: string;
    /** @default - the chart's namespace */
    readonly namespace?: string;
}
/**
 * A Job that creates Langfuse's buckets in RustFS with its admin keys, as the reference's
 * `rustfs-bucket-setup` does (Langfuse never creates buckets). Bucket names are the script's
 * arguments, never part of its text. Access keys and policies for Langfuse stay a RustFS console
 * task, as in the reference. Like the LLM-connection Job it keeps a stable name, carries
 * `kustomize.toolkit.fluxcd.io/force: enabled` and a checksum of its buckets, so a new bucket
 * re-runs it and an unchanged list is a no-op.
 */
export declare class RustfsBuckets extends Construct {
    readonly job: k8s.KubeJob;
    constructor(scope: Construct, id: string, props: RustfsBucketsProps);
}
