import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * GitRepository is the Schema for the gitrepositories API.
 *
 * @schema GitRepository
 */
export declare class GitRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "GitRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "GitRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: GitRepositoryProps): any;
    /**
     * Defines a "GitRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: GitRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * GitRepository is the Schema for the gitrepositories API.
 *
 * @schema GitRepository
 */
export interface GitRepositoryProps {
    /**
     * @schema GitRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * GitRepositorySpec specifies the required configuration to produce an
     * Artifact for a Git repository.
     *
     * @schema GitRepository#spec
     */
    readonly spec?: GitRepositorySpec;
}
/**
 * Converts an object of type 'GitRepositoryProps' to JSON representation.
 */
export declare function toJson_GitRepositoryProps(obj: GitRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * GitRepositorySpec specifies the required configuration to produce an
 * Artifact for a Git repository.
 *
 * @schema GitRepositorySpec
 */
export interface GitRepositorySpec {
    /**
     * Ignore overrides the set of excluded patterns in the .sourceignore format
     * (which is the same as .gitignore). If not provided, a default will be used,
     * consult the documentation for your version to find out what those are.
     *
     * @schema GitRepositorySpec#ignore
     */
    readonly ignore?: string;
    /**
     * Include specifies a list of GitRepository resources which Artifacts
     * should be included in the Artifact produced for this GitRepository.
     *
     * @schema GitRepositorySpec#include
     */
    readonly include?: GitRepositorySpecInclude[];
    /**
     * Interval at which the GitRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema GitRepositorySpec#interval
     */
    readonly interval: string;
    /**
     * Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema GitRepositorySpec#provider
     */
    readonly provider?: GitRepositorySpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the Git server.
     *
     * @schema GitRepositorySpec#proxySecretRef
     */
    readonly proxySecretRef?: GitRepositorySpecProxySecretRef;
    /**
     * RecurseSubmodules enables the initialization of all submodules within
     * the GitRepository as cloned from the URL, using their default settings.
     *
     * @schema GitRepositorySpec#recurseSubmodules
     */
    readonly recurseSubmodules?: boolean;
    /**
     * Reference specifies the Git reference to resolve and monitor for
     * changes, defaults to the 'master' branch.
     *
     * @schema GitRepositorySpec#ref
     */
    readonly ref?: GitRepositorySpecRef;
    /**
     * SecretRef specifies the Secret containing authentication credentials for
     * the GitRepository.
     * For HTTPS repositories the Secret must contain 'username' and 'password'
     * fields for basic auth or 'bearerToken' field for token auth.
     * For SSH repositories the Secret must contain 'identity'
     * and 'known_hosts' fields.
     *
     * @schema GitRepositorySpec#secretRef
     */
    readonly secretRef?: GitRepositorySpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to
     * authenticate to the GitRepository. This field is only supported for 'azure' and 'aws' providers.
     *
     * @schema GitRepositorySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * SparseCheckout specifies a list of directories to checkout when cloning
     * the repository. If specified, only these directories are included in the
     * Artifact produced for this GitRepository.
     *
     * @schema GitRepositorySpec#sparseCheckout
     */
    readonly sparseCheckout?: string[];
    /**
     * Suspend tells the controller to suspend the reconciliation of this
     * GitRepository.
     *
     * @schema GitRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout for Git operations like cloning, defaults to 60s.
     *
     * @schema GitRepositorySpec#timeout
     */
    readonly timeout?: string;
    /**
     * URL specifies the Git repository URL, it can be an HTTP/S or SSH address.
     *
     * @schema GitRepositorySpec#url
     */
    readonly url: string;
    /**
     * Verification specifies the configuration to verify the Git commit
     * signature(s).
     *
     * @schema GitRepositorySpec#verify
     */
    readonly verify?: GitRepositorySpecVerify;
}
/**
 * Converts an object of type 'GitRepositorySpec' to JSON representation.
 */
export declare function toJson_GitRepositorySpec(obj: GitRepositorySpec | undefined): Record<string, any> | undefined;
/**
 * GitRepositoryInclude specifies a local reference to a GitRepository which
 * Artifact (sub-)contents must be included, and where they should be placed.
 *
 * @schema GitRepositorySpecInclude
 */
export interface GitRepositorySpecInclude {
    /**
     * FromPath specifies the path to copy contents from, defaults to the root
     * of the Artifact.
     *
     * @schema GitRepositorySpecInclude#fromPath
     */
    readonly fromPath?: string;
    /**
     * GitRepositoryRef specifies the GitRepository which Artifact contents
     * must be included.
     *
     * @schema GitRepositorySpecInclude#repository
     */
    readonly repository: GitRepositorySpecIncludeRepository;
    /**
     * ToPath specifies the path to copy contents to, defaults to the name of
     * the GitRepositoryRef.
     *
     * @schema GitRepositorySpecInclude#toPath
     */
    readonly toPath?: string;
}
/**
 * Converts an object of type 'GitRepositorySpecInclude' to JSON representation.
 */
export declare function toJson_GitRepositorySpecInclude(obj: GitRepositorySpecInclude | undefined): Record<string, any> | undefined;
/**
 * Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema GitRepositorySpecProvider
 */
export declare enum GitRepositorySpecProvider {
    /** generic */
    GENERIC = "generic",
    /** aws */
    AWS = "aws",
    /** azure */
    AZURE = "azure",
    /** github */
    GITHUB = "github"
}
/**
 * ProxySecretRef specifies the Secret containing the proxy configuration
 * to use while communicating with the Git server.
 *
 * @schema GitRepositorySpecProxySecretRef
 */
export interface GitRepositorySpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecProxySecretRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecProxySecretRef(obj: GitRepositorySpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference specifies the Git reference to resolve and monitor for
 * changes, defaults to the 'master' branch.
 *
 * @schema GitRepositorySpecRef
 */
export interface GitRepositorySpecRef {
    /**
     * Branch to check out, defaults to 'master' if no other field is defined.
     *
     * @schema GitRepositorySpecRef#branch
     */
    readonly branch?: string;
    /**
     * Commit SHA to check out, takes precedence over all reference fields.
     *
     * This can be combined with Branch to shallow clone the branch, in which
     * the commit is expected to exist.
     *
     * @schema GitRepositorySpecRef#commit
     */
    readonly commit?: string;
    /**
     * Name of the reference to check out; takes precedence over Branch, Tag and SemVer.
     *
     * It must be a valid Git reference: https://git-scm.com/docs/git-check-ref-format#_description
     * Examples: "refs/heads/main", "refs/tags/v0.1.0", "refs/pull/420/head", "refs/merge-requests/1/head"
     *
     * @schema GitRepositorySpecRef#name
     */
    readonly name?: string;
    /**
     * SemVer tag expression to check out, takes precedence over Tag.
     *
     * @schema GitRepositorySpecRef#semver
     */
    readonly semver?: string;
    /**
     * Tag to check out, takes precedence over Branch.
     *
     * @schema GitRepositorySpecRef#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'GitRepositorySpecRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecRef(obj: GitRepositorySpecRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef specifies the Secret containing authentication credentials for
 * the GitRepository.
 * For HTTPS repositories the Secret must contain 'username' and 'password'
 * fields for basic auth or 'bearerToken' field for token auth.
 * For SSH repositories the Secret must contain 'identity'
 * and 'known_hosts' fields.
 *
 * @schema GitRepositorySpecSecretRef
 */
export interface GitRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecSecretRef(obj: GitRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Verification specifies the configuration to verify the Git commit
 * signature(s).
 *
 * @schema GitRepositorySpecVerify
 */
export interface GitRepositorySpecVerify {
    /**
     * Mode specifies which Git object(s) should be verified.
     *
     * The variants "head" and "HEAD" both imply the same thing, i.e. verify
     * the commit that the HEAD of the Git repository points to. The variant
     * "head" solely exists to ensure backwards compatibility.
     *
     * @schema GitRepositorySpecVerify#mode
     */
    readonly mode?: GitRepositorySpecVerifyMode;
    /**
     * SecretRef specifies the Secret containing the public keys of trusted Git
     * authors. PGP public keys must be stored under keys with the .asc suffix,
     * and SSH public keys must be stored under keys with the .sshpub suffix.
     *
     * @schema GitRepositorySpecVerify#secretRef
     */
    readonly secretRef: GitRepositorySpecVerifySecretRef;
}
/**
 * Converts an object of type 'GitRepositorySpecVerify' to JSON representation.
 */
export declare function toJson_GitRepositorySpecVerify(obj: GitRepositorySpecVerify | undefined): Record<string, any> | undefined;
/**
 * GitRepositoryRef specifies the GitRepository which Artifact contents
 * must be included.
 *
 * @schema GitRepositorySpecIncludeRepository
 */
export interface GitRepositorySpecIncludeRepository {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecIncludeRepository#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecIncludeRepository' to JSON representation.
 */
export declare function toJson_GitRepositorySpecIncludeRepository(obj: GitRepositorySpecIncludeRepository | undefined): Record<string, any> | undefined;
/**
 * Mode specifies which Git object(s) should be verified.
 *
 * The variants "head" and "HEAD" both imply the same thing, i.e. verify
 * the commit that the HEAD of the Git repository points to. The variant
 * "head" solely exists to ensure backwards compatibility.
 *
 * @schema GitRepositorySpecVerifyMode
 */
export declare enum GitRepositorySpecVerifyMode {
    /** head */
    HEAD = "head",
    /** Tag */
    TAG = "Tag",
    /** TagAndHEAD */
    TAG_AND_HEAD = "TagAndHEAD"
}
/**
 * SecretRef specifies the Secret containing the public keys of trusted Git
 * authors. PGP public keys must be stored under keys with the .asc suffix,
 * and SSH public keys must be stored under keys with the .sshpub suffix.
 *
 * @schema GitRepositorySpecVerifySecretRef
 */
export interface GitRepositorySpecVerifySecretRef {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecVerifySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecVerifySecretRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecVerifySecretRef(obj: GitRepositorySpecVerifySecretRef | undefined): Record<string, any> | undefined;
/**
 * HelmRepository is the Schema for the helmrepositories API.
 *
 * @schema HelmRepository
 */
export declare class HelmRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "HelmRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "HelmRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: HelmRepositoryProps): any;
    /**
     * Defines a "HelmRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: HelmRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * HelmRepository is the Schema for the helmrepositories API.
 *
 * @schema HelmRepository
 */
export interface HelmRepositoryProps {
    /**
     * @schema HelmRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * HelmRepositorySpec specifies the required configuration to produce an
     * Artifact for a Helm repository index YAML.
     *
     * @schema HelmRepository#spec
     */
    readonly spec?: HelmRepositorySpec;
}
/**
 * Converts an object of type 'HelmRepositoryProps' to JSON representation.
 */
export declare function toJson_HelmRepositoryProps(obj: HelmRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * HelmRepositorySpec specifies the required configuration to produce an
 * Artifact for a Helm repository index YAML.
 *
 * @schema HelmRepositorySpec
 */
export interface HelmRepositorySpec {
    /**
     * AccessFrom specifies an Access Control List for allowing cross-namespace
     * references to this object.
     * NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092
     *
     * @schema HelmRepositorySpec#accessFrom
     */
    readonly accessFrom?: HelmRepositorySpecAccessFrom;
    /**
     * CertSecretRef can be given the name of a Secret containing
     * either or both of
     *
     * - a PEM-encoded client certificate (`tls.crt`) and private
     * key (`tls.key`);
     * - a PEM-encoded CA certificate (`ca.crt`)
     *
     * and whichever are supplied, will be used for connecting to the
     * registry. The client cert and key are useful if you are
     * authenticating with a certificate; the CA cert is useful if
     * you are using a self-signed server certificate. The Secret must
     * be of type `Opaque` or `kubernetes.io/tls`.
     *
     * It takes precedence over the values specified in the Secret referred
     * to by `.spec.secretRef`.
     *
     * @schema HelmRepositorySpec#certSecretRef
     */
    readonly certSecretRef?: HelmRepositorySpecCertSecretRef;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     * This field is only taken into account if the .spec.type field is set to 'oci'.
     *
     * @schema HelmRepositorySpec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval at which the HelmRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema HelmRepositorySpec#interval
     */
    readonly interval?: string;
    /**
     * PassCredentials allows the credentials from the SecretRef to be passed
     * on to a host that does not match the host as defined in URL.
     * This may be required if the host of the advertised chart URLs in the
     * index differ from the defined URL.
     * Enabling this should be done with caution, as it can potentially result
     * in credentials getting stolen in a MITM-attack.
     *
     * @schema HelmRepositorySpec#passCredentials
     */
    readonly passCredentials?: boolean;
    /**
     * Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * This field is optional, and only taken into account if the .spec.type field is set to 'oci'.
     * When not specified, defaults to 'generic'.
     *
     * @schema HelmRepositorySpec#provider
     */
    readonly provider?: HelmRepositorySpecProvider;
    /**
     * SecretRef specifies the Secret containing authentication credentials
     * for the HelmRepository.
     * For HTTP/S basic auth the secret must contain 'username' and 'password'
     * fields.
     * Support for TLS auth using the 'certFile' and 'keyFile', and/or 'caFile'
     * keys is deprecated. Please use `.spec.certSecretRef` instead.
     *
     * @schema HelmRepositorySpec#secretRef
     */
    readonly secretRef?: HelmRepositorySpecSecretRef;
    /**
     * Suspend tells the controller to suspend the reconciliation of this
     * HelmRepository.
     *
     * @schema HelmRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout is used for the index fetch operation for an HTTPS helm repository,
     * and for remote OCI Repository operations like pulling for an OCI helm
     * chart by the associated HelmChart.
     * Its default value is 60s.
     *
     * @schema HelmRepositorySpec#timeout
     */
    readonly timeout?: string;
    /**
     * Type of the HelmRepository.
     * When this field is set to  "oci", the URL field value must be prefixed with "oci://".
     *
     * @schema HelmRepositorySpec#type
     */
    readonly type?: HelmRepositorySpecType;
    /**
     * URL of the Helm repository, a valid URL contains at least a protocol and
     * host.
     *
     * @schema HelmRepositorySpec#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'HelmRepositorySpec' to JSON representation.
 */
export declare function toJson_HelmRepositorySpec(obj: HelmRepositorySpec | undefined): Record<string, any> | undefined;
/**
 * AccessFrom specifies an Access Control List for allowing cross-namespace
 * references to this object.
 * NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092
 *
 * @schema HelmRepositorySpecAccessFrom
 */
export interface HelmRepositorySpecAccessFrom {
    /**
     * NamespaceSelectors is the list of namespace selectors to which this ACL applies.
     * Items in this list are evaluated using a logical OR operation.
     *
     * @schema HelmRepositorySpecAccessFrom#namespaceSelectors
     */
    readonly namespaceSelectors: HelmRepositorySpecAccessFromNamespaceSelectors[];
}
/**
 * Converts an object of type 'HelmRepositorySpecAccessFrom' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecAccessFrom(obj: HelmRepositorySpecAccessFrom | undefined): Record<string, any> | undefined;
/**
 * CertSecretRef can be given the name of a Secret containing
 * either or both of
 *
 * - a PEM-encoded client certificate (`tls.crt`) and private
 * key (`tls.key`);
 * - a PEM-encoded CA certificate (`ca.crt`)
 *
 * and whichever are supplied, will be used for connecting to the
 * registry. The client cert and key are useful if you are
 * authenticating with a certificate; the CA cert is useful if
 * you are using a self-signed server certificate. The Secret must
 * be of type `Opaque` or `kubernetes.io/tls`.
 *
 * It takes precedence over the values specified in the Secret referred
 * to by `.spec.secretRef`.
 *
 * @schema HelmRepositorySpecCertSecretRef
 */
export interface HelmRepositorySpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema HelmRepositorySpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HelmRepositorySpecCertSecretRef' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecCertSecretRef(obj: HelmRepositorySpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * This field is optional, and only taken into account if the .spec.type field is set to 'oci'.
 * When not specified, defaults to 'generic'.
 *
 * @schema HelmRepositorySpecProvider
 */
export declare enum HelmRepositorySpecProvider {
    /** generic */
    GENERIC = "generic",
    /** aws */
    AWS = "aws",
    /** azure */
    AZURE = "azure",
    /** gcp */
    GCP = "gcp"
}
/**
 * SecretRef specifies the Secret containing authentication credentials
 * for the HelmRepository.
 * For HTTP/S basic auth the secret must contain 'username' and 'password'
 * fields.
 * Support for TLS auth using the 'certFile' and 'keyFile', and/or 'caFile'
 * keys is deprecated. Please use `.spec.certSecretRef` instead.
 *
 * @schema HelmRepositorySpecSecretRef
 */
export interface HelmRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema HelmRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HelmRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecSecretRef(obj: HelmRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Type of the HelmRepository.
 * When this field is set to  "oci", the URL field value must be prefixed with "oci://".
 *
 * @schema HelmRepositorySpecType
 */
export declare enum HelmRepositorySpecType {
    /** default */
    DEFAULT = "default",
    /** oci */
    OCI = "oci"
}
/**
 * NamespaceSelector selects the namespaces to which this ACL applies.
 * An empty map of MatchLabels matches all namespaces in a cluster.
 *
 * @schema HelmRepositorySpecAccessFromNamespaceSelectors
 */
export interface HelmRepositorySpecAccessFromNamespaceSelectors {
    /**
     * MatchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema HelmRepositorySpecAccessFromNamespaceSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'HelmRepositorySpecAccessFromNamespaceSelectors' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecAccessFromNamespaceSelectors(obj: HelmRepositorySpecAccessFromNamespaceSelectors | undefined): Record<string, any> | undefined;
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepository
 */
export declare class OciRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "OCIRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "OCIRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: OciRepositoryProps): any;
    /**
     * Defines a "OCIRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: OciRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepository
 */
export interface OciRepositoryProps {
    /**
     * @schema OCIRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * OCIRepositorySpec defines the desired state of OCIRepository
     *
     * @schema OCIRepository#spec
     */
    readonly spec?: OciRepositorySpec;
}
/**
 * Converts an object of type 'OciRepositoryProps' to JSON representation.
 */
export declare function toJson_OciRepositoryProps(obj: OciRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * OCIRepositorySpec defines the desired state of OCIRepository
 *
 * @schema OciRepositorySpec
 */
export interface OciRepositorySpec {
    /**
     * CertSecretRef can be given the name of a Secret containing
     * either or both of
     *
     * - a PEM-encoded client certificate (`tls.crt`) and private
     * key (`tls.key`);
     * - a PEM-encoded CA certificate (`ca.crt`)
     *
     * and whichever are supplied, will be used for connecting to the
     * registry. The client cert and key are useful if you are
     * authenticating with a certificate; the CA cert is useful if
     * you are using a self-signed server certificate. The Secret must
     * be of type `Opaque` or `kubernetes.io/tls`.
     *
     * @schema OciRepositorySpec#certSecretRef
     */
    readonly certSecretRef?: OciRepositorySpecCertSecretRef;
    /**
     * Ignore overrides the set of excluded patterns in the .sourceignore format
     * (which is the same as .gitignore). If not provided, a default will be used,
     * consult the documentation for your version to find out what those are.
     *
     * @schema OciRepositorySpec#ignore
     */
    readonly ignore?: string;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     *
     * @schema OciRepositorySpec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval at which the OCIRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema OciRepositorySpec#interval
     */
    readonly interval: string;
    /**
     * LayerSelector specifies which layer should be extracted from the OCI artifact.
     * When not specified, the first layer found in the artifact is selected.
     *
     * @schema OciRepositorySpec#layerSelector
     */
    readonly layerSelector?: OciRepositorySpecLayerSelector;
    /**
     * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema OciRepositorySpec#provider
     */
    readonly provider?: OciRepositorySpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the container registry.
     *
     * @schema OciRepositorySpec#proxySecretRef
     */
    readonly proxySecretRef?: OciRepositorySpecProxySecretRef;
    /**
     * The OCI reference to pull and monitor for changes,
     * defaults to the latest tag.
     *
     * @schema OciRepositorySpec#ref
     */
    readonly ref?: OciRepositorySpecRef;
    /**
     * SecretRef contains the secret name containing the registry login
     * credentials to resolve image metadata.
     * The secret must be of type kubernetes.io/dockerconfigjson.
     *
     * @schema OciRepositorySpec#secretRef
     */
    readonly secretRef?: OciRepositorySpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate
     * the image pull if the service account has attached pull secrets. For more information:
     * https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account
     *
     * @schema OciRepositorySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * This flag tells the controller to suspend the reconciliation of this source.
     *
     * @schema OciRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * The timeout for remote OCI Repository operations like pulling, defaults to 60s.
     *
     * @schema OciRepositorySpec#timeout
     */
    readonly timeout?: string;
    /**
     * URL is a reference to an OCI artifact repository hosted
     * on a remote container registry.
     *
     * @schema OciRepositorySpec#url
     */
    readonly url: string;
    /**
     * Verify contains the secret name containing the trusted public keys
     * used to verify the signature and specifies which provider to use to check
     * whether OCI image is authentic.
     *
     * @schema OciRepositorySpec#verify
     */
    readonly verify?: OciRepositorySpecVerify;
}
/**
 * Converts an object of type 'OciRepositorySpec' to JSON representation.
 */
export declare function toJson_OciRepositorySpec(obj: OciRepositorySpec | undefined): Record<string, any> | undefined;
/**
 * CertSecretRef can be given the name of a Secret containing
 * either or both of
 *
 * - a PEM-encoded client certificate (`tls.crt`) and private
 * key (`tls.key`);
 * - a PEM-encoded CA certificate (`ca.crt`)
 *
 * and whichever are supplied, will be used for connecting to the
 * registry. The client cert and key are useful if you are
 * authenticating with a certificate; the CA cert is useful if
 * you are using a self-signed server certificate. The Secret must
 * be of type `Opaque` or `kubernetes.io/tls`.
 *
 * @schema OciRepositorySpecCertSecretRef
 */
export interface OciRepositorySpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecCertSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecCertSecretRef(obj: OciRepositorySpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * LayerSelector specifies which layer should be extracted from the OCI artifact.
 * When not specified, the first layer found in the artifact is selected.
 *
 * @schema OciRepositorySpecLayerSelector
 */
export interface OciRepositorySpecLayerSelector {
    /**
     * MediaType specifies the OCI media type of the layer
     * which should be extracted from the OCI Artifact. The
     * first layer matching this type is selected.
     *
     * @schema OciRepositorySpecLayerSelector#mediaType
     */
    readonly mediaType?: string;
    /**
     * Operation specifies how the selected layer should be processed.
     * By default, the layer compressed content is extracted to storage.
     * When the operation is set to 'copy', the layer compressed content
     * is persisted to storage as it is.
     *
     * @schema OciRepositorySpecLayerSelector#operation
     */
    readonly operation?: OciRepositorySpecLayerSelectorOperation;
}
/**
 * Converts an object of type 'OciRepositorySpecLayerSelector' to JSON representation.
 */
export declare function toJson_OciRepositorySpecLayerSelector(obj: OciRepositorySpecLayerSelector | undefined): Record<string, any> | undefined;
/**
 * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema OciRepositorySpecProvider
 */
export declare enum OciRepositorySpecProvider {
    /** generic */
    GENERIC = "generic",
    /** aws */
    AWS = "aws",
    /** azure */
    AZURE = "azure",
    /** gcp */
    GCP = "gcp"
}
/**
 * ProxySecretRef specifies the Secret containing the proxy configuration
 * to use while communicating with the container registry.
 *
 * @schema OciRepositorySpecProxySecretRef
 */
export interface OciRepositorySpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecProxySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecProxySecretRef(obj: OciRepositorySpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * The OCI reference to pull and monitor for changes,
 * defaults to the latest tag.
 *
 * @schema OciRepositorySpecRef
 */
export interface OciRepositorySpecRef {
    /**
     * Digest is the image digest to pull, takes precedence over SemVer.
     * The value should be in the format 'sha256:<HASH>'.
     *
     * @schema OciRepositorySpecRef#digest
     */
    readonly digest?: string;
    /**
     * SemVer is the range of tags to pull selecting the latest within
     * the range, takes precedence over Tag.
     *
     * @schema OciRepositorySpecRef#semver
     */
    readonly semver?: string;
    /**
     * SemverFilter is a regex pattern to filter the tags within the SemVer range.
     *
     * @schema OciRepositorySpecRef#semverFilter
     */
    readonly semverFilter?: string;
    /**
     * Tag is the image tag to pull, defaults to latest.
     *
     * @schema OciRepositorySpecRef#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'OciRepositorySpecRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecRef(obj: OciRepositorySpecRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef contains the secret name containing the registry login
 * credentials to resolve image metadata.
 * The secret must be of type kubernetes.io/dockerconfigjson.
 *
 * @schema OciRepositorySpecSecretRef
 */
export interface OciRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecSecretRef(obj: OciRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Verify contains the secret name containing the trusted public keys
 * used to verify the signature and specifies which provider to use to check
 * whether OCI image is authentic.
 *
 * @schema OciRepositorySpecVerify
 */
export interface OciRepositorySpecVerify {
    /**
     * MatchOIDCIdentity specifies the identity matching criteria to use
     * while verifying an OCI artifact which was signed using Cosign keyless
     * signing. The artifact's identity is deemed to be verified if any of the
     * specified matchers match against the identity.
     *
     * @schema OciRepositorySpecVerify#matchOIDCIdentity
     */
    readonly matchOidcIdentity?: OciRepositorySpecVerifyMatchOidcIdentity[];
    /**
     * Provider specifies the technology used to sign the OCI Artifact.
     *
     * @schema OciRepositorySpecVerify#provider
     */
    readonly provider: OciRepositorySpecVerifyProvider;
    /**
     * SecretRef specifies the Kubernetes Secret containing the
     * trusted public keys.
     *
     * @schema OciRepositorySpecVerify#secretRef
     */
    readonly secretRef?: OciRepositorySpecVerifySecretRef;
    /**
     * TrustedRootSecretRef specifies the Kubernetes Secret containing a
     * Sigstore trusted_root.json file. This enables verification against
     * self-hosted Sigstore infrastructure (custom Fulcio CA, self-hosted
     * Rekor instance). The Secret must contain a key named "trusted_root.json".
     *
     * @schema OciRepositorySpecVerify#trustedRootSecretRef
     */
    readonly trustedRootSecretRef?: OciRepositorySpecVerifyTrustedRootSecretRef;
}
/**
 * Converts an object of type 'OciRepositorySpecVerify' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerify(obj: OciRepositorySpecVerify | undefined): Record<string, any> | undefined;
/**
 * Operation specifies how the selected layer should be processed.
 * By default, the layer compressed content is extracted to storage.
 * When the operation is set to 'copy', the layer compressed content
 * is persisted to storage as it is.
 *
 * @schema OciRepositorySpecLayerSelectorOperation
 */
export declare enum OciRepositorySpecLayerSelectorOperation {
    /** extract */
    EXTRACT = "extract",
    /** copy */
    COPY = "copy"
}
/**
 * OIDCIdentityMatch specifies options for verifying the certificate identity,
 * i.e. the issuer and the subject of the certificate.
 *
 * @schema OciRepositorySpecVerifyMatchOidcIdentity
 */
export interface OciRepositorySpecVerifyMatchOidcIdentity {
    /**
     * Issuer specifies the regex pattern to match against to verify
     * the OIDC issuer in the Fulcio certificate. The pattern must be a
     * valid Go regular expression.
     *
     * @schema OciRepositorySpecVerifyMatchOidcIdentity#issuer
     */
    readonly issuer: string;
    /**
     * Subject specifies the regex pattern to match against to verify
     * the identity subject in the Fulcio certificate. The pattern must
     * be a valid Go regular expression.
     *
     * @schema OciRepositorySpecVerifyMatchOidcIdentity#subject
     */
    readonly subject: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifyMatchOidcIdentity' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifyMatchOidcIdentity(obj: OciRepositorySpecVerifyMatchOidcIdentity | undefined): Record<string, any> | undefined;
/**
 * Provider specifies the technology used to sign the OCI Artifact.
 *
 * @schema OciRepositorySpecVerifyProvider
 */
export declare enum OciRepositorySpecVerifyProvider {
    /** cosign */
    COSIGN = "cosign",
    /** notation */
    NOTATION = "notation"
}
/**
 * SecretRef specifies the Kubernetes Secret containing the
 * trusted public keys.
 *
 * @schema OciRepositorySpecVerifySecretRef
 */
export interface OciRepositorySpecVerifySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecVerifySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifySecretRef(obj: OciRepositorySpecVerifySecretRef | undefined): Record<string, any> | undefined;
/**
 * TrustedRootSecretRef specifies the Kubernetes Secret containing a
 * Sigstore trusted_root.json file. This enables verification against
 * self-hosted Sigstore infrastructure (custom Fulcio CA, self-hosted
 * Rekor instance). The Secret must contain a key named "trusted_root.json".
 *
 * @schema OciRepositorySpecVerifyTrustedRootSecretRef
 */
export interface OciRepositorySpecVerifyTrustedRootSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecVerifyTrustedRootSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifyTrustedRootSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifyTrustedRootSecretRef(obj: OciRepositorySpecVerifyTrustedRootSecretRef | undefined): Record<string, any> | undefined;
