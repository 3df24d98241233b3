import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * GrafanaDashboard is the Schema for the grafanadashboards API
 *
 * @schema GrafanaDashboard
 */
export declare class GrafanaDashboard extends ApiObject {
    /**
     * Returns the apiVersion and kind for "GrafanaDashboard"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "GrafanaDashboard".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GrafanaDashboardProps): any;
    /**
     * Defines a "GrafanaDashboard" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GrafanaDashboardProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * GrafanaDashboard is the Schema for the grafanadashboards API
 *
 * @schema GrafanaDashboard
 */
export interface GrafanaDashboardProps {
    /**
     * @schema GrafanaDashboard#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * GrafanaDashboardSpec defines the desired state of GrafanaDashboard
     *
     * @schema GrafanaDashboard#spec
     */
    readonly spec: GrafanaDashboardSpec;
}
/**
 * Converts an object of type 'GrafanaDashboardProps' to JSON representation.
 */
export declare function toJson_GrafanaDashboardProps(obj: GrafanaDashboardProps | undefined): Record<string, any> | undefined;
/**
 * GrafanaDashboardSpec defines the desired state of GrafanaDashboard
 *
 * @schema GrafanaDashboardSpec
 */
export interface GrafanaDashboardSpec {
    /**
     * Allow the Operator to match this resource with Grafanas outside the current namespace
     *
     * @schema GrafanaDashboardSpec#allowCrossNamespaceImport
     */
    readonly allowCrossNamespaceImport?: boolean;
    /**
     * model from configmap
     *
     * @schema GrafanaDashboardSpec#configMapRef
     */
    readonly configMapRef?: GrafanaDashboardSpecConfigMapRef;
    /**
     * Cache duration for models fetched from URLs
     *
     * @schema GrafanaDashboardSpec#contentCacheDuration
     */
    readonly contentCacheDuration?: string;
    /**
     * maps required data sources to existing ones
     *
     * @schema GrafanaDashboardSpec#datasources
     */
    readonly datasources?: GrafanaDashboardSpecDatasources[];
    /**
     * environments variables from secrets or config maps
     *
     * @schema GrafanaDashboardSpec#envFrom
     */
    readonly envFrom?: GrafanaDashboardSpecEnvFrom[];
    /**
     * environments variables as a map
     *
     * @schema GrafanaDashboardSpec#envs
     */
    readonly envs?: GrafanaDashboardSpecEnvs[];
    /**
     * folder assignment for dashboard
     *
     * @schema GrafanaDashboardSpec#folder
     */
    readonly folder?: string;
    /**
     * Name of a `GrafanaFolder` resource in the same namespace
     *
     * @schema GrafanaDashboardSpec#folderRef
     */
    readonly folderRef?: string;
    /**
     * UID of the target folder for this dashboard
     *
     * @schema GrafanaDashboardSpec#folderUID
     */
    readonly folderUid?: string;
    /**
     * grafana.com/dashboards
     *
     * @schema GrafanaDashboardSpec#grafanaCom
     */
    readonly grafanaCom?: GrafanaDashboardSpecGrafanaCom;
    /**
     * GzipJson the model's JSON compressed with Gzip. Base64-encoded when in YAML.
     *
     * @schema GrafanaDashboardSpec#gzipJson
     */
    readonly gzipJson?: string;
    /**
     * Selects Grafana instances for import
     *
     * @schema GrafanaDashboardSpec#instanceSelector
     */
    readonly instanceSelector: GrafanaDashboardSpecInstanceSelector;
    /**
     * model json
     *
     * @schema GrafanaDashboardSpec#json
     */
    readonly json?: string;
    /**
     * Jsonnet
     *
     * @schema GrafanaDashboardSpec#jsonnet
     */
    readonly jsonnet?: string;
    /**
     * Jsonnet project build
     *
     * @schema GrafanaDashboardSpec#jsonnetLib
     */
    readonly jsonnetLib?: GrafanaDashboardSpecJsonnetLib;
    /**
     * model from an OCI artifact (e.g. ghcr.io/team/dashboards:v1)
     *
     * @schema GrafanaDashboardSpec#oci
     */
    readonly oci?: GrafanaDashboardSpecOci;
    /**
     * plugins
     *
     * @schema GrafanaDashboardSpec#plugins
     */
    readonly plugins?: GrafanaDashboardSpecPlugins[];
    /**
     * How often the resource is synced, defaults to 10m0s if not set
     *
     * @schema GrafanaDashboardSpec#resyncPeriod
     */
    readonly resyncPeriod?: string;
    /**
     * Suspend pauses synchronizing attempts and tells the operator to ignore changes
     *
     * @schema GrafanaDashboardSpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Manually specify the uid, overwrites uids already present in the json model.
     * Can be any string consisting of alphanumeric characters, - and _ with a maximum length of 40.
     *
     * @schema GrafanaDashboardSpec#uid
     */
    readonly uid?: string;
    /**
     * model url
     *
     * @schema GrafanaDashboardSpec#url
     */
    readonly url?: string;
    /**
     * authorization options for model from url
     *
     * @schema GrafanaDashboardSpec#urlAuthorization
     */
    readonly urlAuthorization?: GrafanaDashboardSpecUrlAuthorization;
}
/**
 * Converts an object of type 'GrafanaDashboardSpec' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpec(obj: GrafanaDashboardSpec | undefined): Record<string, any> | undefined;
/**
 * model from configmap
 *
 * @schema GrafanaDashboardSpecConfigMapRef
 */
export interface GrafanaDashboardSpecConfigMapRef {
    /**
     * The key to select.
     *
     * @schema GrafanaDashboardSpecConfigMapRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecConfigMapRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema GrafanaDashboardSpecConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecConfigMapRef' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecConfigMapRef(obj: GrafanaDashboardSpecConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * GrafanaResourceDatasource is used to set the datasource name of any templated datasources in
 * content definitions (e.g., dashboard JSON).
 *
 * @schema GrafanaDashboardSpecDatasources
 */
export interface GrafanaDashboardSpecDatasources {
    /**
     * @schema GrafanaDashboardSpecDatasources#datasourceName
     */
    readonly datasourceName: string;
    /**
     * @schema GrafanaDashboardSpecDatasources#inputName
     */
    readonly inputName: string;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecDatasources' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecDatasources(obj: GrafanaDashboardSpecDatasources | undefined): Record<string, any> | undefined;
/**
 * @schema GrafanaDashboardSpecEnvFrom
 */
export interface GrafanaDashboardSpecEnvFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema GrafanaDashboardSpecEnvFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: GrafanaDashboardSpecEnvFromConfigMapKeyRef;
    /**
     * Selects a key of a Secret.
     *
     * @schema GrafanaDashboardSpecEnvFrom#secretKeyRef
     */
    readonly secretKeyRef?: GrafanaDashboardSpecEnvFromSecretKeyRef;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecEnvFrom' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecEnvFrom(obj: GrafanaDashboardSpecEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema GrafanaDashboardSpecEnvs
 */
export interface GrafanaDashboardSpecEnvs {
    /**
     * @schema GrafanaDashboardSpecEnvs#name
     */
    readonly name: string;
    /**
     * Inline env value
     *
     * @schema GrafanaDashboardSpecEnvs#value
     */
    readonly value?: string;
    /**
     * Reference on value source, might be the reference on a secret or config map
     *
     * @schema GrafanaDashboardSpecEnvs#valueFrom
     */
    readonly valueFrom?: GrafanaDashboardSpecEnvsValueFrom;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecEnvs' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecEnvs(obj: GrafanaDashboardSpecEnvs | undefined): Record<string, any> | undefined;
/**
 * grafana.com/dashboards
 *
 * @schema GrafanaDashboardSpecGrafanaCom
 */
export interface GrafanaDashboardSpecGrafanaCom {
    /**
     * @schema GrafanaDashboardSpecGrafanaCom#id
     */
    readonly id: number;
    /**
     * @schema GrafanaDashboardSpecGrafanaCom#revision
     */
    readonly revision?: number;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecGrafanaCom' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecGrafanaCom(obj: GrafanaDashboardSpecGrafanaCom | undefined): Record<string, any> | undefined;
/**
 * Selects Grafana instances for import
 *
 * @schema GrafanaDashboardSpecInstanceSelector
 */
export interface GrafanaDashboardSpecInstanceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GrafanaDashboardSpecInstanceSelector#matchExpressions
     */
    readonly matchExpressions?: GrafanaDashboardSpecInstanceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GrafanaDashboardSpecInstanceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GrafanaDashboardSpecInstanceSelector' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecInstanceSelector(obj: GrafanaDashboardSpecInstanceSelector | undefined): Record<string, any> | undefined;
/**
 * Jsonnet project build
 *
 * @schema GrafanaDashboardSpecJsonnetLib
 */
export interface GrafanaDashboardSpecJsonnetLib {
    /**
     * @schema GrafanaDashboardSpecJsonnetLib#fileName
     */
    readonly fileName: string;
    /**
     * @schema GrafanaDashboardSpecJsonnetLib#gzipJsonnetProject
     */
    readonly gzipJsonnetProject: string;
    /**
     * @schema GrafanaDashboardSpecJsonnetLib#jPath
     */
    readonly jPath?: string[];
}
/**
 * Converts an object of type 'GrafanaDashboardSpecJsonnetLib' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecJsonnetLib(obj: GrafanaDashboardSpecJsonnetLib | undefined): Record<string, any> | undefined;
/**
 * model from an OCI artifact (e.g. ghcr.io/team/dashboards:v1)
 *
 * @schema GrafanaDashboardSpecOci
 */
export interface GrafanaDashboardSpecOci {
    /**
     * InsecurePlainHTTP switches the registry connection to plain HTTP (non-TLS) instead of HTTPS.
     * Intended for in-cluster or test registries; HTTPS registries with self-signed
     * certificates are not supported. Default false.
     *
     * @schema GrafanaDashboardSpecOci#insecurePlainHTTP
     */
    readonly insecurePlainHttp?: boolean;
    /**
     * Path is the path of the file to extract from the artifact.
     *
     * @schema GrafanaDashboardSpecOci#path
     */
    readonly path: string;
    /**
     * PullSecretRef references a kubernetes.io/dockerconfigjson Secret in the same namespace as the CR.
     * If omitted, anonymous pull is attempted.
     *
     * @schema GrafanaDashboardSpecOci#pullSecretRef
     */
    readonly pullSecretRef?: GrafanaDashboardSpecOciPullSecretRef;
    /**
     * Reference is the full OCI artifact reference including a tag or digest,
     * e.g. "ghcr.io/team/dashboards:v1.4.7" or
     * "ghcr.io/team/dashboards@sha256:abc123...". Prefer a digest for
     * reproducible deployments.
     *
     * @schema GrafanaDashboardSpecOci#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecOci' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecOci(obj: GrafanaDashboardSpecOci | undefined): Record<string, any> | undefined;
/**
 * @schema GrafanaDashboardSpecPlugins
 */
export interface GrafanaDashboardSpecPlugins {
    /**
     * @schema GrafanaDashboardSpecPlugins#name
     */
    readonly name: string;
    /**
     * @schema GrafanaDashboardSpecPlugins#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecPlugins' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecPlugins(obj: GrafanaDashboardSpecPlugins | undefined): Record<string, any> | undefined;
/**
 * authorization options for model from url
 *
 * @schema GrafanaDashboardSpecUrlAuthorization
 */
export interface GrafanaDashboardSpecUrlAuthorization {
    /**
     * @schema GrafanaDashboardSpecUrlAuthorization#basicAuth
     */
    readonly basicAuth?: GrafanaDashboardSpecUrlAuthorizationBasicAuth;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecUrlAuthorization' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecUrlAuthorization(obj: GrafanaDashboardSpecUrlAuthorization | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema GrafanaDashboardSpecEnvFromConfigMapKeyRef
 */
export interface GrafanaDashboardSpecEnvFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema GrafanaDashboardSpecEnvFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecEnvFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema GrafanaDashboardSpecEnvFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecEnvFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecEnvFromConfigMapKeyRef(obj: GrafanaDashboardSpecEnvFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a Secret.
 *
 * @schema GrafanaDashboardSpecEnvFromSecretKeyRef
 */
export interface GrafanaDashboardSpecEnvFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema GrafanaDashboardSpecEnvFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecEnvFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema GrafanaDashboardSpecEnvFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecEnvFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecEnvFromSecretKeyRef(obj: GrafanaDashboardSpecEnvFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * Reference on value source, might be the reference on a secret or config map
 *
 * @schema GrafanaDashboardSpecEnvsValueFrom
 */
export interface GrafanaDashboardSpecEnvsValueFrom {
    /**
     * Selects a key of a ConfigMap.
     *
     * @schema GrafanaDashboardSpecEnvsValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef;
    /**
     * Selects a key of a Secret.
     *
     * @schema GrafanaDashboardSpecEnvsValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: GrafanaDashboardSpecEnvsValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecEnvsValueFrom' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecEnvsValueFrom(obj: GrafanaDashboardSpecEnvsValueFrom | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GrafanaDashboardSpecInstanceSelectorMatchExpressions
 */
export interface GrafanaDashboardSpecInstanceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GrafanaDashboardSpecInstanceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GrafanaDashboardSpecInstanceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GrafanaDashboardSpecInstanceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GrafanaDashboardSpecInstanceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecInstanceSelectorMatchExpressions(obj: GrafanaDashboardSpecInstanceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * PullSecretRef references a kubernetes.io/dockerconfigjson Secret in the same namespace as the CR.
 * If omitted, anonymous pull is attempted.
 *
 * @schema GrafanaDashboardSpecOciPullSecretRef
 */
export interface GrafanaDashboardSpecOciPullSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecOciPullSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecOciPullSecretRef' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecOciPullSecretRef(obj: GrafanaDashboardSpecOciPullSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuth
 */
export interface GrafanaDashboardSpecUrlAuthorizationBasicAuth {
    /**
     * SecretKeySelector selects a key of a Secret.
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuth#password
     */
    readonly password?: GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword;
    /**
     * SecretKeySelector selects a key of a Secret.
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuth#username
     */
    readonly username?: GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecUrlAuthorizationBasicAuth' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecUrlAuthorizationBasicAuth(obj: GrafanaDashboardSpecUrlAuthorizationBasicAuth | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a ConfigMap.
 *
 * @schema GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef
 */
export interface GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef {
    /**
     * The key to select.
     *
     * @schema GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the ConfigMap or its key must be defined
     *
     * @schema GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef(obj: GrafanaDashboardSpecEnvsValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * Selects a key of a Secret.
 *
 * @schema GrafanaDashboardSpecEnvsValueFromSecretKeyRef
 */
export interface GrafanaDashboardSpecEnvsValueFromSecretKeyRef {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema GrafanaDashboardSpecEnvsValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecEnvsValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema GrafanaDashboardSpecEnvsValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecEnvsValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecEnvsValueFromSecretKeyRef(obj: GrafanaDashboardSpecEnvsValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector selects a key of a Secret.
 *
 * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword
 */
export interface GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword(obj: GrafanaDashboardSpecUrlAuthorizationBasicAuthPassword | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector selects a key of a Secret.
 *
 * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername
 */
export interface GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername {
    /**
     * The key of the secret to select from.  Must be a valid secret key.
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername#key
     */
    readonly key: string;
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername#name
     */
    readonly name?: string;
    /**
     * Specify whether the Secret or its key must be defined
     *
     * @schema GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername' to JSON representation.
 */
export declare function toJson_GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername(obj: GrafanaDashboardSpecUrlAuthorizationBasicAuthUsername | undefined): Record<string, any> | undefined;
