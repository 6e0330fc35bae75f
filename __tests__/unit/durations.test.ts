import { describe, expect, test } from '@jest/globals';
import { formatDuration, parseGoDuration } from '../../src/kube/durations.ts';

// Go's time.ParseDuration (src/time/format.go): a signed sequence of decimal numbers,
// each with an optional fraction and a unit (ns, us, µs, μs, ms, s, m, h); "0" alone needs no unit.
describe('parseGoDuration, unit by unit', () => {
  test.each<[string | number, number | undefined]>([
    ['1ns', 1e-6],
    ['1000us', 1],
    ['1000µs', 1],
    ['1000μs', 1],
    ['1ms', 1],
    ['1s', 1000],
    ['1m', 60_000],
    ['1h', 3_600_000],
    ['1h2m3s4ms', 3_723_004],
    ['.5s', 500],
    ['1.s', 1000],
    ['1.25m', 75_000],
    ['+1s', 1000],
    ['-1m', -60_000],
    ['-0', 0],
    ['+0', 0],
    ['00', 0],
    ['0.0', 0],
    ['0.', 0],
    ['  15m  ', 900_000],
    [90_000, 90_000],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ['1', undefined],
    ['0.1', undefined],
    ['s', undefined],
    ['1s1', undefined],
    ['x1s', undefined],
    ['1 s', undefined],
    ['1d', undefined],
    ['--1s', undefined],
    ['10', undefined],
    ['1-s', undefined],
    ['.55s', 550],
  ])('%p is %p ms', (text, ms) => {
    expect(parseGoDuration(text)).toBe(ms);
  });
});

describe('formatDuration', () => {
  test.each<[number, string]>([
    [0, '0ms'],
    [999.4, '999ms'],
    [1000, '1s'],
    [1499, '1s'],
    [59_000, '59s'],
    [59_600, '1m'],
    [60_000, '1m'],
    [61_000, '1m1s'],
    [3_600_000, '60m'],
  ])('%p ms prints as %p', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
