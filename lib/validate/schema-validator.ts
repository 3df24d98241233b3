import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { compileGoPattern, addKubernetesFormats, goRegExpEngine } from './schema-formats';
import { findPatterns, SchemaNode } from './schema-convert';
import { K8S_SCHEMA_ID, readSchemaFile, SCHEMA_FILES, shippedSchemasDir } from './shipped-schemas';

/**
 * Where {@link SchemaValidator.load} reads its schemas.
 */
export interface SchemaValidatorOptions {
  /**
   * The folder of the schemas `npm run import` derives from the CRDs and the Kubernetes 1.28
   * definitions (`crds.json` and `k8s-v1.28.0.json`).
   *
   * @default - the package's own imports/schemas
   */
  readonly schemasDir?: string;
}

interface SchemaEntry {
  /** The schema to compile: a CRD version's converted schema, or a `$ref` into the core definitions. */
  readonly schema: SchemaNode;
  validate?: ValidateFunction;
}

/** One served version of one CRD, as shipped. */
interface CrdSchema {
  readonly apiVersion: string;
  readonly kind: string;
  readonly schema: SchemaNode;
}

/**
 * Validates synthesized Kubernetes objects against their schemas: custom resources against their
 * CRD's `openAPIV3Schema`, core kinds against the Kubernetes 1.28 definitions, both as
 * `npm run import` ships them in imports/schemas, already converted and fixed as
 * docs/crds-and-imports.md §6 describes.
 *
 * Loading reads the two schema files once; each kind's schema is compiled on first use and
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
   * Loads (or returns the already loaded) validator for a schemas folder.
   *
   * Validators are cached per folder for the life of the module, so every test in a file shares
   * one. Throws, naming the file, when the folder lacks a schema file.
   *
   * @param opts where to read the schemas
   */
  public static load(opts: SchemaValidatorOptions = {}): SchemaValidator {
    const schemasDir = path.resolve(opts.schemasDir ?? shippedSchemasDir());
    let validator = SchemaValidator.cache.get(schemasDir);
    if (!validator) {
      validator = new SchemaValidator(schemasDir);
      SchemaValidator.cache.set(schemasDir, validator);
    }
    return validator;
  }

  private static readonly cache = new Map<string, SchemaValidator>();

  /** The schemas folder in use. */
  public readonly schemasDir: string;

  /** How long loading took, in milliseconds. */
  public readonly loadMillis: number;

  private readonly ajv: Ajv;
  private readonly entries = new Map<string, SchemaEntry>();
  private readonly crds: CrdSchema[] = [];
  private readonly runtimeSkipped = new Set<string>();
  private skipped?: string[];

  private constructor(schemasDir: string) {
    const started = Date.now();
    this.schemasDir = schemasDir;
    const core = readSchemaFile(schemasDir, SCHEMA_FILES.kubernetes);
    const crds = readSchemaFile(schemasDir, SCHEMA_FILES.crds);

    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      logger: false,
      code: { regExp: goRegExpEngine((pattern) => this.runtimeSkipped.add(pattern)) },
    });
    addKubernetesFormats(this.ajv);

    this.ajv.addSchema(core, K8S_SCHEMA_ID);
    for (const [name, definition] of Object.entries<SchemaNode>(core.definitions ?? {})) {
      if (!definition.properties?.metadata) {
        continue;
      }
      for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
        const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        this.entries.set(`${apiVersion}|${gvk.kind}`, { schema: { $ref: `${K8S_SCHEMA_ID}#/definitions/${name}` } });
      }
    }

    for (const [apiVersion, kinds] of Object.entries<Record<string, SchemaNode>>(crds)) {
      for (const [kind, schema] of Object.entries(kinds)) {
        this.crds.push({ apiVersion, kind, schema });
        this.entries.set(`${apiVersion}|${kind}`, { schema });
      }
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
      for (const crd of this.crds) {
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
    try {
      entry.validate = this.ajv.compile(entry.schema);
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
