// Tests are TypeScript, stripped of types by Babel and run as ES modules (node's vm modules);
// imports use NodeNext `.js` specifiers, mapped back to the `.ts` sources. Type checking is
// `tsc --noEmit`, which `npm test` runs first.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': 'babel-jest' },
};
