// The Node check that `npm test`, `npm run demo` and `npm run bench` run first.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { readRepoFile, repoRoot } from '../docs/repo-files.ts';

const sentence = (running: string): string =>
  `This project needs Node 24 or newer, but npm ran Node ${running}: run \`npm ci\` again without --ignore-scripts ` +
  '(it installs Node 24 from the node devDependency) or install Node 24 (see .node-version), then retry.';

function check(env: Record<string, string>, command = process.execPath, args = ['scripts/check-node.mjs']) {
  const run = spawnSync(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr.trim(), stdout: run.stdout.trim() };
}

describe('the Node version check', () => {
  it('.node-version says 24, as package.json engines does', () => {
    expect(readRepoFile('.node-version')).toBe('24\n');
    expect((JSON.parse(readRepoFile('package.json')) as { engines: { node: string } }).engines.node).toBe('>=24');
  });

  it('passes on the Node the scripts run with', () => {
    expect(check({ CHECK_NODE_VERSION: '' })).toEqual({ status: 0, stderr: '', stdout: '' });
  });

  it.each(['20.19.0', 'v22.12.0', '18.0.0'])('stops an older Node (%s) with one sentence', (version) => {
    expect(check({ CHECK_NODE_VERSION: version })).toEqual({ status: 1, stderr: sentence(version), stdout: '' });
  });

  it('runs first in npm test, demo and bench', () => {
    const scripts = (JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['test', 'demo', 'bench']) {
      expect(scripts[name]?.startsWith('node scripts/check-node.mjs && ')).toBe(true);
    }
  });

  it('npm run bench on an old Node stops with the sentence, not ERR_UNKNOWN_FILE_EXTENSION', () => {
    const run = check({ CHECK_NODE_VERSION: '20.19.0' }, 'npm', ['run', '--silent', 'bench']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(sentence('20.19.0'));
  });

  it('is plain JavaScript: Node 24 runs it with type stripping off', () => {
    const run = check({ CHECK_NODE_VERSION: '' }, process.execPath, ['--no-experimental-strip-types', 'scripts/check-node.mjs']);
    expect(run.status).toBe(0);
  });
});
