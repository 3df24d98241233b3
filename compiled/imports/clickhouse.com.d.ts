import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ClickHouseCluster is the Schema for the clickhouseclusters API.
 *
 * @schema ClickHouseCluster
 */
export declare class ClickHouseCluster extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClickHouseCluster"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClickHouseCluster".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ClickHouseClusterProps): any;
    /**
     * Defines a "ClickHouseCluster" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ClickHouseClusterProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ClickHouseCluster is the Schema for the clickhouseclusters API.
 *
 * @schema ClickHouseCluster
 */
export interface ClickHouseClusterProps {
    /**
     * @schema ClickHouseCluster#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ClickHouseClusterSpec defines the desired state of ClickHouseCluster.
     *
     * @schema ClickHouseCluster#spec
     */
    readonly spec?: ClickHouseClusterSpec;
}
/**
 * Converts an object of type 'ClickHouseClusterProps' to JSON representation.
 */
export declare function toJson_ClickHouseClusterProps(obj: ClickHouseClusterProps | undefined): Record<string, any> | undefined;
/**
 * ClickHouseClusterSpec defines the desired state of ClickHouseCluster.
 *
 * @schema ClickHouseClusterSpec
 */
export interface ClickHouseClusterSpec {
    /**
     * Additional annotations that are added to resources.
     *
     * @schema ClickHouseClusterSpec#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * ClusterDomain is the Kubernetes cluster domain suffix used for DNS resolution.
     * Defaults to "cluster.local" if not specified.
     *
     * @default cluster.local" if not specified.
     * @schema ClickHouseClusterSpec#clusterDomain
     */
    readonly clusterDomain?: string;
    /**
     * Parameters passed to the ClickHouse container spec.
     *
     * @schema ClickHouseClusterSpec#containerTemplate
     */
    readonly containerTemplate?: ClickHouseClusterSpecContainerTemplate;
    /**
     * Settings for the replicas storage.
     *
     * @schema ClickHouseClusterSpec#dataVolumeClaimSpec
     */
    readonly dataVolumeClaimSpec?: ClickHouseClusterSpecDataVolumeClaimSpec;
    /**
     * Reference to the KeeperCluster that is used for ClickHouse coordination.
     *
     * @schema ClickHouseClusterSpec#keeperClusterRef
     */
    readonly keeperClusterRef: ClickHouseClusterSpecKeeperClusterRef;
    /**
     * Additional labels that are added to resources.
     *
     * @schema ClickHouseClusterSpec#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Parameters passed to the Keeper pod spec.
     *
     * @schema ClickHouseClusterSpec#podTemplate
     */
    readonly podTemplate?: ClickHouseClusterSpecPodTemplate;
    /**
     * Number of replicas in the single shard
     * This is a pointer to distinguish between explicit zero and unspecified.
     *
     * @schema ClickHouseClusterSpec#replicas
     */
    readonly replicas?: number;
    /**
     * Configuration parameters for ClickHouse server.
     *
     * @schema ClickHouseClusterSpec#settings
     */
    readonly settings?: ClickHouseClusterSpecSettings;
    /**
     * Number of shards in the cluster
     * This is a pointer to distinguish between explicit zero and unspecified.
     *
     * @schema ClickHouseClusterSpec#shards
     */
    readonly shards?: number;
}
/**
 * Converts an object of type 'ClickHouseClusterSpec' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpec(obj: ClickHouseClusterSpec | undefined): Record<string, any> | undefined;
/**
 * Parameters passed to the ClickHouse container spec.
 *
 * @schema ClickHouseClusterSpecContainerTemplate
 */
