import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Dragonfly is the Schema for the dragonflies API
 *
 * @schema Dragonfly
 */
export declare class Dragonfly extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Dragonfly"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Dragonfly".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: DragonflyProps): any;
    /**
     * Defines a "Dragonfly" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: DragonflyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Dragonfly is the Schema for the dragonflies API
 *
 * @schema Dragonfly
 */
export interface DragonflyProps {
    /**
     * @schema Dragonfly#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * DragonflySpec defines the desired state of Dragonfly
     *
     * @schema Dragonfly#spec
     */
    readonly spec?: DragonflySpec;
}
/**
 * Converts an object of type 'DragonflyProps' to JSON representation.
 */
export declare function toJson_DragonflyProps(obj: DragonflyProps | undefined): Record<string, any> | undefined;
/**
 * DragonflySpec defines the desired state of Dragonfly
 *
 * @schema DragonflySpec
 */
export interface DragonflySpec {
    /**
     * (Optional) Acl file Secret to pass to the container
     *
     * @schema DragonflySpec#aclFromSecret
     */
    readonly aclFromSecret?: DragonflySpecAclFromSecret;
    /**
     * (Optional) Additional containers to add to dragonflycluster. Replace container on name collision.
     *
     * @schema DragonflySpec#additionalContainers
     */
    readonly additionalContainers?: DragonflySpecAdditionalContainers[];
    /**
     * (Optional) Additional volumes to add to dragonflycluster. Replace volume on name collision.
     *
     * @schema DragonflySpec#additionalVolumes
     */
    readonly additionalVolumes?: DragonflySpecAdditionalVolumes[];
    /**
     * (Optional) Dragonfly pod affinity
     *
     * @schema DragonflySpec#affinity
     */
    readonly affinity?: DragonflySpecAffinity;
    /**
     * Deprecated: use spec.podMetadata.annotations instead.
     *
     * @schema DragonflySpec#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * (Optional) Dragonfly container args to pass to the container
     * Refer to the Dragonfly documentation for the list of supported args
     *
     * @schema DragonflySpec#args
     */
    readonly args?: string[];
    /**
     * (Optional) Dragonfly Authentication mechanism
     *
     * @schema DragonflySpec#authentication
     */
    readonly authentication?: DragonflySpecAuthentication;
    /**
     * (Optional) Dragonfly container security context
     *
     * @schema DragonflySpec#containerSecurityContext
     */
    readonly containerSecurityContext?: DragonflySpecContainerSecurityContext;
    /**
     * Custom ConfigMap providing key "liveness-check.sh" to override the default liveness probe.
     * An additionalVolumes entry named "liveness-probe" takes precedence.
     *
     * @schema DragonflySpec#customLivenessProbeConfigMap
     */
    readonly customLivenessProbeConfigMap?: DragonflySpecCustomLivenessProbeConfigMap;
    /**
     * Custom ConfigMap providing key "readiness-check.sh" to override the default readiness probe.
     * An additionalVolumes entry named "readiness-probe" takes precedence.
     *
     * @schema DragonflySpec#customReadinessProbeConfigMap
     */
    readonly customReadinessProbeConfigMap?: DragonflySpecCustomReadinessProbeConfigMap;
    /**
     * Custom ConfigMap providing key "startup-check.sh" to override the default startup probe.
     * An additionalVolumes entry named "startup-probe" takes precedence.
     *
     * @schema DragonflySpec#customStartupProbeConfigMap
     */
    readonly customStartupProbeConfigMap?: DragonflySpecCustomStartupProbeConfigMap;
    /**
     * (Optional) When enabled, adds a custom readiness gate to pods that prevents
     * them from being considered Ready until replication is fully synced.
     * Protects against data loss during external node drains.
     * WARNING: Enabling this on an existing cluster will trigger a rolling update.
     *
     * @schema DragonflySpec#enableReplicationReadinessGate
     */
    readonly enableReplicationReadinessGate?: boolean;
    /**
     * (Optional) Env variables to add to the Dragonfly pods.
     *
     * @schema DragonflySpec#env
     */
    readonly env?: DragonflySpecEnv[];
    /**
     * Image is the Dragonfly image to use
     *
     * @schema DragonflySpec#image
     */
    readonly image?: string;
    /**
     * (Optional) imagePullPolicy to set to Dragonfly, default is Always
     *
     * @schema DragonflySpec#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * (Optional) imagePullSecrets to set to Dragonfly
     *
     * @schema DragonflySpec#imagePullSecrets
     */
    readonly imagePullSecrets?: DragonflySpecImagePullSecrets[];
    /**
     * (Optional) Dragonfly pod init containers
     *
     * @schema DragonflySpec#initContainers
     */
    readonly initContainers?: DragonflySpecInitContainers[];
    /**
     * Deprecated: use spec.podMetadata.labels instead.
     *
     * @schema DragonflySpec#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * (Optional) Dragonfly memcached port
     *
     * @schema DragonflySpec#memcachedPort
     */
    readonly memcachedPort?: number;
    /**
     * (Optional) Whether to create a NetworkPolicy for this Dragonfly instance.
     * The NetworkPolicy restricts admin port access to operator and peer pods only.
     * Defaults to true.
     *
     * @default true.
     * @schema DragonflySpec#networkPolicyEnabled
     */
    readonly networkPolicyEnabled?: boolean;
    /**
     * (Optional) Dragonfly pod node selector
     *
     * @schema DragonflySpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * (Optional) Labels and annotations to add to all owned resources (StatefulSet, Service, PDB, etc).
     *
     * @schema DragonflySpec#ownedObjectsMetadata
     */
    readonly ownedObjectsMetadata?: DragonflySpecOwnedObjectsMetadata;
    /**
     * (Optional) Dragonfly Pod Disruption Budget configuration
     *
     * @schema DragonflySpec#pdb
     */
    readonly pdb?: DragonflySpecPdb;
    /**
     * (Optional) Labels and annotations to add to the Dragonfly pods.
     *
     * @schema DragonflySpec#podMetadata
     */
    readonly podMetadata?: DragonflySpecPodMetadata;
    /**
     * (Optional) Dragonfly pod security context
     *
     * @schema DragonflySpec#podSecurityContext
     */
    readonly podSecurityContext?: DragonflySpecPodSecurityContext;
    /**
     * (Optional) Dragonfly pod priority class name
     *
     * @schema DragonflySpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * Replicas is the total number of Dragonfly instances including the master
     *
     * @schema DragonflySpec#replicas
     */
    readonly replicas?: number;
    /**
     * (Optional) Dragonfly container resource limits. Any container limits
     * can be specified.
     *
     * @schema DragonflySpec#resources
     */
    readonly resources?: DragonflySpecResources;
    /**
     * (Optional) Dragonfly pod service account name
     *
     * @schema DragonflySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * (Optional) Dragonfly Service configuration
     *
     * @schema DragonflySpec#serviceSpec
     */
    readonly serviceSpec?: DragonflySpecServiceSpec;
    /**
     * (Optional) Skip Assigning FileSystem Group. Required for platforms such as Openshift that require IDs to not be set, as it injects a fixed randomized ID per namespace into all pods.
     *
     * @schema DragonflySpec#skipFSGroup
     */
    readonly skipFsGroup?: boolean;
    /**
     * (Optional) Dragonfly Snapshot configuration
     *
     * @schema DragonflySpec#snapshot
     */
    readonly snapshot?: DragonflySpecSnapshot;
    /**
     * (Optional) Dragonfly SSD Tiering configuration
     *
     * @schema DragonflySpec#tiering
     */
    readonly tiering?: DragonflySpecTiering;
    /**
     * (Optional) Dragonfly TLS secret to used for TLS
     * Connections to Dragonfly. Dragonfly instance  must
     * have access to this secret and be in the same namespace
     *
     * @schema DragonflySpec#tlsSecretRef
     */
    readonly tlsSecretRef?: DragonflySpecTlsSecretRef;
    /**
     * (Optional) Dragonfly pod tolerations
     *
     * @schema DragonflySpec#tolerations
     */
    readonly tolerations?: DragonflySpecTolerations[];
    /**
     * (Optional) Dragonfly pod topologySpreadConstraints
     *
     * @schema DragonflySpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: DragonflySpecTopologySpreadConstraints[];
}
/**
 * Converts an object of type 'DragonflySpec' to JSON representation.
 */
export declare function toJson_DragonflySpec(obj: DragonflySpec | undefined): Record<string, any> | undefined;
/**
 * (Optional) Acl file Secret to pass to the container
 *
 * @schema DragonflySpecAclFromSecret
 */
export interface DragonflySpecAclFromSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema DragonflySpecAclFromSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAclFromSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema DragonflySpecAclFromSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAclFromSecret' to JSON representation.
 */
export declare function toJson_DragonflySpecAclFromSecret(obj: DragonflySpecAclFromSecret | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema DragonflySpecAdditionalContainers
 */
export interface DragonflySpecAdditionalContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema DragonflySpecAdditionalContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema DragonflySpecAdditionalContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema DragonflySpecAdditionalContainers#env
     */
    readonly env?: DragonflySpecAdditionalContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
     * will be reported as an event when the container is starting. When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema DragonflySpecAdditionalContainers#envFrom
     */
    readonly envFrom?: DragonflySpecAdditionalContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema DragonflySpecAdditionalContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema DragonflySpecAdditionalContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema DragonflySpecAdditionalContainers#lifecycle
     */
    readonly lifecycle?: DragonflySpecAdditionalContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecAdditionalContainers#livenessProbe
     */
    readonly livenessProbe?: DragonflySpecAdditionalContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema DragonflySpecAdditionalContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema DragonflySpecAdditionalContainers#ports
     */
    readonly ports?: DragonflySpecAdditionalContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecAdditionalContainers#readinessProbe
     */
    readonly readinessProbe?: DragonflySpecAdditionalContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema DragonflySpecAdditionalContainers#resizePolicy
     */
    readonly resizePolicy?: DragonflySpecAdditionalContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecAdditionalContainers#resources
     */
    readonly resources?: DragonflySpecAdditionalContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This field may only be set for init containers, and the only allowed value is "Always".
     * For non-init containers or when this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema DragonflySpecAdditionalContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema DragonflySpecAdditionalContainers#securityContext
     */
    readonly securityContext?: DragonflySpecAdditionalContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecAdditionalContainers#startupProbe
     */
    readonly startupProbe?: DragonflySpecAdditionalContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema DragonflySpecAdditionalContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema DragonflySpecAdditionalContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema DragonflySpecAdditionalContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema DragonflySpecAdditionalContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema DragonflySpecAdditionalContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema DragonflySpecAdditionalContainers#volumeDevices
     */
    readonly volumeDevices?: DragonflySpecAdditionalContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema DragonflySpecAdditionalContainers#volumeMounts
     */
    readonly volumeMounts?: DragonflySpecAdditionalContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema DragonflySpecAdditionalContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainers' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainers(obj: DragonflySpecAdditionalContainers | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema DragonflySpecAdditionalVolumes
 */
export interface DragonflySpecAdditionalVolumes {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
     * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema DragonflySpecAdditionalVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: DragonflySpecAdditionalVolumesAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
     * are redirected to the disk.csi.azure.com CSI driver.
     *
     * @schema DragonflySpecAdditionalVolumes#azureDisk
     */
    readonly azureDisk?: DragonflySpecAdditionalVolumesAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
     * are redirected to the file.csi.azure.com CSI driver.
     *
     * @schema DragonflySpecAdditionalVolumes#azureFile
     */
    readonly azureFile?: DragonflySpecAdditionalVolumesAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
     * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
     *
     * @schema DragonflySpecAdditionalVolumes#cephfs
     */
    readonly cephfs?: DragonflySpecAdditionalVolumesCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
     * are redirected to the cinder.csi.openstack.org CSI driver.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema DragonflySpecAdditionalVolumes#cinder
     */
    readonly cinder?: DragonflySpecAdditionalVolumesCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema DragonflySpecAdditionalVolumes#configMap
     */
    readonly configMap?: DragonflySpecAdditionalVolumesConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
     *
     * @schema DragonflySpecAdditionalVolumes#csi
     */
    readonly csi?: DragonflySpecAdditionalVolumesCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema DragonflySpecAdditionalVolumes#downwardAPI
     */
    readonly downwardApi?: DragonflySpecAdditionalVolumesDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema DragonflySpecAdditionalVolumes#emptyDir
     */
    readonly emptyDir?: DragonflySpecAdditionalVolumesEmptyDir;
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
     * @schema DragonflySpecAdditionalVolumes#ephemeral
     */
    readonly ephemeral?: DragonflySpecAdditionalVolumesEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema DragonflySpecAdditionalVolumes#fc
     */
    readonly fc?: DragonflySpecAdditionalVolumesFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
     *
     * @schema DragonflySpecAdditionalVolumes#flexVolume
     */
    readonly flexVolume?: DragonflySpecAdditionalVolumesFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
     * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
     *
     * @schema DragonflySpecAdditionalVolumes#flocker
     */
    readonly flocker?: DragonflySpecAdditionalVolumesFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
     * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema DragonflySpecAdditionalVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: DragonflySpecAdditionalVolumesGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema DragonflySpecAdditionalVolumes#gitRepo
     */
    readonly gitRepo?: DragonflySpecAdditionalVolumesGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md
     *
     * @schema DragonflySpecAdditionalVolumes#glusterfs
     */
    readonly glusterfs?: DragonflySpecAdditionalVolumesGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema DragonflySpecAdditionalVolumes#hostPath
     */
    readonly hostPath?: DragonflySpecAdditionalVolumesHostPath;
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
     * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath).
     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
     *
     * @schema DragonflySpecAdditionalVolumes#image
     */
    readonly image?: DragonflySpecAdditionalVolumesImage;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://examples.k8s.io/volumes/iscsi/README.md
     *
     * @schema DragonflySpecAdditionalVolumes#iscsi
     */
    readonly iscsi?: DragonflySpecAdditionalVolumesIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumes#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema DragonflySpecAdditionalVolumes#nfs
     */
    readonly nfs?: DragonflySpecAdditionalVolumesNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema DragonflySpecAdditionalVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: DragonflySpecAdditionalVolumesPersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
     * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
     *
     * @schema DragonflySpecAdditionalVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: DragonflySpecAdditionalVolumesPhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
     * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
     * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
     * is on.
     *
     * @schema DragonflySpecAdditionalVolumes#portworxVolume
     */
    readonly portworxVolume?: DragonflySpecAdditionalVolumesPortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema DragonflySpecAdditionalVolumes#projected
     */
    readonly projected?: DragonflySpecAdditionalVolumesProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
     * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
     *
     * @schema DragonflySpecAdditionalVolumes#quobyte
     */
    readonly quobyte?: DragonflySpecAdditionalVolumesQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
     * More info: https://examples.k8s.io/volumes/rbd/README.md
     *
     * @schema DragonflySpecAdditionalVolumes#rbd
     */
    readonly rbd?: DragonflySpecAdditionalVolumesRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
     *
     * @schema DragonflySpecAdditionalVolumes#scaleIO
     */
    readonly scaleIo?: DragonflySpecAdditionalVolumesScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema DragonflySpecAdditionalVolumes#secret
     */
    readonly secret?: DragonflySpecAdditionalVolumesSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
     *
     * @schema DragonflySpecAdditionalVolumes#storageos
     */
    readonly storageos?: DragonflySpecAdditionalVolumesStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
     * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
     * are redirected to the csi.vsphere.vmware.com CSI driver.
     *
     * @schema DragonflySpecAdditionalVolumes#vsphereVolume
     */
    readonly vsphereVolume?: DragonflySpecAdditionalVolumesVsphereVolume;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumes' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumes(obj: DragonflySpecAdditionalVolumes | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly pod affinity
 *
 * @schema DragonflySpecAffinity
 */
export interface DragonflySpecAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema DragonflySpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: DragonflySpecAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema DragonflySpecAffinity#podAffinity
     */
    readonly podAffinity?: DragonflySpecAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema DragonflySpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: DragonflySpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'DragonflySpecAffinity' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinity(obj: DragonflySpecAffinity | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly Authentication mechanism
 *
 * @schema DragonflySpecAuthentication
 */
export interface DragonflySpecAuthentication {
    /**
     * (Optional) If specified, the Dragonfly instance will check if the
     * client certificate is signed by this CA. Server TLS must be enabled for this.
     *
     * @schema DragonflySpecAuthentication#clientCaCertSecret
     */
    readonly clientCaCertSecret?: DragonflySpecAuthenticationClientCaCertSecret;
    /**
     * (Optional) Dragonfly Password from Secret as a reference to a specific key
     *
     * @schema DragonflySpecAuthentication#passwordFromSecret
     */
    readonly passwordFromSecret?: DragonflySpecAuthenticationPasswordFromSecret;
}
/**
 * Converts an object of type 'DragonflySpecAuthentication' to JSON representation.
 */
export declare function toJson_DragonflySpecAuthentication(obj: DragonflySpecAuthentication | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly container security context
 *
 * @schema DragonflySpecContainerSecurityContext
 */
export interface DragonflySpecContainerSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: DragonflySpecContainerSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema DragonflySpecContainerSecurityContext#capabilities
     */
    readonly capabilities?: DragonflySpecContainerSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema DragonflySpecContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema DragonflySpecContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecContainerSecurityContext#runAsGroup
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
     * @schema DragonflySpecContainerSecurityContext#runAsNonRoot
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
     * @schema DragonflySpecContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: DragonflySpecContainerSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: DragonflySpecContainerSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema DragonflySpecContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: DragonflySpecContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'DragonflySpecContainerSecurityContext' to JSON representation.
 */
export declare function toJson_DragonflySpecContainerSecurityContext(obj: DragonflySpecContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * Custom ConfigMap providing key "liveness-check.sh" to override the default liveness probe.
 * An additionalVolumes entry named "liveness-probe" takes precedence.
 *
 * @schema DragonflySpecCustomLivenessProbeConfigMap
 */
export interface DragonflySpecCustomLivenessProbeConfigMap {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecCustomLivenessProbeConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecCustomLivenessProbeConfigMap' to JSON representation.
 */
export declare function toJson_DragonflySpecCustomLivenessProbeConfigMap(obj: DragonflySpecCustomLivenessProbeConfigMap | undefined): Record<string, any> | undefined;
/**
 * Custom ConfigMap providing key "readiness-check.sh" to override the default readiness probe.
 * An additionalVolumes entry named "readiness-probe" takes precedence.
 *
 * @schema DragonflySpecCustomReadinessProbeConfigMap
 */
export interface DragonflySpecCustomReadinessProbeConfigMap {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecCustomReadinessProbeConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecCustomReadinessProbeConfigMap' to JSON representation.
 */
export declare function toJson_DragonflySpecCustomReadinessProbeConfigMap(obj: DragonflySpecCustomReadinessProbeConfigMap | undefined): Record<string, any> | undefined;
/**
 * Custom ConfigMap providing key "startup-check.sh" to override the default startup probe.
 * An additionalVolumes entry named "startup-probe" takes precedence.
 *
 * @schema DragonflySpecCustomStartupProbeConfigMap
 */
export interface DragonflySpecCustomStartupProbeConfigMap {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecCustomStartupProbeConfigMap#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecCustomStartupProbeConfigMap' to JSON representation.
 */
export declare function toJson_DragonflySpecCustomStartupProbeConfigMap(obj: DragonflySpecCustomStartupProbeConfigMap | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema DragonflySpecEnv
 */
export interface DragonflySpecEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema DragonflySpecEnv#name
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
     * @schema DragonflySpecEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema DragonflySpecEnv#valueFrom
     */
    readonly valueFrom?: DragonflySpecEnvValueFrom;
}
/**
 * Converts an object of type 'DragonflySpecEnv' to JSON representation.
 */
export declare function toJson_DragonflySpecEnv(obj: DragonflySpecEnv | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema DragonflySpecImagePullSecrets
 */
export interface DragonflySpecImagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_DragonflySpecImagePullSecrets(obj: DragonflySpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * A single application container that you want to run within a pod.
 *
 * @schema DragonflySpecInitContainers
 */
export interface DragonflySpecInitContainers {
    /**
     * Arguments to the entrypoint.
     * The container image's CMD is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema DragonflySpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * Entrypoint array. Not executed within a shell.
     * The container image's ENTRYPOINT is used if this is not provided.
     * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
     * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
     * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
     * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
     * of whether the variable exists or not. Cannot be updated.
     * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
     *
     * @schema DragonflySpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * List of environment variables to set in the container.
     * Cannot be updated.
     *
     * @schema DragonflySpecInitContainers#env
     */
    readonly env?: DragonflySpecInitContainersEnv[];
    /**
     * List of sources to populate environment variables in the container.
     * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
     * will be reported as an event when the container is starting. When a key exists in multiple
     * sources, the value associated with the last source will take precedence.
     * Values defined by an Env with a duplicate key will take precedence.
     * Cannot be updated.
     *
     * @schema DragonflySpecInitContainers#envFrom
     */
    readonly envFrom?: DragonflySpecInitContainersEnvFrom[];
    /**
     * Container image name.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema DragonflySpecInitContainers#image
     */
    readonly image?: string;
    /**
     * Image pull policy.
     * One of Always, Never, IfNotPresent.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema DragonflySpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * Actions that the management system should take in response to container lifecycle events.
     * Cannot be updated.
     *
     * @schema DragonflySpecInitContainers#lifecycle
     */
    readonly lifecycle?: DragonflySpecInitContainersLifecycle;
    /**
     * Periodic probe of container liveness.
     * Container will be restarted if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: DragonflySpecInitContainersLivenessProbe;
    /**
     * Name of the container specified as a DNS_LABEL.
     * Each container in a pod must have a unique name (DNS_LABEL).
     * Cannot be updated.
     *
     * @schema DragonflySpecInitContainers#name
     */
    readonly name: string;
    /**
     * List of ports to expose from the container. Not specifying a port here
     * DOES NOT prevent that port from being exposed. Any port which is
     * listening on the default "0.0.0.0" address inside a container will be
     * accessible from the network.
     * Modifying this array with strategic merge patch may corrupt the data.
     * For more information See https://github.com/kubernetes/kubernetes/issues/108255.
     * Cannot be updated.
     *
     * @schema DragonflySpecInitContainers#ports
     */
    readonly ports?: DragonflySpecInitContainersPorts[];
    /**
     * Periodic probe of container service readiness.
     * Container will be removed from service endpoints if the probe fails.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: DragonflySpecInitContainersReadinessProbe;
    /**
     * Resources resize policy for the container.
     *
     * @schema DragonflySpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: DragonflySpecInitContainersResizePolicy[];
    /**
     * Compute Resources required by this container.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecInitContainers#resources
     */
    readonly resources?: DragonflySpecInitContainersResources;
    /**
     * RestartPolicy defines the restart behavior of individual containers in a pod.
     * This field may only be set for init containers, and the only allowed value is "Always".
     * For non-init containers or when this field is not specified,
     * the restart behavior is defined by the Pod's restart policy and the container type.
     * Setting the RestartPolicy as "Always" for the init container will have the following effect:
     * this init container will be continually restarted on
     * exit until all regular containers have terminated. Once all regular
     * containers have completed, all init containers with restartPolicy "Always"
     * will be shut down. This lifecycle differs from normal init containers and
     * is often referred to as a "sidecar" container. Although this init
     * container still starts in the init container sequence, it does not wait
     * for the container to complete before proceeding to the next init
     * container. Instead, the next init container starts immediately after this
     * init container is started, or after any startupProbe has successfully
     * completed.
     *
     * @schema DragonflySpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * SecurityContext defines the security options the container should be run with.
     * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
     * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
     *
     * @schema DragonflySpecInitContainers#securityContext
     */
    readonly securityContext?: DragonflySpecInitContainersSecurityContext;
    /**
     * StartupProbe indicates that the Pod has successfully initialized.
     * If specified, no other probes are executed until this completes successfully.
     * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
     * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
     * when it might take a long time to load data or warm a cache, than during steady-state operation.
     * This cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecInitContainers#startupProbe
     */
    readonly startupProbe?: DragonflySpecInitContainersStartupProbe;
    /**
     * Whether this container should allocate a buffer for stdin in the container runtime. If this
     * is not set, reads from stdin in the container will always result in EOF.
     * Default is false.
     *
     * @default false.
     * @schema DragonflySpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * Whether the container runtime should close the stdin channel after it has been opened by
     * a single attach. When stdin is true the stdin stream will remain open across multiple attach
     * sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the
     * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
     * at which time stdin is closed and remains closed until the container is restarted. If this
     * flag is false, a container processes that reads from stdin will never receive an EOF.
     * Default is false
     *
     * @default false
     * @schema DragonflySpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * Optional: Path at which the file to which the container's termination message
     * will be written is mounted into the container's filesystem.
     * Message written is intended to be brief final status, such as an assertion failure message.
     * Will be truncated by the node if greater than 4096 bytes. The total message length across
     * all containers will be limited to 12kb.
     * Defaults to /dev/termination-log.
     * Cannot be updated.
     *
     * @default dev/termination-log.
     * @schema DragonflySpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * Indicate how the termination message should be populated. File will use the contents of
     * terminationMessagePath to populate the container status message on both success and failure.
     * FallbackToLogsOnError will use the last chunk of container log output if the termination
     * message file is empty and the container exited with an error.
     * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
     * Defaults to File.
     * Cannot be updated.
     *
     * @default File.
     * @schema DragonflySpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * Whether this container should allocate a TTY for itself, also requires 'stdin' to be true.
     * Default is false.
     *
     * @default false.
     * @schema DragonflySpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * volumeDevices is the list of block devices to be used by the container.
     *
     * @schema DragonflySpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: DragonflySpecInitContainersVolumeDevices[];
    /**
     * Pod volumes to mount into the container's filesystem.
     * Cannot be updated.
     *
     * @schema DragonflySpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: DragonflySpecInitContainersVolumeMounts[];
    /**
     * Container's working directory.
     * If not specified, the container runtime's default will be used, which
     * might be configured in the container image.
     * Cannot be updated.
     *
     * @schema DragonflySpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainers' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainers(obj: DragonflySpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * (Optional) Labels and annotations to add to all owned resources (StatefulSet, Service, PDB, etc).
 *
 * @schema DragonflySpecOwnedObjectsMetadata
 */
export interface DragonflySpecOwnedObjectsMetadata {
    /**
     * @schema DragonflySpecOwnedObjectsMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema DragonflySpecOwnedObjectsMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecOwnedObjectsMetadata' to JSON representation.
 */
export declare function toJson_DragonflySpecOwnedObjectsMetadata(obj: DragonflySpecOwnedObjectsMetadata | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly Pod Disruption Budget configuration
 *
 * @schema DragonflySpecPdb
 */
export interface DragonflySpecPdb {
    /**
     * (Optional) Maximum number of Dragonfly pods that can be unavailable during voluntary disruptions.
     * Accepts an absolute number (e.g. "1") or a percentage of total pods (e.g. "25%").
     * Cannot be used together with MinAvailable; only one of maxUnavailable or minAvailable should be set.
     *
     * @schema DragonflySpecPdb#maxUnavailable
     */
    readonly maxUnavailable?: DragonflySpecPdbMaxUnavailable;
    /**
     * (Optional) Minimum number of Dragonfly pods that must be available during voluntary disruptions.
     * Accepts an absolute number (e.g. "1") or a percentage of total pods (e.g. "25%").
     * Cannot be used together with MaxUnavailable; only one of minAvailable or maxUnavailable should be set.
     *
     * @schema DragonflySpecPdb#minAvailable
     */
    readonly minAvailable?: DragonflySpecPdbMinAvailable;
}
/**
 * Converts an object of type 'DragonflySpecPdb' to JSON representation.
 */
export declare function toJson_DragonflySpecPdb(obj: DragonflySpecPdb | undefined): Record<string, any> | undefined;
/**
 * (Optional) Labels and annotations to add to the Dragonfly pods.
 *
 * @schema DragonflySpecPodMetadata
 */
export interface DragonflySpecPodMetadata {
    /**
     * @schema DragonflySpecPodMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema DragonflySpecPodMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecPodMetadata' to JSON representation.
 */
export declare function toJson_DragonflySpecPodMetadata(obj: DragonflySpecPodMetadata | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly pod security context
 *
 * @schema DragonflySpecPodSecurityContext
 */
export interface DragonflySpecPodSecurityContext {
    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecPodSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: DragonflySpecPodSecurityContextAppArmorProfile;
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
     * @schema DragonflySpecPodSecurityContext#fsGroup
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
     * @schema DragonflySpecPodSecurityContext#fsGroupChangePolicy
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
     * @schema DragonflySpecPodSecurityContext#runAsGroup
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
     * @schema DragonflySpecPodSecurityContext#runAsNonRoot
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
     * @schema DragonflySpecPodSecurityContext#runAsUser
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
     * @schema DragonflySpecPodSecurityContext#seLinuxChangePolicy
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
     * @schema DragonflySpecPodSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: DragonflySpecPodSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by the containers in this pod.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecPodSecurityContext#seccompProfile
     */
    readonly seccompProfile?: DragonflySpecPodSecurityContextSeccompProfile;
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
     * @schema DragonflySpecPodSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecPodSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecPodSecurityContext#sysctls
     */
    readonly sysctls?: DragonflySpecPodSecurityContextSysctls[];
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema DragonflySpecPodSecurityContext#windowsOptions
     */
    readonly windowsOptions?: DragonflySpecPodSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'DragonflySpecPodSecurityContext' to JSON representation.
 */
export declare function toJson_DragonflySpecPodSecurityContext(obj: DragonflySpecPodSecurityContext | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly container resource limits. Any container limits
 * can be specified.
 *
 * @schema DragonflySpecResources
 */
export interface DragonflySpecResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema DragonflySpecResources#claims
     */
    readonly claims?: DragonflySpecResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecResources#limits
     */
    readonly limits?: {
        [key: string]: DragonflySpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecResources#requests
     */
    readonly requests?: {
        [key: string]: DragonflySpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'DragonflySpecResources' to JSON representation.
 */
export declare function toJson_DragonflySpecResources(obj: DragonflySpecResources | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly Service configuration
 *
 * @schema DragonflySpecServiceSpec
 */
export interface DragonflySpecServiceSpec {
    /**
     * (Optional) Dragonfly Service Annotations
     *
     * @schema DragonflySpecServiceSpec#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * (Optional) Dragonfly Service Labels
     *
     * @schema DragonflySpecServiceSpec#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * (Optional) Dragonfly Service name
     *
     * @schema DragonflySpecServiceSpec#name
     */
    readonly name?: string;
    /**
     * (Optional) Dragonfly Service nodePort
     *
     * @schema DragonflySpecServiceSpec#nodePort
     */
    readonly nodePort?: number;
    /**
     * (Optional) Dragonfly Service type
     *
     * @schema DragonflySpecServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'DragonflySpecServiceSpec' to JSON representation.
 */
export declare function toJson_DragonflySpecServiceSpec(obj: DragonflySpecServiceSpec | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly Snapshot configuration
 *
 * @schema DragonflySpecSnapshot
 */
export interface DragonflySpecSnapshot {
    /**
     * (Optional) Dragonfly snapshot schedule
     *
     * @schema DragonflySpecSnapshot#cron
     */
    readonly cron?: string;
    /**
     * (Optional) The path to the snapshot directory
     * This can also be an S3 URI with the prefix `s3://` when
     * using S3 as the snapshot backend
     *
     * @schema DragonflySpecSnapshot#dir
     */
    readonly dir?: string;
    /**
     * (Optional) Enable snapshot on master only
     *
     * @schema DragonflySpecSnapshot#enableOnMasterOnly
     */
    readonly enableOnMasterOnly?: boolean;
    /**
     * (Optional) Name of an existing PVC to use for Dragonfly snapshots
     *
     * @schema DragonflySpecSnapshot#existingPersistentVolumeClaimName
     */
    readonly existingPersistentVolumeClaimName?: string;
    /**
     * (Optional) Dragonfly PVC spec
     *
     * @schema DragonflySpecSnapshot#persistentVolumeClaimSpec
     */
    readonly persistentVolumeClaimSpec?: DragonflySpecSnapshotPersistentVolumeClaimSpec;
}
/**
 * Converts an object of type 'DragonflySpecSnapshot' to JSON representation.
 */
export declare function toJson_DragonflySpecSnapshot(obj: DragonflySpecSnapshot | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly SSD Tiering configuration
 *
 * @schema DragonflySpecTiering
 */
export interface DragonflySpecTiering {
    /**
     * (Optional) Dragonfly PVC spec for cache tiering configuration
     *
     * @schema DragonflySpecTiering#persistentVolumeClaimSpec
     */
    readonly persistentVolumeClaimSpec?: DragonflySpecTieringPersistentVolumeClaimSpec;
}
/**
 * Converts an object of type 'DragonflySpecTiering' to JSON representation.
 */
export declare function toJson_DragonflySpecTiering(obj: DragonflySpecTiering | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly TLS secret to used for TLS
 * Connections to Dragonfly. Dragonfly instance  must
 * have access to this secret and be in the same namespace
 *
 * @schema DragonflySpecTlsSecretRef
 */
export interface DragonflySpecTlsSecretRef {
    /**
     * name is unique within a namespace to reference a secret resource.
     *
     * @schema DragonflySpecTlsSecretRef#name
     */
    readonly name?: string;
    /**
     * namespace defines the space within which the secret name must be unique.
     *
     * @schema DragonflySpecTlsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'DragonflySpecTlsSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecTlsSecretRef(obj: DragonflySpecTlsSecretRef | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema DragonflySpecTolerations
 */
export interface DragonflySpecTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema DragonflySpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema DragonflySpecTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists and Equal. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     *
     * @default Equal.
     * @schema DragonflySpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema DragonflySpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema DragonflySpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DragonflySpecTolerations' to JSON representation.
 */
export declare function toJson_DragonflySpecTolerations(obj: DragonflySpecTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema DragonflySpecTopologySpreadConstraints
 */
export interface DragonflySpecTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema DragonflySpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: DragonflySpecTopologySpreadConstraintsLabelSelector;
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
     * @schema DragonflySpecTopologySpreadConstraints#matchLabelKeys
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
     * @schema DragonflySpecTopologySpreadConstraints#maxSkew
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
     * @schema DragonflySpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
     *
     * @schema DragonflySpecTopologySpreadConstraints#nodeAffinityPolicy
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
     * This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
     *
     * @schema DragonflySpecTopologySpreadConstraints#nodeTaintsPolicy
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
     * @schema DragonflySpecTopologySpreadConstraints#topologyKey
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
     * @schema DragonflySpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'DragonflySpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_DragonflySpecTopologySpreadConstraints(obj: DragonflySpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema DragonflySpecAdditionalContainersEnv
 */
export interface DragonflySpecAdditionalContainersEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema DragonflySpecAdditionalContainersEnv#name
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
     * @schema DragonflySpecAdditionalContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema DragonflySpecAdditionalContainersEnv#valueFrom
     */
    readonly valueFrom?: DragonflySpecAdditionalContainersEnvValueFrom;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnv' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnv(obj: DragonflySpecAdditionalContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema DragonflySpecAdditionalContainersEnvFrom
 */
export interface DragonflySpecAdditionalContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema DragonflySpecAdditionalContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: DragonflySpecAdditionalContainersEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema DragonflySpecAdditionalContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema DragonflySpecAdditionalContainersEnvFrom#secretRef
     */
    readonly secretRef?: DragonflySpecAdditionalContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvFrom' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvFrom(obj: DragonflySpecAdditionalContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema DragonflySpecAdditionalContainersLifecycle
 */
export interface DragonflySpecAdditionalContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema DragonflySpecAdditionalContainersLifecycle#postStart
     */
    readonly postStart?: DragonflySpecAdditionalContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema DragonflySpecAdditionalContainersLifecycle#preStop
     */
    readonly preStop?: DragonflySpecAdditionalContainersLifecyclePreStop;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecycle' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecycle(obj: DragonflySpecAdditionalContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbe
 */
export interface DragonflySpecAdditionalContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbe#exec
     */
    readonly exec?: DragonflySpecAdditionalContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbe#grpc
     */
    readonly grpc?: DragonflySpecAdditionalContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbe#httpGet
     */
    readonly httpGet?: DragonflySpecAdditionalContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecAdditionalContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLivenessProbe(obj: DragonflySpecAdditionalContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema DragonflySpecAdditionalContainersPorts
 */
export interface DragonflySpecAdditionalContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema DragonflySpecAdditionalContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema DragonflySpecAdditionalContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema DragonflySpecAdditionalContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema DragonflySpecAdditionalContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema DragonflySpecAdditionalContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersPorts' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersPorts(obj: DragonflySpecAdditionalContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbe
 */
export interface DragonflySpecAdditionalContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbe#exec
     */
    readonly exec?: DragonflySpecAdditionalContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbe#grpc
     */
    readonly grpc?: DragonflySpecAdditionalContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbe#httpGet
     */
    readonly httpGet?: DragonflySpecAdditionalContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecAdditionalContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersReadinessProbe(obj: DragonflySpecAdditionalContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema DragonflySpecAdditionalContainersResizePolicy
 */
export interface DragonflySpecAdditionalContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema DragonflySpecAdditionalContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema DragonflySpecAdditionalContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersResizePolicy' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersResizePolicy(obj: DragonflySpecAdditionalContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema DragonflySpecAdditionalContainersResources
 */
export interface DragonflySpecAdditionalContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema DragonflySpecAdditionalContainersResources#claims
     */
    readonly claims?: DragonflySpecAdditionalContainersResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecAdditionalContainersResources#limits
     */
    readonly limits?: {
        [key: string]: DragonflySpecAdditionalContainersResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecAdditionalContainersResources#requests
     */
    readonly requests?: {
        [key: string]: DragonflySpecAdditionalContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersResources' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersResources(obj: DragonflySpecAdditionalContainersResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema DragonflySpecAdditionalContainersSecurityContext
 */
export interface DragonflySpecAdditionalContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: DragonflySpecAdditionalContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema DragonflySpecAdditionalContainersSecurityContext#capabilities
     */
    readonly capabilities?: DragonflySpecAdditionalContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema DragonflySpecAdditionalContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema DragonflySpecAdditionalContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContext#runAsGroup
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
     * @schema DragonflySpecAdditionalContainersSecurityContext#runAsNonRoot
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
     * @schema DragonflySpecAdditionalContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: DragonflySpecAdditionalContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: DragonflySpecAdditionalContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersSecurityContext' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersSecurityContext(obj: DragonflySpecAdditionalContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema DragonflySpecAdditionalContainersStartupProbe
 */
export interface DragonflySpecAdditionalContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbe#exec
     */
    readonly exec?: DragonflySpecAdditionalContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbe#grpc
     */
    readonly grpc?: DragonflySpecAdditionalContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbe#httpGet
     */
    readonly httpGet?: DragonflySpecAdditionalContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecAdditionalContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecAdditionalContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema DragonflySpecAdditionalContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersStartupProbe' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersStartupProbe(obj: DragonflySpecAdditionalContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema DragonflySpecAdditionalContainersVolumeDevices
 */
export interface DragonflySpecAdditionalContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema DragonflySpecAdditionalContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema DragonflySpecAdditionalContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersVolumeDevices(obj: DragonflySpecAdditionalContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema DragonflySpecAdditionalContainersVolumeMounts
 */
export interface DragonflySpecAdditionalContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema DragonflySpecAdditionalContainersVolumeMounts#mountPath
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
     * @schema DragonflySpecAdditionalContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema DragonflySpecAdditionalContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema DragonflySpecAdditionalContainersVolumeMounts#readOnly
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
     * @schema DragonflySpecAdditionalContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema DragonflySpecAdditionalContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema DragonflySpecAdditionalContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersVolumeMounts(obj: DragonflySpecAdditionalContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
 * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema DragonflySpecAdditionalVolumesAwsElasticBlockStore
 */
export interface DragonflySpecAdditionalVolumesAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema DragonflySpecAdditionalVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema DragonflySpecAdditionalVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema DragonflySpecAdditionalVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema DragonflySpecAdditionalVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesAwsElasticBlockStore(obj: DragonflySpecAdditionalVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
 * are redirected to the disk.csi.azure.com CSI driver.
 *
 * @schema DragonflySpecAdditionalVolumesAzureDisk
 */
export interface DragonflySpecAdditionalVolumesAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema DragonflySpecAdditionalVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema DragonflySpecAdditionalVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema DragonflySpecAdditionalVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema DragonflySpecAdditionalVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema DragonflySpecAdditionalVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema DragonflySpecAdditionalVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesAzureDisk(obj: DragonflySpecAdditionalVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
 * are redirected to the file.csi.azure.com CSI driver.
 *
 * @schema DragonflySpecAdditionalVolumesAzureFile
 */
export interface DragonflySpecAdditionalVolumesAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema DragonflySpecAdditionalVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema DragonflySpecAdditionalVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema DragonflySpecAdditionalVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesAzureFile' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesAzureFile(obj: DragonflySpecAdditionalVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
 * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
 *
 * @schema DragonflySpecAdditionalVolumesCephfs
 */
export interface DragonflySpecAdditionalVolumesCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema DragonflySpecAdditionalVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema DragonflySpecAdditionalVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema DragonflySpecAdditionalVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema DragonflySpecAdditionalVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema DragonflySpecAdditionalVolumesCephfs#secretRef
     */
    readonly secretRef?: DragonflySpecAdditionalVolumesCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema DragonflySpecAdditionalVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesCephfs' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesCephfs(obj: DragonflySpecAdditionalVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
 * are redirected to the cinder.csi.openstack.org CSI driver.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema DragonflySpecAdditionalVolumesCinder
 */
export interface DragonflySpecAdditionalVolumesCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema DragonflySpecAdditionalVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema DragonflySpecAdditionalVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema DragonflySpecAdditionalVolumesCinder#secretRef
     */
    readonly secretRef?: DragonflySpecAdditionalVolumesCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema DragonflySpecAdditionalVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesCinder' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesCinder(obj: DragonflySpecAdditionalVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema DragonflySpecAdditionalVolumesConfigMap
 */
export interface DragonflySpecAdditionalVolumesConfigMap {
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
     * @schema DragonflySpecAdditionalVolumesConfigMap#defaultMode
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
     * @schema DragonflySpecAdditionalVolumesConfigMap#items
     */
    readonly items?: DragonflySpecAdditionalVolumesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema DragonflySpecAdditionalVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesConfigMap' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesConfigMap(obj: DragonflySpecAdditionalVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema DragonflySpecAdditionalVolumesCsi
 */
export interface DragonflySpecAdditionalVolumesCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema DragonflySpecAdditionalVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema DragonflySpecAdditionalVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema DragonflySpecAdditionalVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: DragonflySpecAdditionalVolumesCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema DragonflySpecAdditionalVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema DragonflySpecAdditionalVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesCsi' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesCsi(obj: DragonflySpecAdditionalVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema DragonflySpecAdditionalVolumesDownwardApi
 */
export interface DragonflySpecAdditionalVolumesDownwardApi {
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
     * @schema DragonflySpecAdditionalVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApi#items
     */
    readonly items?: DragonflySpecAdditionalVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesDownwardApi(obj: DragonflySpecAdditionalVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema DragonflySpecAdditionalVolumesEmptyDir
 */
export interface DragonflySpecAdditionalVolumesEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema DragonflySpecAdditionalVolumesEmptyDir#medium
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
     * @schema DragonflySpecAdditionalVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: DragonflySpecAdditionalVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEmptyDir(obj: DragonflySpecAdditionalVolumesEmptyDir | undefined): Record<string, any> | undefined;
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
 * @schema DragonflySpecAdditionalVolumesEphemeral
 */
export interface DragonflySpecAdditionalVolumesEphemeral {
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
     * @schema DragonflySpecAdditionalVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeral' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeral(obj: DragonflySpecAdditionalVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema DragonflySpecAdditionalVolumesFc
 */
export interface DragonflySpecAdditionalVolumesFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema DragonflySpecAdditionalVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema DragonflySpecAdditionalVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema DragonflySpecAdditionalVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema DragonflySpecAdditionalVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema DragonflySpecAdditionalVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesFc' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesFc(obj: DragonflySpecAdditionalVolumesFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
 *
 * @schema DragonflySpecAdditionalVolumesFlexVolume
 */
export interface DragonflySpecAdditionalVolumesFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema DragonflySpecAdditionalVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema DragonflySpecAdditionalVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema DragonflySpecAdditionalVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema DragonflySpecAdditionalVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema DragonflySpecAdditionalVolumesFlexVolume#secretRef
     */
    readonly secretRef?: DragonflySpecAdditionalVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesFlexVolume(obj: DragonflySpecAdditionalVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
 * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
 *
 * @schema DragonflySpecAdditionalVolumesFlocker
 */
export interface DragonflySpecAdditionalVolumesFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema DragonflySpecAdditionalVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema DragonflySpecAdditionalVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesFlocker' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesFlocker(obj: DragonflySpecAdditionalVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
 * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema DragonflySpecAdditionalVolumesGcePersistentDisk
 */
export interface DragonflySpecAdditionalVolumesGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema DragonflySpecAdditionalVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema DragonflySpecAdditionalVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema DragonflySpecAdditionalVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema DragonflySpecAdditionalVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesGcePersistentDisk(obj: DragonflySpecAdditionalVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema DragonflySpecAdditionalVolumesGitRepo
 */
export interface DragonflySpecAdditionalVolumesGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema DragonflySpecAdditionalVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema DragonflySpecAdditionalVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema DragonflySpecAdditionalVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesGitRepo' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesGitRepo(obj: DragonflySpecAdditionalVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
 * More info: https://examples.k8s.io/volumes/glusterfs/README.md
 *
 * @schema DragonflySpecAdditionalVolumesGlusterfs
 */
export interface DragonflySpecAdditionalVolumesGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema DragonflySpecAdditionalVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema DragonflySpecAdditionalVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema DragonflySpecAdditionalVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesGlusterfs(obj: DragonflySpecAdditionalVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema DragonflySpecAdditionalVolumesHostPath
 */
export interface DragonflySpecAdditionalVolumesHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema DragonflySpecAdditionalVolumesHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema DragonflySpecAdditionalVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesHostPath' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesHostPath(obj: DragonflySpecAdditionalVolumesHostPath | undefined): Record<string, any> | undefined;
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
 * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath).
 * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
 *
 * @schema DragonflySpecAdditionalVolumesImage
 */
export interface DragonflySpecAdditionalVolumesImage {
    /**
     * Policy for pulling OCI objects. Possible values are:
     * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema DragonflySpecAdditionalVolumesImage#pullPolicy
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
     * @schema DragonflySpecAdditionalVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesImage' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesImage(obj: DragonflySpecAdditionalVolumesImage | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://examples.k8s.io/volumes/iscsi/README.md
 *
 * @schema DragonflySpecAdditionalVolumesIscsi
 */
export interface DragonflySpecAdditionalVolumesIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema DragonflySpecAdditionalVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema DragonflySpecAdditionalVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#secretRef
     */
    readonly secretRef?: DragonflySpecAdditionalVolumesIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema DragonflySpecAdditionalVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesIscsi' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesIscsi(obj: DragonflySpecAdditionalVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema DragonflySpecAdditionalVolumesNfs
 */
export interface DragonflySpecAdditionalVolumesNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema DragonflySpecAdditionalVolumesNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema DragonflySpecAdditionalVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema DragonflySpecAdditionalVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesNfs' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesNfs(obj: DragonflySpecAdditionalVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema DragonflySpecAdditionalVolumesPersistentVolumeClaim
 */
export interface DragonflySpecAdditionalVolumesPersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema DragonflySpecAdditionalVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema DragonflySpecAdditionalVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesPersistentVolumeClaim(obj: DragonflySpecAdditionalVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
 * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
 *
 * @schema DragonflySpecAdditionalVolumesPhotonPersistentDisk
 */
export interface DragonflySpecAdditionalVolumesPhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema DragonflySpecAdditionalVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema DragonflySpecAdditionalVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesPhotonPersistentDisk(obj: DragonflySpecAdditionalVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
 * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
 * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
 * is on.
 *
 * @schema DragonflySpecAdditionalVolumesPortworxVolume
 */
export interface DragonflySpecAdditionalVolumesPortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema DragonflySpecAdditionalVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema DragonflySpecAdditionalVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema DragonflySpecAdditionalVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesPortworxVolume(obj: DragonflySpecAdditionalVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema DragonflySpecAdditionalVolumesProjected
 */
export interface DragonflySpecAdditionalVolumesProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema DragonflySpecAdditionalVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections. Each entry in this list
     * handles one source.
     *
     * @schema DragonflySpecAdditionalVolumesProjected#sources
     */
    readonly sources?: DragonflySpecAdditionalVolumesProjectedSources[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjected' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjected(obj: DragonflySpecAdditionalVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
 * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
 *
 * @schema DragonflySpecAdditionalVolumesQuobyte
 */
export interface DragonflySpecAdditionalVolumesQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema DragonflySpecAdditionalVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema DragonflySpecAdditionalVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema DragonflySpecAdditionalVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema DragonflySpecAdditionalVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema DragonflySpecAdditionalVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema DragonflySpecAdditionalVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesQuobyte' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesQuobyte(obj: DragonflySpecAdditionalVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
 * More info: https://examples.k8s.io/volumes/rbd/README.md
 *
 * @schema DragonflySpecAdditionalVolumesRbd
 */
export interface DragonflySpecAdditionalVolumesRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema DragonflySpecAdditionalVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema DragonflySpecAdditionalVolumesRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema DragonflySpecAdditionalVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema DragonflySpecAdditionalVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema DragonflySpecAdditionalVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema DragonflySpecAdditionalVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema DragonflySpecAdditionalVolumesRbd#secretRef
     */
    readonly secretRef?: DragonflySpecAdditionalVolumesRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema DragonflySpecAdditionalVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesRbd' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesRbd(obj: DragonflySpecAdditionalVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
 *
 * @schema DragonflySpecAdditionalVolumesScaleIo
 */
export interface DragonflySpecAdditionalVolumesScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema DragonflySpecAdditionalVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema DragonflySpecAdditionalVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema DragonflySpecAdditionalVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema DragonflySpecAdditionalVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema DragonflySpecAdditionalVolumesScaleIo#secretRef
     */
    readonly secretRef: DragonflySpecAdditionalVolumesScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema DragonflySpecAdditionalVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema DragonflySpecAdditionalVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema DragonflySpecAdditionalVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema DragonflySpecAdditionalVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema DragonflySpecAdditionalVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesScaleIo' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesScaleIo(obj: DragonflySpecAdditionalVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema DragonflySpecAdditionalVolumesSecret
 */
export interface DragonflySpecAdditionalVolumesSecret {
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
     * @schema DragonflySpecAdditionalVolumesSecret#defaultMode
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
     * @schema DragonflySpecAdditionalVolumesSecret#items
     */
    readonly items?: DragonflySpecAdditionalVolumesSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema DragonflySpecAdditionalVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema DragonflySpecAdditionalVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesSecret' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesSecret(obj: DragonflySpecAdditionalVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
 *
 * @schema DragonflySpecAdditionalVolumesStorageos
 */
export interface DragonflySpecAdditionalVolumesStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema DragonflySpecAdditionalVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema DragonflySpecAdditionalVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema DragonflySpecAdditionalVolumesStorageos#secretRef
     */
    readonly secretRef?: DragonflySpecAdditionalVolumesStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema DragonflySpecAdditionalVolumesStorageos#volumeName
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
     * @schema DragonflySpecAdditionalVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesStorageos' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesStorageos(obj: DragonflySpecAdditionalVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
 * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
 * are redirected to the csi.vsphere.vmware.com CSI driver.
 *
 * @schema DragonflySpecAdditionalVolumesVsphereVolume
 */
export interface DragonflySpecAdditionalVolumesVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema DragonflySpecAdditionalVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema DragonflySpecAdditionalVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema DragonflySpecAdditionalVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema DragonflySpecAdditionalVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesVsphereVolume(obj: DragonflySpecAdditionalVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema DragonflySpecAffinityNodeAffinity
 */
export interface DragonflySpecAffinityNodeAffinity {
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
     * @schema DragonflySpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema DragonflySpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinity(obj: DragonflySpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema DragonflySpecAffinityPodAffinity
 */
export interface DragonflySpecAffinityPodAffinity {
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
     * @schema DragonflySpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema DragonflySpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinity(obj: DragonflySpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema DragonflySpecAffinityPodAntiAffinity
 */
export interface DragonflySpecAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema DragonflySpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema DragonflySpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinity(obj: DragonflySpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * (Optional) If specified, the Dragonfly instance will check if the
 * client certificate is signed by this CA. Server TLS must be enabled for this.
 *
 * @schema DragonflySpecAuthenticationClientCaCertSecret
 */
export interface DragonflySpecAuthenticationClientCaCertSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema DragonflySpecAuthenticationClientCaCertSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAuthenticationClientCaCertSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema DragonflySpecAuthenticationClientCaCertSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAuthenticationClientCaCertSecret' to JSON representation.
 */
export declare function toJson_DragonflySpecAuthenticationClientCaCertSecret(obj: DragonflySpecAuthenticationClientCaCertSecret | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly Password from Secret as a reference to a specific key
 *
 * @schema DragonflySpecAuthenticationPasswordFromSecret
 */
export interface DragonflySpecAuthenticationPasswordFromSecret {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema DragonflySpecAuthenticationPasswordFromSecret#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAuthenticationPasswordFromSecret#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema DragonflySpecAuthenticationPasswordFromSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAuthenticationPasswordFromSecret' to JSON representation.
 */
export declare function toJson_DragonflySpecAuthenticationPasswordFromSecret(obj: DragonflySpecAuthenticationPasswordFromSecret | undefined): Record<string, any> | undefined;
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecContainerSecurityContextAppArmorProfile
 */
export interface DragonflySpecContainerSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema DragonflySpecContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema DragonflySpecContainerSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecContainerSecurityContextAppArmorProfile(obj: DragonflySpecContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema DragonflySpecContainerSecurityContextCapabilities
 */
export interface DragonflySpecContainerSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema DragonflySpecContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema DragonflySpecContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'DragonflySpecContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_DragonflySpecContainerSecurityContextCapabilities(obj: DragonflySpecContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecContainerSecurityContextSeLinuxOptions
 */
export interface DragonflySpecContainerSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema DragonflySpecContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema DragonflySpecContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema DragonflySpecContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema DragonflySpecContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'DragonflySpecContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecContainerSecurityContextSeLinuxOptions(obj: DragonflySpecContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecContainerSecurityContextSeccompProfile
 */
export interface DragonflySpecContainerSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema DragonflySpecContainerSecurityContextSeccompProfile#localhostProfile
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
     * @schema DragonflySpecContainerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecContainerSecurityContextSeccompProfile(obj: DragonflySpecContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema DragonflySpecContainerSecurityContextWindowsOptions
 */
export interface DragonflySpecContainerSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema DragonflySpecContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema DragonflySpecContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema DragonflySpecContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema DragonflySpecContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'DragonflySpecContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecContainerSecurityContextWindowsOptions(obj: DragonflySpecContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema DragonflySpecEnvValueFrom
 */
export interface DragonflySpecEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema DragonflySpecEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: DragonflySpecEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema DragonflySpecEnvValueFrom#fieldRef
     */
    readonly fieldRef?: DragonflySpecEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema DragonflySpecEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: DragonflySpecEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema DragonflySpecEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: DragonflySpecEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'DragonflySpecEnvValueFrom' to JSON representation.
 */
export declare function toJson_DragonflySpecEnvValueFrom(obj: DragonflySpecEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema DragonflySpecInitContainersEnv
 */
export interface DragonflySpecInitContainersEnv {
    /**
     * Name of the environment variable. Must be a C_IDENTIFIER.
     *
     * @schema DragonflySpecInitContainersEnv#name
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
     * @schema DragonflySpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * Source for the environment variable's value. Cannot be used if value is not empty.
     *
     * @schema DragonflySpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: DragonflySpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnv(obj: DragonflySpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * EnvFromSource represents the source of a set of ConfigMaps
 *
 * @schema DragonflySpecInitContainersEnvFrom
 */
export interface DragonflySpecInitContainersEnvFrom {
    /**
     * The ConfigMap to select from
     *
     * @schema DragonflySpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: DragonflySpecInitContainersEnvFromConfigMapRef;
    /**
     * An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
     *
     * @schema DragonflySpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * The Secret to select from
     *
     * @schema DragonflySpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: DragonflySpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvFrom(obj: DragonflySpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * Actions that the management system should take in response to container lifecycle events.
 * Cannot be updated.
 *
 * @schema DragonflySpecInitContainersLifecycle
 */
export interface DragonflySpecInitContainersLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema DragonflySpecInitContainersLifecycle#postStart
     */
    readonly postStart?: DragonflySpecInitContainersLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema DragonflySpecInitContainersLifecycle#preStop
     */
    readonly preStop?: DragonflySpecInitContainersLifecyclePreStop;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecycle(obj: DragonflySpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema DragonflySpecInitContainersLivenessProbe
 */
export interface DragonflySpecInitContainersLivenessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecInitContainersLivenessProbe#exec
     */
    readonly exec?: DragonflySpecInitContainersLivenessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema DragonflySpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema DragonflySpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: DragonflySpecInitContainersLivenessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: DragonflySpecInitContainersLivenessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema DragonflySpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema DragonflySpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema DragonflySpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecInitContainersLivenessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema DragonflySpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema DragonflySpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLivenessProbe(obj: DragonflySpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema DragonflySpecInitContainersPorts
 */
export interface DragonflySpecInitContainersPorts {
    /**
     * Number of port to expose on the pod's IP address.
     * This must be a valid port number, 0 < x < 65536.
     *
     * @schema DragonflySpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * What host IP to bind the external port to.
     *
     * @schema DragonflySpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * Number of port to expose on the host.
     * If specified, this must be a valid port number, 0 < x < 65536.
     * If HostNetwork is specified, this must match ContainerPort.
     * Most containers do not need this.
     *
     * @schema DragonflySpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
     * named port in a pod must have a unique name. Name for the port that can be
     * referred to by services.
     *
     * @schema DragonflySpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * Protocol for port. Must be UDP, TCP, or SCTP.
     * Defaults to "TCP".
     *
     * @default TCP".
     * @schema DragonflySpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersPorts(obj: DragonflySpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * Periodic probe of container service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema DragonflySpecInitContainersReadinessProbe
 */
export interface DragonflySpecInitContainersReadinessProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecInitContainersReadinessProbe#exec
     */
    readonly exec?: DragonflySpecInitContainersReadinessProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema DragonflySpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema DragonflySpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: DragonflySpecInitContainersReadinessProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: DragonflySpecInitContainersReadinessProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema DragonflySpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema DragonflySpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema DragonflySpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecInitContainersReadinessProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema DragonflySpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema DragonflySpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersReadinessProbe(obj: DragonflySpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * ContainerResizePolicy represents resource resize policy for the container.
 *
 * @schema DragonflySpecInitContainersResizePolicy
 */
export interface DragonflySpecInitContainersResizePolicy {
    /**
     * Name of the resource to which this resource resize policy applies.
     * Supported values: cpu, memory.
     *
     * @schema DragonflySpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * Restart policy to apply when specified resource is resized.
     * If not specified, it defaults to NotRequired.
     *
     * @schema DragonflySpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersResizePolicy(obj: DragonflySpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by this container.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema DragonflySpecInitContainersResources
 */
export interface DragonflySpecInitContainersResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This is an alpha field and requires enabling the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema DragonflySpecInitContainersResources#claims
     */
    readonly claims?: DragonflySpecInitContainersResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: DragonflySpecInitContainersResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: DragonflySpecInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'DragonflySpecInitContainersResources' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersResources(obj: DragonflySpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * SecurityContext defines the security options the container should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema DragonflySpecInitContainersSecurityContext
 */
export interface DragonflySpecInitContainersSecurityContext {
    /**
     * AllowPrivilegeEscalation controls whether a process can gain more
     * privileges than its parent process. This bool directly controls if
     * the no_new_privs flag will be set on the container process.
     * AllowPrivilegeEscalation is true always when the container is:
     * 1) run as Privileged
     * 2) has CAP_SYS_ADMIN
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * appArmorProfile is the AppArmor options to use by this container. If set, this profile
     * overrides the pod's appArmorProfile.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: DragonflySpecInitContainersSecurityContextAppArmorProfile;
    /**
     * The capabilities to add/drop when running containers.
     * Defaults to the default set of capabilities granted by the container runtime.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default the default set of capabilities granted by the container runtime.
     * @schema DragonflySpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: DragonflySpecInitContainersSecurityContextCapabilities;
    /**
     * Run container in privileged mode.
     * Processes in privileged containers are essentially equivalent to root on the host.
     * Defaults to false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema DragonflySpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * procMount denotes the type of proc mount to use for the containers.
     * The default value is Default which uses the container runtime defaults for
     * readonly paths and masked paths.
     * This requires the ProcMountType feature flag to be enabled.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * Whether this container has a read-only root filesystem.
     * Default is false.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @default false.
     * @schema DragonflySpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * The GID to run the entrypoint of the container process.
     * Uses runtime default if unset.
     * May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecInitContainersSecurityContext#runAsGroup
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
     * @schema DragonflySpecInitContainersSecurityContext#runAsNonRoot
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
     * @schema DragonflySpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * The SELinux context to be applied to the container.
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: DragonflySpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * The seccomp options to use by this container. If seccomp options are
     * provided at both the pod & container level, the container options
     * override the pod options.
     * Note that this field cannot be set when spec.os.name is windows.
     *
     * @schema DragonflySpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: DragonflySpecInitContainersSecurityContextSeccompProfile;
    /**
     * The Windows specific settings applied to all containers.
     * If unspecified, the options from the PodSecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     *
     * @schema DragonflySpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: DragonflySpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersSecurityContext(obj: DragonflySpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * StartupProbe indicates that the Pod has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema DragonflySpecInitContainersStartupProbe
 */
export interface DragonflySpecInitContainersStartupProbe {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecInitContainersStartupProbe#exec
     */
    readonly exec?: DragonflySpecInitContainersStartupProbeExec;
    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * Defaults to 3. Minimum value is 1.
     *
     * @default 3. Minimum value is 1.
     * @schema DragonflySpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * GRPC specifies a GRPC HealthCheckRequest.
     *
     * @schema DragonflySpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: DragonflySpecInitContainersStartupProbeGrpc;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: DragonflySpecInitContainersStartupProbeHttpGet;
    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @schema DragonflySpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * How often (in seconds) to perform the probe.
     * Default to 10 seconds. Minimum value is 1.
     *
     * @default 10 seconds. Minimum value is 1.
     * @schema DragonflySpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     *
     * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
     * @schema DragonflySpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * TCPSocket specifies a connection to a TCP port.
     *
     * @schema DragonflySpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecInitContainersStartupProbeTcpSocket;
    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     *
     * @schema DragonflySpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Number of seconds after which the probe times out.
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     *
     * @default 1 second. Minimum value is 1.
     * @schema DragonflySpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersStartupProbe(obj: DragonflySpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema DragonflySpecInitContainersVolumeDevices
 */
export interface DragonflySpecInitContainersVolumeDevices {
    /**
     * devicePath is the path inside of the container that the device will be mapped to.
     *
     * @schema DragonflySpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * name must match the name of a persistentVolumeClaim in the pod
     *
     * @schema DragonflySpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersVolumeDevices(obj: DragonflySpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema DragonflySpecInitContainersVolumeMounts
 */
export interface DragonflySpecInitContainersVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema DragonflySpecInitContainersVolumeMounts#mountPath
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
     * @schema DragonflySpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema DragonflySpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema DragonflySpecInitContainersVolumeMounts#readOnly
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
     * @schema DragonflySpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema DragonflySpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema DragonflySpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersVolumeMounts(obj: DragonflySpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * (Optional) Maximum number of Dragonfly pods that can be unavailable during voluntary disruptions.
 * Accepts an absolute number (e.g. "1") or a percentage of total pods (e.g. "25%").
 * Cannot be used together with MinAvailable; only one of maxUnavailable or minAvailable should be set.
 *
 * @schema DragonflySpecPdbMaxUnavailable
 */
export declare class DragonflySpecPdbMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecPdbMaxUnavailable;
    static fromString(value: string): DragonflySpecPdbMaxUnavailable;
    private constructor();
}
/**
 * (Optional) Minimum number of Dragonfly pods that must be available during voluntary disruptions.
 * Accepts an absolute number (e.g. "1") or a percentage of total pods (e.g. "25%").
 * Cannot be used together with MaxUnavailable; only one of minAvailable or maxUnavailable should be set.
 *
 * @schema DragonflySpecPdbMinAvailable
 */
export declare class DragonflySpecPdbMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecPdbMinAvailable;
    static fromString(value: string): DragonflySpecPdbMinAvailable;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecPodSecurityContextAppArmorProfile
 */
export interface DragonflySpecPodSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema DragonflySpecPodSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema DragonflySpecPodSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecPodSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecPodSecurityContextAppArmorProfile(obj: DragonflySpecPodSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to all containers.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in SecurityContext.  If set in
 * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
 * takes precedence for that container.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecPodSecurityContextSeLinuxOptions
 */
export interface DragonflySpecPodSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema DragonflySpecPodSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema DragonflySpecPodSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema DragonflySpecPodSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema DragonflySpecPodSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'DragonflySpecPodSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecPodSecurityContextSeLinuxOptions(obj: DragonflySpecPodSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by the containers in this pod.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecPodSecurityContextSeccompProfile
 */
export interface DragonflySpecPodSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema DragonflySpecPodSecurityContextSeccompProfile#localhostProfile
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
     * @schema DragonflySpecPodSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecPodSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecPodSecurityContextSeccompProfile(obj: DragonflySpecPodSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * Sysctl defines a kernel parameter to be set
 *
 * @schema DragonflySpecPodSecurityContextSysctls
 */
export interface DragonflySpecPodSecurityContextSysctls {
    /**
     * Name of a property to set
     *
     * @schema DragonflySpecPodSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * Value of a property to set
     *
     * @schema DragonflySpecPodSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecPodSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_DragonflySpecPodSecurityContextSysctls(obj: DragonflySpecPodSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options within a container's SecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema DragonflySpecPodSecurityContextWindowsOptions
 */
export interface DragonflySpecPodSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema DragonflySpecPodSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema DragonflySpecPodSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema DragonflySpecPodSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema DragonflySpecPodSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'DragonflySpecPodSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecPodSecurityContextWindowsOptions(obj: DragonflySpecPodSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema DragonflySpecResourcesClaims
 */
export interface DragonflySpecResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema DragonflySpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema DragonflySpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'DragonflySpecResourcesClaims' to JSON representation.
 */
export declare function toJson_DragonflySpecResourcesClaims(obj: DragonflySpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema DragonflySpecResourcesLimits
 */
export declare class DragonflySpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecResourcesLimits;
    static fromString(value: string): DragonflySpecResourcesLimits;
    private constructor();
}
/**
 * @schema DragonflySpecResourcesRequests
 */
export declare class DragonflySpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecResourcesRequests;
    static fromString(value: string): DragonflySpecResourcesRequests;
    private constructor();
}
/**
 * (Optional) Dragonfly PVC spec
 *
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec
 */
export interface DragonflySpecSnapshotPersistentVolumeClaimSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#accessModes
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
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#dataSource
     */
    readonly dataSource?: DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource;
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
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#dataSourceRef
     */
    readonly dataSourceRef?: DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#resources
     */
    readonly resources?: DragonflySpecSnapshotPersistentVolumeClaimSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#selector
     */
    readonly selector?: DragonflySpecSnapshotPersistentVolumeClaimSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
     * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
     * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
     * will be set by the persistentvolume controller if it exists.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'DragonflySpecSnapshotPersistentVolumeClaimSpec' to JSON representation.
 */
export declare function toJson_DragonflySpecSnapshotPersistentVolumeClaimSpec(obj: DragonflySpecSnapshotPersistentVolumeClaimSpec | undefined): Record<string, any> | undefined;
/**
 * (Optional) Dragonfly PVC spec for cache tiering configuration
 *
 * @schema DragonflySpecTieringPersistentVolumeClaimSpec
 */
export interface DragonflySpecTieringPersistentVolumeClaimSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#accessModes
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
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#dataSource
     */
    readonly dataSource?: DragonflySpecTieringPersistentVolumeClaimSpecDataSource;
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
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#dataSourceRef
     */
    readonly dataSourceRef?: DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#resources
     */
    readonly resources?: DragonflySpecTieringPersistentVolumeClaimSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#selector
     */
    readonly selector?: DragonflySpecTieringPersistentVolumeClaimSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
     * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
     * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
     * will be set by the persistentvolume controller if it exists.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'DragonflySpecTieringPersistentVolumeClaimSpec' to JSON representation.
 */
export declare function toJson_DragonflySpecTieringPersistentVolumeClaimSpec(obj: DragonflySpecTieringPersistentVolumeClaimSpec | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema DragonflySpecTopologySpreadConstraintsLabelSelector
 */
export interface DragonflySpecTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecTopologySpreadConstraintsLabelSelector(obj: DragonflySpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema DragonflySpecAdditionalContainersEnvValueFrom
 */
export interface DragonflySpecAdditionalContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: DragonflySpecAdditionalContainersEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvValueFrom(obj: DragonflySpecAdditionalContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema DragonflySpecAdditionalContainersEnvFromConfigMapRef
 */
export interface DragonflySpecAdditionalContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema DragonflySpecAdditionalContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvFromConfigMapRef(obj: DragonflySpecAdditionalContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema DragonflySpecAdditionalContainersEnvFromSecretRef
 */
export interface DragonflySpecAdditionalContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema DragonflySpecAdditionalContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvFromSecretRef(obj: DragonflySpecAdditionalContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStart
 */
export interface DragonflySpecAdditionalContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStart#exec
     */
    readonly exec?: DragonflySpecAdditionalContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: DragonflySpecAdditionalContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStart#sleep
     */
    readonly sleep?: DragonflySpecAdditionalContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePostStart(obj: DragonflySpecAdditionalContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStop
 */
export interface DragonflySpecAdditionalContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStop#exec
     */
    readonly exec?: DragonflySpecAdditionalContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: DragonflySpecAdditionalContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStop#sleep
     */
    readonly sleep?: DragonflySpecAdditionalContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePreStop(obj: DragonflySpecAdditionalContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbeExec
 */
export interface DragonflySpecAdditionalContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLivenessProbeExec(obj: DragonflySpecAdditionalContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbeGrpc
 */
export interface DragonflySpecAdditionalContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLivenessProbeGrpc(obj: DragonflySpecAdditionalContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGet
 */
export interface DragonflySpecAdditionalContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGet#port
     */
    readonly port: DragonflySpecAdditionalContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLivenessProbeHttpGet(obj: DragonflySpecAdditionalContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbeTcpSocket
 */
export interface DragonflySpecAdditionalContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeTcpSocket#port
     */
    readonly port: DragonflySpecAdditionalContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLivenessProbeTcpSocket(obj: DragonflySpecAdditionalContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbeExec
 */
export interface DragonflySpecAdditionalContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersReadinessProbeExec(obj: DragonflySpecAdditionalContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbeGrpc
 */
export interface DragonflySpecAdditionalContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersReadinessProbeGrpc(obj: DragonflySpecAdditionalContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGet
 */
export interface DragonflySpecAdditionalContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGet#port
     */
    readonly port: DragonflySpecAdditionalContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersReadinessProbeHttpGet(obj: DragonflySpecAdditionalContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbeTcpSocket
 */
export interface DragonflySpecAdditionalContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeTcpSocket#port
     */
    readonly port: DragonflySpecAdditionalContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersReadinessProbeTcpSocket(obj: DragonflySpecAdditionalContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema DragonflySpecAdditionalContainersResourcesClaims
 */
export interface DragonflySpecAdditionalContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema DragonflySpecAdditionalContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema DragonflySpecAdditionalContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersResourcesClaims(obj: DragonflySpecAdditionalContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema DragonflySpecAdditionalContainersResourcesLimits
 */
export declare class DragonflySpecAdditionalContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersResourcesLimits;
    static fromString(value: string): DragonflySpecAdditionalContainersResourcesLimits;
    private constructor();
}
/**
 * @schema DragonflySpecAdditionalContainersResourcesRequests
 */
export declare class DragonflySpecAdditionalContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersResourcesRequests;
    static fromString(value: string): DragonflySpecAdditionalContainersResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecAdditionalContainersSecurityContextAppArmorProfile
 */
export interface DragonflySpecAdditionalContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersSecurityContextAppArmorProfile(obj: DragonflySpecAdditionalContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema DragonflySpecAdditionalContainersSecurityContextCapabilities
 */
export interface DragonflySpecAdditionalContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersSecurityContextCapabilities(obj: DragonflySpecAdditionalContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions
 */
export interface DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions(obj: DragonflySpecAdditionalContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecAdditionalContainersSecurityContextSeccompProfile
 */
export interface DragonflySpecAdditionalContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextSeccompProfile#localhostProfile
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
     * @schema DragonflySpecAdditionalContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersSecurityContextSeccompProfile(obj: DragonflySpecAdditionalContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema DragonflySpecAdditionalContainersSecurityContextWindowsOptions
 */
export interface DragonflySpecAdditionalContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema DragonflySpecAdditionalContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema DragonflySpecAdditionalContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersSecurityContextWindowsOptions(obj: DragonflySpecAdditionalContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecAdditionalContainersStartupProbeExec
 */
export interface DragonflySpecAdditionalContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersStartupProbeExec(obj: DragonflySpecAdditionalContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema DragonflySpecAdditionalContainersStartupProbeGrpc
 */
export interface DragonflySpecAdditionalContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersStartupProbeGrpc(obj: DragonflySpecAdditionalContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecAdditionalContainersStartupProbeHttpGet
 */
export interface DragonflySpecAdditionalContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeHttpGet#port
     */
    readonly port: DragonflySpecAdditionalContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecAdditionalContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersStartupProbeHttpGet(obj: DragonflySpecAdditionalContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema DragonflySpecAdditionalContainersStartupProbeTcpSocket
 */
export interface DragonflySpecAdditionalContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeTcpSocket#port
     */
    readonly port: DragonflySpecAdditionalContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersStartupProbeTcpSocket(obj: DragonflySpecAdditionalContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema DragonflySpecAdditionalVolumesCephfsSecretRef
 */
export interface DragonflySpecAdditionalVolumesCephfsSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesCephfsSecretRef(obj: DragonflySpecAdditionalVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema DragonflySpecAdditionalVolumesCinderSecretRef
 */
export interface DragonflySpecAdditionalVolumesCinderSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesCinderSecretRef(obj: DragonflySpecAdditionalVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema DragonflySpecAdditionalVolumesConfigMapItems
 */
export interface DragonflySpecAdditionalVolumesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema DragonflySpecAdditionalVolumesConfigMapItems#key
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
     * @schema DragonflySpecAdditionalVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema DragonflySpecAdditionalVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesConfigMapItems(obj: DragonflySpecAdditionalVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema DragonflySpecAdditionalVolumesCsiNodePublishSecretRef
 */
export interface DragonflySpecAdditionalVolumesCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesCsiNodePublishSecretRef(obj: DragonflySpecAdditionalVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema DragonflySpecAdditionalVolumesDownwardApiItems
 */
export interface DragonflySpecAdditionalVolumesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesDownwardApiItems(obj: DragonflySpecAdditionalVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema DragonflySpecAdditionalVolumesEmptyDirSizeLimit
 */
export declare class DragonflySpecAdditionalVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalVolumesEmptyDirSizeLimit;
    static fromString(value: string): DragonflySpecAdditionalVolumesEmptyDirSizeLimit;
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
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate
 */
export interface DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate(obj: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema DragonflySpecAdditionalVolumesFlexVolumeSecretRef
 */
export interface DragonflySpecAdditionalVolumesFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesFlexVolumeSecretRef(obj: DragonflySpecAdditionalVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema DragonflySpecAdditionalVolumesIscsiSecretRef
 */
export interface DragonflySpecAdditionalVolumesIscsiSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesIscsiSecretRef(obj: DragonflySpecAdditionalVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSources
 */
export interface DragonflySpecAdditionalVolumesProjectedSources {
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
     * @schema DragonflySpecAdditionalVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSources#configMap
     */
    readonly configMap?: DragonflySpecAdditionalVolumesProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApi;
    /**
     * secret information about the secret data to project
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSources#secret
     */
    readonly secret?: DragonflySpecAdditionalVolumesProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSources(obj: DragonflySpecAdditionalVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema DragonflySpecAdditionalVolumesRbdSecretRef
 */
export interface DragonflySpecAdditionalVolumesRbdSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesRbdSecretRef(obj: DragonflySpecAdditionalVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema DragonflySpecAdditionalVolumesScaleIoSecretRef
 */
export interface DragonflySpecAdditionalVolumesScaleIoSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesScaleIoSecretRef(obj: DragonflySpecAdditionalVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema DragonflySpecAdditionalVolumesSecretItems
 */
export interface DragonflySpecAdditionalVolumesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema DragonflySpecAdditionalVolumesSecretItems#key
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
     * @schema DragonflySpecAdditionalVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema DragonflySpecAdditionalVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesSecretItems' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesSecretItems(obj: DragonflySpecAdditionalVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema DragonflySpecAdditionalVolumesStorageosSecretRef
 */
export interface DragonflySpecAdditionalVolumesStorageosSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesStorageosSecretRef(obj: DragonflySpecAdditionalVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
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
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
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
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema DragonflySpecEnvValueFromConfigMapKeyRef
 */
export interface DragonflySpecEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema DragonflySpecEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema DragonflySpecEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_DragonflySpecEnvValueFromConfigMapKeyRef(obj: DragonflySpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema DragonflySpecEnvValueFromFieldRef
 */
export interface DragonflySpecEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema DragonflySpecEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema DragonflySpecEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'DragonflySpecEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecEnvValueFromFieldRef(obj: DragonflySpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema DragonflySpecEnvValueFromResourceFieldRef
 */
export interface DragonflySpecEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema DragonflySpecEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema DragonflySpecEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: DragonflySpecEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema DragonflySpecEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'DragonflySpecEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecEnvValueFromResourceFieldRef(obj: DragonflySpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema DragonflySpecEnvValueFromSecretKeyRef
 */
export interface DragonflySpecEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema DragonflySpecEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema DragonflySpecEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_DragonflySpecEnvValueFromSecretKeyRef(obj: DragonflySpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema DragonflySpecInitContainersEnvValueFrom
 */
export interface DragonflySpecInitContainersEnvValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema DragonflySpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: DragonflySpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
     * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
     *
     * @schema DragonflySpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: DragonflySpecInitContainersEnvValueFromFieldRef;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
     *
     * @schema DragonflySpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: DragonflySpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * Selects a key of a secret in the pod's namespace
     *
     * @schema DragonflySpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: DragonflySpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvValueFrom(obj: DragonflySpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * The ConfigMap to select from
 *
 * @schema DragonflySpecInitContainersEnvFromConfigMapRef
 */
export interface DragonflySpecInitContainersEnvFromConfigMapRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap must be defined
     *
     * @schema DragonflySpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvFromConfigMapRef(obj: DragonflySpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * The Secret to select from
 *
 * @schema DragonflySpecInitContainersEnvFromSecretRef
 */
export interface DragonflySpecInitContainersEnvFromSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret must be defined
     *
     * @schema DragonflySpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvFromSecretRef(obj: DragonflySpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema DragonflySpecInitContainersLifecyclePostStart
 */
export interface DragonflySpecInitContainersLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: DragonflySpecInitContainersLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: DragonflySpecInitContainersLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: DragonflySpecInitContainersLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePostStart(obj: DragonflySpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema DragonflySpecInitContainersLifecyclePreStop
 */
export interface DragonflySpecInitContainersLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: DragonflySpecInitContainersLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: DragonflySpecInitContainersLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: DragonflySpecInitContainersLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: DragonflySpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePreStop(obj: DragonflySpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecInitContainersLivenessProbeExec
 */
export interface DragonflySpecInitContainersLivenessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLivenessProbeExec(obj: DragonflySpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema DragonflySpecInitContainersLivenessProbeGrpc
 */
export interface DragonflySpecInitContainersLivenessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema DragonflySpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema DragonflySpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLivenessProbeGrpc(obj: DragonflySpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecInitContainersLivenessProbeHttpGet
 */
export interface DragonflySpecInitContainersLivenessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: DragonflySpecInitContainersLivenessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLivenessProbeHttpGet(obj: DragonflySpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema DragonflySpecInitContainersLivenessProbeTcpSocket
 */
export interface DragonflySpecInitContainersLivenessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: DragonflySpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLivenessProbeTcpSocket(obj: DragonflySpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecInitContainersReadinessProbeExec
 */
export interface DragonflySpecInitContainersReadinessProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersReadinessProbeExec(obj: DragonflySpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema DragonflySpecInitContainersReadinessProbeGrpc
 */
export interface DragonflySpecInitContainersReadinessProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema DragonflySpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema DragonflySpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersReadinessProbeGrpc(obj: DragonflySpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecInitContainersReadinessProbeHttpGet
 */
export interface DragonflySpecInitContainersReadinessProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: DragonflySpecInitContainersReadinessProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersReadinessProbeHttpGet(obj: DragonflySpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema DragonflySpecInitContainersReadinessProbeTcpSocket
 */
export interface DragonflySpecInitContainersReadinessProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: DragonflySpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersReadinessProbeTcpSocket(obj: DragonflySpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema DragonflySpecInitContainersResourcesClaims
 */
export interface DragonflySpecInitContainersResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema DragonflySpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema DragonflySpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersResourcesClaims(obj: DragonflySpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema DragonflySpecInitContainersResourcesLimits
 */
export declare class DragonflySpecInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersResourcesLimits;
    static fromString(value: string): DragonflySpecInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema DragonflySpecInitContainersResourcesRequests
 */
export declare class DragonflySpecInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersResourcesRequests;
    static fromString(value: string): DragonflySpecInitContainersResourcesRequests;
    private constructor();
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecInitContainersSecurityContextAppArmorProfile
 */
export interface DragonflySpecInitContainersSecurityContextAppArmorProfile {
    /**
     * localhostProfile indicates a profile loaded on the node that should be used.
     * The profile must be preconfigured on the node to work.
     * Must match the loaded name of the profile.
     * Must be set if and only if type is "Localhost".
     *
     * @schema DragonflySpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * type indicates which kind of AppArmor profile will be applied.
     * Valid options are:
     * Localhost - a profile pre-loaded on the node.
     * RuntimeDefault - the container runtime's default profile.
     * Unconfined - no AppArmor enforcement.
     *
     * @schema DragonflySpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersSecurityContextAppArmorProfile(obj: DragonflySpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema DragonflySpecInitContainersSecurityContextCapabilities
 */
export interface DragonflySpecInitContainersSecurityContextCapabilities {
    /**
     * Added capabilities
     *
     * @schema DragonflySpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * Removed capabilities
     *
     * @schema DragonflySpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'DragonflySpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersSecurityContextCapabilities(obj: DragonflySpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecInitContainersSecurityContextSeLinuxOptions
 */
export interface DragonflySpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * Level is SELinux level label that applies to the container.
     *
     * @schema DragonflySpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * Role is a SELinux role label that applies to the container.
     *
     * @schema DragonflySpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * Type is a SELinux type label that applies to the container.
     *
     * @schema DragonflySpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * User is a SELinux user label that applies to the container.
     *
     * @schema DragonflySpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersSecurityContextSeLinuxOptions(obj: DragonflySpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema DragonflySpecInitContainersSecurityContextSeccompProfile
 */
export interface DragonflySpecInitContainersSecurityContextSeccompProfile {
    /**
     * localhostProfile indicates a profile defined in a file on the node should be used.
     * The profile must be preconfigured on the node to work.
     * Must be a descending path, relative to the kubelet's configured seccomp profile location.
     * Must be set if type is "Localhost". Must NOT be set for any other type.
     *
     * @schema DragonflySpecInitContainersSecurityContextSeccompProfile#localhostProfile
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
     * @schema DragonflySpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersSecurityContextSeccompProfile(obj: DragonflySpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema DragonflySpecInitContainersSecurityContextWindowsOptions
 */
export interface DragonflySpecInitContainersSecurityContextWindowsOptions {
    /**
     * GMSACredentialSpec is where the GMSA admission webhook
     * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
     * GMSA credential spec named by the GMSACredentialSpecName field.
     *
     * @schema DragonflySpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * GMSACredentialSpecName is the name of the GMSA credential spec to use.
     *
     * @schema DragonflySpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * HostProcess determines if a container should be run as a 'Host Process' container.
     * All of a Pod's containers must have the same effective HostProcess value
     * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
     * In addition, if HostProcess is true then HostNetwork must also be set to true.
     *
     * @schema DragonflySpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * The UserName in Windows to run the entrypoint of the container process.
     * Defaults to the user specified in image metadata if unspecified.
     * May also be set in PodSecurityContext. If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     *
     * @default the user specified in image metadata if unspecified.
     * @schema DragonflySpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersSecurityContextWindowsOptions(obj: DragonflySpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecInitContainersStartupProbeExec
 */
export interface DragonflySpecInitContainersStartupProbeExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersStartupProbeExec(obj: DragonflySpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema DragonflySpecInitContainersStartupProbeGrpc
 */
export interface DragonflySpecInitContainersStartupProbeGrpc {
    /**
     * Port number of the gRPC service. Number must be in the range 1 to 65535.
     *
     * @schema DragonflySpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * Service is the name of the service to place in the gRPC HealthCheckRequest
     * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
     *
     * If this is not specified, the default behavior is defined by gRPC.
     *
     * @schema DragonflySpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersStartupProbeGrpc(obj: DragonflySpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecInitContainersStartupProbeHttpGet
 */
export interface DragonflySpecInitContainersStartupProbeHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: DragonflySpecInitContainersStartupProbeHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersStartupProbeHttpGet(obj: DragonflySpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema DragonflySpecInitContainersStartupProbeTcpSocket
 */
export interface DragonflySpecInitContainersStartupProbeTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: DragonflySpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersStartupProbeTcpSocket(obj: DragonflySpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
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
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource
 */
export interface DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource' to JSON representation.
 */
export declare function toJson_DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource(obj: DragonflySpecSnapshotPersistentVolumeClaimSpecDataSource | undefined): Record<string, any> | undefined;
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
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef
 */
export interface DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef(obj: DragonflySpecSnapshotPersistentVolumeClaimSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecResources
 */
export interface DragonflySpecSnapshotPersistentVolumeClaimSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecResources#limits
     */
    readonly limits?: {
        [key: string]: DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecResources#requests
     */
    readonly requests?: {
        [key: string]: DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'DragonflySpecSnapshotPersistentVolumeClaimSpecResources' to JSON representation.
 */
export declare function toJson_DragonflySpecSnapshotPersistentVolumeClaimSpecResources(obj: DragonflySpecSnapshotPersistentVolumeClaimSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecSelector
 */
export interface DragonflySpecSnapshotPersistentVolumeClaimSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecSnapshotPersistentVolumeClaimSpecSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecSnapshotPersistentVolumeClaimSpecSelector(obj: DragonflySpecSnapshotPersistentVolumeClaimSpecSelector | undefined): Record<string, any> | undefined;
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
 * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSource
 */
export interface DragonflySpecTieringPersistentVolumeClaimSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DragonflySpecTieringPersistentVolumeClaimSpecDataSource' to JSON representation.
 */
export declare function toJson_DragonflySpecTieringPersistentVolumeClaimSpecDataSource(obj: DragonflySpecTieringPersistentVolumeClaimSpecDataSource | undefined): Record<string, any> | undefined;
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
 * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef
 */
export interface DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef(obj: DragonflySpecTieringPersistentVolumeClaimSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema DragonflySpecTieringPersistentVolumeClaimSpecResources
 */
export interface DragonflySpecTieringPersistentVolumeClaimSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecResources#limits
     */
    readonly limits?: {
        [key: string]: DragonflySpecTieringPersistentVolumeClaimSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecResources#requests
     */
    readonly requests?: {
        [key: string]: DragonflySpecTieringPersistentVolumeClaimSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'DragonflySpecTieringPersistentVolumeClaimSpecResources' to JSON representation.
 */
export declare function toJson_DragonflySpecTieringPersistentVolumeClaimSpecResources(obj: DragonflySpecTieringPersistentVolumeClaimSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema DragonflySpecTieringPersistentVolumeClaimSpecSelector
 */
export interface DragonflySpecTieringPersistentVolumeClaimSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecTieringPersistentVolumeClaimSpecSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecTieringPersistentVolumeClaimSpecSelector(obj: DragonflySpecTieringPersistentVolumeClaimSpecSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: DragonflySpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef
 */
export interface DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef(obj: DragonflySpecAdditionalContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema DragonflySpecAdditionalContainersEnvValueFromFieldRef
 */
export interface DragonflySpecAdditionalContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvValueFromFieldRef(obj: DragonflySpecAdditionalContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef
 */
export interface DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: DragonflySpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef(obj: DragonflySpecAdditionalContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef
 */
export interface DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef(obj: DragonflySpecAdditionalContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStartExec
 */
export interface DragonflySpecAdditionalContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePostStartExec(obj: DragonflySpecAdditionalContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGet
 */
export interface DragonflySpecAdditionalContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGet#port
     */
    readonly port: DragonflySpecAdditionalContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePostStartHttpGet(obj: DragonflySpecAdditionalContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStartSleep
 */
export interface DragonflySpecAdditionalContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePostStartSleep(obj: DragonflySpecAdditionalContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket
 */
export interface DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: DragonflySpecAdditionalContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket(obj: DragonflySpecAdditionalContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStopExec
 */
export interface DragonflySpecAdditionalContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePreStopExec(obj: DragonflySpecAdditionalContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGet
 */
export interface DragonflySpecAdditionalContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGet#port
     */
    readonly port: DragonflySpecAdditionalContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePreStopHttpGet(obj: DragonflySpecAdditionalContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStopSleep
 */
export interface DragonflySpecAdditionalContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePreStopSleep(obj: DragonflySpecAdditionalContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket
 */
export interface DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: DragonflySpecAdditionalContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket(obj: DragonflySpecAdditionalContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders
 */
export interface DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders(obj: DragonflySpecAdditionalContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbeHttpGetPort
 */
export declare class DragonflySpecAdditionalContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersLivenessProbeHttpGetPort;
    static fromString(value: string): DragonflySpecAdditionalContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersLivenessProbeTcpSocketPort
 */
export declare class DragonflySpecAdditionalContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): DragonflySpecAdditionalContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders
 */
export interface DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders(obj: DragonflySpecAdditionalContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbeHttpGetPort
 */
export declare class DragonflySpecAdditionalContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersReadinessProbeHttpGetPort;
    static fromString(value: string): DragonflySpecAdditionalContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersReadinessProbeTcpSocketPort
 */
export declare class DragonflySpecAdditionalContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): DragonflySpecAdditionalContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders
 */
export interface DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders(obj: DragonflySpecAdditionalContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersStartupProbeHttpGetPort
 */
export declare class DragonflySpecAdditionalContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersStartupProbeHttpGetPort;
    static fromString(value: string): DragonflySpecAdditionalContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersStartupProbeTcpSocketPort
 */
export declare class DragonflySpecAdditionalContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersStartupProbeTcpSocketPort;
    static fromString(value: string): DragonflySpecAdditionalContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef
 */
export interface DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef(obj: DragonflySpecAdditionalVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef
 */
export interface DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef(obj: DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#accessModes
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
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource;
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
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass
     * will be applied to the claim but it's not allowed to reset this field to empty string once it is set.
     * If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass
     * will be set by the persistentvolume controller if it exists.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     * (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec(obj: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
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
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle(obj: DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMap
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesConfigMap(obj: DragonflySpecAdditionalVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApi
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesDownwardApi(obj: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecret
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecret#items
     */
    readonly items?: DragonflySpecAdditionalVolumesProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesSecret(obj: DragonflySpecAdditionalVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken#audience
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
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken(obj: DragonflySpecAdditionalVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
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
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
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
     * This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema DragonflySpecEnvValueFromResourceFieldRefDivisor
 */
export declare class DragonflySpecEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): DragonflySpecEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * Selects a key of a ConfigMap.
 *
 * @schema DragonflySpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface DragonflySpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema DragonflySpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema DragonflySpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvValueFromConfigMapKeyRef(obj: DragonflySpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema DragonflySpecInitContainersEnvValueFromFieldRef
 */
export interface DragonflySpecInitContainersEnvValueFromFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema DragonflySpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema DragonflySpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvValueFromFieldRef(obj: DragonflySpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema DragonflySpecInitContainersEnvValueFromResourceFieldRef
 */
export interface DragonflySpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema DragonflySpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema DragonflySpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: DragonflySpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema DragonflySpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvValueFromResourceFieldRef(obj: DragonflySpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema DragonflySpecInitContainersEnvValueFromSecretKeyRef
 */
export interface DragonflySpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema DragonflySpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema DragonflySpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema DragonflySpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersEnvValueFromSecretKeyRef(obj: DragonflySpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecInitContainersLifecyclePostStartExec
 */
export interface DragonflySpecInitContainersLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePostStartExec(obj: DragonflySpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecInitContainersLifecyclePostStartHttpGet
 */
export interface DragonflySpecInitContainersLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: DragonflySpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePostStartHttpGet(obj: DragonflySpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema DragonflySpecInitContainersLifecyclePostStartSleep
 */
export interface DragonflySpecInitContainersLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePostStartSleep(obj: DragonflySpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema DragonflySpecInitContainersLifecyclePostStartTcpSocket
 */
export interface DragonflySpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: DragonflySpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePostStartTcpSocket(obj: DragonflySpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema DragonflySpecInitContainersLifecyclePreStopExec
 */
export interface DragonflySpecInitContainersLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePreStopExec(obj: DragonflySpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema DragonflySpecInitContainersLifecyclePreStopHttpGet
 */
export interface DragonflySpecInitContainersLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: DragonflySpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema DragonflySpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePreStopHttpGet(obj: DragonflySpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema DragonflySpecInitContainersLifecyclePreStopSleep
 */
export interface DragonflySpecInitContainersLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePreStopSleep(obj: DragonflySpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema DragonflySpecInitContainersLifecyclePreStopTcpSocket
 */
export interface DragonflySpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: DragonflySpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePreStopTcpSocket(obj: DragonflySpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: DragonflySpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersLivenessProbeHttpGetPort
 */
export declare class DragonflySpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): DragonflySpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class DragonflySpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): DragonflySpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: DragonflySpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersReadinessProbeHttpGetPort
 */
export declare class DragonflySpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): DragonflySpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class DragonflySpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): DragonflySpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders(obj: DragonflySpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersStartupProbeHttpGetPort
 */
export declare class DragonflySpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): DragonflySpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersStartupProbeTcpSocketPort
 */
export declare class DragonflySpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): DragonflySpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesLimits
 */
export declare class DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesLimits;
    static fromString(value: string): DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesLimits;
    private constructor();
}
/**
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesRequests
 */
export declare class DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesRequests;
    static fromString(value: string): DragonflySpecSnapshotPersistentVolumeClaimSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions
 */
export interface DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions(obj: DragonflySpecSnapshotPersistentVolumeClaimSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema DragonflySpecTieringPersistentVolumeClaimSpecResourcesLimits
 */
export declare class DragonflySpecTieringPersistentVolumeClaimSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecTieringPersistentVolumeClaimSpecResourcesLimits;
    static fromString(value: string): DragonflySpecTieringPersistentVolumeClaimSpecResourcesLimits;
    private constructor();
}
/**
 * @schema DragonflySpecTieringPersistentVolumeClaimSpecResourcesRequests
 */
export declare class DragonflySpecTieringPersistentVolumeClaimSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecTieringPersistentVolumeClaimSpecResourcesRequests;
    static fromString(value: string): DragonflySpecTieringPersistentVolumeClaimSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions
 */
export interface DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions(obj: DragonflySpecTieringPersistentVolumeClaimSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema DragonflySpecAdditionalContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class DragonflySpecAdditionalContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): DragonflySpecAdditionalContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders(obj: DragonflySpecAdditionalContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStartHttpGetPort
 */
export declare class DragonflySpecAdditionalContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): DragonflySpecAdditionalContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePostStartTcpSocketPort
 */
export declare class DragonflySpecAdditionalContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): DragonflySpecAdditionalContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders(obj: DragonflySpecAdditionalContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStopHttpGetPort
 */
export declare class DragonflySpecAdditionalContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): DragonflySpecAdditionalContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecAdditionalContainersLifecyclePreStopTcpSocketPort
 */
export declare class DragonflySpecAdditionalContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): DragonflySpecAdditionalContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): DragonflySpecAdditionalVolumesDownwardApiItemsResourceFieldRefDivisor;
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
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
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
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources(obj: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems#key
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
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems(obj: DragonflySpecAdditionalVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems(obj: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecretItems
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecretItems#key
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
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesSecretItems(obj: DragonflySpecAdditionalVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: DragonflySpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: DragonflySpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: DragonflySpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: DragonflySpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema DragonflySpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class DragonflySpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): DragonflySpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: DragonflySpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class DragonflySpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): DragonflySpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class DragonflySpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): DragonflySpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: DragonflySpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class DragonflySpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): DragonflySpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema DragonflySpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class DragonflySpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): DragonflySpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: DragonflySpecAdditionalVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: DragonflySpecAdditionalVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: DragonflySpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: DragonflySpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): DragonflySpecAdditionalVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
