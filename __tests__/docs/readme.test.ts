import { describe, expect, test } from '@jest/globals';
import { actionMetadata, readRepoFile } from './repo-files.ts';

const readme = readRepoFile('README.md');
const { inputs, outputs } = actionMetadata();

/** The rows of the first Markdown table under the heading, as trimmed cells. */
function tableUnder(heading: string): string[][] {
  const start = readme.search(new RegExp(`^#+ ${heading}\\s*$`, 'm'));
  if (start < 0) throw new Error(`README.md has no "${heading}" heading`);
  const lines = readme.slice(start).split('\n').slice(1);
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2); // header and separator
}

const unquote = (cell: string): string => cell.replace(/^`(.*)`$/, '$1');
const noValue = (cell: string): boolean => cell === '' || cell === '—' || cell === '-';

describe('README.md', () => {
  test('keeps the lead block at the very top', () => {
    expect(readme.startsWith('# rotate-deploy-token\n\nMint a fresh deploy token on every deploy')).toBe(true);
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  test('inputs table matches action.yml exactly: names, order, required, defaults', () => {
    const rows = tableUnder('Inputs').map(([name = '', required = '', defaultValue = '']) => ({
      name: unquote(name),
      required: required === 'yes',
      default: noValue(defaultValue) ? undefined : unquote(defaultValue),
    }));
    const differences: string[] = [];
    const documented = new Map(rows.map((row) => [row.name, row]));
    const declared = new Map(inputs.map((input) => [input.name, input]));
    for (const input of inputs) {
      const row = documented.get(input.name);
      if (!row) {
        differences.push(`input "${input.name}" is in action.yml but not in the README`);
        continue;
      }
      if (row.required !== input.required) {
        differences.push(`input "${input.name}": README says required=${row.required}, action.yml says ${input.required}`);
      }
      if (row.default !== input.default) {
        differences.push(`input "${input.name}": README default ${JSON.stringify(row.default)}, action.yml default ${JSON.stringify(input.default)}`);
      }
    }
    for (const row of rows) {
      if (!declared.has(row.name)) differences.push(`input "${row.name}" is in the README but not in action.yml`);
    }
    if (differences.length === 0 && rows.map((row) => row.name).join() !== inputs.map((input) => input.name).join()) {
      differences.push('the README lists the inputs in a different order than action.yml');
    }
    expect(differences).toEqual([]);
  });

  test('outputs table matches action.yml exactly: names and order', () => {
    const names = tableUnder('Outputs').map(([name = '']) => unquote(name));
    const declared = outputs.map((output) => output.name);
    const differences = [
      ...declared.filter((name) => !names.includes(name)).map((name) => `output "${name}" is in action.yml but not in the README`),
      ...names.filter((name) => !declared.includes(name)).map((name) => `output "${name}" is in the README but not in action.yml`),
    ];
    if (differences.length === 0 && names.join() !== declared.join()) {
      differences.push('the README lists the outputs in a different order than action.yml');
    }
    expect(differences).toEqual([]);
  });

  test('documents every log marker of the contract', () => {
    const markers = [
      'PLAN',
      'DRIFT',
      'MINTED',
      'WROTE',
      'LABELED',
      'SYNCED',
      'VERIFIED',
      'RESTARTED',
      'ROLLED-OUT',
      'PROBED',
      'CONFIRMED',
      'ROLLED-BACK',
      'RECOVERED',
      'FAILED',
    ];
    const table = tableUnder('Log markers').map(([marker = '']) => unquote(marker));
    expect(table).toEqual(markers);
  });

  test('says that the token is for the same job only', () => {
    expect(readme).toMatch(/masked\s+step\s+output\s+is\s+dropped\s+by\s+the\s+runner/i);
  });
});
