import { deriveSecret, randomHex, randomUrlSafe } from '../../lib/settings/secret-values';

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

describe('deriving secrets', () => {
  test('the same salt and label always give the same 32 alphanumeric characters', () => {
    const value = deriveSecret('test-salt', 'nextauth-secret');
    expect(value).toHaveLength(32);
    expect(value).toMatch(ALPHANUMERIC);
    expect(deriveSecret('test-salt', 'nextauth-secret')).toBe(value);
  });

  test('the derivation is pinned: HKDF-SHA256 mapped to A-Za-z0-9 by rejection sampling', () => {
    // a change here would silently rotate every derived secret of every deployment
    expect(deriveSecret('test-salt', 'nextauth-secret')).toBe('4NWhojc6uG729RiSJqivD8bhlTRZ4LB6');
    expect(deriveSecret('test-salt', 'langfuse-salt', 16)).toBe('8Oy0nSufUvFVd9Ub');
  });

  test('another label or another salt gives an unrelated value', () => {
    const base = deriveSecret('test-salt', 'a');
    expect(deriveSecret('test-salt', 'b')).not.toBe(base);
    expect(deriveSecret('other-salt', 'a')).not.toBe(base);
  });

  test('any length from 1 to 4096 is produced', () => {
    for (const length of [1, 7, 64, 4096]) {
      const value = deriveSecret('s', 'l', length);
      expect(value).toHaveLength(length);
      expect(value).toMatch(ALPHANUMERIC);
    }
  });

  test('empty inputs and bad lengths are refused', () => {
    expect(() => deriveSecret('', 'l')).toThrow('deriveSecret needs a non-empty salt');
    expect(() => deriveSecret('s', '')).toThrow('deriveSecret needs a non-empty label');
    expect(() => deriveSecret('s', 'l', 0)).toThrow('invalid length "0"');
    expect(() => deriveSecret('s', 'l', 1.5)).toThrow('invalid length "1.5"');
  });
});

describe('random values', () => {
  test('randomUrlSafe gives the requested length from A-Za-z0-9, different each time', () => {
    const a = randomUrlSafe(40);
    expect(a).toHaveLength(40);
    expect(a).toMatch(ALPHANUMERIC);
    expect(randomUrlSafe(40)).not.toBe(a);
    expect(randomUrlSafe(1)).toMatch(/^[A-Za-z0-9]$/);
  });

  test('randomUrlSafe uses all 62 characters about equally', () => {
    // 60,000 draws: each character is expected ~968 times (sd ~31); the bounds are ~7 sd away
    const counts = new Map<string, number>();
    for (const c of Array.from({ length: 15 }, () => randomUrlSafe(4000)).join('')) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(60000);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(750);
      expect(n).toBeLessThan(1190);
    }
  });

  test('randomHex gives two lowercase hex digits per byte', () => {
    expect(randomHex(32)).toMatch(/^[0-9a-f]{64}$/);
    expect(randomHex(16)).not.toBe(randomHex(16));
    expect(() => randomHex(0)).toThrow('invalid byte count "0"');
  });
});
