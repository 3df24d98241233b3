import { S3Credentials } from '../settings/derive';
/** Where Langfuse keeps events, media and exports. Create one with a static factory. */
export declare abstract class ObjectStorage {
    /**
     * An external S3-compatible store, such as the cluster's shared RustFS.
     * @param endpoint in-cluster S3 URL, like `http://rustfs-svc.storage.svc.cluster.local:9000`
     */
    static external(options: ExternalObjectStorageOptions): ObjectStorage;
    /** The MinIO that the chart bundles, with root credentials from a Secret. */
    static bundledMinio(rootCredentials: S3Credentials): ObjectStorage;
    /** The credentials Langfuse uses. */
    abstract readonly credentials: S3Credentials;
    /** Whether the chart deploys the store itself. */
    abstract readonly bundled: boolean;
}
/** Options of `ObjectStorage.external()`. */
export interface ExternalObjectStorageOptions {
    /** In-cluster S3 endpoint URL. */
    readonly endpoint: string;
    /**
     * S3 region; RustFS validates it.
     * @default 'us-east-1'
     */
    readonly region?: string;
    /** Access key and secret key. */
    readonly credentials: S3Credentials;
    /**
     * Service and namespace of the store, for network policies and Flux dependencies.
     * @default - the shared RustFS (`rustfs` in namespace `storage`)
     */
    readonly fluxDependency?: {
        readonly name: string;
        readonly namespace: string;
    };
}
/** An external S3-compatible store. */
export declare class ExternalObjectStorage extends ObjectStorage {
    readonly bundled = false;
    readonly endpoint: string;
    readonly region: string;
    readonly credentials: S3Credentials;
    readonly fluxDependency: {
        readonly name: string;
        readonly namespace: string;
    };
    constructor(options: ExternalObjectStorageOptions);
}
/** The chart's bundled MinIO. */
export declare class BundledMinio extends ObjectStorage {
    readonly credentials: S3Credentials;
    readonly bundled = true;
    constructor(credentials: S3Credentials);
}
