// ESLint: typescript-eslint's strict type-checked rules over every TypeScript tree,
// the JavaScript recommended rules over the .js/.mjs files, Prettier owns the layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'coverage/', 'reports/', 'node_modules/', '.e2e-cache/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Counts and flags in messages read naturally (`${count} pods`); objects, unions with undefined, etc. stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Its fix turns `value as T` into `value!`, which no-non-null-assertion (on) forbids: the two cannot both hold.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // Destructuring to drop fields (`const { kind: _kind, ...rest } = obj`) is how a copy without them is made.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // An empty string is "not set" for action inputs and Kubernetes fields, so `||` on strings is meant; `??` stays required elsewhere.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  {
    files: ['local-servers/**/*.ts'],
    rules: {
      // The simulated API servers edit JSON maps by key, as a JSON merge patch (RFC 7386) and the ESO/Kubernetes controllers do.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // They echo request JSON values of any type into error messages with String(), as the Go servers print them with %v.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['__tests__/**/*.ts', '__fixtures__/**/*.ts'],
    rules: {
      // Tests build @kubernetes/client-node model objects as the JSON literals the API returns, not as instances of its model classes.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Test doubles are async to match the interface they stand in for (a throw must be a rejection), with nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
