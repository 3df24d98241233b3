import Ajv from 'ajv';
import { convertSchema, findPatterns, fixCrdRoot } from '../../lib/validate/schema-convert';
import { addKubernetesFormats, compileGoPattern, GO_DURATION, goRegExpEngine, isCidr, rewriteGoPattern } from '../../lib/validate/schema-formats';

describe('convertSchema', () => {
  test('turns nullable: true into a type list with null, and adds null to an enum', () => {
    const schema: any = { type: 'string', enum: ['a'], nullable: true };
    convertSchema(schema);
    expect(schema).toEqual({ type: ['string', 'null'], enum: ['a', null] });
  });

  test('turns x-kubernetes-int-or-string without anyOf into anyOf integer|string', () => {
    const schema: any = { 'x-kubernetes-int-or-string': true };
    convertSchema(schema);
    expect(schema.anyOf).toEqual([{ type: 'integer' }, { type: 'string' }]);
  });

  test('keeps an existing anyOf on int-or-string fields', () => {
    const anyOf = [{ type: 'integer' }, { type: 'string' }];
    const schema: any = { 'x-kubernetes-int-or-string': true, 'anyOf': anyOf, 'pattern': '^\\d+$' };
    convertSchema(schema);
    expect(schema.anyOf).toBe(anyOf);
  });

  test('closes objects with properties, at every depth', () => {
    const schema: any = { type: 'object', properties: { spec: { type: 'object', properties: { a: { type: 'string' } } } } };
    convertSchema(schema);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.spec.additionalProperties).toBe(false);
  });

  test('leaves preserve-unknown-fields nodes and maps with an additionalProperties schema open', () => {
    const schema: any = {
      type: 'object',
      properties: {
        values: { 'type': 'object', 'x-kubernetes-preserve-unknown-fields': true, 'properties': { a: {} } },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
      },
    };
    convertSchema(schema);
    expect(schema.properties.values.additionalProperties).toBeUndefined();
    expect(schema.properties.labels.additionalProperties).toEqual({ type: 'string' });
  });

  test('does not close anyOf/oneOf branches that only require a property', () => {
    const schema: any = {
      type: 'object',
      properties: { ingress: { type: 'array' }, egress: { type: 'array' } },
      anyOf: [{ properties: { ingress: {} }, required: ['ingress'] }, { properties: { egress: {} }, required: ['egress'] }],
    };
    convertSchema(schema);
    expect(schema.anyOf[0].additionalProperties).toBeUndefined();
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(schema, { ingress: [], egress: [] })).toBe(true);
    expect(ajv.validate(schema, {})).toBe(false);
  });

  test('treats a property called anyOf as a property, not as a keyword', () => {
    const schema: any = { type: 'object', properties: { anyOf: { type: 'array', items: { type: 'object', properties: { x: {} } } } } };
    convertSchema(schema);
    expect(schema.properties.anyOf.items.additionalProperties).toBe(false);
  });
});

describe('fixCrdRoot', () => {
  test('pins apiVersion and kind, requires both, and points metadata at ObjectMeta', () => {
    const schema: any = { type: 'object', properties: { spec: { type: 'object' } }, required: ['spec'] };
    fixCrdRoot(schema, 'k8s.keycloak.org/v2alpha1', 'Keycloak', 'core#/definitions/ObjectMeta');
    expect(schema.properties.apiVersion).toEqual({ type: 'string', const: 'k8s.keycloak.org/v2alpha1' });
    expect(schema.properties.kind).toEqual({ type: 'string', const: 'Keycloak' });
    expect(schema.properties.metadata).toEqual({ $ref: 'core#/definitions/ObjectMeta' });
    expect(schema.required).toEqual(['spec', 'apiVersion', 'kind']);
  });
});

describe('findPatterns', () => {
  test('names each pattern with a readable field path', () => {
    const schema = { properties: { spec: { properties: { groups: { items: { properties: { p: { pattern: '^a$' } } } } } } } };
    expect(findPatterns(schema)).toEqual([{ pattern: '^a$', path: 'spec.groups[].p' }]);
  });
});

describe('Go patterns', () => {
  test('rewrites one-letter Unicode classes and leaves escaped backslashes alone', () => {
    expect(rewriteGoPattern('^\\PC*$')).toBe('^\\P{C}*$');
    expect(rewriteGoPattern('\\pL\\pN')).toBe('\\p{L}\\p{N}');
    expect(rewriteGoPattern('a\\\\pL')).toBe('a\\\\pL');
  });

  test('returns undefined for a pattern JavaScript cannot compile', () => {
    expect(compileGoPattern('^(?i)(abort|warn)?$')).toBeUndefined();
    expect(compileGoPattern('^\\PC*$')?.test('ok')).toBe(true);
  });

  test('the ajv engine records a skipped pattern and accepts any value for it', () => {
    const skipped: string[] = [];
    const ajv = new Ajv({ strict: false, code: { regExp: goRegExpEngine((p) => skipped.push(p)) } });
    expect(ajv.validate({ type: 'string', pattern: '^(?i)(abort|warn)?$' }, 'anything')).toBe(true);
    expect(skipped).toEqual(['^(?i)(abort|warn)?$']);
  });
});

describe('formats', () => {
  const ajv = new Ajv({ strict: false });
  addKubernetesFormats(ajv);

  test.each(['1m30s', '0', '300ms', '1.5h', '-2h45m'])('duration accepts the Go duration %s', (value) => {
    expect(GO_DURATION.test(value)).toBe(true);
    expect(ajv.validate({ type: 'string', format: 'duration' }, value)).toBe(true);
  });

  test.each(['P1D', '30 seconds', '1d', '', 'm'])('duration rejects %j', (value) => {
    expect(ajv.validate({ type: 'string', format: 'duration' }, value)).toBe(false);
  });

  test.each(['10.0.0.0/8', '192.0.2.1/32', '::/0', '2001:db8::/32', '::ffff:10.0.0.0/104'])('cidr accepts %s', (value) => {
    expect(isCidr(value)).toBe(true);
  });

  test.each(['10.0.0.0', '10.0.0.0/33', '300.0.0.0/8', '2001:db8::/129', 'example.com/8', '1:2:3:4:5:6:7:8:9/64'])('cidr rejects %s', (value) => {
    expect(isCidr(value)).toBe(false);
  });

  test('byte, int32 and date-time come from ajv-formats', () => {
    expect(ajv.validate({ type: 'string', format: 'byte' }, 'bGFuZ2Z1c2U=')).toBe(true);
    expect(ajv.validate({ type: 'string', format: 'byte' }, 'not base64!')).toBe(false);
    expect(ajv.validate({ type: 'integer', format: 'int32' }, 2 ** 31)).toBe(false);
    expect(ajv.validate({ type: 'string', format: 'date-time' }, '2026-01-01T00:00:00Z')).toBe(true);
  });
});
