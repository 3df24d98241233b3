// age-encryption and its @noble/@scure dependencies are ESM-only. Node ≥ 20.19 loads them through
// require(esm), but Jest's module system cannot, so Jest compiles them to CommonJS with ts-jest.
const esmPackages = ['age-encryption', '@noble/ciphers', '@noble/curves', '@noble/hashes', '@noble/post-quantum', '@scure/base'];
const esmPackagePattern = `/node_modules/(?:${esmPackages.join('|')})/`;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    [`${esmPackagePattern}.+\\.js$`]: [
      'ts-jest',
      { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(?:${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
};
