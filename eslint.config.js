// Lint: typescript-eslint's recommended rules (no type information, so it stays fast) plus the
// direction of imports between the layers: web → usecases → policies/db → domain, never upward.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Imports a layer may not make: each pattern is matched against the import's path (gitignore style). */
const forbid = (layers, why) => ({
  'no-restricted-imports': ['error', { patterns: layers.map((layer) => ({ group: [`**/${layer}/**`, `./${layer}/**`], message: why })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', '.tmp/**', 'drizzle/**', 'public/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['src/domain/**'], rules: forbid(['web', 'usecases', 'policies', 'db', 'demo', 'cli'], 'domain/ holds pure rules: it imports no other layer.') },
  { files: ['src/db/**'], rules: forbid(['web', 'usecases', 'policies', 'demo', 'cli'], 'db/ is data access: it imports only domain/.') },
  { files: ['src/policies/**'], rules: forbid(['web', 'demo', 'cli'], 'policies/ decide access: they import no web, demo or CLI code.') },
  { files: ['src/usecases/**'], rules: forbid(['web', 'demo', 'cli'], 'usecases/ are called by web/ and cli/, never the other way round.') },
  { files: ['src/web/**'], rules: forbid(['demo', 'cli'], 'web/ does not import the demo or the CLI.') },
);
