"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SchemaValidator = void 0;
const path = __importStar(require("path"));
const ajv_1 = __importDefault(require("ajv"));
const schema_formats_1 = require("./schema-formats");
const schema_convert_1 = require("./schema-convert");
const shipped_schemas_1 = require("./shipped-schemas");
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
class SchemaValidator {
    /**
     * Loads (or returns the already loaded) validator for a schemas folder.
     *
     * Validators are cached per folder for the life of the module, so every test in a file shares
     * one. Throws, naming the file, when the folder lacks a schema file.
     *
     * @param opts where to read the schemas
     */
    static load(opts = {}) {
        const schemasDir = path.resolve(opts.schemasDir ?? (0, shipped_schemas_1.shippedSchemasDir)());
        let validator = SchemaValidator.cache.get(schemasDir);
        if (!validator) {
            validator = new SchemaValidator(schemasDir);
            SchemaValidator.cache.set(schemasDir, validator);
        }
        return validator;
    }
    static cache = new Map();
    /** The schemas folder in use. */
    schemasDir;
    /** How long loading took, in milliseconds. */
    loadMillis;
    ajv;
    entries = new Map();
    crds = [];
    runtimeSkipped = new Set();
    skipped;
    constructor(schemasDir) {
        const started = Date.now();
        this.schemasDir = schemasDir;
        const core = (0, shipped_schemas_1.readSchemaFile)(schemasDir, shipped_schemas_1.SCHEMA_FILES.kubernetes);
        const crds = (0, shipped_schemas_1.readSchemaFile)(schemasDir, shipped_schemas_1.SCHEMA_FILES.crds);
        this.ajv = new ajv_1.default({
            strict: false,
            allErrors: true,
            validateSchema: false,
            logger: false,
            code: { regExp: (0, schema_formats_1.goRegExpEngine)((pattern) => this.runtimeSkipped.add(pattern)) },
        });
        (0, schema_formats_1.addKubernetesFormats)(this.ajv);
        this.ajv.addSchema(core, shipped_schemas_1.K8S_SCHEMA_ID);
        for (const [name, definition] of Object.entries(core.definitions ?? {})) {
            if (!definition.properties?.metadata) {
                continue;
            }
            for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
                const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
                this.entries.set(`${apiVersion}|${gvk.kind}`, { schema: { $ref: `${shipped_schemas_1.K8S_SCHEMA_ID}#/definitions/${name}` } });
            }
        }
        for (const [apiVersion, kinds] of Object.entries(crds)) {
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
    hasSchema(apiVersion, kind) {
        return this.entries.has(`${apiVersion}|${kind}`);
    }
    /**
     * Every known `apiVersion|kind` pair, sorted.
     */
    kinds() {
        return [...this.entries.keys()].sort();
    }
    /**
     * Validates one object.
     *
     * @param obj a Kubernetes object as synthesized (plain JSON)
     * @returns the errors, empty when the object is valid; each reads
     *   `<apiVersion> <kind> <name>: <instancePath> <message> (<additionalProperty>)`
     */
    validate(obj) {
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
    validateAll(objects) {
        return objects.flatMap((obj) => this.validate(obj));
    }
    /**
     * The CRD patterns that JavaScript cannot compile even after the `\pX` rewrite, and that the
     * validator therefore skips (any value passes). Each reads `<apiVersion> <kind> <field>: <pattern>`.
     *
     * The list covers every loaded CRD, whether or not its kind has been compiled yet, so it is stable.
     */
    skippedPatterns() {
        if (!this.skipped) {
            const found = new Set();
            for (const crd of this.crds) {
                for (const { pattern, path: field } of (0, schema_convert_1.findPatterns)(crd.schema)) {
                    if (!(0, schema_formats_1.compileGoPattern)(pattern)) {
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
    compile(entry, apiVersion, kind) {
        try {
            entry.validate = this.ajv.compile(entry.schema);
        }
        catch (e) {
            throw new Error(`cannot compile the schema for ${apiVersion} ${kind}: ${e.message}`);
        }
        return entry.validate;
    }
}
exports.SchemaValidator = SchemaValidator;
function formatError(error) {
    const extra = error.params?.additionalProperty;
    return `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra !== undefined ? ` (${extra})` : ''}`;
}
