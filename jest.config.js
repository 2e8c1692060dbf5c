/** lowdb and steno ship as ES modules only; ts-jest turns them into CommonJS for jest. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(lowdb|steno|@microsoft/app-manifest|strip-bom|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30000,
};
