import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { actionMetadata, findSteps, parseYamlDocuments, readRepoFile, repoFiles, usesThisAction, yamlBlocks } from './repo-files.ts';

const yamlFiles = repoFiles('examples/**/*.yml', 'examples/**/*.yaml', '.github/**/*.yml', 'action.yml');
const jsonFiles = repoFiles('examples/**/*.json');
// Files that call the action: workflows, the example workflow, the composite action.
const callerFiles = repoFiles('.github/workflows/*.yml', 'examples/**/*.yml');

describe('example and workflow files', () => {
  test('there are examples and workflows to check', () => {
    expect(yamlFiles).toEqual(
      expect.arrayContaining([
        'action.yml',
        'examples/deploy-workflow.yml',
        'examples/set-workflow.yml',
        'examples/provider-token-workflow.yml',
        'examples/release-composite/action.yml',
        'examples/externalsecret.yaml',
        'examples/rbac.yaml',
        '.github/workflows/ci.yml',
        '.github/workflows/self-test.yml',
      ]),
    );
    expect(jsonFiles).toContain('examples/iam-policy.json');
  });

  /** The top-level keys a file of its kind must have: a workflow, an action, or Kubernetes objects. */
  const requiredKeys = (file: string): string[] => {
    if (file === '.github/dependabot.yml') return ['updates', 'version'];
    if (file.startsWith('.github/workflows/') || file.endsWith('-workflow.yml')) return ['jobs', 'name', 'on'];
    if (file.endsWith('action.yml')) return ['description', 'name', 'runs'];
    return ['apiVersion', 'kind', 'metadata'];
  };

  test.each(yamlFiles)('%s is YAML with the top-level keys of its kind', (file) => {
    const documents = parseYamlDocuments(file) as Record<string, unknown>[];
    expect(documents.length).toBeGreaterThan(0);
    const keys = requiredKeys(file);
    expect(documents.map((document) => keys.filter((key) => !(key in document)))).toEqual(documents.map(() => []));
  });

  test.each(jsonFiles)('%s is an IAM policy document', (file) => {
    const policy = JSON.parse(readRepoFile(file)) as { Version?: unknown; Statement?: Record<string, unknown>[] };
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement?.length).toBeGreaterThan(0);
    for (const statement of policy.Statement ?? [])
      expect(statement).toMatchObject({ Effect: expect.stringMatching(/^(Allow|Deny)$/), Action: expect.anything(), Resource: expect.anything() });
  });
});

describe('every use of this action', () => {
  const { inputs } = actionMetadata();
  const known = new Set(inputs.map((input) => input.name));
  const required = inputs.filter((input) => input.required).map((input) => input.name);

  const uses = [
    ...callerFiles.flatMap((file) => parseYamlDocuments(file).flatMap((doc) => findSteps(doc, file).map((step) => ({ ...step, file })))),
    ...yamlBlocks(readRepoFile('README.md')).flatMap((block, index) =>
      findSteps(parse(block) as unknown, `README.md yaml block ${index + 1}`).map((step) => ({ ...step, file: 'README.md' })),
    ),
  ].filter((step) => usesThisAction(step.uses));

  test('is found in the workflows, the examples and the README', () => {
    expect(new Set(uses.map((step) => step.file))).toEqual(
      new Set([
        '.github/workflows/ci.yml',
        '.github/workflows/self-test.yml',
        'README.md',
        'examples/deploy-workflow.yml',
        'examples/set-workflow.yml',
        'examples/provider-token-workflow.yml',
        'examples/release-composite/action.yml',
      ]),
    );
  });

  test('passes only inputs that action.yml declares', () => {
    const unknown = uses.flatMap((step) =>
      Object.keys(step.with)
        .filter((key) => !known.has(key))
        .map((key) => `${step.where}: input "${key}" is not in action.yml`),
    );
    expect(unknown).toEqual([]);
  });

  test('gives every required input a value', () => {
    const missing = uses.flatMap((step) =>
      required.filter((name) => step.with[name] === undefined || step.with[name] === '').map((name) => `${step.where}: required input "${name}" is missing`),
    );
    expect(missing).toEqual([]);
  });
});

describe('workflow hygiene', () => {
  test('every third-party action is pinned to a full commit SHA with a # vX.Y.Z comment', () => {
    const unpinned = callerFiles.flatMap((file) =>
      readRepoFile(file)
        .split('\n')
        .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
        .filter(({ line }) => /^\s*(- )?uses:/.test(line))
        .filter(({ line }) => {
          const uses = /uses:\s*(\S+)/.exec(line)?.[1] ?? '';
          if (uses.startsWith('./') || usesThisAction(uses)) return false;
          return !/uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line);
        })
        .map(({ line, where }) => `${where}: ${line.trim()}`),
    );
    expect(unpinned).toEqual([]);
  });

  test('no run: script interpolates the token output (it goes through env:)', () => {
    const scripts = callerFiles.flatMap((file) => parseYamlDocuments(file).flatMap((doc) => findRunScripts(doc, file)));
    expect(scripts.length).toBeGreaterThan(0);
    const offending = scripts.filter((script) => /\$\{\{[^}]*outputs\.token\b/.test(script.run)).map((script) => script.where);
    expect(offending).toEqual([]);
  });
});

function findRunScripts(node: unknown, where: string): { where: string; run: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => findRunScripts(item, `${where}[${index}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const here = typeof record.run === 'string' ? [{ where, run: record.run }] : [];
  return [...here, ...Object.entries(record).flatMap(([key, value]) => findRunScripts(value, `${where}.${key}`))];
}
