// Lint rules, including the boundaries the architecture depends on: who may
// import electron, better-sqlite3, Node, and the zod-laden contract.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const restrict = (paths, patterns = []) => ['error', { paths, patterns }]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'native/**',
      '.native-build/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      'out-*/**',
      'test-results-*/**',
      'reports/**',
      '**/.*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'bin/**/*.js'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Benchmarks run some functions inside the browser page.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // src/shared is imported by every process: no electron, no Node, no DOM-only modules.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: 'src/shared must stay pure.' }],
        [
          {
            group: ['node:*', 'fs', 'path', 'os', 'better-sqlite3', 'react', 'react-dom'],
            message: 'src/shared must stay pure.',
          },
        ],
      ),
    },
  },
  {
    // Only the files that start the desktop app may load Electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/desktop/**'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: 'Only src/main/index.ts and src/main/desktop/ import electron.' }],
        [{ group: ['better-sqlite3'], message: 'Only src/main/db/ holds SQL and imports better-sqlite3.' }],
      ),
    },
  },
  {
    files: ['src/main/db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ name: 'electron', message: 'The core never imports electron.' }]),
    },
  },
  {
    files: ['src/main/**/*.test.ts', 'src/main/test-support/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the core only through the api client.' },
            {
              name: '@shared/contract',
              allowTypeImports: true,
              message: 'Import values from @shared/contract-names: the schemas (zod) stay in main.',
            },
          ],
          patterns: [{ group: ['node:*'], message: 'No Node in the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          name: '@shared/contract',
          allowTypeImports: true,
          message: 'The sandboxed preload imports names only (@shared/contract-names).',
        },
      ]),
    },
  },
  {
    files: ['e2e/**/*.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
)
