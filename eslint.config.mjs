// Lint rules, including the layers: who may import `electron`, `node:*`, the DOM or React.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'events',
  'stream',
  'zlib',
  'worker_threads',
];
const noNode = [
  {
    group: ['node:*'],
    message: 'shared/ and renderer/ run in the browser too: no Node built-ins.',
  },
  ...nodeBuiltins.map((name) => ({ group: [name], message: 'No Node built-ins here.' })),
];
const noElectron = {
  name: 'electron',
  message: 'Only main/electron/** and the preload import electron.',
  allowTypeImports: true,
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    // Small CommonJS launchers (the `npx rancang` shim).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['main/electron/**', 'main/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ ...noElectron, message: 'Tests use the fake electron module.' }] },
      ],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'react', message: 'shared/ has no React.' },
            { name: 'react-dom', message: 'shared/ has no React.' },
          ],
          patterns: [
            ...noNode,
            {
              group: [
                'react/*',
                'react-dom/*',
                '@mantine/*',
                '../main/*',
                '../renderer/*',
                '../../main/*',
                '../../renderer/*',
              ],
              message: 'shared/ is isomorphic and stands alone.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            ...noNode,
            {
              group: ['**/main/*', '../../main/**'],
              message: 'The UI talks to main only through the RPC client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
