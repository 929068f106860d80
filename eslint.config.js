// ESLint: typescript-eslint's recommended rules plus the project's conventions (no any, no default exports) and the
// layering: commands know nothing of HTTP or presenters; pages and sockets read through commands, never models;
// production code reaches the development servers in services/embedded/ only by a dynamic import, when configured so;
// a document's revision moves on only through bumpRev.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const embeddedOnDemand = {
  group: ['**/services/embedded/**'],
  allowTypeImports: true,
  message: 'The embedded development servers are loaded only when no external server is configured: import() them in services/*Engine.ts or mailServer.ts.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', '.data/', '.tools/', 'uploads/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/services/embedded/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [embeddedOnDemand] }],
      'no-restricted-syntax': ['error', {
        selector: ":matches(Property[key.name='$inc'], Property[key.value='$inc']) > ObjectExpression > :matches(Property[key.name='rev'], Property[key.value='rev'])",
        message: 'A revision moves on only through the shared bumpRev (server/search/syncFields.ts).',
      }],
    },
  },
  {
    files: ['server/commands/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/http/**'], message: 'A command knows nothing of HTTP: its input schema lives in server/commands/<area>/schemas.ts.' },
          { group: ['**/presenters/**'], message: 'A command returns domain data (or emits a domain event); routes, pages and realtime present it.' },
          embeddedOnDemand,
        ],
      }],
    },
  },
  {
    files: ['server/http/pages/**/*.ts', 'server/realtime/**/*.ts'],
    rules: {
      // The documents' types may be named; the models themselves are reached only through commands.
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/models/**'], allowTypeImports: true, message: 'Pages and socket handlers read through commands, never models.' }, embeddedOnDemand],
      }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name='models']",
        message: 'Pages and socket handlers read through commands, never ctx.models.',
      }],
    },
  },
  {
    files: ['eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
