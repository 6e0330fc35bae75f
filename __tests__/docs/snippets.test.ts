import { describe, expect, test } from '@jest/globals';
import { actionlint, asWorkflow } from './actionlint.ts';
import { readRepoFile, yamlBlocks } from './repo-files.ts';

// The workflow text users copy from the docs passes actionlint, as the workflows do.
const DOCS = ['README.md', 'docs/MIGRATION.md', 'docs/RELEASING.md'];

describe('workflow snippets in the docs', () => {
  const snippets = DOCS.flatMap((file) =>
    yamlBlocks(readRepoFile(file)).flatMap((block, index) => {
      const workflow = asWorkflow(block);
      return workflow === undefined ? [] : [{ name: `${file.replace(/\W/g, '-')}-block-${index + 1}`, workflow }];
    }),
  );

  test('there are snippets to lint: the quick start, the usage examples, both migration steps', () => {
    expect(snippets.map((snippet) => snippet.name)).toEqual(
      expect.arrayContaining(['README-md-block-1', 'README-md-block-2', 'README-md-block-3', 'docs-MIGRATION-md-block-1', 'docs-MIGRATION-md-block-2']),
    );
  });

  test('all pass actionlint', () => {
    expect(actionlint(Object.fromEntries(snippets.map((snippet) => [snippet.name, snippet.workflow])))).toBe('');
  });

  test('README quick start is the first code block, a whole workflow with OIDC permissions and the token passed through env', () => {
    const readme = readRepoFile('README.md');
    const firstFence = /^```(\w*)\n([\s\S]*?)^```/m.exec(readme);
    expect(firstFence?.[1]).toBe('yaml');
    const quickStart = firstFence?.[2] ?? '';
    expect(asWorkflow(quickStart)).toBe(quickStart);
    expect(quickStart).toMatch(/^permissions:\n {2}id-token: write.*\n {2}contents: read/m);
    expect(quickStart).toContain('uses: aws-actions/configure-aws-credentials@');
    expect(quickStart).toMatch(/id: rotate\n\s+uses: your-org\/rotate-deploy-token@v1/);
    expect(quickStart).toMatch(/env:\n\s+DEPLOY_TOKEN: \$\{\{ steps\.rotate\.outputs\.token \}\}/);
  });

  test('a broken snippet is caught', () => {
    const broken = asWorkflow('- uses: actions/checkout@v6\n  with:\n    persist-credentials: false\n- run: echo ${{ steps.missing.outputs.x }}\n') ?? '';
    expect(actionlint({ broken })).toContain('property "missing" is not defined');
  });
});
