import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { CrdVersion, loadCrdVersions } from './crd-loader';
import { compileGoPattern, addKubernetesFormats, goRegExpEngine } from './schema-formats';
import { convertSchema, findPatterns, fixCrdRoot, OBJECT_META, SchemaNode } from './schema-convert';
import { requireSharedDir } from './shared-paths';

/** The file in the k8s-openapi folder that holds the Kubernetes 1.28 definitions. */
export const K8S_DEFINITIONS_FILE = 'v1.28.0-_definitions.json';

/** The ajv id under which the converted Kubernetes definitions are registered. */
const CORE_ID = 'https://langfuse-cdk8s.local/schemas/k8s-v1.28.0.json';

/**
 * Where {@link SchemaValidator.load} reads its schemas.
 */
export interface SchemaValidatorOptions {
  /**
   * The CRD folder.
   *
   * @default - `LANGFUSE_CRDS_DIR`, else `<project root>/../shared/crds`
   */
  readonly crdsDir?: string;

  /**
   * The folder that holds `v1.28.0-_definitions.json`.
   *
   * @default - `LANGFUSE_K8S_OPENAPI_DIR`, else `<project root>/../shared/k8s-openapi`
   */
  readonly openapiDir?: string;
}

interface SchemaEntry {
  /** For core kinds: the definition name in `_definitions.json`. */
  readonly definition?: string;
  /** For custom resources: the CRD version. */
  readonly crd?: CrdVersion;
  validate?: ValidateFunction;
}

/**
 * Validates synthesized Kubernetes objects against their schemas: custom resources against their
 * CRD's `openAPIV3Schema`, core kinds against the Kubernetes 1.28 definitions, with the conversions
 * and fixes of docs/crds-and-imports.md §6.
 *
 * Loading parses the CRDs once; each kind's schema is converted and compiled on first use and
 * cached, so validating many objects of few kinds stays fast. It does not check CEL rules
 * (`x-kubernetes-validations`), defaulting, admission webhooks or the patterns listed by
 * {@link SchemaValidator.skippedPatterns}.
 *
 * @example
 * const validator = SchemaValidator.load();
 * expect(validator.validateAll(Testing.synth(chart))).toEqual([]);
 */
export class SchemaValidator {
  /**
   * Loads (or returns the already loaded) validator for the given folders.
   *
   * Validators are cached per pair of folders for the life of the module, so every test in a file
   * shares one.
   *
   * @param opts where to read the CRDs and the Kubernetes definitions
   */
  public static load(opts: SchemaValidatorOptions = {}): SchemaValidator {
    const crdsDir = path.resolve(opts.crdsDir ?? requireSharedDir('crds'));
    const openapiDir = path.resolve(opts.openapiDir ?? requireSharedDir('k8s-openapi'));
    const key = `${crdsDir}\n${openapiDir}`;
    let validator = SchemaValidator.cache.get(key);
    if (!validator) {
      validator = new SchemaValidator(crdsDir, openapiDir);
      SchemaValidator.cache.set(key, validator);
    }
    return validator;
  }

  private static readonly cache = new Map<string, SchemaValidator>();

  /** The CRD folder in use. */
  public readonly crdsDir: string;

  /** The folder of `v1.28.0-_definitions.json` in use. */
  public readonly openapiDir: string;

  /** How long loading took, in milliseconds. */
  public readonly loadMillis: number;

  private readonly ajv: Ajv;
  private readonly entries = new Map<string, SchemaEntry>();
  private readonly crdVersions: CrdVersion[];
  private readonly runtimeSkipped = new Set<string>();
  private skipped?: string[];

