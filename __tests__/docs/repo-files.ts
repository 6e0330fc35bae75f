// Reads the repository's documentation-side files (action.yml, README,
// examples, workflows) for the docs tests.
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}

/** Repository-relative paths matching the glob patterns, sorted. */
export function repoFiles(...patterns: string[]): string[] {
  const found = patterns.flatMap((pattern) => globSync(pattern, { cwd: repoRoot }));
  return [...new Set(found.map((file) => relative('.', file)))].sort();
}

export interface InputSpec {
  name: string;
  required: boolean;
  default: string | undefined;
}
export interface OutputSpec {
  name: string;
}

interface ActionYml {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}

export function actionMetadata(): { inputs: InputSpec[]; outputs: OutputSpec[] } {
  const action = parse(readRepoFile('action.yml')) as ActionYml;
  const inputs = Object.entries(action.inputs ?? {}).map(([name, spec]) => ({
    name,
    required: spec.required === true,
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- action.yml defaults are YAML scalars: String() gives the text the runner sees
    default: spec.default === undefined ? undefined : String(spec.default),
  }));
  const outputs = Object.keys(action.outputs ?? {}).map((name) => ({ name }));
  return { inputs, outputs };
}

/** Every YAML document in a file, parsed; throws on the first YAML error. */
export function parseYamlDocuments(path: string): unknown[] {
  return parseAllDocuments(readRepoFile(path)).map((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${path}: ${document.errors.map((error) => error.message).join('; ')}`);
    }
    return document.toJS() as unknown;
  });
}

export interface StepUse {
  where: string;
  uses: string;
  with: Record<string, unknown>;
}

/** Every `uses:` step found anywhere in a parsed workflow, composite action or snippet. */
export function findSteps(node: unknown, where: string): StepUse[] {
  if (Array.isArray(node)) {
    return node.flatMap((item, index) => findSteps(item, `${where}[${index}]`));
  }
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const here: StepUse[] =
    typeof record.uses === 'string' ? [{ where, uses: record.uses, with: (record.with as Record<string, unknown> | undefined) ?? {} }] : [];
  return [
    ...here,
    ...Object.entries(record)
      .filter(([key]) => key !== 'with')
      .flatMap(([key, value]) => findSteps(value, `${where}.${key}`)),
  ];
}

/** A step that runs this action: `uses: ./` or `<owner>/rotate-deploy-token@<ref>`. */
export function usesThisAction(uses: string): boolean {
  return uses === './' || /(^|\/)rotate-deploy-token@/.test(uses);
}

/** The fenced ```yaml blocks of a Markdown file. */
export function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');
}
