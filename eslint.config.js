// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.build-*/', '.astro/', 'node_modules/', 'test-results/', 'bench-results/', 'drafts/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Components receive view models (src/lib/view/): the page builds them from the dataset.
    files: ['src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/dataset/*', '**/lib/load/*'],
              message: 'A component receives a view model from src/lib/view/, never the dataset: let the page build it and pass it.',
            },
          ],
        },
      ],
    },
  },
);