  private constructor(crdsDir: string, openapiDir: string) {
    const started = Date.now();
    this.crdsDir = crdsDir;
    this.openapiDir = openapiDir;
    const definitionsFile = path.join(openapiDir, K8S_DEFINITIONS_FILE);
    if (!fs.existsSync(definitionsFile)) {
      throw new Error(`kubernetes definitions not found at "${definitionsFile}"`);
    }
    if (!fs.existsSync(crdsDir)) {
      throw new Error(`crd folder not found at "${crdsDir}"`);
    }

    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      logger: false,
      code: { regExp: goRegExpEngine((pattern) => this.runtimeSkipped.add(pattern)) },
    });
    addKubernetesFormats(this.ajv);

    const core = JSON.parse(fs.readFileSync(definitionsFile, 'utf8')) as { definitions: Record<string, SchemaNode> };
    for (const definition of Object.values(core.definitions)) {
      convertSchema(definition);
    }
    this.ajv.addSchema(core, CORE_ID);
    for (const [name, definition] of Object.entries(core.definitions)) {
      if (!definition.properties?.metadata) {
        continue;
      }
      for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
        const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        this.entries.set(`${apiVersion}|${gvk.kind}`, { definition: name });
      }
    }

    this.crdVersions = loadCrdVersions(crdsDir);
    for (const crd of this.crdVersions) {
      this.entries.set(`${crd.apiVersion}|${crd.kind}`, { crd });
    }
    this.loadMillis = Date.now() - started;
  }

  /**
   * Whether a schema is known for this apiVersion and kind.
   *
   * @param apiVersion for example `helm.toolkit.fluxcd.io/v2` or `v1`
   * @param kind for example `HelmRelease`
   */
  public hasSchema(apiVersion: string, kind: string): boolean {
    return this.entries.has(`${apiVersion}|${kind}`);
  }

  /**
   * Every known `apiVersion|kind` pair, sorted.
   */
  public kinds(): string[] {
    return [...this.entries.keys()].sort();
  }

  /**
   * Validates one object.
   *
   * @param obj a Kubernetes object as synthesized (plain JSON)
   * @returns the errors, empty when the object is valid; each reads
   *   `<apiVersion> <kind> <name>: <instancePath> <message> (<additionalProperty>)`
   */
  public validate(obj: any): string[] {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      return [`not a kubernetes object: ${JSON.stringify(obj)}`];
    }
    const { apiVersion, kind } = obj;
    const entry = this.entries.get(`${apiVersion}|${kind}`);
    if (!entry) {
      return [`no schema for ${apiVersion} ${kind}`];
    }
    const validate = entry.validate ?? this.compile(entry, apiVersion, kind);
    if (validate(obj)) {
      return [];
    }
    const prefix = `${apiVersion} ${kind} ${obj.metadata?.name ?? '<unnamed>'}`;
    return [...new Set((validate.errors ?? []).map((e) => `${prefix}: ${formatError(e)}`))];
  }

  /**
   * Validates many objects, for example the output of `Testing.synth(chart)`.
   *
   * @param objects the objects
   * @returns all errors, empty when every object is valid
   */
  public validateAll(objects: readonly any[]): string[] {
    return objects.flatMap((obj) => this.validate(obj));
  }

  /**
   * The CRD patterns that JavaScript cannot compile even after the `\pX` rewrite, and that the
   * validator therefore skips (any value passes). Each reads `<apiVersion> <kind> <field>: <pattern>`.
   *
   * The list covers every loaded CRD, whether or not its kind has been compiled yet, so it is stable.
   */
  public skippedPatterns(): string[] {
    if (!this.skipped) {
      const found = new Set<string>();
      for (const crd of this.crdVersions) {
        for (const { pattern, path: field } of findPatterns(crd.schema)) {
          if (!compileGoPattern(pattern)) {
            found.add(`${crd.apiVersion} ${crd.kind} ${field}: ${pattern}`);
          }
        }
      }
      this.skipped = [...found].sort();
    }
    const known = new Set(this.skipped.map((s) => s.slice(s.indexOf(': ') + 2)));
    const extra = [...this.runtimeSkipped].filter((p) => !known.has(p)).map((p) => `(kubernetes definitions): ${p}`);
    return [...this.skipped, ...extra];
  }

  private compile(entry: SchemaEntry, apiVersion: string, kind: string): ValidateFunction {
    let schema: SchemaNode;
    if (entry.crd) {
      schema = structuredClone(entry.crd.schema);
      fixCrdRoot(schema, apiVersion, kind, `${CORE_ID}#/definitions/${OBJECT_META}`);
      convertSchema(schema);
    } else {
      schema = { $ref: `${CORE_ID}#/definitions/${entry.definition}` };
    }
    try {
      entry.validate = this.ajv.compile(schema);
    } catch (e) {
      throw new Error(`cannot compile the schema for ${apiVersion} ${kind}: ${(e as Error).message}`);
    }
    return entry.validate;
  }
}

function formatError(error: ErrorObject): string {
  const extra = error.params?.additionalProperty;
  return `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra !== undefined ? ` (${extra})` : ''}`;
}
