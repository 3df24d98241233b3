// Tests are transpiled by swc, without type checking (npm test runs `tsc --noEmit` once instead).
// age-encryption and its @noble/@scure dependencies are ESM-only: Node >= 20.19 loads them through
// require(esm), but Jest's module system cannot, so swc compiles them to CommonJS too.
const esmPackages = ['age-encryption', '@noble/ciphers', '@noble/curves', '@noble/hashes', '@noble/post-quantum', '@scure/base'];

const swc = (syntax) => ['@swc/jest', {
  jsc: { parser: { syntax, decorators: false }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
}];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': swc('typescript'),
    [`/node_modules/(?:${esmPackages.join('|')})/.+\\.js$`]: swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(?:${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/test/support/isolated-env.ts'],
};
