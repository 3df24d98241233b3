/**
 * Conversions from Kubernetes `openAPIV3Schema` (structural schema) to what ajv checks, as
 * described in docs/crds-and-imports.md §6.2 and §6.3. The functions change the schema in place.
 */
/** A JSON Schema node (loosely typed: CRD schemas carry `x-kubernetes-*` keywords). */
export type SchemaNode = {
    [key: string]: any;
};
/** The core definition that a custom resource's root `metadata` is checked against. */
export declare const OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
/**
 * Converts one schema tree in place:
 *
 * - `nullable: true` becomes `type: [T, "null"]` (and `null` joins an `enum`);
 * - `x-kubernetes-int-or-string: true` without an `anyOf`/`oneOf` becomes
 *   `anyOf: [{type: integer}, {type: string}]`;
 * - every object schema with `properties` gets `additionalProperties: false` (the unknown-field
 *   check of `kubectl apply --validate=strict`), except nodes marked
 *   `x-kubernetes-preserve-unknown-fields` and `anyOf`/`oneOf`/`allOf`/`not` branches (and anything
 *   inside them), which only constrain the parent object, such as Cilium's branch that only
 *   requires `ingress`.
 *
 * Only schema positions are visited, so a property that happens to be called `anyOf` or `nullable`
 * (as in the core `JSONSchemaProps`) is treated as a property.
 *
 * @param schema the root of the tree
 * @param inBranch whether the node sits inside a combinator branch
 */
export declare function convertSchema(schema: unknown, inBranch?: boolean): void;
/**
 * Removes the `description` of every schema node in a tree, in place. Descriptions are most of a
 * CRD's bytes and play no part in validation; a property that happens to be called `description`
 * is kept, because only schema positions are visited.
 *
 * @param schema the root of the tree
 */
export declare function stripDescriptions(schema: unknown): void;
/**
 * Applies the root fixes of §6.3 to a CRD version's schema, in place:
 *
 * - `apiVersion` and `kind` become `const` and required (the fabric8-generated Keycloak schemas
 *   omit both, which the unknown-field rule would otherwise reject);
 * - `metadata` becomes a `$ref` to the core `ObjectMeta`, so `metadata.labelz` is caught.
 *
 * @param schema the version's `openAPIV3Schema`
 * @param apiVersion `<group>/<version>`
 * @param kind the CRD's kind
 * @param objectMetaRef the `$ref` of the core `ObjectMeta` definition
 */
export declare function fixCrdRoot(schema: SchemaNode, apiVersion: string, kind: string, objectMetaRef: string): void;
/** A `pattern` found in a schema, with where it sits. */
export interface FoundPattern {
    /** The pattern as written in the CRD. */
    readonly pattern: string;
    /** A readable field path such as `spec.groups[].partial_response_strategy`. */
    readonly path: string;
}
/**
 * Lists every `pattern` (and `patternProperties` key) in a schema tree with its field path.
 *
 * @param schema the root of the tree
 */
export declare function findPatterns(schema: unknown): FoundPattern[];
