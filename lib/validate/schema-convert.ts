/**
 * Conversions from Kubernetes `openAPIV3Schema` (structural schema) to what ajv checks, as
 * described in docs/crds-and-imports.md §6.2 and §6.3. The functions change the schema in place.
 */

/** A JSON Schema node (loosely typed: CRD schemas carry `x-kubernetes-*` keywords). */
export type SchemaNode = { [key: string]: any };

/** The core definition that a custom resource's root `metadata` is checked against. */
export const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
export function convertSchema(schema: unknown, inBranch = false): void {
  if (!isNode(schema)) {
    return;
  }
  if (typeof schema.nullable === 'boolean') {
    if (schema.nullable) {
      if (typeof schema.type === 'string') {
        schema.type = [schema.type, 'null'];
      } else if (Array.isArray(schema.type) && !schema.type.includes('null')) {
        schema.type = [...schema.type, 'null'];
      }
      if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
        schema.enum = [...schema.enum, null];
      }
    }
    delete schema.nullable;
  }
  if (schema['x-kubernetes-int-or-string'] === true && !schema.anyOf && !schema.oneOf) {
    delete schema.type;
    schema.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (!inBranch && isNode(schema.properties) && schema.additionalProperties === undefined
    && schema['x-kubernetes-preserve-unknown-fields'] !== true) {
    schema.additionalProperties = false;
  }

  forEachChildSchema(schema, (child, isBranch) => convertSchema(child, inBranch || isBranch));
}

/**
 * Calls `visit` with every direct sub-schema of a node: the schemas under `properties`,
 * `patternProperties` and `definitions`, `items`, `additionalProperties`, and the combinator
 * branches (`anyOf`, `oneOf`, `allOf`, `not`, with `isBranch` true).
 */
function forEachChildSchema(schema: SchemaNode, visit: (child: unknown, isBranch: boolean) => void): void {
  for (const key of ['properties', 'patternProperties', 'definitions']) {
    if (isNode(schema[key])) {
      Object.values(schema[key]).forEach((child) => visit(child, false));
    }
  }
  (Array.isArray(schema.items) ? schema.items : [schema.items]).forEach((child: unknown) => visit(child, false));
  visit(schema.additionalProperties, false);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(schema[key])) {
      schema[key].forEach((child: unknown) => visit(child, true));
    }
  }
  visit(schema.not, true);
}

/**
 * Removes the `description` of every schema node in a tree, in place. Descriptions are most of a
 * CRD's bytes and play no part in validation; a property that happens to be called `description`
 * is kept, because only schema positions are visited.
 *
 * @param schema the root of the tree
 */
export function stripDescriptions(schema: unknown): void {
  if (!isNode(schema)) {
    return;
  }
  if (typeof schema.description === 'string') {
    delete schema.description;
  }
  forEachChildSchema(schema, (child) => stripDescriptions(child));
}

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
export function fixCrdRoot(schema: SchemaNode, apiVersion: string, kind: string, objectMetaRef: string): void {
  schema.type = 'object';
  schema.properties = {
    ...(isNode(schema.properties) ? schema.properties : {}),
    apiVersion: { type: 'string', const: apiVersion },
    kind: { type: 'string', const: kind },
    metadata: { $ref: objectMetaRef },
  };
  const required: string[] = Array.isArray(schema.required) ? schema.required : [];
  schema.required = [...new Set([...required, 'apiVersion', 'kind'])];
}

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
export function findPatterns(schema: unknown): FoundPattern[] {
  const found: FoundPattern[] = [];
  const walk = (node: unknown, at: string): void => {
    if (!isNode(node)) {
      return;
    }
    if (typeof node.pattern === 'string') {
      found.push({ pattern: node.pattern, path: at || '.' });
    }
    if (isNode(node.properties)) {
      for (const [name, child] of Object.entries(node.properties)) {
        walk(child, at ? `${at}.${name}` : name);
      }
    }
    if (isNode(node.patternProperties)) {
      for (const [pattern, child] of Object.entries(node.patternProperties)) {
        found.push({ pattern, path: `${at}.<key>` });
        walk(child, `${at}.*`);
      }
    }
    walk(node.items, `${at}[]`);
    walk(node.additionalProperties, `${at}.*`);
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      if (Array.isArray(node[key])) {
        node[key].forEach((child: unknown) => walk(child, at));
      }
    }
    walk(node.not, at);
  };
  walk(schema, '');
  return found;
}
