/**
 * The folder, relative to the package root, where `npm run import` writes what the validators read
 * at run time. It is generated and committed like `imports/*.ts` and ships in the package, so
 * `validate` needs no `../shared`.
 */
export declare const SCHEMAS_FOLDER = "imports/schemas";
/** The files of {@link SCHEMAS_FOLDER}. */
export declare const SCHEMA_FILES: {
    /** `{ "<group>/<version>": { "<Kind>": schema } }`: every served CRD version, converted and fixed. */
    readonly crds: "crds.json";
    /** `{ "definitions": { ... } }`: the Kubernetes 1.28 definitions, converted. */
    readonly kubernetes: "k8s-v1.28.0.json";
    /** `{ "<chart version>": ChartKeyTree }`: the keys of each pinned Langfuse chart's values.yaml. */
    readonly chartKeys: "langfuse-chart-keys.json";
};
/** The id under which the Kubernetes definitions are registered with ajv; CRD schemas `$ref` their `metadata` there. */
export declare const K8S_SCHEMA_ID = "https://langfuse-cdk8s.local/schemas/k8s-v1.28.0.json";
/** The shipped {@link SCHEMAS_FOLDER} of this package. */
export declare function shippedSchemasDir(): string;
/**
 * Reads one file of a schemas folder.
 *
 * Throws a message naming the path when the file is missing or is not a JSON object, since that
 * means the installation is incomplete: the validators must not go on with less data.
 *
 * @param dir the schemas folder, like {@link shippedSchemasDir}
 * @param file one of {@link SCHEMA_FILES}
 */
export declare function readSchemaFile(dir: string, file: string): Record<string, any>;
