import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { formatGoFloatFixed, formatGoFloatYaml } from '../../lib/sops/go-format';
import { strNode, treeFromJs } from '../../lib/sops/tree';
import { emitYaml } from '../../lib/sops/yaml-emit';
import { parseYamlDocuments } from '../../lib/sops/yaml-parse';
import { resolvePlainScalar } from '../../lib/sops/yaml-resolve';
import { describeWithVectors, VECTORS_DIR } from './support';

describeWithVectors('writing YAML like go-yaml v3', () => {
  test.each([
    ['kustomize-controller/age.yaml', 2],
    ['kustomize-controller/global-secret.yaml', 2],
    ['kustomize-controller/age-pq.yaml', 2],
    ['sops/format.enc.yaml', 4],
  ])('re-emitting the sops output %s (indent %d) reproduces it byte for byte', (file, indent) => {
    const text = readFileSync(join(VECTORS_DIR, file), 'utf8');
    const [tree] = parseYamlDocuments(text);
    expect(emitYaml(tree, { indent })).toBe(text);
  });
});

describe('quoting clear strings', () => {
  const line = (value: string): string => emitYaml(treeFromJs({ k: value }), { indent: 4 });

  const NOT_STRINGS_UNQUOTED = ['017', '1_000', '0x1F', '0o17', '1e3', '.5', 'true', 'False', 'yes', 'off', 'y', '~'];
  const MORE_NOT_STRINGS_UNQUOTED = ['null', '', '2024-01-01', '2024-11-12T13:33:42Z', '1:30', '<<', '-.inf'];
  const PLAIN = ['v1', 'Secret', '3.10.2', '^(data|stringData)$', 'app.kubernetes.io/name', 'a b', 'ENC[AES256_GCM,data:AA==]'];

  test.each([...NOT_STRINGS_UNQUOTED, ...MORE_NOT_STRINGS_UNQUOTED])(
    '"%s" would not read back as a string unquoted, so it is double-quoted',
    (value) => {
      expect(line(value)).toBe(`k: ${JSON.stringify(value)}\n`);
      expect(parse(line(value), { version: '1.1' })).toEqual({ k: value });
    },
  );

  test.each(PLAIN)('"%s" stays plain', (value) => {
    expect(line(value)).toBe(`k: ${value}\n`);
  });

  test.each([
    ['x: y', "'x: y'"],
    ['- a', "'- a'"],
    ['#x', "'#x'"],
    ["it's: ok", "'it''s: ok'"],
    [' lead', "' lead'"],
  ])('"%s" needs quotes for its syntax and is single-quoted', (value, written) => {
    expect(line(value)).toBe(`k: ${written}\n`);
    expect(parse(line(value))).toEqual({ k: value });
  });

  test('control characters, tabs and astral characters are escaped in double quotes', () => {
    expect(line('a\tb')).toBe('k: "a\\tb"\n');
    expect(line('bell\x07')).toBe('k: "bell\\a"\n');
    expect(line('smile 😀')).toBe('k: "smile \\U0001F600"\n');
    expect(parse(line('smile 😀'))).toEqual({ k: 'smile 😀' });
  });

  test('multi-line strings become literal blocks with the right chomping indicator', () => {
    expect(line('a\nb\n')).toBe('k: |\n    a\n    b\n');
    expect(line('a\nb')).toBe('k: |-\n    a\n    b\n');
    expect(line('a\n\n')).toBe('k: |+\n    a\n\n');
    expect(line('a\n\nb\n')).toBe('k: |\n    a\n\n    b\n');
    expect(line('trailing \nspace')).toBe('k: "trailing \\nspace"\n');
  });

  test('collections follow go-yaml indentation rules', () => {
    const tree = treeFromJs({ a: { b: [{ c: 'x\ny\n', d: [] }, ['m']], e: {} } });
    const expected = ['a:', '    b:', '        - c: |', '            x', '            y', '          d: []'];
    expected.push('        - - m', '    e: {}', '');
    expect(emitYaml(tree, { indent: 4 })).toBe(expected.join('\n'));
    expect(emitYaml(strNode('x'), { indent: 4 })).toBe('x\n');
    expect(() => emitYaml(tree, { indent: 1 })).toThrow('invalid yaml indent "1"');
  });
});

describe('reading plain scalars like go-yaml v3', () => {
  test.each([
    ['017', 'int', 15n],
    ['0o17', 'int', 15n],
    ['0x1F', 'int', 31n],
    ['1_000', 'int', 1000n],
    ['-12', 'int', -12n],
    ['08', 'float', 8],
    ['1e3', 'float', 1000],
    ['.5', 'float', 0.5],
    ['true', 'bool', true],
    ['yes', 'str', 'yes'],
    ['3.10.2', 'str', '3.10.2'],
    ['2024-1-2', 'time', '2024-1-2'],
  ])('%s reads as %s', (text, type, value) => {
    expect(resolvePlainScalar(text)).toEqual({ kind: 'scalar', type, value });
  });

  test('~ and the empty value read as null', () => {
    expect(resolvePlainScalar('~').type).toBe('null');
    expect(resolvePlainScalar('').type).toBe('null');
  });
});

describe('formatting floats like Go strconv', () => {
  test.each([
    [1234.56789, '1234.56789', '1234.56789'],
    [1234568000, '1234568000', '1.234568e+09'],
    [25.4, '25.4', '25.4'],
    [1e21, '1000000000000000000000', '1e+21'],
    [0.000001, '0.000001', '1e-06'],
    [0.0001, '0.0001', '0.0001'],
    [999999.5, '999999.5', '999999.5'],
    [-0.5, '-0.5', '-0.5'],
  ])('%d is "%s" in the MAC and %s in YAML', (value, fixed, yaml) => {
    expect(formatGoFloatFixed(value)).toBe(fixed);
    expect(formatGoFloatYaml(value)).toBe(yaml);
  });

  test('special values use the Go and YAML spellings', () => {
    expect([Infinity, -Infinity, NaN].map(formatGoFloatFixed)).toEqual(['+Inf', '-Inf', 'NaN']);
    expect([Infinity, -Infinity, NaN].map(formatGoFloatYaml)).toEqual(['.inf', '-.inf', '.nan']);
  });
});
