/**
 * The subset of the langfuse chart 1.5.41 values that this project sets, typed so that a
 * misspelled key fails to compile. Key names follow
 * ../shared/reference/langfuse-chart/v1.5.41/values.yaml; a test checks every emitted key path
 * against that file.
 */
/** A Kubernetes EnvVar as the chart's additionalEnv lists take it. */
export interface EnvVar {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: {
        readonly secretKeyRef: SecretKeyRef;
    };
}
/** A reference to one key of a Secret. */
export interface SecretKeyRef {
    readonly name: string;
    readonly key: string;
}
/** The chart's `{value, secretKeyRef}` pair. */
export interface ValueOrSecret {
    readonly value?: string;
    readonly secretKeyRef?: SecretKeyRef;
}
/** requests/limits. */
export interface Resources {
    readonly requests?: {
        readonly cpu?: string;
        readonly memory?: string;
    };
    readonly limits?: {
        readonly cpu?: string;
        readonly memory?: string;
    };
}
/** The chart's probe knobs. */
export interface ProbeValues {
    readonly path?: string;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly timeoutSeconds?: number;
    readonly failureThreshold?: number;
    readonly successThreshold?: number;
}
/** A container the chart appends verbatim to a pod (`extraContainers`). */
export interface ContainerValues {
    readonly name: string;
    readonly image: string;
    readonly imagePullPolicy?: 'IfNotPresent' | 'Always';
    readonly args?: readonly string[];
    readonly ports?: readonly {
        readonly name: string;
        readonly containerPort: number;
        readonly protocol: 'TCP' | 'UDP';
    }[];
    readonly volumeMounts?: readonly {
        readonly name: string;
        readonly mountPath: string;
        readonly readOnly?: boolean;
    }[];
    readonly resources?: Resources;
    readonly securityContext?: {
        readonly runAsNonRoot?: boolean;
        readonly runAsUser?: number;
        readonly runAsGroup?: number;
        readonly readOnlyRootFilesystem?: boolean;
        readonly allowPrivilegeEscalation?: boolean;
        readonly capabilities?: {
            readonly drop?: readonly string[];
        };
        readonly seccompProfile?: {
            readonly type: 'RuntimeDefault';
        };
    };
}
/** A pod volume (`langfuse.extraVolumes`, added to both web and worker). */
export interface VolumeValues {
    readonly name: string;
    readonly configMap?: {
        readonly name: string;
    };
}
/** Pod-level extension points of web and worker. */
export interface ComponentPodValues {
    readonly additionalEnv?: readonly EnvVar[];
    readonly extraContainers?: readonly ContainerValues[];
    readonly annotations?: Readonly<Record<string, string>>;
    readonly labels?: Readonly<Record<string, string>>;
    readonly topologySpreadConstraints?: readonly object[];
}
/** `langfuse.web` / `langfuse.worker`. */
export interface ComponentValues {
    readonly replicas?: number;
    readonly hpa?: {
        readonly enabled: boolean;
        readonly minReplicas: number;
        readonly maxReplicas: number;
        readonly targetCPUUtilizationPercentage: number;
    };
    readonly pdb?: {
        readonly create: boolean;
        readonly minAvailable: number;
    };
    readonly resources?: Resources;
    readonly livenessProbe?: ProbeValues;
    readonly readinessProbe?: ProbeValues;
    readonly pod?: ComponentPodValues;
    /** The Deployment's own metadata; its annotations replace `langfuse.deployment.annotations` for this component. */
    readonly deployment?: {
        readonly annotations?: Readonly<Record<string, string>>;
    };
}
/** `langfuse.*`. */
export interface LangfuseSectionValues {
    /**
     * The fallback of `web.replicas` and `worker.replicas`: the chart renders
     * `web.replicas | default langfuse.replicas`, so a component at 0 needs this at 0 and its own
     * key unset (templates/web|worker/deployment.yaml).
     */
    readonly replicas?: number;
    readonly logging: {
        readonly level: string;
        readonly format: 'text' | 'json';
    };
    readonly salt: ValueOrSecret;
    readonly encryptionKey: ValueOrSecret;
    readonly nextauth: {
        readonly url: string;
        readonly secret: ValueOrSecret;
    };
    readonly features: {
        readonly telemetryEnabled: boolean;
        readonly signUpDisabled: boolean;
    };
    readonly image: {
        readonly tag: string;
        readonly pullPolicy: 'IfNotPresent' | 'Always';
    };
    readonly additionalEnv: readonly EnvVar[];
    /** Volumes of both web and worker pods; containers mount them themselves. */
    readonly extraVolumes?: readonly VolumeValues[];
    readonly web: ComponentValues;
    readonly worker: ComponentValues;
    readonly deployment?: {
        readonly annotations?: Readonly<Record<string, string>>;
    };
}
/** `postgresql.*` with an external database. */
export interface PostgresqlValues {
    readonly deploy: false;
    readonly host: string;
    readonly auth: {
        readonly username: string;
        readonly existingSecret: string;
        readonly secretKeys: {
            readonly userPasswordKey: string;
        };
        readonly database: string;
    };
}
/** `redis.*`. */
export interface RedisValues {
    readonly deploy: boolean;
    readonly host?: string;
    readonly port?: number;
    readonly auth: {
        readonly username: string;
        readonly existingSecret: string;
        readonly existingSecretPasswordKey: string;
        readonly database?: number;
    };
}
/** `clickhouse.*` with the bundled Bitnami sub-chart, including the sub-chart keys it forwards. */
export interface BundledClickhouseValues {
    readonly deploy: true;
    readonly replicaCount: number;
    readonly shards: 1;
    readonly clusterEnabled: boolean;
    readonly auth: {
        readonly username: 'default';
        readonly existingSecret: string;
        readonly existingSecretKey: string;
    };
    readonly resources: Resources;
    readonly persistence: {
        readonly size: string;
        readonly storageClass: string;
    };
    readonly zookeeper: {
        readonly enabled: boolean;
        readonly replicaCount: number;
        readonly heapSize: number;
        readonly resources: Resources;
        readonly persistence: {
            readonly size: string;
            readonly storageClass: string;
        };
    };
    readonly metrics?: {
        readonly enabled: boolean;
    };
    /** `autoMigrate: false` renders LANGFUSE_AUTO_CLICKHOUSE_MIGRATION_DISABLED=true (chart default: migrations at start). */
    readonly migration?: {
        readonly autoMigrate: boolean;
    };
}
/** `clickhouse.*` with a ClickHouse outside the chart: no sub-chart key at all. */
export interface ExternalClickhouseValues {
    readonly deploy: false;
    readonly host: string;
    readonly httpPort: number;
    readonly nativePort: number;
    readonly auth: {
        readonly username: 'default';
        readonly existingSecret: string;
        readonly existingSecretKey: string;
    };
    /** Chart 1.5.41 renders CLICKHOUSE_CLUSTER_ENABLED only when this is false (templates/_helpers.tpl). */
    readonly clusterEnabled: boolean;
}
/** `clickhouse.*`. */
export type ClickhouseValues = BundledClickhouseValues | ExternalClickhouseValues;
/** One of `s3.eventUpload` / `s3.mediaUpload` / `s3.batchExport`. */
export interface S3TargetValues {
    readonly bucket: string;
    readonly enabled?: boolean;
    readonly endpoint?: string;
}
/** `s3.*`. */
export interface S3Values {
    readonly deploy: boolean;
    readonly region?: string;
    readonly endpoint?: string;
    readonly forcePathStyle: true;
    readonly accessKeyId: ValueOrSecret;
    readonly secretAccessKey: ValueOrSecret;
    readonly concurrency: {
        readonly reads: number;
        readonly writes: number;
    };
    readonly eventUpload: S3TargetValues;
    readonly mediaUpload: S3TargetValues;
    readonly batchExport: S3TargetValues;
    /** Bundled MinIO only. */
    readonly defaultBuckets?: string;
    /** Bundled MinIO only. */
    readonly auth?: {
        readonly existingSecret: string;
        readonly rootUserSecretKey: string;
        readonly rootPasswordSecretKey: string;
    };
}
/** The values of chart 1.5.41 that this project sets. */
export interface LangfuseChartValues {
    readonly langfuse: LangfuseSectionValues;
    readonly postgresql: PostgresqlValues;
    readonly redis: RedisValues;
    readonly clickhouse: ClickhouseValues;
    readonly s3: S3Values;
}
