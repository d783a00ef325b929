/** Jest runs in native ESM mode: Nest 12 packages are ES modules only. */
const libs = ['domain', 'event-store', 'read-models', 'platform', 'application'];
export default {
  testEnvironment: 'node',
  testTimeout: 60_000,
  // Safety net for CI: a stray handle (a driver's keep-alive timer) must not keep a green run from exiting.
  forceExit: true,
  // Most of a test file's time is spent waiting on its database and HTTP; two workers use both cores.
  maxWorkers: 2,
  extensionsToTreatAsEsm: ['.ts'],
  globalSetup: '<rootDir>/test/support/jest-global-setup.js',
  globalTeardown: '<rootDir>/test/support/jest-global-teardown.js',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.{spec,int-spec,e2e-spec}.ts'],
  moduleNameMapper: {
    ...Object.fromEntries(libs.map((l) => [`^#${l}$`, `<rootDir>/libs/${l}/src/index.ts`])),
    '^#event-store/esdb$': '<rootDir>/libs/event-store/src/esdb.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
};
