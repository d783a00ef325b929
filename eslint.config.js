import tseslint from 'typescript-eslint';

const infrastructure = ['@nestjs/*', 'typeorm', 'pg', '@eventstore/*', '@electric-sql/*', '#event-store', '#read-models', '#platform', '#application', 'express'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: deciders and events only, no framework, database or I/O.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: infrastructure, message: 'libs/domain must stay free of frameworks and I/O' }] }],
      'no-restricted-globals': ['error', { name: 'Date', message: 'the domain takes time from commands, it never reads the clock' }],
    },
  },
);
