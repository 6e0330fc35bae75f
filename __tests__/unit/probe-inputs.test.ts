import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.ts';
import { readInputs } from '../../src/inputs.ts';
import { accepts, parseStatus } from '../../src/probe-inputs.ts';

const read = (inputs: Record<string, string>) => readInputs((name) => inputs[name] ?? '', { AWS_REGION: 'us-east-1' });
const single = (probe: Record<string, string>) => read({ 'parameter-name': '/svc/token', ...probe });
const set = (probe: Record<string, string>) => read({ parameters: '/svc/api-key=api\n/svc/hook=hook', ...probe });

/** The input an InputError names and its sentence, or a failure when nothing was refused. */
function refusal(make: () => unknown): { input: string; message: string } {
  try {
    make();
  } catch (error) {
    if (error instanceof InputError) return { input: error.input, message: error.message };
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('the probe inputs', () => {
  test('without probe-url there is no test step, and the defaults the runner fills in are not a refusal', () => {
    const config = single({ 'probe-method': 'GET', 'probe-header': 'Authorization: Bearer {value}', 'probe-status': '200-299', 'probe-timeout': '60s' });
    expect(config.probe).toBeUndefined();
  });

  test('the defaults: GET, Authorization: Bearer {value}, 200-299, 60s', () => {
    expect(single({ 'probe-url': 'https://api.example.com/v1/whoami' }).probe).toEqual({
      url: 'https://api.example.com/v1/whoami',
      method: 'GET',
      header: { name: 'Authorization', before: 'Bearer ', after: '' },
      parameter: '/svc/token',
      accepted: [[200, 299]],
      timeoutMs: 60_000,
      statusText: '200-299',
    });
  });

  test('a custom header, method, statuses and timeout', () => {
    const probe = single({
      'probe-url': 'http://127.0.0.1:8080/health',
      'probe-method': 'post',
      'probe-header': 'X-Api-Key: key={value};v=1',
      'probe-status': '200-204, 401',
      'probe-timeout': '1m30s',
    }).probe;
    expect(probe).toMatchObject({
      method: 'POST',
      header: { name: 'X-Api-Key', before: 'key=', after: ';v=1' },
      accepted: [
        [200, 204],
        [401, 401],
      ],
      timeoutMs: 90_000,
    });
  });

  test('a set names its member by output key', () => {
    expect(set({ 'probe-url': 'https://api.example.com/', 'probe-header': 'Authorization: Bearer {value:hook}' }).probe?.parameter).toBe('/svc/hook');
  });

  test.each([
    ['a URL that is not http(s)', { 'probe-url': 'ftp://example.com/' }, 'probe-url', 'uses ftp'],
    ['a URL that is not a URL', { 'probe-url': 'example.com/health' }, 'probe-url', 'is not a URL'],
    ['a URL holding {value}', { 'probe-url': 'https://example.com/check?key={value}' }, 'probe-url', 'URLs end up in proxy and server logs'],
    [
      'a URL holding {value} percent-encoded',
      { 'probe-url': 'https://example.com/check?key=%7Bvalue%7D' },
      'probe-url',
      'URLs end up in proxy and server logs',
    ],
    ['a URL with credentials', { 'probe-url': 'https://user:pw@example.com/' }, 'probe-url', 'user name or password'],
    ['a header without {value}', { 'probe-url': 'https://example.com/', 'probe-header': 'Authorization: Bearer abc' }, 'probe-header', 'has no {value}'],
    ['a header with two {value}', { 'probe-url': 'https://example.com/', 'probe-header': 'X-Key: {value}{value}' }, 'probe-header', 'more than one'],
    ['a header without a name', { 'probe-url': 'https://example.com/', 'probe-header': 'Bearer {value}' }, 'probe-header', 'is not a header line'],
    ['a header name with a space', { 'probe-url': 'https://example.com/', 'probe-header': 'X Key: {value}' }, 'probe-header', 'is not a header line'],
    [
      'a header with a line break',
      { 'probe-url': 'https://example.com/', 'probe-header': 'X-Key: {value}\nX-Other: 1' },
      'probe-header',
      'is not a header line',
    ],
    ['a key in the single form', { 'probe-url': 'https://example.com/', 'probe-header': 'X-Key: {value:api}' }, 'probe-header', 'keys name the members'],
    ['an unknown method', { 'probe-url': 'https://example.com/', 'probe-method': 'FETCH' }, 'probe-method', 'use one of GET'],
    ['a status out of order', { 'probe-url': 'https://example.com/', 'probe-status': '299-200' }, 'probe-status', 'out of order'],
    ['a status outside 100-599', { 'probe-url': 'https://example.com/', 'probe-status': '200-700' }, 'probe-status', 'outside 100-599'],
    ['a status that is a word', { 'probe-url': 'https://example.com/', 'probe-status': 'ok' }, 'probe-status', 'not a status or a range'],
    ['an empty status item', { 'probe-url': 'https://example.com/', 'probe-status': '200,' }, 'probe-status', 'not a status or a range'],
    ['a bad timeout', { 'probe-url': 'https://example.com/', 'probe-timeout': 'soon' }, 'probe-timeout', 'is not a duration'],
    ['a timeout under a second', { 'probe-url': 'https://example.com/', 'probe-timeout': '500ms' }, 'probe-timeout', 'out of range'],
    ['a probe input without probe-url', { 'probe-status': '200,401' }, 'probe-status', 'probe-url is empty'],
    ['a probe header without probe-url', { 'probe-header': 'X-Key: {value}' }, 'probe-header', 'probe-url is empty'],
  ])('refuses %s in one sentence naming the input', (_name, inputs, input, words) => {
    const refused = refusal(() => single(inputs));
    expect(refused.input).toBe(input);
    expect(refused.message).toContain(words);
    expect(refused.message).toContain(`Input ${input}`);
    expect(refused.message).toMatch(/^Input [^\n]*\.$/);
    expect(refused.message).not.toMatch(/(?<!e\.g)\.\s+[A-Z]/);
  });

  test.each([
    ['{value} alone', 'Authorization: Bearer {value}', 'must say which one'],
    ['an unknown key', 'Authorization: Bearer {value:nope}', 'no parameter has the output key "nope"'],
  ])('a set refuses %s', (_name, header, words) => {
    const refused = refusal(() => set({ 'probe-url': 'https://example.com/', 'probe-header': header }));
    expect(refused).toMatchObject({ input: 'probe-header' });
    expect(refused.message).toContain(words);
  });

  test.each([
    ['200-299', 200, true],
    ['200-299', 299, true],
    ['200-299', 300, false],
    ['200-299', 199, false],
    ['200-299,401', 401, true],
    ['200-299,401', 302, false],
    ['204', 204, true],
  ])('probe-status %s accepts %i: %s', (text, status, expected) => {
    expect(accepts(parseStatus(text), status)).toBe(expected);
  });
});
