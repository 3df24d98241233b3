import { httpUrl, s3Key } from '../config/fields';
import { checkProp } from '../prop-checks';
import { S3Credentials } from '../settings/derive';
import { fluxDependencyOf, RUSTFS } from '../settings/shared-services';

/** Where Langfuse keeps events, media and exports. Create one with a static factory. */
export abstract class ObjectStorage {
  /**
   * An external S3-compatible store, such as the cluster's shared RustFS.
   * @param endpoint in-cluster S3 URL, like `http://rustfs-svc.storage.svc.cluster.local:9000`
   */
  public static external(options: ExternalObjectStorageOptions): ObjectStorage {
    checkProp('ObjectStorage.external() endpoint', options.endpoint, httpUrl());
    checkCredentials('ObjectStorage.external() credentials', options.credentials);
    return new ExternalObjectStorage(options);
  }

  /** The MinIO that the chart bundles, with root credentials from a Secret. */
  public static bundledMinio(rootCredentials: S3Credentials): ObjectStorage {
    checkCredentials('ObjectStorage.bundledMinio() rootCredentials', rootCredentials);
    return new BundledMinio(rootCredentials);
  }

  /** The credentials Langfuse uses. */
  public abstract readonly credentials: S3Credentials;
  /** Whether the chart deploys the store itself. */
  public abstract readonly bundled: boolean;
}

function checkCredentials(path: string, credentials: S3Credentials | undefined): void {
  checkProp(`${path}.accessKey`, credentials?.accessKey, s3Key(), { secret: true });
  checkProp(`${path}.secretKey`, credentials?.secretKey, s3Key(), { secret: true });
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
  readonly fluxDependency?: { readonly name: string; readonly namespace: string };
}

/** An external S3-compatible store. */
export class ExternalObjectStorage extends ObjectStorage {
  public readonly bundled = false;
  public readonly endpoint: string;
  public readonly region: string;
  public readonly credentials: S3Credentials;
  public readonly fluxDependency: { readonly name: string; readonly namespace: string };

  constructor(options: ExternalObjectStorageOptions) {
    super();
    this.endpoint = options.endpoint;
    this.region = options.region ?? 'us-east-1';
    this.credentials = options.credentials;
    this.fluxDependency = options.fluxDependency ?? fluxDependencyOf(RUSTFS);
  }
}

/** The chart's bundled MinIO. */
export class BundledMinio extends ObjectStorage {
  public readonly bundled = true;
  constructor(public readonly credentials: S3Credentials) {
    super();
  }
}
