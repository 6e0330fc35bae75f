import { describe, expect, test } from '@jest/globals';
import { readRepoFile } from './repo-files.ts';

// README for users first (issue 13): what it does, the quick start, prerequisites, inputs and
// outputs, then the rest; the contributor commands live in "Develop" and CONTRIBUTING.md.
const readme = readRepoFile('README.md');
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1] ?? '');
const CONTRIBUTOR_COMMANDS = ['npm ci && npm run demo', 'npm ci && npm test'];

/** The first two command lines of the first fenced block after `start` (comments dropped). */
function firstCommands(text: string, start = 0): string[] {
  const block = /^```bash\n([\s\S]*?)^```/m.exec(text.slice(start))?.[1] ?? '';
  return block
    .split('\n')
    .slice(0, 2)
    .map((line) => line.replace(/\s+#.*$/, '').trim());
}

describe('reading order', () => {
  test('the README opens with the quick start, prerequisites, inputs and outputs, in that order', () => {
    expect(headings.slice(0, 4)).toEqual(['Quick start', 'Prerequisites', 'Inputs', 'Outputs']);
  });

  test('the README has Debugging, Pinning and Develop sections', () => {
    expect(headings).toEqual(expect.arrayContaining(['Debugging', 'Pinning', 'Develop']));
  });

  test('the contributor commands are the first two commands of Develop and of CONTRIBUTING.md, and not before Develop', () => {
    const develop = readme.search(/^## Develop$/m);
    expect(develop).toBeGreaterThan(0);
    expect(firstCommands(readme, develop)).toEqual(CONTRIBUTOR_COMMANDS);
    expect(firstCommands(readRepoFile('CONTRIBUTING.md'))).toEqual(CONTRIBUTOR_COMMANDS);
    for (const command of CONTRIBUTOR_COMMANDS) expect(readme.indexOf(command)).toBeGreaterThan(develop);
  });

  test('the prerequisites name the minimum ESO release and Kubernetes version and say no Node is needed', () => {
    const start = readme.search(/^## Prerequisites$/m);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    expect(section).toContain('External Secrets Operator v0.16.0 or later');
    expect(section).toContain('Kubernetes 1.33 or later');
    expect(section).toMatch(/needs no\s+`setup-node`/);
  });
});
