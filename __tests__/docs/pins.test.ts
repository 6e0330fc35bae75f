import { describe, expect, test } from '@jest/globals';
import { readRepoFile, repoFiles, usesThisAction } from './repo-files.ts';

// Dependabot (package-ecosystem github-actions) keeps the `@<sha> # vX.Y.Z` pins in
// .github/workflows current. The README, docs/ and examples/ are copied by users but
// Dependabot does not read them, so each pin there must equal the workflows' pin.

interface Pin {
  readonly where: string;
  readonly action: string;
  readonly ref: string;
  readonly comment: string;
}

const USES = /^\s*(?:- )?uses:\s*([^\s@]+)@(\S+)(?:\s+#\s*(.*?))?\s*$/;

/**
 * Every third-party `uses:` line of a file. Left out: this action, local `./` ones and
 * `your-org/...`, the placeholder for the reader's own repositories.
 */
function pinsIn(file: string): Pin[] {
  return readRepoFile(file)
    .split('\n')
    .flatMap((line, index) => {
      const match = USES.exec(line);
      if (!match) return [];
      const [, action = '', ref = '', comment = ''] = match;
      if (action.startsWith('./') || action.startsWith('your-org/') || usesThisAction(`${action}@${ref}`)) return [];
      return [{ where: `${file}:${index + 1}`, action, ref, comment }];
    });
}

const workflowPins = repoFiles('.github/workflows/*.yml').flatMap(pinsIn);
const copiedPins = repoFiles('README.md', 'docs/**/*.md', 'examples/**/*.yml', 'examples/**/*.yaml').flatMap(pinsIn);
const pinned = (pin: Pin): string => `${pin.ref} # ${pin.comment}`;

describe('pinned third-party actions', () => {
  test('there are pins to compare on both sides', () => {
    expect(workflowPins.map((pin) => pin.action)).toEqual(expect.arrayContaining(['actions/checkout', 'aws-actions/configure-aws-credentials']));
    expect(copiedPins.map((pin) => pin.where)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^README\.md:/), expect.stringMatching(/^examples\/deploy-workflow\.yml:/)]),
    );
  });

  test('every workflow pins an action the same way (one SHA and version per action)', () => {
    const first = new Map<string, Pin>();
    const differing: string[] = [];
    for (const pin of workflowPins) {
      const seen = first.get(pin.action);
      if (!seen) first.set(pin.action, pin);
      else if (pinned(seen) !== pinned(pin)) differing.push(`${pin.where}: ${pin.action}@${pinned(pin)}, but ${seen.where} has @${pinned(seen)}`);
    }
    expect(differing).toEqual([]);
  });

  test('each pin in the README, docs/ and examples/ is the one .github/workflows uses (SHA and version comment)', () => {
    const reference = new Map(workflowPins.map((pin) => [pin.action, pin]));
    const problems = copiedPins.flatMap((pin) => {
      const expected = reference.get(pin.action);
      if (!expected) {
        return [
          `${pin.where}: ${pin.action} is not used in .github/workflows, so Dependabot would not keep its pin current; use an action the workflows use, or add one that uses it`,
        ];
      }
      return pinned(pin) === pinned(expected) ? [] : [`${pin.where}: ${pin.action}@${pinned(pin)} differs from ${expected.where}: @${pinned(expected)}`];
    });
    expect(problems).toEqual([]);
  });
});

describe('the pin comparison', () => {
  test('reads the SHA and the version comment of a uses: line, and skips this action and local ones', () => {
    expect(USES.exec('      - uses: actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2')?.slice(1)).toEqual([
      'actions/checkout',
      'de0fac2e4500dabe0009e67214ff5f5447ce83dd',
      'v6.0.2',
    ]);
    expect(USES.exec('    uses: github/codeql-action/init@b96794f015dfd88f77b49b1c93e0fa7110f94c63 # v4.38.0')?.[1]).toBe('github/codeql-action/init');
    expect(usesThisAction('your-org/rotate-deploy-token@v1')).toBe(true);
  });
});
