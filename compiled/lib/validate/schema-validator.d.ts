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
export declare class SchemaValidator {
    /**
     * Loads (or returns the already loaded) validator for a schemas folder.
     *
     * Validators are cached per folder for the life of the module, so every test in a file shares
     * one. Throws, naming the file, when the folder lacks a schema file.
     *
     * @param opts where to read the schemas
     */
    static load(opts?: SchemaValidatorOptions): SchemaValidator;
    private static readonly cache;
    /** The schemas folder in use. */
    readonly schemasDir: string;
    /** How long loading took, in milliseconds. */
    readonly loadMillis: number;
    private readonly ajv;
    private readonly entries;
    private readonly crds;
    private readonly runtimeSkipped;
    private skipped?;
    private constructor();
    /**
     * Whether a schema is known for this apiVersion and kind.
     *
     * @param apiVersion for example `helm.toolkit.fluxcd.io/v2` or `v1`
     * @param kind for example `HelmRelease`
     */
    hasSchema(apiVersion: string, kind: string): boolean;
    /**
     * Every known `apiVersion|kind` pair, sorted.
     */
    kinds(): string[];
    /**
     * Validates one object.
     *
     * @param obj a Kubernetes object as synthesized (plain JSON)
     * @returns the errors, empty when the object is valid; each reads
     *   `<apiVersion> <kind> <name>: <instancePath> <message> (<additionalProperty>)`
     */
    validate(obj: any): string[];
    /**
     * Validates many objects, for example the output of `Testing.synth(chart)`.
     *
     * @param objects the objects
     * @returns all errors, empty when every object is valid
     */
    validateAll(objects: readonly any[]): string[];
    /**
     * The CRD patterns that JavaScript cannot compile even after the `\pX` rewrite, and that the
     * validator therefore skips (any value passes). Each reads `<apiVersion> <kind> <field>: <pattern>`.
     *
     * The list covers every loaded CRD, whether or not its kind has been compiled yet, so it is stable.
     */
    skippedPatterns(): string[];
    private compile;
}