export interface ClickHouseClusterSpecContainerTemplate {
    /**
     * Env is the list of environment variables to set in the container.
     *
     * @schema ClickHouseClusterSpecContainerTemplate#env
     */
    readonly env?: ClickHouseClusterSpecContainerTemplateEnv[];
    /**
     * Image is the container image to be deployed.
     *
     * @schema ClickHouseClusterSpecContainerTemplate#image
     */
    readonly image?: ClickHouseClusterSpecContainerTemplateImage;
    /**
     * ImagePullPolicy for the image, which defaults to IfNotPresent.
     *
     * @schema ClickHouseClusterSpecContainerTemplate#imagePullPolicy
     */
    readonly imagePullPolicy?: ClickHouseClusterSpecContainerTemplateImagePullPolicy;
    /**
     * Resources is the resource requirements for the container.
     * This field cannot be updated once the cluster is created.
     *
     * @schema ClickHouseClusterSpecContainerTemplate#resources
     */
    readonly resources?: ClickHouseClusterSpecContainerTemplateResources;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema ClickHouseClusterSpecContainerTemplate#securityContext
     */
    readonly securityContext?: ClickHouseClusterSpecContainerTemplateSecurityContext;
    /**
     * VolumeMounts is the list of volume mounts for the container.
     *
     * @schema ClickHouseClusterSpecContainerTemplate#volumeMounts
     */
    readonly volumeMounts?: ClickHouseClusterSpecContainerTemplateVolumeMounts[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplate' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplate(obj: ClickHouseClusterSpecContainerTemplate | undefined): Record<string, any> | undefined;
/**
 * Settings for the replicas storage.
 *
 * @schema ClickHouseClusterSpecDataVolumeClaimSpec
 */
export interface ClickHouseClusterSpecDataVolumeClaimSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#dataSource
     */
    readonly dataSource?: ClickHouseClusterSpecDataVolumeClaimSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#dataSourceRef
     */
    readonly dataSourceRef?: ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#resources
     */
    readonly resources?: ClickHouseClusterSpecDataVolumeClaimSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#selector
     */
    readonly selector?: ClickHouseClusterSpecDataVolumeClaimSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecDataVolumeClaimSpec' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecDataVolumeClaimSpec(obj: ClickHouseClusterSpecDataVolumeClaimSpec | undefined): Record<string, any> | undefined;
/**
 * Reference to the KeeperCluster that is used for ClickHouse coordination.
 *
 * @schema ClickHouseClusterSpecKeeperClusterRef
 */
export interface ClickHouseClusterSpecKeeperClusterRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecKeeperClusterRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecKeeperClusterRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecKeeperClusterRef(obj: ClickHouseClusterSpecKeeperClusterRef | undefined): Record<string, any> | undefined;
/**
 * Parameters passed to the Keeper pod spec.
 *
 * @schema ClickHouseClusterSpecPodTemplate
 */
export interface ClickHouseClusterSpecPodTemplate {
    /**
     * If specified, the pod's scheduling constraints
     *
     * @schema ClickHouseClusterSpecPodTemplate#affinity
     */
    readonly affinity?: ClickHouseClusterSpecPodTemplateAffinity;
    /**
     * ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec.
     * If specified, these secrets will be passed to individual puller implementations for them to use.
     * More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod
     *
     * @schema ClickHouseClusterSpecPodTemplate#imagePullSecrets
     */
    readonly imagePullSecrets?: ClickHouseClusterSpecPodTemplateImagePullSecrets[];
    /**
     * NodeHostnameKey is the key of node labels.
     * Nodes that have a label with this key and identical values are considered to be on the same node.
     * Set it to enable default AntiAffinity rules to spread replicas from the different shards across nodes.
     * Recommended to be set to "kubernetes.io/hostname"
     *
     * @schema ClickHouseClusterSpecPodTemplate#nodeHostnameKey
     */
    readonly nodeHostnameKey?: string;
    /**
     * NodeSelector is a selector which must be true for the pod to fit on a node.
     * Selector which must match a node's labels for the pod to be scheduled on that node.
     * More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
     *
     * @schema ClickHouseClusterSpecPodTemplate#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * If specified, the pod will be dispatched by specified scheduler.
     * If not specified, the pod will be dispatched by default scheduler.
     *
     * @schema ClickHouseClusterSpecPodTemplate#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * SecurityContext holds pod-level security attributes and common container settings.
     *
     * @schema ClickHouseClusterSpecPodTemplate#securityContext
     */
    readonly securityContext?: ClickHouseClusterSpecPodTemplateSecurityContext;
    /**
     * ServiceAccountName is the name of the ServiceAccount to use to run this pod.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
     *
     * @schema ClickHouseClusterSpecPodTemplate#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * If this value is nil, the default grace period will be used instead.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema ClickHouseClusterSpecPodTemplate#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * If specified, the pod's tolerations.
     *
     * @schema ClickHouseClusterSpecPodTemplate#tolerations
     */
    readonly tolerations?: ClickHouseClusterSpecPodTemplateTolerations[];
    /**
     * TopologySpreadConstraints describes how a group of pods ought to spread across topology
     * domains. Scheduler will schedule pods in a way which abides by the constraints.
     * All topologySpreadConstraints are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplate#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: ClickHouseClusterSpecPodTemplateTopologySpreadConstraints[];
    /**
     * TopologyZoneKey is the key of node labels.
     * Nodes that have a label with this key and identical values are considered to be in the same topology zone.
     * Set it to enable default TopologySpreadConstraints and Affinity rules to spread pods across zones.
     * Recommended to be set to "topology.kubernetes.io/zone"
     *
     * @schema ClickHouseClusterSpecPodTemplate#topologyZoneKey
     */
    readonly topologyZoneKey?: string;
    /**
     * Volumes defines the list of volumes that can be mounted by containers belonging to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes
     *
     * @schema ClickHouseClusterSpecPodTemplate#volumes
     */
    readonly volumes?: ClickHouseClusterSpecPodTemplateVolumes[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplate' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplate(obj: ClickHouseClusterSpecPodTemplate | undefined): Record<string, any> | undefined;
/**
 * Configuration parameters for ClickHouse server.
 *
 * @schema ClickHouseClusterSpecSettings
 */
export interface ClickHouseClusterSpecSettings {
    /**
     * Reference to the Secret key, which contains password for the user 'default'.
     *
     * @schema ClickHouseClusterSpecSettings#defaultUserPassword
     */
    readonly defaultUserPassword?: ClickHouseClusterSpecSettingsDefaultUserPassword;
    /**
     * Enables synchronization of ClickHouse databases to the newly created replicas by the operator.
     * Supports only Replicated and integration tables.
     *
     * @schema ClickHouseClusterSpecSettings#enableDatabaseSync
     */
    readonly enableDatabaseSync?: boolean;
    /**
     * Additional ClickHouse configuration that will be merged with the default one.
     *
     * @schema ClickHouseClusterSpecSettings#extraConfig
     */
    readonly extraConfig?: any;
    /**
     * Additional ClickHouse users configuration that will be merged with the default one.
     *
     * @schema ClickHouseClusterSpecSettings#extraUsersConfig
     */
    readonly extraUsersConfig?: any;
    /**
     * Optionally you can lower the logger level or disable logging to file at all.
     *
     * @schema ClickHouseClusterSpecSettings#logger
     */
    readonly logger?: ClickHouseClusterSpecSettingsLogger;
    /**
     * TLS settings, allows to enable TLS settings for ClickHouse.
     *
     * @schema ClickHouseClusterSpecSettings#tls
     */
    readonly tls?: ClickHouseClusterSpecSettingsTls;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettings' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettings(obj: ClickHouseClusterSpecSettings | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnv
 */
export interface ClickHouseClusterSpecContainerTemplateEnv {
    /**
     * Name of the environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema ClickHouseClusterSpecContainerTemplateEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnv#valueFrom
     */
    readonly valueFrom?: ClickHouseClusterSpecContainerTemplateEnvValueFrom;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateEnv' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateEnv(obj: ClickHouseClusterSpecContainerTemplateEnv | undefined): Record<string, any> | undefined;
/**
 * Image is the container image to be deployed.
 *
 * @schema ClickHouseClusterSpecContainerTemplateImage
 */
export interface ClickHouseClusterSpecContainerTemplateImage {
    /**
     * Container image hash, mutually exclusive with 'tag'.
     *
     * @schema ClickHouseClusterSpecContainerTemplateImage#hash
     */
    readonly hash?: string;
    /**
     * Container image registry name
     * Example: docker.io/clickhouse/clickhouse
     *
     * @schema ClickHouseClusterSpecContainerTemplateImage#repository
     */
    readonly repository?: string;
    /**
     * Container image tag
     * Example: 25.3
     *
     * @schema ClickHouseClusterSpecContainerTemplateImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateImage' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateImage(obj: ClickHouseClusterSpecContainerTemplateImage | undefined): Record<string, any> | undefined;
/**
 * ImagePullPolicy for the image, which defaults to IfNotPresent.
 *
 * @schema ClickHouseClusterSpecContainerTemplateImagePullPolicy
 */
export declare enum ClickHouseClusterSpecContainerTemplateImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resources is the resource requirements for the container.
 * This field cannot be updated once the cluster is created.
 *
 * @schema ClickHouseClusterSpecContainerTemplateResources
 */
export interface ClickHouseClusterSpecContainerTemplateResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema ClickHouseClusterSpecContainerTemplateResources#claims
     */
    readonly claims?: ClickHouseClusterSpecContainerTemplateResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ClickHouseClusterSpecContainerTemplateResources#limits
     */
    readonly limits?: {
        [key: string]: ClickHouseClusterSpecContainerTemplateResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ClickHouseClusterSpecContainerTemplateResources#requests
     */
    readonly requests?: {
        [key: string]: ClickHouseClusterSpecContainerTemplateResourcesRequests;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateResources' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateResources(obj: ClickHouseClusterSpecContainerTemplateResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema ClickHouseClusterSpecContainerTemplateSecurityContext
 */
export interface ClickHouseClusterSpecContainerTemplateSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#capabilities
     */
    readonly capabilities?: ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#seccompProfile
     */
    readonly seccompProfile?: ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContext#windowsOptions
     */
    readonly windowsOptions?: ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateSecurityContext' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateSecurityContext(obj: ClickHouseClusterSpecContainerTemplateSecurityContext | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts
 */
export interface ClickHouseClusterSpecContainerTemplateVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema ClickHouseClusterSpecContainerTemplateVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateVolumeMounts' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateVolumeMounts(obj: ClickHouseClusterSpecContainerTemplateVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSource
 */
export interface ClickHouseClusterSpecDataVolumeClaimSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecDataVolumeClaimSpecDataSource' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecDataVolumeClaimSpecDataSource(obj: ClickHouseClusterSpecDataVolumeClaimSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef
 */
export interface ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef(obj: ClickHouseClusterSpecDataVolumeClaimSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema ClickHouseClusterSpecDataVolumeClaimSpecResources
 */
export interface ClickHouseClusterSpecDataVolumeClaimSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecResources#limits
     */
    readonly limits?: {
        [key: string]: ClickHouseClusterSpecDataVolumeClaimSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecResources#requests
     */
    readonly requests?: {
        [key: string]: ClickHouseClusterSpecDataVolumeClaimSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecDataVolumeClaimSpecResources' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecDataVolumeClaimSpecResources(obj: ClickHouseClusterSpecDataVolumeClaimSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema ClickHouseClusterSpecDataVolumeClaimSpecSelector
 */
export interface ClickHouseClusterSpecDataVolumeClaimSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecDataVolumeClaimSpecSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecDataVolumeClaimSpecSelector(obj: ClickHouseClusterSpecDataVolumeClaimSpecSelector | undefined): Record<string, any> | undefined;
/**
 * If specified, the pod's scheduling constraints
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinity
 */
export interface ClickHouseClusterSpecPodTemplateAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinity#nodeAffinity
     */
    readonly nodeAffinity?: ClickHouseClusterSpecPodTemplateAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinity#podAffinity
     */
    readonly podAffinity?: ClickHouseClusterSpecPodTemplateAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinity' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinity(obj: ClickHouseClusterSpecPodTemplateAffinity | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema ClickHouseClusterSpecPodTemplateImagePullSecrets
 */
export interface ClickHouseClusterSpecPodTemplateImagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateImagePullSecrets' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateImagePullSecrets(obj: ClickHouseClusterSpecPodTemplateImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds pod-level security attributes and common container settings.
 *
 * @schema ClickHouseClusterSpecPodTemplateSecurityContext
 */
export interface ClickHouseClusterSpecPodTemplateSecurityContext {
    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile;
    /**
     * A special supplemental group that applies to all containers in a pod.
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     *
     * 1. The owning GID will be the FSGroup
     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
     * 3. The permission bits are OR'd with rw-rw----
     *
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
     * before being exposed inside Pod. This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
     * It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
     * Valid values are "MountOption" and "Recursive".
     *
     * "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
     * This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
     *
     * "MountOption" mounts all eligible Pod volumes with `-o context` mount option.
     * This requires all Pods that share the same volume to use the same SELinux label.
     * It is not possible to share the same volume among privileged and unprivileged Pods.
     * Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
     * whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
     * CSIDriver instance. Other volumes are always re-labelled recursively.
     * "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
     *
     * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
     * If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
     * and "Recursive" for all other volumes.
     *
     * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
     *
     * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * The SELinux context to be applied to all containers.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#seccompProfile
     */
    readonly seccompProfile?: ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in
     * addition to the container's primary GID and fsGroup (if specified).  If
     * the SupplementalGroupsPolicy feature is enabled, the
     * supplementalGroupsPolicy field determines whether these are in addition
     * to or instead of any group memberships defined in the container image.
     * If unspecified, no additional groups are added, though group memberships
     * defined in the container image may still be used, depending on the
     * supplementalGroupsPolicy field.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#sysctls
     */
    readonly sysctls?: ClickHouseClusterSpecPodTemplateSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContext#windowsOptions
     */
    readonly windowsOptions?: ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateSecurityContext' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateSecurityContext(obj: ClickHouseClusterSpecPodTemplateSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema ClickHouseClusterSpecPodTemplateTolerations
 */
export interface ClickHouseClusterSpecPodTemplateTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema ClickHouseClusterSpecPodTemplateTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema ClickHouseClusterSpecPodTemplateTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
     *
     * @default Equal.
     * @schema ClickHouseClusterSpecPodTemplateTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema ClickHouseClusterSpecPodTemplateTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema ClickHouseClusterSpecPodTemplateTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateTolerations' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateTolerations(obj: ClickHouseClusterSpecPodTemplateTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints
 */
export interface ClickHouseClusterSpecPodTemplateTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select the pods over which
     * spreading will be calculated. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are ANDed with labelSelector
     * to select the group of existing pods over which spreading will be calculated
     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * MatchLabelKeys cannot be set when LabelSelector isn't set.
     * Keys that don't exist in the incoming pod labels will
     * be ignored. A null or empty list means only match against labelSelector.
     *
     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MaxSkew describes the degree to which pods may be unevenly distributed.
     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
     * between the number of matching pods in the target topology and the global minimum.
     * The global minimum is the minimum number of matching pods in an eligible domain
     * or zero if the number of eligible domains is less than MinDomains.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 2/2/1:
     * In this case, the global minimum is 1.
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |   P   |
     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
     * violate MaxSkew(1).
     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
     * to topologies that satisfy it.
     * It's a required field. Default value is 1 and 0 is not allowed.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * MinDomains indicates a minimum number of eligible domains.
     * When the number of eligible domains with matching topology keys is less than minDomains,
     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
     * this value has no effect on scheduling.
     * As a result, when the number of eligible domains is less than minDomains,
     * scheduler won't schedule more than maxSkew Pods to those domains.
     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
     * Valid values are integers greater than 0.
     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
     *
     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
     * labelSelector spread as 2/2/2:
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |  P P  |
     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
     * In this situation, new pod with the same labelSelector cannot be scheduled,
     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
     * it will violate MaxSkew.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * NodeTaintsPolicy indicates how we will treat node taints when calculating
     * pod topology spread skew. Options are:
     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
     * has a toleration, are included.
     * - Ignore: node taints are ignored. All nodes are included.
     *
     * If this value is nil, the behavior is equivalent to the Ignore policy.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * TopologyKey is the key of node labels. Nodes that have a label with this key
     * and identical values are considered to be in the same topology.
     * We consider each <key, value> as a "bucket", and try to put balanced number
     * of pods into each bucket.
     * We define a domain as a particular instance of a topology.
     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
     * nodeAffinityPolicy and nodeTaintsPolicy.
     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
     * It's a required field.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
     * the spread constraint.
     * - DoNotSchedule (default) tells the scheduler not to schedule it.
     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
     * but giving higher precedence to topologies that would help reduce the
     * skew.
     * A constraint is considered "Unsatisfiable" for an incoming pod
     * if and only if every possible node assignment for that pod would violate
     * "MaxSkew" on some topology.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 3/1/1:
     * | zone1 | zone2 | zone3 |
     * | P P P |   P   |   P   |
     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
     * won't make it *more* imbalanced.
     * It's a required field.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateTopologySpreadConstraints(obj: ClickHouseClusterSpecPodTemplateTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumes
 */
export interface ClickHouseClusterSpecPodTemplateVolumes {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
     * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
     * are redirected to the disk.csi.azure.com CSI driver.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#azureDisk
     */
    readonly azureDisk?: ClickHouseClusterSpecPodTemplateVolumesAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
     * are redirected to the file.csi.azure.com CSI driver.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#azureFile
     */
    readonly azureFile?: ClickHouseClusterSpecPodTemplateVolumesAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
     * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#cephfs
     */
    readonly cephfs?: ClickHouseClusterSpecPodTemplateVolumesCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
     * are redirected to the cinder.csi.openstack.org CSI driver.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#cinder
     */
    readonly cinder?: ClickHouseClusterSpecPodTemplateVolumesCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#configMap
     */
    readonly configMap?: ClickHouseClusterSpecPodTemplateVolumesConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#csi
     */
    readonly csi?: ClickHouseClusterSpecPodTemplateVolumesCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#downwardAPI
     */
    readonly downwardApi?: ClickHouseClusterSpecPodTemplateVolumesDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#emptyDir
     */
    readonly emptyDir?: ClickHouseClusterSpecPodTemplateVolumesEmptyDir;
    /**
     * ephemeral represents a volume that is handled by a cluster storage driver.
     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
     * and deleted when the pod is removed.
     *
     * Use this if:
     * a) the volume is only needed while the pod runs,
     * b) features of normal volumes like restoring from snapshot or capacity
     * tracking are needed,
     * c) the storage driver is specified through a storage class, and
     * d) the storage driver supports dynamic volume provisioning through
     * a PersistentVolumeClaim (see EphemeralVolumeSource for more
     * information on the connection between this volume type
     * and PersistentVolumeClaim).
     *
     * Use PersistentVolumeClaim or one of the vendor-specific
     * APIs for volumes that persist for longer than the lifecycle
     * of an individual pod.
     *
     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
     * be used that way - see the documentation of the driver for
     * more information.
     *
     * A pod can use both types of ephemeral volumes and
     * persistent volumes at the same time.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#ephemeral
     */
    readonly ephemeral?: ClickHouseClusterSpecPodTemplateVolumesEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#fc
     */
    readonly fc?: ClickHouseClusterSpecPodTemplateVolumesFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#flexVolume
     */
    readonly flexVolume?: ClickHouseClusterSpecPodTemplateVolumesFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
     * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#flocker
     */
    readonly flocker?: ClickHouseClusterSpecPodTemplateVolumesFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
     * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#gitRepo
     */
    readonly gitRepo?: ClickHouseClusterSpecPodTemplateVolumesGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#glusterfs
     */
    readonly glusterfs?: ClickHouseClusterSpecPodTemplateVolumesGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#hostPath
     */
    readonly hostPath?: ClickHouseClusterSpecPodTemplateVolumesHostPath;
    /**
     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
     *
     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     *
     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
     * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
     * The volume will be mounted read-only (ro) and non-executable files (noexec).
     * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#image
     */
    readonly image?: ClickHouseClusterSpecPodTemplateVolumesImage;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#iscsi
     */
    readonly iscsi?: ClickHouseClusterSpecPodTemplateVolumesIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#nfs
     */
    readonly nfs?: ClickHouseClusterSpecPodTemplateVolumesNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
     * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
     * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
     * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
     * is on.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#portworxVolume
     */
    readonly portworxVolume?: ClickHouseClusterSpecPodTemplateVolumesPortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#projected
     */
    readonly projected?: ClickHouseClusterSpecPodTemplateVolumesProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
     * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#quobyte
     */
    readonly quobyte?: ClickHouseClusterSpecPodTemplateVolumesQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#rbd
     */
    readonly rbd?: ClickHouseClusterSpecPodTemplateVolumesRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#scaleIO
     */
    readonly scaleIo?: ClickHouseClusterSpecPodTemplateVolumesScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#secret
     */
    readonly secret?: ClickHouseClusterSpecPodTemplateVolumesSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#storageos
     */
    readonly storageos?: ClickHouseClusterSpecPodTemplateVolumesStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
     * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
     * are redirected to the csi.vsphere.vmware.com CSI driver.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumes#vsphereVolume
     */
    readonly vsphereVolume?: ClickHouseClusterSpecPodTemplateVolumesVsphereVolume;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumes' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumes(obj: ClickHouseClusterSpecPodTemplateVolumes | undefined): Record<string, any> | undefined;
/**
 * Reference to the Secret key, which contains password for the user 'default'.
 *
 * @schema ClickHouseClusterSpecSettingsDefaultUserPassword
 */
export interface ClickHouseClusterSpecSettingsDefaultUserPassword {
    /**
     * Select password value from a ConfigMap key
     *
     * @schema ClickHouseClusterSpecSettingsDefaultUserPassword#configMap
     */
    readonly configMap?: ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap;
    /**
     * Type of the provided password. Consider documentation for possible values https://clickhouse.com/docs/operations/settings/settings-users#user-namepassword
     *
     * @schema ClickHouseClusterSpecSettingsDefaultUserPassword#passwordType
     */
    readonly passwordType?: string;
    /**
     * Select password value from a Secret key
     *
     * @schema ClickHouseClusterSpecSettingsDefaultUserPassword#secret
     */
    readonly secret?: ClickHouseClusterSpecSettingsDefaultUserPasswordSecret;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettingsDefaultUserPassword' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettingsDefaultUserPassword(obj: ClickHouseClusterSpecSettingsDefaultUserPassword | undefined): Record<string, any> | undefined;
/**
 * Optionally you can lower the logger level or disable logging to file at all.
 *
 * @schema ClickHouseClusterSpecSettingsLogger
 */
export interface ClickHouseClusterSpecSettingsLogger {
    /**
     * Maximum number of log files to keep.
     *
     * @schema ClickHouseClusterSpecSettingsLogger#count
     */
    readonly count?: number;
    /**
     * If true, then log in JSON format.
     *
     * @schema ClickHouseClusterSpecSettingsLogger#jsonLogs
     */
    readonly jsonLogs?: boolean;
    /**
     * @schema ClickHouseClusterSpecSettingsLogger#level
     */
    readonly level?: ClickHouseClusterSpecSettingsLoggerLevel;
    /**
     * If false then disable all logging to file.
     *
     * @schema ClickHouseClusterSpecSettingsLogger#logToFile
     */
    readonly logToFile?: boolean;
    /**
     * Maximum log file size.
     *
     * @schema ClickHouseClusterSpecSettingsLogger#size
     */
    readonly size?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettingsLogger' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettingsLogger(obj: ClickHouseClusterSpecSettingsLogger | undefined): Record<string, any> | undefined;
/**
 * TLS settings, allows to enable TLS settings for ClickHouse.
 *
 * @schema ClickHouseClusterSpecSettingsTls
 */
export interface ClickHouseClusterSpecSettingsTls {
    /**
     * CABundle is a reference to a TLS Secret containing the CA bundle.
     * If empty and ServerCertSecret is specified, the CA bundle from certificate will be used.
     * Otherwise, system trusted CA bundle will be used.
     * Key is defaulted to "ca.crt" if not specified.
     *
     * @schema ClickHouseClusterSpecSettingsTls#caBundle
     */
    readonly caBundle?: ClickHouseClusterSpecSettingsTlsCaBundle;
    /**
     * Enabled indicates whether TLS is enabled, determining if secure ports should be opened.
     *
     * @schema ClickHouseClusterSpecSettingsTls#enabled
     */
    readonly enabled?: boolean;
    /**
     * Required specifies whether TLS must be enforced for all connections. Disables not secure ports.
     *
     * @schema ClickHouseClusterSpecSettingsTls#required
     */
    readonly required?: boolean;
    /**
     * ServerCertSecretRef is a reference to a TLS Secret containing the server certificate.
     *
     * @schema ClickHouseClusterSpecSettingsTls#serverCertSecret
     */
    readonly serverCertSecret?: ClickHouseClusterSpecSettingsTlsServerCertSecret;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettingsTls' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettingsTls(obj: ClickHouseClusterSpecSettingsTls | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnvValueFrom
 */
export interface ClickHouseClusterSpecContainerTemplateEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFrom#fieldRef
     */
    readonly fieldRef?: ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef;
    /**
     * FileKeyRef selects a key of the env file.
     * Requires the EnvFiles feature gate to be enabled.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateEnvValueFrom' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateEnvValueFrom(obj: ClickHouseClusterSpecContainerTemplateEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema ClickHouseClusterSpecContainerTemplateResourcesClaims
 */
export interface ClickHouseClusterSpecContainerTemplateResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema ClickHouseClusterSpecContainerTemplateResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema ClickHouseClusterSpecContainerTemplateResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateResourcesClaims' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateResourcesClaims(obj: ClickHouseClusterSpecContainerTemplateResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseClusterSpecContainerTemplateResourcesLimits
 */
export declare class ClickHouseClusterSpecContainerTemplateResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecContainerTemplateResourcesLimits;
    static fromString(value: string): ClickHouseClusterSpecContainerTemplateResourcesLimits;
    private constructor();
}
/**
 * @schema ClickHouseClusterSpecContainerTemplateResourcesRequests
 */
export declare class ClickHouseClusterSpecContainerTemplateResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecContainerTemplateResourcesRequests;
    static fromString(value: string): ClickHouseClusterSpecContainerTemplateResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile
 */
export interface ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile(obj: ClickHouseClusterSpecContainerTemplateSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities
 */
export interface ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities(obj: ClickHouseClusterSpecContainerTemplateSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions
 */
export interface ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions(obj: ClickHouseClusterSpecContainerTemplateSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile
 */
export interface ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile(obj: ClickHouseClusterSpecContainerTemplateSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions
 */
export interface ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions(obj: ClickHouseClusterSpecContainerTemplateSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseClusterSpecDataVolumeClaimSpecResourcesLimits
 */
export declare class ClickHouseClusterSpecDataVolumeClaimSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecDataVolumeClaimSpecResourcesLimits;
    static fromString(value: string): ClickHouseClusterSpecDataVolumeClaimSpecResourcesLimits;
    private constructor();
}
/**
 * @schema ClickHouseClusterSpecDataVolumeClaimSpecResourcesRequests
 */
export declare class ClickHouseClusterSpecDataVolumeClaimSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecDataVolumeClaimSpecResourcesRequests;
    static fromString(value: string): ClickHouseClusterSpecDataVolumeClaimSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions(obj: ClickHouseClusterSpecDataVolumeClaimSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinity
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinity(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinity
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinity(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and subtracting
     * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile
 */
export interface ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile(obj: ClickHouseClusterSpecPodTemplateSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions
 */
export interface ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions(obj: ClickHouseClusterSpecPodTemplateSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile
 */
export interface ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile(obj: ClickHouseClusterSpecPodTemplateSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema ClickHouseClusterSpecPodTemplateSecurityContextSysctls
 */
export interface ClickHouseClusterSpecPodTemplateSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateSecurityContextSysctls(obj: ClickHouseClusterSpecPodTemplateSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions
 */
export interface ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions(obj: ClickHouseClusterSpecPodTemplateSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector
 */
export interface ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector(obj: ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
 * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore
 */
export interface ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore(obj: ClickHouseClusterSpecPodTemplateVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
 * are redirected to the disk.csi.azure.com CSI driver.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesAzureDisk
 */
export interface ClickHouseClusterSpecPodTemplateVolumesAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesAzureDisk(obj: ClickHouseClusterSpecPodTemplateVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
 * are redirected to the file.csi.azure.com CSI driver.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesAzureFile
 */
export interface ClickHouseClusterSpecPodTemplateVolumesAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesAzureFile' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesAzureFile(obj: ClickHouseClusterSpecPodTemplateVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
 * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesCephfs
 */
export interface ClickHouseClusterSpecPodTemplateVolumesCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema ClickHouseClusterSpecPodTemplateVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCephfs#secretRef
     */
    readonly secretRef?: ClickHouseClusterSpecPodTemplateVolumesCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesCephfs' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesCephfs(obj: ClickHouseClusterSpecPodTemplateVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
 * are redirected to the cinder.csi.openstack.org CSI driver.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesCinder
 */
export interface ClickHouseClusterSpecPodTemplateVolumesCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCinder#secretRef
     */
    readonly secretRef?: ClickHouseClusterSpecPodTemplateVolumesCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesCinder' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesCinder(obj: ClickHouseClusterSpecPodTemplateVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMap
 */
export interface ClickHouseClusterSpecPodTemplateVolumesConfigMap {
    /**
     * defaultMode is optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMap#items
     */
    readonly items?: ClickHouseClusterSpecPodTemplateVolumesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesConfigMap' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesConfigMap(obj: ClickHouseClusterSpecPodTemplateVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesCsi
 */
export interface ClickHouseClusterSpecPodTemplateVolumesCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: ClickHouseClusterSpecPodTemplateVolumesCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema ClickHouseClusterSpecPodTemplateVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesCsi' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesCsi(obj: ClickHouseClusterSpecPodTemplateVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApi
 */
export interface ClickHouseClusterSpecPodTemplateVolumesDownwardApi {
    /**
     * Optional: mode bits to use on created files by default. Must be a
     * Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApi#items
     */
    readonly items?: ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesDownwardApi(obj: ClickHouseClusterSpecPodTemplateVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEmptyDir
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: ClickHouseClusterSpecPodTemplateVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEmptyDir(obj: ClickHouseClusterSpecPodTemplateVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral represents a volume that is handled by a cluster storage driver.
 * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
 * and deleted when the pod is removed.
 *
 * Use this if:
 * a) the volume is only needed while the pod runs,
 * b) features of normal volumes like restoring from snapshot or capacity
 * tracking are needed,
 * c) the storage driver is specified through a storage class, and
 * d) the storage driver supports dynamic volume provisioning through
 * a PersistentVolumeClaim (see EphemeralVolumeSource for more
 * information on the connection between this volume type
 * and PersistentVolumeClaim).
 *
 * Use PersistentVolumeClaim or one of the vendor-specific
 * APIs for volumes that persist for longer than the lifecycle
 * of an individual pod.
 *
 * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
 * be used that way - see the documentation of the driver for
 * more information.
 *
 * A pod can use both types of ephemeral volumes and
 * persistent volumes at the same time.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeral
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeral' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeral(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesFc
 */
export interface ClickHouseClusterSpecPodTemplateVolumesFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema ClickHouseClusterSpecPodTemplateVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesFc' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesFc(obj: ClickHouseClusterSpecPodTemplateVolumesFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolume
 */
export interface ClickHouseClusterSpecPodTemplateVolumesFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolume#secretRef
     */
    readonly secretRef?: ClickHouseClusterSpecPodTemplateVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesFlexVolume(obj: ClickHouseClusterSpecPodTemplateVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
 * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesFlocker
 */
export interface ClickHouseClusterSpecPodTemplateVolumesFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesFlocker' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesFlocker(obj: ClickHouseClusterSpecPodTemplateVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
 * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk
 */
export interface ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk(obj: ClickHouseClusterSpecPodTemplateVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesGitRepo
 */
export interface ClickHouseClusterSpecPodTemplateVolumesGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesGitRepo' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesGitRepo(obj: ClickHouseClusterSpecPodTemplateVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesGlusterfs
 */
export interface ClickHouseClusterSpecPodTemplateVolumesGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema ClickHouseClusterSpecPodTemplateVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesGlusterfs(obj: ClickHouseClusterSpecPodTemplateVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesHostPath
 */
export interface ClickHouseClusterSpecPodTemplateVolumesHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema ClickHouseClusterSpecPodTemplateVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesHostPath' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesHostPath(obj: ClickHouseClusterSpecPodTemplateVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
 * The volume is resolved at pod startup depending on which PullPolicy value is provided:
 *
 * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
 * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
 * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
 *
 * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
 * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
 * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
 * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
 * The volume will be mounted read-only (ro) and non-executable files (noexec).
 * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
 * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesImage
 */
export interface ClickHouseClusterSpecPodTemplateVolumesImage {
    /**
     * Policy for pulling OCI objects. Possible values are:
     * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema ClickHouseClusterSpecPodTemplateVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * Required: Image or artifact reference to be used.
     * Behaves in the same way as pod.spec.containers[*].image.
     * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesImage' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesImage(obj: ClickHouseClusterSpecPodTemplateVolumesImage | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi
 */
export interface ClickHouseClusterSpecPodTemplateVolumesIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#secretRef
     */
    readonly secretRef?: ClickHouseClusterSpecPodTemplateVolumesIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesIscsi' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesIscsi(obj: ClickHouseClusterSpecPodTemplateVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesNfs
 */
export interface ClickHouseClusterSpecPodTemplateVolumesNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema ClickHouseClusterSpecPodTemplateVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesNfs' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesNfs(obj: ClickHouseClusterSpecPodTemplateVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim
 */
export interface ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim(obj: ClickHouseClusterSpecPodTemplateVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
 * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk
 */
export interface ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk(obj: ClickHouseClusterSpecPodTemplateVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
 * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
 * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
 * is on.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesPortworxVolume
 */
export interface ClickHouseClusterSpecPodTemplateVolumesPortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesPortworxVolume(obj: ClickHouseClusterSpecPodTemplateVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjected
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections. Each entry in this list
     * handles one source.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjected#sources
     */
    readonly sources?: ClickHouseClusterSpecPodTemplateVolumesProjectedSources[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjected' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjected(obj: ClickHouseClusterSpecPodTemplateVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
 * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesQuobyte
 */
export interface ClickHouseClusterSpecPodTemplateVolumesQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema ClickHouseClusterSpecPodTemplateVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema ClickHouseClusterSpecPodTemplateVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema ClickHouseClusterSpecPodTemplateVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesQuobyte' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesQuobyte(obj: ClickHouseClusterSpecPodTemplateVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesRbd
 */
export interface ClickHouseClusterSpecPodTemplateVolumesRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#secretRef
     */
    readonly secretRef?: ClickHouseClusterSpecPodTemplateVolumesRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesRbd' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesRbd(obj: ClickHouseClusterSpecPodTemplateVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo
 */
export interface ClickHouseClusterSpecPodTemplateVolumesScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#secretRef
     */
    readonly secretRef: ClickHouseClusterSpecPodTemplateVolumesScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesScaleIo' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesScaleIo(obj: ClickHouseClusterSpecPodTemplateVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesSecret
 */
export interface ClickHouseClusterSpecPodTemplateVolumesSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema ClickHouseClusterSpecPodTemplateVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesSecret#items
     */
    readonly items?: ClickHouseClusterSpecPodTemplateVolumesSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesSecret' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesSecret(obj: ClickHouseClusterSpecPodTemplateVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesStorageos
 */
export interface ClickHouseClusterSpecPodTemplateVolumesStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesStorageos#secretRef
     */
    readonly secretRef?: ClickHouseClusterSpecPodTemplateVolumesStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * volumeNamespace specifies the scope of the volume within StorageOS.  If no
     * namespace is specified then the Pod's namespace will be used.  This allows the
     * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
     * Set VolumeName to any name to override the default behaviour.
     * Set to "default" if you are not using namespaces within StorageOS.
     * Namespaces that do not pre-exist within StorageOS will be created.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesStorageos' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesStorageos(obj: ClickHouseClusterSpecPodTemplateVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
 * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
 * are redirected to the csi.vsphere.vmware.com CSI driver.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesVsphereVolume
 */
export interface ClickHouseClusterSpecPodTemplateVolumesVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesVsphereVolume(obj: ClickHouseClusterSpecPodTemplateVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * Select password value from a ConfigMap key
 *
 * @schema ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap
 */
export interface ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap {
    /**
     * The key of the configMap to select from. Must be a valid key.
     *
     * @schema ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap#key
     */
    readonly key: string;
    /**
     * The name of the configMap in the cluster's namespace to select from.
     *
     * @schema ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap(obj: ClickHouseClusterSpecSettingsDefaultUserPasswordConfigMap | undefined): Record<string, any> | undefined;
/**
 * Select password value from a Secret key
 *
 * @schema ClickHouseClusterSpecSettingsDefaultUserPasswordSecret
 */
export interface ClickHouseClusterSpecSettingsDefaultUserPasswordSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema ClickHouseClusterSpecSettingsDefaultUserPasswordSecret#key
     */
    readonly key: string;
    /**
     * The name of the secret in the cluster's namespace to select from.
     *
     * @schema ClickHouseClusterSpecSettingsDefaultUserPasswordSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettingsDefaultUserPasswordSecret' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettingsDefaultUserPasswordSecret(obj: ClickHouseClusterSpecSettingsDefaultUserPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseClusterSpecSettingsLoggerLevel
 */
export declare enum ClickHouseClusterSpecSettingsLoggerLevel {
    /** test */
    TEST = "test",
    /** trace */
    TRACE = "trace",
    /** debug */
    DEBUG = "debug",
    /** information */
    INFORMATION = "information",
    /** notice */
    NOTICE = "notice",
    /** warning */
    WARNING = "warning",
    /** error */
    ERROR = "error",
    /** critical */
    CRITICAL = "critical",
    /** fatal */
    FATAL = "fatal"
}
/**
 * CABundle is a reference to a TLS Secret containing the CA bundle.
 * If empty and ServerCertSecret is specified, the CA bundle from certificate will be used.
 * Otherwise, system trusted CA bundle will be used.
 * Key is defaulted to "ca.crt" if not specified.
 *
 * @schema ClickHouseClusterSpecSettingsTlsCaBundle
 */
export interface ClickHouseClusterSpecSettingsTlsCaBundle {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema ClickHouseClusterSpecSettingsTlsCaBundle#key
     */
    readonly key: string;
    /**
     * The name of the secret in the cluster's namespace to select from.
     *
     * @schema ClickHouseClusterSpecSettingsTlsCaBundle#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettingsTlsCaBundle' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettingsTlsCaBundle(obj: ClickHouseClusterSpecSettingsTlsCaBundle | undefined): Record<string, any> | undefined;
/**
 * ServerCertSecretRef is a reference to a TLS Secret containing the server certificate.
 *
 * @schema ClickHouseClusterSpecSettingsTlsServerCertSecret
 */
export interface ClickHouseClusterSpecSettingsTlsServerCertSecret {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecSettingsTlsServerCertSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecSettingsTlsServerCertSecret' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecSettingsTlsServerCertSecret(obj: ClickHouseClusterSpecSettingsTlsServerCertSecret | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef
 */
export interface ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef(obj: ClickHouseClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef
 */
export interface ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef(obj: ClickHouseClusterSpecContainerTemplateEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef
 */
export interface ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef {
    /**
     * The key within the env file. An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the file or its key must be defined. If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     *
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * The path within the volume from which to select the file.
     * Must be relative and may not contain the '..' path or start with '..'.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * The name of the volume mount containing the env file.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef(obj: ClickHouseClusterSpecContainerTemplateEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef
 */
export interface ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef(obj: ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef
 */
export interface ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef(obj: ClickHouseClusterSpecContainerTemplateEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesCephfsSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesCephfsSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesCephfsSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesCinderSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesCinderSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesCinderSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMapItems
 */
export interface ClickHouseClusterSpecPodTemplateVolumesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesConfigMapItems(obj: ClickHouseClusterSpecPodTemplateVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesCsiNodePublishSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesCsiNodePublishSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems
 */
export interface ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems(obj: ClickHouseClusterSpecPodTemplateVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEmptyDirSizeLimit
 */
export declare class ClickHouseClusterSpecPodTemplateVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecPodTemplateVolumesEmptyDirSizeLimit;
    static fromString(value: string): ClickHouseClusterSpecPodTemplateVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolumeSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesFlexVolumeSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesIscsiSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesIscsiSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesIscsiSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSources
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSources {
    /**
     * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
     * of ClusterTrustBundle objects in an auto-updating file.
     *
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     *
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     *
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSources#configMap
     */
    readonly configMap?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi;
    /**
     * Projects an auto-rotating credential bundle (private key and certificate
     * chain) that the pod can use either as a TLS client or server.
     *
     * Kubelet generates a private key and uses it to send a
     * PodCertificateRequest to the named signer.  Once the signer approves the
     * request and issues a certificate chain, Kubelet writes the key and
     * certificate chain to the pod filesystem.  The pod does not start until
     * certificates have been issued for each podCertificate projected volume
     * source in its spec.
     *
     * Kubelet will begin trying to rotate the certificate at the time indicated
     * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
     * timestamp.
     *
     * Kubelet can write a single file, indicated by the credentialBundlePath
     * field, or separate files, indicated by the keyPath and
     * certificateChainPath fields.
     *
     * The credential bundle is a single file in PEM format.  The first PEM
     * entry is the private key (in PKCS#8 format), and the remaining PEM
     * entries are the certificate chain issued by the signer (typically,
     * signers will return their certificate chain in leaf-to-root order).
     *
     * Prefer using the credential bundle format, since your application code
     * can read it atomically.  If you use keyPath and certificateChainPath,
     * your application must make two separate file reads. If these coincide
     * with a certificate rotation, it is possible that the private key and leaf
     * certificate you read may not correspond to each other.  Your application
     * will need to check for this condition, and re-read until they are
     * consistent.
     *
     * The named signer controls chooses the format of the certificate it
     * issues; consult the signer implementation's documentation to learn how to
     * use the certificates it issues.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate;
    /**
     * secret information about the secret data to project
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSources#secret
     */
    readonly secret?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSources(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema ClickHouseClusterSpecPodTemplateVolumesRbdSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesRbdSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesRbdSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIoSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesScaleIoSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesScaleIoSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesSecretItems
 */
export interface ClickHouseClusterSpecPodTemplateVolumesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesSecretItems' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesSecretItems(obj: ClickHouseClusterSpecPodTemplateVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesStorageosSecretRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesStorageosSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesStorageosSecretRef(obj: ClickHouseClusterSpecPodTemplateVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor
 */
export declare class ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): ClickHouseClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef(obj: ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef(obj: ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * Projects an auto-rotating credential bundle (private key and certificate
 * chain) that the pod can use either as a TLS client or server.
 *
 * Kubelet generates a private key and uses it to send a
 * PodCertificateRequest to the named signer.  Once the signer approves the
 * request and issues a certificate chain, Kubelet writes the key and
 * certificate chain to the pod filesystem.  The pod does not start until
 * certificates have been issued for each podCertificate projected volume
 * source in its spec.
 *
 * Kubelet will begin trying to rotate the certificate at the time indicated
 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
 * timestamp.
 *
 * Kubelet can write a single file, indicated by the credentialBundlePath
 * field, or separate files, indicated by the keyPath and
 * certificateChainPath fields.
 *
 * The credential bundle is a single file in PEM format.  The first PEM
 * entry is the private key (in PKCS#8 format), and the remaining PEM
 * entries are the certificate chain issued by the signer (typically,
 * signers will return their certificate chain in leaf-to-root order).
 *
 * Prefer using the credential bundle format, since your application code
 * can read it atomically.  If you use keyPath and certificateChainPath,
 * your application must make two separate file reads. If these coincide
 * with a certificate rotation, it is possible that the private key and leaf
 * certificate you read may not correspond to each other.  Your application
 * will need to check for this condition, and re-read until they are
 * consistent.
 *
 * The named signer controls chooses the format of the certificate it
 * issues; consult the signer implementation's documentation to learn how to
 * use the certificates it issues.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate {
    /**
     * Write the certificate chain at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * Write the credential bundle at this path in the projected volume.
     *
     * The credential bundle is a single file that contains multiple PEM blocks.
     * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
     * key.
     *
     * The remaining blocks are CERTIFICATE blocks, containing the issued
     * certificate chain from the signer (leaf and any intermediates).
     *
     * Using credentialBundlePath lets your Pod's application code make a single
     * atomic read that retrieves a consistent key and certificate chain.  If you
     * project them to separate files, your application code will need to
     * additionally check that the leaf certificate was issued to the key.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * Write the key at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * The type of keypair Kubelet will generate for the pod.
     *
     * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
     * "ECDSAP521", and "ED25519".
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * maxExpirationSeconds is the maximum lifetime permitted for the
     * certificate.
     *
     * Kubelet copies this value verbatim into the PodCertificateRequests it
     * generates for this projection.
     *
     * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
     * will reject values shorter than 3600 (1 hour).  The maximum allowable
     * value is 7862400 (91 days).
     *
     * The signer implementation is then free to issue a certificate with any
     * lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600
     * seconds (1 hour).  This constraint is enforced by kube-apiserver.
     * `kubernetes.io` signers will never issue certificates with a lifetime
     * longer than 24 hours.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * Kubelet's generated CSRs will be addressed to this signer.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * userAnnotations allow pod authors to pass additional information to
     * the signer implementation.  Kubernetes does not restrict or validate this
     * metadata in any way.
     *
     * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
     * the PodCertificateRequest objects that Kubelet creates.
     *
     * Entries are subject to the same validation as object metadata annotations,
     * with the addition that all keys must be domain-prefixed. No restrictions
     * are placed on values, except an overall size limitation on the entire field.
     *
     * Signers should document the keys and values they support. Signers should
     * deny requests that contain keys they do not recognize.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret#items
     */
    readonly items?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * expirationSeconds is the requested duration of validity of the service
     * account token. As the token approaches expiration, the kubelet volume
     * plugin will proactively rotate the service account token. The kubelet will
     * start trying to rotate the token if the token is older than 80 percent of
     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
     * and must be at least 10 minutes.
     *
     * @default 1 hour
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: ClickHouseClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): ClickHouseClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): ClickHouseClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * KeeperCluster is the Schema for the keeperclusters API.
 *
 * @schema KeeperCluster
 */
export declare class KeeperCluster extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KeeperCluster"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KeeperCluster".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KeeperClusterProps): any;
    /**
     * Defines a "KeeperCluster" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KeeperClusterProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KeeperCluster is the Schema for the keeperclusters API.
 *
 * @schema KeeperCluster
 */
export interface KeeperClusterProps {
    /**
     * @schema KeeperCluster#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * KeeperClusterSpec defines the desired state of KeeperCluster.
     *
     * @schema KeeperCluster#spec
     */
    readonly spec?: KeeperClusterSpec;
}
/**
 * Converts an object of type 'KeeperClusterProps' to JSON representation.
 */
export declare function toJson_KeeperClusterProps(obj: KeeperClusterProps | undefined): Record<string, any> | undefined;
/**
 * KeeperClusterSpec defines the desired state of KeeperCluster.
 *
 * @schema KeeperClusterSpec
 */
export interface KeeperClusterSpec {
    /**
     * Additional annotations that are added to resources.
     *
     * @schema KeeperClusterSpec#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * ClusterDomain is the Kubernetes cluster domain suffix used for DNS resolution.
     * Defaults to "cluster.local" if not specified.
     *
     * @default cluster.local" if not specified.
     * @schema KeeperClusterSpec#clusterDomain
     */
    readonly clusterDomain?: string;
    /**
     * Parameters passed to the Keeper container spec.
     *
     * @schema KeeperClusterSpec#containerTemplate
     */
    readonly containerTemplate?: KeeperClusterSpecContainerTemplate;
    /**
     * Settings for the replicas storage.
     *
     * @schema KeeperClusterSpec#dataVolumeClaimSpec
     */
    readonly dataVolumeClaimSpec?: KeeperClusterSpecDataVolumeClaimSpec;
    /**
     * Additional labels that are added to resources.
     *
     * @schema KeeperClusterSpec#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Parameters passed to the Keeper pod spec.
     *
     * @schema KeeperClusterSpec#podTemplate
     */
    readonly podTemplate?: KeeperClusterSpecPodTemplate;
    /**
     * Number of replicas in the cluster
     * This is a pointer to distinguish between explicit zero and unspecified.
     *
     * @schema KeeperClusterSpec#replicas
     */
    readonly replicas?: KeeperClusterSpecReplicas;
    /**
     * Configuration parameters for ClickHouse Keeper server.
     *
     * @schema KeeperClusterSpec#settings
     */
    readonly settings?: KeeperClusterSpecSettings;
}
/**
 * Converts an object of type 'KeeperClusterSpec' to JSON representation.
 */
export declare function toJson_KeeperClusterSpec(obj: KeeperClusterSpec | undefined): Record<string, any> | undefined;
/**
 * Parameters passed to the Keeper container spec.
 *
 * @schema KeeperClusterSpecContainerTemplate
 */
export interface KeeperClusterSpecContainerTemplate {
    /**
     * Env is the list of environment variables to set in the container.
     *
     * @schema KeeperClusterSpecContainerTemplate#env
     */
    readonly env?: KeeperClusterSpecContainerTemplateEnv[];
    /**
     * Image is the container image to be deployed.
     *
     * @schema KeeperClusterSpecContainerTemplate#image
     */
    readonly image?: KeeperClusterSpecContainerTemplateImage;
    /**
     * ImagePullPolicy for the image, which defaults to IfNotPresent.
     *
     * @schema KeeperClusterSpecContainerTemplate#imagePullPolicy
     */
    readonly imagePullPolicy?: KeeperClusterSpecContainerTemplateImagePullPolicy;
    /**
     * Resources is the resource requirements for the container.
     * This field cannot be updated once the cluster is created.
     *
     * @schema KeeperClusterSpecContainerTemplate#resources
     */
    readonly resources?: KeeperClusterSpecContainerTemplateResources;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema KeeperClusterSpecContainerTemplate#securityContext
     */
    readonly securityContext?: KeeperClusterSpecContainerTemplateSecurityContext;
    /**
     * VolumeMounts is the list of volume mounts for the container.
     *
     * @schema KeeperClusterSpecContainerTemplate#volumeMounts
     */
    readonly volumeMounts?: KeeperClusterSpecContainerTemplateVolumeMounts[];
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplate' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplate(obj: KeeperClusterSpecContainerTemplate | undefined): Record<string, any> | undefined;
/**
 * Settings for the replicas storage.
 *
 * @schema KeeperClusterSpecDataVolumeClaimSpec
 */
export interface KeeperClusterSpecDataVolumeClaimSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#dataSource
     */
    readonly dataSource?: KeeperClusterSpecDataVolumeClaimSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#dataSourceRef
     */
    readonly dataSourceRef?: KeeperClusterSpecDataVolumeClaimSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#resources
     */
    readonly resources?: KeeperClusterSpecDataVolumeClaimSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#selector
     */
    readonly selector?: KeeperClusterSpecDataVolumeClaimSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecDataVolumeClaimSpec' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecDataVolumeClaimSpec(obj: KeeperClusterSpecDataVolumeClaimSpec | undefined): Record<string, any> | undefined;
/**
 * Parameters passed to the Keeper pod spec.
 *
 * @schema KeeperClusterSpecPodTemplate
 */
export interface KeeperClusterSpecPodTemplate {
    /**
     * If specified, the pod's scheduling constraints
     *
     * @schema KeeperClusterSpecPodTemplate#affinity
     */
    readonly affinity?: KeeperClusterSpecPodTemplateAffinity;
    /**
     * ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec.
     * If specified, these secrets will be passed to individual puller implementations for them to use.
     * More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod
     *
     * @schema KeeperClusterSpecPodTemplate#imagePullSecrets
     */
    readonly imagePullSecrets?: KeeperClusterSpecPodTemplateImagePullSecrets[];
    /**
     * NodeHostnameKey is the key of node labels.
     * Nodes that have a label with this key and identical values are considered to be on the same node.
     * Set it to enable default AntiAffinity rules to spread replicas from the different shards across nodes.
     * Recommended to be set to "kubernetes.io/hostname"
     *
     * @schema KeeperClusterSpecPodTemplate#nodeHostnameKey
     */
    readonly nodeHostnameKey?: string;
    /**
     * NodeSelector is a selector which must be true for the pod to fit on a node.
     * Selector which must match a node's labels for the pod to be scheduled on that node.
     * More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
     *
     * @schema KeeperClusterSpecPodTemplate#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * If specified, the pod will be dispatched by specified scheduler.
     * If not specified, the pod will be dispatched by default scheduler.
     *
     * @schema KeeperClusterSpecPodTemplate#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * SecurityContext holds pod-level security attributes and common container settings.
     *
     * @schema KeeperClusterSpecPodTemplate#securityContext
     */
    readonly securityContext?: KeeperClusterSpecPodTemplateSecurityContext;
    /**
     * ServiceAccountName is the name of the ServiceAccount to use to run this pod.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
     *
     * @schema KeeperClusterSpecPodTemplate#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * If this value is nil, the default grace period will be used instead.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema KeeperClusterSpecPodTemplate#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * If specified, the pod's tolerations.
     *
     * @schema KeeperClusterSpecPodTemplate#tolerations
     */
    readonly tolerations?: KeeperClusterSpecPodTemplateTolerations[];
    /**
     * TopologySpreadConstraints describes how a group of pods ought to spread across topology
     * domains. Scheduler will schedule pods in a way which abides by the constraints.
     * All topologySpreadConstraints are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplate#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KeeperClusterSpecPodTemplateTopologySpreadConstraints[];
    /**
     * TopologyZoneKey is the key of node labels.
     * Nodes that have a label with this key and identical values are considered to be in the same topology zone.
     * Set it to enable default TopologySpreadConstraints and Affinity rules to spread pods across zones.
     * Recommended to be set to "topology.kubernetes.io/zone"
     *
     * @schema KeeperClusterSpecPodTemplate#topologyZoneKey
     */
    readonly topologyZoneKey?: string;
    /**
     * Volumes defines the list of volumes that can be mounted by containers belonging to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes
     *
     * @schema KeeperClusterSpecPodTemplate#volumes
     */
    readonly volumes?: KeeperClusterSpecPodTemplateVolumes[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplate' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplate(obj: KeeperClusterSpecPodTemplate | undefined): Record<string, any> | undefined;
/**
 * Number of replicas in the cluster
 * This is a pointer to distinguish between explicit zero and unspecified.
 *
 * @schema KeeperClusterSpecReplicas
 */
export declare enum KeeperClusterSpecReplicas {
    /** 0 */
    VALUE_0 = 0,
    /** 1 */
    VALUE_1 = 1,
    /** 3 */
    VALUE_3 = 3,
    /** 5 */
    VALUE_5 = 5,
    /** 7 */
    VALUE_7 = 7,
    /** 9 */
    VALUE_9 = 9,
    /** 11 */
    VALUE_11 = 11,
    /** 13 */
    VALUE_13 = 13,
    /** 15 */
    VALUE_15 = 15
}
/**
 * Configuration parameters for ClickHouse Keeper server.
 *
 * @schema KeeperClusterSpecSettings
 */
export interface KeeperClusterSpecSettings {
    /**
     * Additional ClickHouse Keeper configuration that will be merged with the default one.
     *
     * @schema KeeperClusterSpecSettings#extraConfig
     */
    readonly extraConfig?: any;
    /**
     * Optionally you can lower the logger level or disable logging to file at all.
     *
     * @schema KeeperClusterSpecSettings#logger
     */
    readonly logger?: KeeperClusterSpecSettingsLogger;
    /**
     * TLS settings, allows to enable TLS settings for Keeper.
     *
     * @schema KeeperClusterSpecSettings#tls
     */
    readonly tls?: KeeperClusterSpecSettingsTls;
}
/**
 * Converts an object of type 'KeeperClusterSpecSettings' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecSettings(obj: KeeperClusterSpecSettings | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema KeeperClusterSpecContainerTemplateEnv
 */
export interface KeeperClusterSpecContainerTemplateEnv {
    /**
     * Name of the environment variable.
     * May consist of any printable ASCII characters except '='.
     *
     * @schema KeeperClusterSpecContainerTemplateEnv#name
     */
    readonly name: string;
    /**
     * Variable references $(VAR_NAME) are expanded
     * using the previously defined environment variables in the container and
     * any service environment variables. If a variable cannot be resolved,
     * the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
     * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
     * Escaped references will never be expanded, regardless of whether the variable
     * exists or not.
     * Defaults to "".
     *
     * @default .
     * @schema KeeperClusterSpecContainerTemplateEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema KeeperClusterSpecContainerTemplateEnv#valueFrom
     */
    readonly valueFrom?: KeeperClusterSpecContainerTemplateEnvValueFrom;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateEnv' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateEnv(obj: KeeperClusterSpecContainerTemplateEnv | undefined): Record<string, any> | undefined;
/**
 * Image is the container image to be deployed.
 *
 * @schema KeeperClusterSpecContainerTemplateImage
 */
export interface KeeperClusterSpecContainerTemplateImage {
    /**
     * Container image hash, mutually exclusive with 'tag'.
     *
     * @schema KeeperClusterSpecContainerTemplateImage#hash
     */
    readonly hash?: string;
    /**
     * Container image registry name
     * Example: docker.io/clickhouse/clickhouse
     *
     * @schema KeeperClusterSpecContainerTemplateImage#repository
     */
    readonly repository?: string;
    /**
     * Container image tag
     * Example: 25.3
     *
     * @schema KeeperClusterSpecContainerTemplateImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateImage' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateImage(obj: KeeperClusterSpecContainerTemplateImage | undefined): Record<string, any> | undefined;
/**
 * ImagePullPolicy for the image, which defaults to IfNotPresent.
 *
 * @schema KeeperClusterSpecContainerTemplateImagePullPolicy
 */
export declare enum KeeperClusterSpecContainerTemplateImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * Resources is the resource requirements for the container.
 * This field cannot be updated once the cluster is created.
 *
 * @schema KeeperClusterSpecContainerTemplateResources
 */
export interface KeeperClusterSpecContainerTemplateResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema KeeperClusterSpecContainerTemplateResources#claims
     */
    readonly claims?: KeeperClusterSpecContainerTemplateResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema KeeperClusterSpecContainerTemplateResources#limits
     */
    readonly limits?: {
        [key: string]: KeeperClusterSpecContainerTemplateResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema KeeperClusterSpecContainerTemplateResources#requests
     */
    readonly requests?: {
        [key: string]: KeeperClusterSpecContainerTemplateResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateResources' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateResources(obj: KeeperClusterSpecContainerTemplateResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema KeeperClusterSpecContainerTemplateSecurityContext
 */
export interface KeeperClusterSpecContainerTemplateSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#capabilities
     */
    readonly capabilities?: KeeperClusterSpecContainerTemplateSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateSecurityContext' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateSecurityContext(obj: KeeperClusterSpecContainerTemplateSecurityContext | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema KeeperClusterSpecContainerTemplateVolumeMounts
 */
export interface KeeperClusterSpecContainerTemplateVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema KeeperClusterSpecContainerTemplateVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema KeeperClusterSpecContainerTemplateVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema KeeperClusterSpecContainerTemplateVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema KeeperClusterSpecContainerTemplateVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema KeeperClusterSpecContainerTemplateVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema KeeperClusterSpecContainerTemplateVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema KeeperClusterSpecContainerTemplateVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateVolumeMounts' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateVolumeMounts(obj: KeeperClusterSpecContainerTemplateVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema KeeperClusterSpecDataVolumeClaimSpecDataSource
 */
export interface KeeperClusterSpecDataVolumeClaimSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecDataVolumeClaimSpecDataSource' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecDataVolumeClaimSpecDataSource(obj: KeeperClusterSpecDataVolumeClaimSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema KeeperClusterSpecDataVolumeClaimSpecDataSourceRef
 */
export interface KeeperClusterSpecDataVolumeClaimSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecDataVolumeClaimSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecDataVolumeClaimSpecDataSourceRef(obj: KeeperClusterSpecDataVolumeClaimSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema KeeperClusterSpecDataVolumeClaimSpecResources
 */
export interface KeeperClusterSpecDataVolumeClaimSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KeeperClusterSpecDataVolumeClaimSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KeeperClusterSpecDataVolumeClaimSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecDataVolumeClaimSpecResources' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecDataVolumeClaimSpecResources(obj: KeeperClusterSpecDataVolumeClaimSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema KeeperClusterSpecDataVolumeClaimSpecSelector
 */
export interface KeeperClusterSpecDataVolumeClaimSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecDataVolumeClaimSpecSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecDataVolumeClaimSpecSelector(obj: KeeperClusterSpecDataVolumeClaimSpecSelector | undefined): Record<string, any> | undefined;
/**
 * If specified, the pod's scheduling constraints
 *
 * @schema KeeperClusterSpecPodTemplateAffinity
 */
export interface KeeperClusterSpecPodTemplateAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema KeeperClusterSpecPodTemplateAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KeeperClusterSpecPodTemplateAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema KeeperClusterSpecPodTemplateAffinity#podAffinity
     */
    readonly podAffinity?: KeeperClusterSpecPodTemplateAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema KeeperClusterSpecPodTemplateAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinity' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinity(obj: KeeperClusterSpecPodTemplateAffinity | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema KeeperClusterSpecPodTemplateImagePullSecrets
 */
export interface KeeperClusterSpecPodTemplateImagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateImagePullSecrets' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateImagePullSecrets(obj: KeeperClusterSpecPodTemplateImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * SecurityContext holds pod-level security attributes and common container settings.
 *
 * @schema KeeperClusterSpecPodTemplateSecurityContext
 */
export interface KeeperClusterSpecPodTemplateSecurityContext {
    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile;
    /**
     * A special supplemental group that applies to all containers in a pod.
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     *
     * 1. The owning GID will be the FSGroup
     * 2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
     * 3. The permission bits are OR'd with rw-rw----
     *
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume
     * before being exposed inside Pod. This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * Indicates that the container must run as a non-root user.
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * The UID to run the entrypoint of the container process.
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default user specified in image metadata if unspecified.
     * @schema KeeperClusterSpecPodTemplateSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
     * It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
     * Valid values are "MountOption" and "Recursive".
     *
     * "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
     * This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
     *
     * "MountOption" mounts all eligible Pod volumes with `-o context` mount option.
     * This requires all Pods that share the same volume to use the same SELinux label.
     * It is not possible to share the same volume among privileged and unprivileged Pods.
     * Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
     * whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
     * CSIDriver instance. Other volumes are always re-labelled recursively.
     * "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
     *
     * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
     * If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
     * and "Recursive" for all other volumes.
     *
     * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
     *
     * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * The SELinux context to be applied to all containers.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KeeperClusterSpecPodTemplateSecurityContextSeccompProfile;
    /**
     * A list of groups applied to the first process run in each container, in
     * addition to the container's primary GID and fsGroup (if specified).  If
     * the SupplementalGroupsPolicy feature is enabled, the
     * supplementalGroupsPolicy field determines whether these are in addition
     * to or instead of any group memberships defined in the container image.
     * If unspecified, no additional groups are added, though group memberships
     * defined in the container image may still be used, depending on the
     * supplementalGroupsPolicy field.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#sysctls
     */
    readonly sysctls?: KeeperClusterSpecPodTemplateSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KeeperClusterSpecPodTemplateSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateSecurityContext' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateSecurityContext(obj: KeeperClusterSpecPodTemplateSecurityContext | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema KeeperClusterSpecPodTemplateTolerations
 */
export interface KeeperClusterSpecPodTemplateTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema KeeperClusterSpecPodTemplateTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema KeeperClusterSpecPodTemplateTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
     *
     * @default Equal.
     * @schema KeeperClusterSpecPodTemplateTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema KeeperClusterSpecPodTemplateTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema KeeperClusterSpecPodTemplateTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateTolerations' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateTolerations(obj: KeeperClusterSpecPodTemplateTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints
 */
export interface KeeperClusterSpecPodTemplateTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select the pods over which
     * spreading will be calculated. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are ANDed with labelSelector
     * to select the group of existing pods over which spreading will be calculated
     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * MatchLabelKeys cannot be set when LabelSelector isn't set.
     * Keys that don't exist in the incoming pod labels will
     * be ignored. A null or empty list means only match against labelSelector.
     *
     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MaxSkew describes the degree to which pods may be unevenly distributed.
     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
     * between the number of matching pods in the target topology and the global minimum.
     * The global minimum is the minimum number of matching pods in an eligible domain
     * or zero if the number of eligible domains is less than MinDomains.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 2/2/1:
     * In this case, the global minimum is 1.
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |   P   |
     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
     * violate MaxSkew(1).
     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
     * to topologies that satisfy it.
     * It's a required field. Default value is 1 and 0 is not allowed.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * MinDomains indicates a minimum number of eligible domains.
     * When the number of eligible domains with matching topology keys is less than minDomains,
     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
     * this value has no effect on scheduling.
     * As a result, when the number of eligible domains is less than minDomains,
     * scheduler won't schedule more than maxSkew Pods to those domains.
     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
     * Valid values are integers greater than 0.
     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
     *
     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
     * labelSelector spread as 2/2/2:
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |  P P  |
     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
     * In this situation, new pod with the same labelSelector cannot be scheduled,
     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
     * it will violate MaxSkew.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * NodeTaintsPolicy indicates how we will treat node taints when calculating
     * pod topology spread skew. Options are:
     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
     * has a toleration, are included.
     * - Ignore: node taints are ignored. All nodes are included.
     *
     * If this value is nil, the behavior is equivalent to the Ignore policy.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * TopologyKey is the key of node labels. Nodes that have a label with this key
     * and identical values are considered to be in the same topology.
     * We consider each <key, value> as a "bucket", and try to put balanced number
     * of pods into each bucket.
     * We define a domain as a particular instance of a topology.
     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
     * nodeAffinityPolicy and nodeTaintsPolicy.
     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
     * It's a required field.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
     * the spread constraint.
     * - DoNotSchedule (default) tells the scheduler not to schedule it.
     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
     * but giving higher precedence to topologies that would help reduce the
     * skew.
     * A constraint is considered "Unsatisfiable" for an incoming pod
     * if and only if every possible node assignment for that pod would violate
     * "MaxSkew" on some topology.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 3/1/1:
     * | zone1 | zone2 | zone3 |
     * | P P P |   P   |   P   |
     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
     * won't make it *more* imbalanced.
     * It's a required field.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateTopologySpreadConstraints(obj: KeeperClusterSpecPodTemplateTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema KeeperClusterSpecPodTemplateVolumes
 */
export interface KeeperClusterSpecPodTemplateVolumes {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
     * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
     * are redirected to the disk.csi.azure.com CSI driver.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#azureDisk
     */
    readonly azureDisk?: KeeperClusterSpecPodTemplateVolumesAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
     * are redirected to the file.csi.azure.com CSI driver.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#azureFile
     */
    readonly azureFile?: KeeperClusterSpecPodTemplateVolumesAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
     * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#cephfs
     */
    readonly cephfs?: KeeperClusterSpecPodTemplateVolumesCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
     * are redirected to the cinder.csi.openstack.org CSI driver.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#cinder
     */
    readonly cinder?: KeeperClusterSpecPodTemplateVolumesCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#configMap
     */
    readonly configMap?: KeeperClusterSpecPodTemplateVolumesConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#csi
     */
    readonly csi?: KeeperClusterSpecPodTemplateVolumesCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#downwardAPI
     */
    readonly downwardApi?: KeeperClusterSpecPodTemplateVolumesDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#emptyDir
     */
    readonly emptyDir?: KeeperClusterSpecPodTemplateVolumesEmptyDir;
    /**
     * ephemeral represents a volume that is handled by a cluster storage driver.
     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
     * and deleted when the pod is removed.
     *
     * Use this if:
     * a) the volume is only needed while the pod runs,
     * b) features of normal volumes like restoring from snapshot or capacity
     * tracking are needed,
     * c) the storage driver is specified through a storage class, and
     * d) the storage driver supports dynamic volume provisioning through
     * a PersistentVolumeClaim (see EphemeralVolumeSource for more
     * information on the connection between this volume type
     * and PersistentVolumeClaim).
     *
     * Use PersistentVolumeClaim or one of the vendor-specific
     * APIs for volumes that persist for longer than the lifecycle
     * of an individual pod.
     *
     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
     * be used that way - see the documentation of the driver for
     * more information.
     *
     * A pod can use both types of ephemeral volumes and
     * persistent volumes at the same time.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#ephemeral
     */
    readonly ephemeral?: KeeperClusterSpecPodTemplateVolumesEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#fc
     */
    readonly fc?: KeeperClusterSpecPodTemplateVolumesFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#flexVolume
     */
    readonly flexVolume?: KeeperClusterSpecPodTemplateVolumesFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
     * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#flocker
     */
    readonly flocker?: KeeperClusterSpecPodTemplateVolumesFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
     * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: KeeperClusterSpecPodTemplateVolumesGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#gitRepo
     */
    readonly gitRepo?: KeeperClusterSpecPodTemplateVolumesGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#glusterfs
     */
    readonly glusterfs?: KeeperClusterSpecPodTemplateVolumesGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#hostPath
     */
    readonly hostPath?: KeeperClusterSpecPodTemplateVolumesHostPath;
    /**
     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
     *
     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     *
     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
     * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
     * The volume will be mounted read-only (ro) and non-executable files (noexec).
     * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#image
     */
    readonly image?: KeeperClusterSpecPodTemplateVolumesImage;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#iscsi
     */
    readonly iscsi?: KeeperClusterSpecPodTemplateVolumesIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#nfs
     */
    readonly nfs?: KeeperClusterSpecPodTemplateVolumesNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
     * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
     * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
     * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
     * is on.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#portworxVolume
     */
    readonly portworxVolume?: KeeperClusterSpecPodTemplateVolumesPortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#projected
     */
    readonly projected?: KeeperClusterSpecPodTemplateVolumesProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
     * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#quobyte
     */
    readonly quobyte?: KeeperClusterSpecPodTemplateVolumesQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#rbd
     */
    readonly rbd?: KeeperClusterSpecPodTemplateVolumesRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#scaleIO
     */
    readonly scaleIo?: KeeperClusterSpecPodTemplateVolumesScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#secret
     */
    readonly secret?: KeeperClusterSpecPodTemplateVolumesSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#storageos
     */
    readonly storageos?: KeeperClusterSpecPodTemplateVolumesStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
     * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
     * are redirected to the csi.vsphere.vmware.com CSI driver.
     *
     * @schema KeeperClusterSpecPodTemplateVolumes#vsphereVolume
     */
    readonly vsphereVolume?: KeeperClusterSpecPodTemplateVolumesVsphereVolume;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumes' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumes(obj: KeeperClusterSpecPodTemplateVolumes | undefined): Record<string, any> | undefined;
/**
 * Optionally you can lower the logger level or disable logging to file at all.
 *
 * @schema KeeperClusterSpecSettingsLogger
 */
export interface KeeperClusterSpecSettingsLogger {
    /**
     * Maximum number of log files to keep.
     *
     * @schema KeeperClusterSpecSettingsLogger#count
     */
    readonly count?: number;
    /**
     * If true, then log in JSON format.
     *
     * @schema KeeperClusterSpecSettingsLogger#jsonLogs
     */
    readonly jsonLogs?: boolean;
    /**
     * @schema KeeperClusterSpecSettingsLogger#level
     */
    readonly level?: KeeperClusterSpecSettingsLoggerLevel;
    /**
     * If false then disable all logging to file.
     *
     * @schema KeeperClusterSpecSettingsLogger#logToFile
     */
    readonly logToFile?: boolean;
    /**
     * Maximum log file size.
     *
     * @schema KeeperClusterSpecSettingsLogger#size
     */
    readonly size?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecSettingsLogger' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecSettingsLogger(obj: KeeperClusterSpecSettingsLogger | undefined): Record<string, any> | undefined;
/**
 * TLS settings, allows to enable TLS settings for Keeper.
 *
 * @schema KeeperClusterSpecSettingsTls
 */
export interface KeeperClusterSpecSettingsTls {
    /**
     * CABundle is a reference to a TLS Secret containing the CA bundle.
     * If empty and ServerCertSecret is specified, the CA bundle from certificate will be used.
     * Otherwise, system trusted CA bundle will be used.
     * Key is defaulted to "ca.crt" if not specified.
     *
     * @schema KeeperClusterSpecSettingsTls#caBundle
     */
    readonly caBundle?: KeeperClusterSpecSettingsTlsCaBundle;
    /**
     * Enabled indicates whether TLS is enabled, determining if secure ports should be opened.
     *
     * @schema KeeperClusterSpecSettingsTls#enabled
     */
    readonly enabled?: boolean;
    /**
     * Required specifies whether TLS must be enforced for all connections. Disables not secure ports.
     *
     * @schema KeeperClusterSpecSettingsTls#required
     */
    readonly required?: boolean;
    /**
     * ServerCertSecretRef is a reference to a TLS Secret containing the server certificate.
     *
     * @schema KeeperClusterSpecSettingsTls#serverCertSecret
     */
    readonly serverCertSecret?: KeeperClusterSpecSettingsTlsServerCertSecret;
}
/**
 * Converts an object of type 'KeeperClusterSpecSettingsTls' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecSettingsTls(obj: KeeperClusterSpecSettingsTls | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema KeeperClusterSpecContainerTemplateEnvValueFrom
 */
export interface KeeperClusterSpecContainerTemplateEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFrom#fieldRef
     */
    readonly fieldRef?: KeeperClusterSpecContainerTemplateEnvValueFromFieldRef;
    /**
     * FileKeyRef selects a key of the env file.
     * Requires the EnvFiles feature gate to be enabled.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateEnvValueFrom' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateEnvValueFrom(obj: KeeperClusterSpecContainerTemplateEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema KeeperClusterSpecContainerTemplateResourcesClaims
 */
export interface KeeperClusterSpecContainerTemplateResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema KeeperClusterSpecContainerTemplateResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema KeeperClusterSpecContainerTemplateResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateResourcesClaims' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateResourcesClaims(obj: KeeperClusterSpecContainerTemplateResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeeperClusterSpecContainerTemplateResourcesLimits
 */
export declare class KeeperClusterSpecContainerTemplateResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecContainerTemplateResourcesLimits;
    static fromString(value: string): KeeperClusterSpecContainerTemplateResourcesLimits;
    private constructor();
}
/**
 * @schema KeeperClusterSpecContainerTemplateResourcesRequests
 */
export declare class KeeperClusterSpecContainerTemplateResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecContainerTemplateResourcesRequests;
    static fromString(value: string): KeeperClusterSpecContainerTemplateResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile
 */
export interface KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile(obj: KeeperClusterSpecContainerTemplateSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema KeeperClusterSpecContainerTemplateSecurityContextCapabilities
 */
export interface KeeperClusterSpecContainerTemplateSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateSecurityContextCapabilities(obj: KeeperClusterSpecContainerTemplateSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions
 */
export interface KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions(obj: KeeperClusterSpecContainerTemplateSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile
 */
export interface KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile(obj: KeeperClusterSpecContainerTemplateSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions
 */
export interface KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions(obj: KeeperClusterSpecContainerTemplateSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeeperClusterSpecDataVolumeClaimSpecResourcesLimits
 */
export declare class KeeperClusterSpecDataVolumeClaimSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecDataVolumeClaimSpecResourcesLimits;
    static fromString(value: string): KeeperClusterSpecDataVolumeClaimSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KeeperClusterSpecDataVolumeClaimSpecResourcesRequests
 */
export declare class KeeperClusterSpecDataVolumeClaimSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecDataVolumeClaimSpecResourcesRequests;
    static fromString(value: string): KeeperClusterSpecDataVolumeClaimSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions
 */
export interface KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions(obj: KeeperClusterSpecDataVolumeClaimSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinity
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinity(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinity
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinity(obj: KeeperClusterSpecPodTemplateAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinity
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and subtracting
     * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinity(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile
 */
export interface KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile(obj: KeeperClusterSpecPodTemplateSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions
 */
export interface KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions(obj: KeeperClusterSpecPodTemplateSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema KeeperClusterSpecPodTemplateSecurityContextSeccompProfile
 */
export interface KeeperClusterSpecPodTemplateSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of seccomp profile will be applied.
     * Valid options are:
     *
     * Localhost - a profile defined in a file on the node should be used.
     * RuntimeDefault - the container runtime default profile should be used.
     * Unconfined - no profile should be applied.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateSecurityContextSeccompProfile(obj: KeeperClusterSpecPodTemplateSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema KeeperClusterSpecPodTemplateSecurityContextSysctls
 */
export interface KeeperClusterSpecPodTemplateSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateSecurityContextSysctls(obj: KeeperClusterSpecPodTemplateSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema KeeperClusterSpecPodTemplateSecurityContextWindowsOptions
 */
export interface KeeperClusterSpecPodTemplateSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema KeeperClusterSpecPodTemplateSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema KeeperClusterSpecPodTemplateSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateSecurityContextWindowsOptions(obj: KeeperClusterSpecPodTemplateSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector
 */
export interface KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector(obj: KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
 * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore
 */
export interface KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore(obj: KeeperClusterSpecPodTemplateVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
 * are redirected to the disk.csi.azure.com CSI driver.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesAzureDisk
 */
export interface KeeperClusterSpecPodTemplateVolumesAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema KeeperClusterSpecPodTemplateVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesAzureDisk(obj: KeeperClusterSpecPodTemplateVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
 * are redirected to the file.csi.azure.com CSI driver.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesAzureFile
 */
export interface KeeperClusterSpecPodTemplateVolumesAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema KeeperClusterSpecPodTemplateVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesAzureFile' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesAzureFile(obj: KeeperClusterSpecPodTemplateVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
 * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesCephfs
 */
export interface KeeperClusterSpecPodTemplateVolumesCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema KeeperClusterSpecPodTemplateVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCephfs#secretRef
     */
    readonly secretRef?: KeeperClusterSpecPodTemplateVolumesCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesCephfs' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesCephfs(obj: KeeperClusterSpecPodTemplateVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
 * are redirected to the cinder.csi.openstack.org CSI driver.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema KeeperClusterSpecPodTemplateVolumesCinder
 */
export interface KeeperClusterSpecPodTemplateVolumesCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCinder#secretRef
     */
    readonly secretRef?: KeeperClusterSpecPodTemplateVolumesCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesCinder' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesCinder(obj: KeeperClusterSpecPodTemplateVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema KeeperClusterSpecPodTemplateVolumesConfigMap
 */
export interface KeeperClusterSpecPodTemplateVolumesConfigMap {
    /**
     * defaultMode is optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema KeeperClusterSpecPodTemplateVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesConfigMap#items
     */
    readonly items?: KeeperClusterSpecPodTemplateVolumesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema KeeperClusterSpecPodTemplateVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesConfigMap(obj: KeeperClusterSpecPodTemplateVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesCsi
 */
export interface KeeperClusterSpecPodTemplateVolumesCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KeeperClusterSpecPodTemplateVolumesCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema KeeperClusterSpecPodTemplateVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesCsi' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesCsi(obj: KeeperClusterSpecPodTemplateVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema KeeperClusterSpecPodTemplateVolumesDownwardApi
 */
export interface KeeperClusterSpecPodTemplateVolumesDownwardApi {
    /**
     * Optional: mode bits to use on created files by default. Must be a
     * Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApi#items
     */
    readonly items?: KeeperClusterSpecPodTemplateVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesDownwardApi(obj: KeeperClusterSpecPodTemplateVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEmptyDir
 */
export interface KeeperClusterSpecPodTemplateVolumesEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: KeeperClusterSpecPodTemplateVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEmptyDir(obj: KeeperClusterSpecPodTemplateVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral represents a volume that is handled by a cluster storage driver.
 * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
 * and deleted when the pod is removed.
 *
 * Use this if:
 * a) the volume is only needed while the pod runs,
 * b) features of normal volumes like restoring from snapshot or capacity
 * tracking are needed,
 * c) the storage driver is specified through a storage class, and
 * d) the storage driver supports dynamic volume provisioning through
 * a PersistentVolumeClaim (see EphemeralVolumeSource for more
 * information on the connection between this volume type
 * and PersistentVolumeClaim).
 *
 * Use PersistentVolumeClaim or one of the vendor-specific
 * APIs for volumes that persist for longer than the lifecycle
 * of an individual pod.
 *
 * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
 * be used that way - see the documentation of the driver for
 * more information.
 *
 * A pod can use both types of ephemeral volumes and
 * persistent volumes at the same time.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeral
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeral' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeral(obj: KeeperClusterSpecPodTemplateVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesFc
 */
export interface KeeperClusterSpecPodTemplateVolumesFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema KeeperClusterSpecPodTemplateVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesFc' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesFc(obj: KeeperClusterSpecPodTemplateVolumesFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesFlexVolume
 */
export interface KeeperClusterSpecPodTemplateVolumesFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlexVolume#secretRef
     */
    readonly secretRef?: KeeperClusterSpecPodTemplateVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesFlexVolume(obj: KeeperClusterSpecPodTemplateVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
 * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesFlocker
 */
export interface KeeperClusterSpecPodTemplateVolumesFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesFlocker' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesFlocker(obj: KeeperClusterSpecPodTemplateVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
 * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema KeeperClusterSpecPodTemplateVolumesGcePersistentDisk
 */
export interface KeeperClusterSpecPodTemplateVolumesGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema KeeperClusterSpecPodTemplateVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesGcePersistentDisk(obj: KeeperClusterSpecPodTemplateVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesGitRepo
 */
export interface KeeperClusterSpecPodTemplateVolumesGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesGitRepo' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesGitRepo(obj: KeeperClusterSpecPodTemplateVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesGlusterfs
 */
export interface KeeperClusterSpecPodTemplateVolumesGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema KeeperClusterSpecPodTemplateVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema KeeperClusterSpecPodTemplateVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesGlusterfs(obj: KeeperClusterSpecPodTemplateVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema KeeperClusterSpecPodTemplateVolumesHostPath
 */
export interface KeeperClusterSpecPodTemplateVolumesHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema KeeperClusterSpecPodTemplateVolumesHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema KeeperClusterSpecPodTemplateVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesHostPath' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesHostPath(obj: KeeperClusterSpecPodTemplateVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
 * The volume is resolved at pod startup depending on which PullPolicy value is provided:
 *
 * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
 * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
 * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
 *
 * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
 * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
 * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
 * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
 * The volume will be mounted read-only (ro) and non-executable files (noexec).
 * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
 * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesImage
 */
export interface KeeperClusterSpecPodTemplateVolumesImage {
    /**
     * Policy for pulling OCI objects. Possible values are:
     * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema KeeperClusterSpecPodTemplateVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * Required: Image or artifact reference to be used.
     * Behaves in the same way as pod.spec.containers[*].image.
     * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesImage' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesImage(obj: KeeperClusterSpecPodTemplateVolumesImage | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
 *
 * @schema KeeperClusterSpecPodTemplateVolumesIscsi
 */
export interface KeeperClusterSpecPodTemplateVolumesIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#secretRef
     */
    readonly secretRef?: KeeperClusterSpecPodTemplateVolumesIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesIscsi' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesIscsi(obj: KeeperClusterSpecPodTemplateVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema KeeperClusterSpecPodTemplateVolumesNfs
 */
export interface KeeperClusterSpecPodTemplateVolumesNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema KeeperClusterSpecPodTemplateVolumesNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema KeeperClusterSpecPodTemplateVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema KeeperClusterSpecPodTemplateVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesNfs' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesNfs(obj: KeeperClusterSpecPodTemplateVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim
 */
export interface KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim(obj: KeeperClusterSpecPodTemplateVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
 * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk
 */
export interface KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk(obj: KeeperClusterSpecPodTemplateVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
 * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
 * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
 * is on.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesPortworxVolume
 */
export interface KeeperClusterSpecPodTemplateVolumesPortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema KeeperClusterSpecPodTemplateVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesPortworxVolume(obj: KeeperClusterSpecPodTemplateVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjected
 */
export interface KeeperClusterSpecPodTemplateVolumesProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections. Each entry in this list
     * handles one source.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjected#sources
     */
    readonly sources?: KeeperClusterSpecPodTemplateVolumesProjectedSources[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjected' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjected(obj: KeeperClusterSpecPodTemplateVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
 * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesQuobyte
 */
export interface KeeperClusterSpecPodTemplateVolumesQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema KeeperClusterSpecPodTemplateVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema KeeperClusterSpecPodTemplateVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema KeeperClusterSpecPodTemplateVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema KeeperClusterSpecPodTemplateVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema KeeperClusterSpecPodTemplateVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesQuobyte' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesQuobyte(obj: KeeperClusterSpecPodTemplateVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesRbd
 */
export interface KeeperClusterSpecPodTemplateVolumesRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#secretRef
     */
    readonly secretRef?: KeeperClusterSpecPodTemplateVolumesRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema KeeperClusterSpecPodTemplateVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesRbd' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesRbd(obj: KeeperClusterSpecPodTemplateVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesScaleIo
 */
export interface KeeperClusterSpecPodTemplateVolumesScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#secretRef
     */
    readonly secretRef: KeeperClusterSpecPodTemplateVolumesScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesScaleIo' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesScaleIo(obj: KeeperClusterSpecPodTemplateVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema KeeperClusterSpecPodTemplateVolumesSecret
 */
export interface KeeperClusterSpecPodTemplateVolumesSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema KeeperClusterSpecPodTemplateVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesSecret#items
     */
    readonly items?: KeeperClusterSpecPodTemplateVolumesSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema KeeperClusterSpecPodTemplateVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema KeeperClusterSpecPodTemplateVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesSecret' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesSecret(obj: KeeperClusterSpecPodTemplateVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesStorageos
 */
export interface KeeperClusterSpecPodTemplateVolumesStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesStorageos#secretRef
     */
    readonly secretRef?: KeeperClusterSpecPodTemplateVolumesStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * volumeNamespace specifies the scope of the volume within StorageOS.  If no
     * namespace is specified then the Pod's namespace will be used.  This allows the
     * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
     * Set VolumeName to any name to override the default behaviour.
     * Set to "default" if you are not using namespaces within StorageOS.
     * Namespaces that do not pre-exist within StorageOS will be created.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesStorageos' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesStorageos(obj: KeeperClusterSpecPodTemplateVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
 * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
 * are redirected to the csi.vsphere.vmware.com CSI driver.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesVsphereVolume
 */
export interface KeeperClusterSpecPodTemplateVolumesVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema KeeperClusterSpecPodTemplateVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesVsphereVolume(obj: KeeperClusterSpecPodTemplateVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * @schema KeeperClusterSpecSettingsLoggerLevel
 */
export declare enum KeeperClusterSpecSettingsLoggerLevel {
    /** test */
    TEST = "test",
    /** trace */
    TRACE = "trace",
    /** debug */
    DEBUG = "debug",
    /** information */
    INFORMATION = "information",
    /** notice */
    NOTICE = "notice",
    /** warning */
    WARNING = "warning",
    /** error */
    ERROR = "error",
    /** critical */
    CRITICAL = "critical",
    /** fatal */
    FATAL = "fatal"
}
/**
 * CABundle is a reference to a TLS Secret containing the CA bundle.
 * If empty and ServerCertSecret is specified, the CA bundle from certificate will be used.
 * Otherwise, system trusted CA bundle will be used.
 * Key is defaulted to "ca.crt" if not specified.
 *
 * @schema KeeperClusterSpecSettingsTlsCaBundle
 */
export interface KeeperClusterSpecSettingsTlsCaBundle {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema KeeperClusterSpecSettingsTlsCaBundle#key
     */
    readonly key: string;
    /**
     * The name of the secret in the cluster's namespace to select from.
     *
     * @schema KeeperClusterSpecSettingsTlsCaBundle#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecSettingsTlsCaBundle' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecSettingsTlsCaBundle(obj: KeeperClusterSpecSettingsTlsCaBundle | undefined): Record<string, any> | undefined;
/**
 * ServerCertSecretRef is a reference to a TLS Secret containing the server certificate.
 *
 * @schema KeeperClusterSpecSettingsTlsServerCertSecret
 */
export interface KeeperClusterSpecSettingsTlsServerCertSecret {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecSettingsTlsServerCertSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecSettingsTlsServerCertSecret' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecSettingsTlsServerCertSecret(obj: KeeperClusterSpecSettingsTlsServerCertSecret | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef
 */
export interface KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef(obj: KeeperClusterSpecContainerTemplateEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema KeeperClusterSpecContainerTemplateEnvValueFromFieldRef
 */
export interface KeeperClusterSpecContainerTemplateEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateEnvValueFromFieldRef(obj: KeeperClusterSpecContainerTemplateEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef
 */
export interface KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef {
    /**
     * The key within the env file. An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * Specify whether the file or its key must be defined. If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     *
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * The path within the volume from which to select the file.
     * Must be relative and may not contain the '..' path or start with '..'.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * The name of the volume mount containing the env file.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef(obj: KeeperClusterSpecContainerTemplateEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef
 */
export interface KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef(obj: KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef
 */
export interface KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef(obj: KeeperClusterSpecContainerTemplateEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema KeeperClusterSpecPodTemplateVolumesCephfsSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesCephfsSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesCephfsSecretRef(obj: KeeperClusterSpecPodTemplateVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesCinderSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesCinderSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesCinderSecretRef(obj: KeeperClusterSpecPodTemplateVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesConfigMapItems
 */
export interface KeeperClusterSpecPodTemplateVolumesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesConfigMapItems(obj: KeeperClusterSpecPodTemplateVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesCsiNodePublishSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesCsiNodePublishSecretRef(obj: KeeperClusterSpecPodTemplateVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItems
 */
export interface KeeperClusterSpecPodTemplateVolumesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesDownwardApiItems(obj: KeeperClusterSpecPodTemplateVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEmptyDirSizeLimit
 */
export declare class KeeperClusterSpecPodTemplateVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecPodTemplateVolumesEmptyDirSizeLimit;
    static fromString(value: string): KeeperClusterSpecPodTemplateVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate(obj: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesFlexVolumeSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesFlexVolumeSecretRef(obj: KeeperClusterSpecPodTemplateVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema KeeperClusterSpecPodTemplateVolumesIscsiSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesIscsiSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesIscsiSecretRef(obj: KeeperClusterSpecPodTemplateVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSources
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSources {
    /**
     * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
     * of ClusterTrustBundle objects in an auto-updating file.
     *
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     *
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     *
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSources#configMap
     */
    readonly configMap?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi;
    /**
     * Projects an auto-rotating credential bundle (private key and certificate
     * chain) that the pod can use either as a TLS client or server.
     *
     * Kubelet generates a private key and uses it to send a
     * PodCertificateRequest to the named signer.  Once the signer approves the
     * request and issues a certificate chain, Kubelet writes the key and
     * certificate chain to the pod filesystem.  The pod does not start until
     * certificates have been issued for each podCertificate projected volume
     * source in its spec.
     *
     * Kubelet will begin trying to rotate the certificate at the time indicated
     * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
     * timestamp.
     *
     * Kubelet can write a single file, indicated by the credentialBundlePath
     * field, or separate files, indicated by the keyPath and
     * certificateChainPath fields.
     *
     * The credential bundle is a single file in PEM format.  The first PEM
     * entry is the private key (in PKCS#8 format), and the remaining PEM
     * entries are the certificate chain issued by the signer (typically,
     * signers will return their certificate chain in leaf-to-root order).
     *
     * Prefer using the credential bundle format, since your application code
     * can read it atomically.  If you use keyPath and certificateChainPath,
     * your application must make two separate file reads. If these coincide
     * with a certificate rotation, it is possible that the private key and leaf
     * certificate you read may not correspond to each other.  Your application
     * will need to check for this condition, and re-read until they are
     * consistent.
     *
     * The named signer controls chooses the format of the certificate it
     * issues; consult the signer implementation's documentation to learn how to
     * use the certificates it issues.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate;
    /**
     * secret information about the secret data to project
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSources#secret
     */
    readonly secret?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSources(obj: KeeperClusterSpecPodTemplateVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema KeeperClusterSpecPodTemplateVolumesRbdSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesRbdSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesRbdSecretRef(obj: KeeperClusterSpecPodTemplateVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesScaleIoSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesScaleIoSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesScaleIoSecretRef(obj: KeeperClusterSpecPodTemplateVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesSecretItems
 */
export interface KeeperClusterSpecPodTemplateVolumesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesSecretItems(obj: KeeperClusterSpecPodTemplateVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesStorageosSecretRef
 */
export interface KeeperClusterSpecPodTemplateVolumesStorageosSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesStorageosSecretRef(obj: KeeperClusterSpecPodTemplateVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor
 */
export declare class KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): KeeperClusterSpecContainerTemplateEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef
 */
export interface KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef(obj: KeeperClusterSpecPodTemplateVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef
 */
export interface KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef(obj: KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec(obj: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * Projects an auto-rotating credential bundle (private key and certificate
 * chain) that the pod can use either as a TLS client or server.
 *
 * Kubelet generates a private key and uses it to send a
 * PodCertificateRequest to the named signer.  Once the signer approves the
 * request and issues a certificate chain, Kubelet writes the key and
 * certificate chain to the pod filesystem.  The pod does not start until
 * certificates have been issued for each podCertificate projected volume
 * source in its spec.
 *
 * Kubelet will begin trying to rotate the certificate at the time indicated
 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
 * timestamp.
 *
 * Kubelet can write a single file, indicated by the credentialBundlePath
 * field, or separate files, indicated by the keyPath and
 * certificateChainPath fields.
 *
 * The credential bundle is a single file in PEM format.  The first PEM
 * entry is the private key (in PKCS#8 format), and the remaining PEM
 * entries are the certificate chain issued by the signer (typically,
 * signers will return their certificate chain in leaf-to-root order).
 *
 * Prefer using the credential bundle format, since your application code
 * can read it atomically.  If you use keyPath and certificateChainPath,
 * your application must make two separate file reads. If these coincide
 * with a certificate rotation, it is possible that the private key and leaf
 * certificate you read may not correspond to each other.  Your application
 * will need to check for this condition, and re-read until they are
 * consistent.
 *
 * The named signer controls chooses the format of the certificate it
 * issues; consult the signer implementation's documentation to learn how to
 * use the certificates it issues.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate {
    /**
     * Write the certificate chain at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * Write the credential bundle at this path in the projected volume.
     *
     * The credential bundle is a single file that contains multiple PEM blocks.
     * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
     * key.
     *
     * The remaining blocks are CERTIFICATE blocks, containing the issued
     * certificate chain from the signer (leaf and any intermediates).
     *
     * Using credentialBundlePath lets your Pod's application code make a single
     * atomic read that retrieves a consistent key and certificate chain.  If you
     * project them to separate files, your application code will need to
     * additionally check that the leaf certificate was issued to the key.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * Write the key at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * The type of keypair Kubelet will generate for the pod.
     *
     * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
     * "ECDSAP521", and "ED25519".
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * maxExpirationSeconds is the maximum lifetime permitted for the
     * certificate.
     *
     * Kubelet copies this value verbatim into the PodCertificateRequests it
     * generates for this projection.
     *
     * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
     * will reject values shorter than 3600 (1 hour).  The maximum allowable
     * value is 7862400 (91 days).
     *
     * The signer implementation is then free to issue a certificate with any
     * lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600
     * seconds (1 hour).  This constraint is enforced by kube-apiserver.
     * `kubernetes.io` signers will never issue certificates with a lifetime
     * longer than 24 hours.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * Kubelet's generated CSRs will be addressed to this signer.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * userAnnotations allow pod authors to pass additional information to
     * the signer implementation.  Kubernetes does not restrict or validate this
     * metadata in any way.
     *
     * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
     * the PodCertificateRequest objects that Kubelet creates.
     *
     * Entries are subject to the same validation as object metadata annotations,
     * with the addition that all keys must be domain-prefixed. No restrictions
     * are placed on values, except an overall size limitation on the entire field.
     *
     * Signers should document the keys and values they support. Signers should
     * deny requests that contain keys they do not recognize.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret#items
     */
    readonly items?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * expirationSeconds is the requested duration of validity of the service
     * account token. As the token approaches expiration, the kubelet volume
     * plugin will proactively rotate the service account token. The kubelet will
     * start trying to rotate the token if the token is older than 80 percent of
     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
     * and must be at least 10 minutes.
     *
     * @default 1 hour
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KeeperClusterSpecPodTemplateAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): KeeperClusterSpecPodTemplateVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources(obj: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): KeeperClusterSpecPodTemplateVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
