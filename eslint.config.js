import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo-output/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page data is never HTML: the only way to show it is as text.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page data as text (textContent / Preact), never as HTML.' },
        { property: 'outerHTML', message: 'Render page data as text (textContent / Preact), never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render data as HTML.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-properties': 'off' },
  },
);
