/** Jest runs in native ESM mode: Nest 12 packages are ES modules only. */
const libs = ['domain', 'event-store', 'read-models', 'platform', 'application'];
export default {
  testEnvironment: 'node',
  testTimeout: 60_000,
  // Safety net for CI: a stray handle (a driver's keep-alive timer) must not keep a green run from exiting.
  forceExit: true,
  // A test file spends much of its time waiting (on its service processes, its database, timers): two workers
  // kept the 2 cores 60 % busy, three keep them 95 % busy and end the run in about half the time.
  maxWorkers: 3,
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
