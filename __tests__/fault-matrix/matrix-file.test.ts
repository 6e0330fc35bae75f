import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { PROJECT_ROOT } from '../../local-servers/runner/run-action.ts';

// docs/FAULT-MATRIX.md and the tests in this folder describe the same rows.

const MATRIX = readFileSync(join(PROJECT_ROOT, 'docs', 'FAULT-MATRIX.md'), 'utf8');
const HERE = join(PROJECT_ROOT, '__tests__', 'fault-matrix');

interface MatrixRow {
  readonly id: string;
  readonly cells: string[];
  readonly testFile: string;
}

const matrixRows: MatrixRow[] = MATRIX.split('\n')
  .filter((line) => /^\| [A-Z]\d+ \|/.test(line))
  .map((line) => {
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim());
    return { id: cells[0] ?? '', cells, testFile: /`([\w-]+\.test\.ts)`/.exec(cells[cells.length - 1] ?? '')?.[1] ?? '' };
  });

/** The rows the tests declare with `row(id, title, body)`, as [id, file]. */
const testRows: [string, string][] = readdirSync(HERE)
  .filter((name) => name.endsWith('.test.ts'))
  .flatMap((file) => [...readFileSync(join(HERE, file), 'utf8').matchAll(/^\s*row\(\s*'([A-Z]\d+)'/gm)].map(([, id]): [string, string] => [id ?? '', file]));

describe('docs/FAULT-MATRIX.md', () => {
  test('has at least 30 rows, each id once, each with every column filled', () => {
    expect(matrixRows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(matrixRows.map((row) => row.id)).size).toBe(matrixRows.length);
    for (const row of matrixRows) {
      expect({ id: row.id, columns: row.cells.length }).toEqual({ id: row.id, columns: 9 });
      expect(row.cells.filter((cell) => cell === '')).toEqual([]);
    }
  });

  test('names, for each row, the test file that holds a test with that id, and no test is missing from it', () => {
    const byId = (rows: [string, string][]) => [...rows].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
    expect(byId(matrixRows.map((row) => [row.id, row.testFile]))).toEqual(byId(testRows));
  });
});
