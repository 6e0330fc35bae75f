import { describe, expect, test } from '@jest/globals';
import { MAX_NAMES_PER_GET, batchSelectors } from '../../src/ssm/rules.ts';

describe('batchSelectors: the reads of several parameters in GetParameters calls of at most 10 names', () => {
  test('the limit is the one AWS documents for GetParameters Names', () => {
    expect(MAX_NAMES_PER_GET).toBe(10);
  });

  test.each([
    ['nothing to read', [], []],
    ['a set of three with both labels: 9 names, one call', [3, 3, 3], [[0, 1, 2]]],
    ['a set of four with both labels: 12 names, two calls', [3, 3, 3, 3], [[0, 1, 2], [3]]],
    ['without labels: ten parameters in one call, the eleventh in the next', Array.from({ length: 11 }, () => 1), [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [10]]],
    ['a parameter is never split across calls', [2, 3, 3, 3], [[0, 1, 2], [3]]],
  ])('%s', (_what, sizes, batches) => {
    expect(batchSelectors(sizes)).toEqual(batches);
  });
});
