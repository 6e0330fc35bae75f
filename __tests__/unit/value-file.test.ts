import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { InputError, StepError } from '../../src/errors.ts';
import { readInputs } from '../../src/inputs.ts';
import type { RotationConfig } from '../../src/inputs.ts';
import { dropLineBreak, refuseOversizeValue, splitFileClause, takeValues, tierProblem, valueForms } from '../../src/value-file.ts';

const DIR = mkdtempSync(join(tmpdir(), 'value-file-'));
let fileCount = 0;
/** A file holding exactly these bytes, in a fresh path. */
function file(content: string | Uint8Array): string {
  const path = join(DIR, `value-${++fileCount}`);
  writeFileSync(path, content);
  return path;
}

const read = (inputs: Record<string, string>): RotationConfig => readInputs((name) => inputs[name] ?? '', { AWS_REGION: 'us-east-1' });

/** The InputError a call throws: the input it names and its sentence. */
function refusal(call: () => unknown): { input: string; message: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return { input: error.input, message: error.message };
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

/** Reads the files of a config, recording every form masked. */
function take(inputs: Record<string, string>): { values: Map<string, string>; masked: string[] } {
  const masked: string[] = [];
  const values = takeValues(read(inputs), (form) => masked.push(form));
  return { values, masked };
}

const PROVIDER_VALUE = 'fo1_a B+/c=d ünïcødé ✓';

describe('the file= clause of a parameters line', () => {
  test.each([
    ['/a/b=key', { line: '/a/b=key', file: undefined }],
    ['/a/b=key file=/tmp/x', { line: '/a/b=key', file: '/tmp/x' }],
    ['/a/b=key\tfile=/tmp/with space/x ', { line: '/a/b=key', file: '/tmp/with space/x' }],
    ['/a/b = key   file=/tmp/a=b', { line: '/a/b = key', file: '/tmp/a=b' }],
    ['/a/b=key file=', { line: '/a/b=key', file: '' }],
    // No whitespace before it: not a clause, and the parser refuses the line as name=output-key.
    ['/a/b=keyfile=/tmp/x', { line: '/a/b=keyfile=/tmp/x', file: undefined }],
  ])('%j splits into %j', (line, expected) => {
    expect(splitFileClause(line)).toEqual(expected);
  });
});

describe('value-file and file= clauses in the inputs', () => {
  test('value-file gives the single parameter its file', () => {
    expect(read({ 'parameter-name': '/svc/token', 'value-file': ' /tmp/token ' }).parameters).toEqual([
      { name: '/svc/token', key: '', valueFile: '/tmp/token' },
    ]);
  });

  test('each line of a set takes its own file', () => {
    const config = read({ parameters: '/svc/fly=fly file=/tmp/fly\n/svc/vault = vault file=/tmp/vault token' });
    expect(config.parameters).toEqual([
      { name: '/svc/fly', key: 'fly', valueFile: '/tmp/fly' },
      { name: '/svc/vault', key: 'vault', valueFile: '/tmp/vault token' },
    ]);
  });

  test('the minting inputs at their action.yml defaults go with a file', () => {
    const config = read({ 'parameter-name': '/svc/token', 'value-file': '/tmp/t', 'token-bytes': '32', 'token-encoding': 'base64url', 'token-prefix': '' });
    expect(config.parameters[0]?.valueFile).toBe('/tmp/t');
  });

  const SET_FILES = 'one name=output-key file=PATH per line, e.g. /team/app/fly-token=fly file=${{ runner.temp }}/fly-token';
  test.each([
    [
      'value-file with a set',
      { parameters: '/a=a\n/b=b', 'value-file': '/tmp/v' },
      'value-file',
      `Input value-file takes the value of parameter-name, but parameters is used: give each line of parameters its own file instead (${SET_FILES}).`,
    ],
    [
      'value-file with a set whose lines have files',
      { parameters: '/a=a file=/tmp/a', 'value-file': '/tmp/v' },
      'value-file',
      `Input value-file takes the value of parameter-name, but parameters is used: give each line of parameters its own file instead (${SET_FILES}).`,
    ],
    [
      'files on some lines only',
      { parameters: '/a=a file=/tmp/a\n/b=b' },
      'parameters',
      `Input parameters gives a file to some lines but not to /b: a set takes every value from a file or mints every one, so use ${SET_FILES} on every line, or on none.`,
    ],
    [
      'a clause without a path',
      { parameters: '/a=a file=\n/b=b file=/tmp/b' },
      'parameters',
      `Input parameters has a file= clause without a path for /a: use ${SET_FILES}.`,
    ],
    [
      'one file for two members',
      { parameters: `/a=a file=${DIR}/same\n/b=b file=${relative(process.cwd(), join(DIR, 'same'))}` },
      'parameters',
      `Input parameters reads one file for both /a and /b: use ${SET_FILES}, each parameter with its own file.`,
    ],
    [
      'token-bytes changed',
      { 'parameter-name': '/a', 'value-file': '/tmp/v', 'token-bytes': '64' },
      'token-bytes',
      'Input token-bytes shapes a minted token, but the value comes from value-file, so nothing is minted: remove token-bytes, or the file.',
    ],
    [
      'token-encoding changed',
      { 'parameter-name': '/a', 'value-file': '/tmp/v', 'token-encoding': 'hex' },
      'token-encoding',
      'Input token-encoding shapes a minted token, but the value comes from value-file, so nothing is minted: remove token-encoding, or the file.',
    ],
    [
      'token-prefix on a set with files',
      { parameters: '/a=a file=/tmp/a', 'token-prefix': 'app_' },
      'token-prefix',
      'Input token-prefix shapes a minted token, but the value comes from the file= clauses of parameters, so nothing is minted: remove token-prefix, or the file.',
    ],
  ])('refuses %s', (_, inputs, input, message) => {
    expect(refusal(() => read(inputs))).toEqual({ input, message });
  });
});

describe('what the file inputs leave alone', () => {
  test('a set without file= clauses mints every token', () => {
    expect(read({ parameters: '/a=a\n/b=b' }).parameters).toEqual([
      { name: '/a', key: 'a' },
      { name: '/b', key: 'b' },
    ]);
  });

  test('the minting inputs are free when no value comes from a file', () => {
    expect(read({ 'parameter-name': '/a', 'token-bytes': '64', 'token-encoding': 'hex', 'token-prefix': 'app_' }).token).toEqual({
      bytes: 64,
      encoding: 'hex',
      prefix: 'app_',
    });
  });
});

describe('the forms of a value that are masked', () => {
  test('a one-line value: its encodings and its JSON-escaped form', () => {
    const value = 'a "quoted" value';
    const bytes = Buffer.from(value, 'utf8');
    expect(valueForms(value)).toEqual([
      value,
      bytes.toString('base64'),
      bytes.toString('base64url'),
      bytes.toString('hex'),
      encodeURIComponent(value),
      'a \\"quoted\\" value',
    ]);
  });

  test('a multi-line value: also each line of 8 or more characters besides blanks, as the runner masks line by line', () => {
    const value = '{\n  "key": "long-secret"\n       x\n12345678\n}';
    expect(valueForms(value).slice(6)).toEqual(['  "key": "long-secret"', '12345678']);
  });
});

describe('one trailing line break is not part of the value', () => {
  test.each([
    ['value\n', 'value'],
    ['value\r\n', 'value'],
    ['value\n\n', 'value\n'],
    ['value\r', 'value\r'],
    ['  value \t', '  value \t'],
    ['line one\nline two\n', 'line one\nline two'],
    ['', ''],
  ])('%j is stored as %j', (text, value) => {
    expect(dropLineBreak(text)).toBe(value);
  });
});

describe('reading the file', () => {
  test('keeps spaces, + / =, and non-ASCII text exactly, and masks every form before anything else', () => {
    const path = file(`${PROVIDER_VALUE}\n`);
    const { values, masked } = take({ 'parameter-name': '/svc/token', 'value-file': path });
    expect(values).toEqual(new Map([['/svc/token', PROVIDER_VALUE]]));
    const bytes = Buffer.from(PROVIDER_VALUE, 'utf8');
    expect(masked).toEqual(expect.arrayContaining([PROVIDER_VALUE, bytes.toString('base64'), bytes.toString('hex'), encodeURIComponent(PROVIDER_VALUE)]));
  });

  test('keeps a byte order mark, as it keeps every other character', () => {
    const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('bom-token-value')]));
    expect(take({ 'parameter-name': '/svc/token', 'value-file': path }).values.get('/svc/token')).toBe('\ufeffbom-token-value');
  });

  test('a set reads each member its own file', () => {
    const fly = file('fly-token-value-1\n');
    const vault = file('hvs.vault-token-value\r\n');
    const { values } = take({ parameters: `/svc/fly=fly file=${fly}\n/svc/vault=vault file=${vault}` });
    expect(values).toEqual(
      new Map([
        ['/svc/fly', 'fly-token-value-1'],
        ['/svc/vault', 'hvs.vault-token-value'],
      ]),
    );
  });

  test('a multi-line value is masked whole, JSON-escaped and line by line', () => {
    const value = '-----BEGIN KEY-----\nQUJDREVGR0hJSktMTU5PUA==\n-----END KEY-----';
    expect(valueForms(value)).toEqual(
      expect.arrayContaining([value, JSON.stringify(value).slice(1, -1), '-----BEGIN KEY-----', 'QUJDREVGR0hJSktMTU5PUA==', '-----END KEY-----']),
    );
  });

  test('a run that mints reads no file', () => {
    expect(take({ 'parameter-name': '/svc/token' })).toEqual({ values: new Map(), masked: [] });
  });

  const missing = join(DIR, 'never-written');
  test.each([
    [
      'a missing file',
      { 'value-file': missing },
      'Input value-file names a file that does not exist: write the value to a file in an earlier step of this job, e.g. > "$RUNNER_TEMP/token", and give its path.',
    ],
    [
      'a path with a shell variable',
      { 'value-file': '$RUNNER_TEMP/token' },
      'Input value-file names a file that does not exist (with: values are not expanded by a shell: write ${{ runner.temp }}, not $RUNNER_TEMP): write the value to a file in an earlier step of this job, e.g. > "$RUNNER_TEMP/token", and give its path.',
    ],
    [
      'a directory',
      { 'value-file': DIR },
      'Input value-file names something that is not a regular file: give the path of the file an earlier step wrote the value to.',
    ],
    [
      'an empty file',
      { 'value-file': file('') },
      'Input value-file names a file that is empty or holds only blanks and a line break: write the value to it, then run this step.',
    ],
    [
      'a file of one line break',
      { 'value-file': file('\r\n') },
      'Input value-file names a file that is empty or holds only blanks and a line break: write the value to it, then run this step.',
    ],
    [
      'a value shorter than 8 characters',
      { 'value-file': file('seven77\n') },
      'Input value-file names a file whose value has fewer than 8 characters: a credential that short cannot be kept out of logs; store a longer one.',
    ],
    [
      'bytes that are not UTF-8',
      { 'value-file': file(Buffer.from([0x74, 0x6f, 0x6b, 0xff, 0xfe, 0x65, 0x6e, 0x31, 0x32])) },
      'Input value-file names a file that is not UTF-8 text: store text; encode a binary secret first (e.g. base64) and write that.',
    ],
    [
      'a value over 4096 bytes in the Standard tier (counted in UTF-8 bytes, not characters)',
      { 'value-file': file('é'.repeat(2049)), tier: 'Standard' },
      'Input value-file: the value from its file is 4098 bytes of UTF-8, over the 4096 bytes SSM takes in the Standard tier: set tier to Intelligent-Tiering or Advanced (up to 8192 bytes).',
    ],
    [
      'a value over 8192 bytes with the tier left empty',
      { 'value-file': file(`${'x'.repeat(8193)}\n`) },
      'Input value-file: the value from its file is 8193 bytes of UTF-8, over the 8192 bytes SSM takes in any tier: store a shorter value.',
    ],
    [
      'a file too large to read',
      { 'value-file': file('x'.repeat(9000)), tier: 'Advanced' },
      'Input value-file names a file of 9000 bytes: SSM takes at most 8192 bytes in the Advanced tier.',
    ],
  ])('refuses %s in one sentence that quotes neither path nor content', (_, inputs, message) => {
    expect(refusal(() => take({ 'parameter-name': '/svc/token', ...inputs }))).toEqual({ input: 'value-file', message });
  });

  test('names the member of a set whose file is refused', () => {
    const good = file('good-value-123');
    const bad = file('short');
    expect(refusal(() => take({ parameters: `/svc/a=a file=${good}\n/svc/b=b file=${bad}` }))).toEqual({
      input: 'parameters',
      message:
        'Input parameters (the file of /svc/b) names a file whose value has fewer than 8 characters: a credential that short cannot be kept out of logs; store a longer one.',
    });
  });

  test.each([
    ['an empty file', ''],
    ['a file of blanks', '         \n'],
  ])('masks nothing for %s', (_, content) => {
    const masked: string[] = [];
    const config = read({ 'parameter-name': '/svc/token', 'value-file': file(content) });
    expect(refusal(() => takeValues(config, (form) => masked.push(form))).message).toBe(
      'Input value-file names a file that is empty or holds only blanks and a line break: write the value to it, then run this step.',
    );
    expect(masked).toEqual([]);
  });

  test('takes a value of exactly 8 characters', () => {
    expect(take({ 'parameter-name': '/svc/token', 'value-file': file('8chars!!\n') }).values.get('/svc/token')).toBe('8chars!!');
  });

  test('refuses a file too large to read, with the tier left empty', () => {
    expect(refusal(() => take({ 'parameter-name': '/svc/token', 'value-file': file('x'.repeat(9000)) })).message).toBe(
      'Input value-file names a file of 9000 bytes: SSM takes at most 8192 bytes in any tier.',
    );
  });

  test.each([
    ['EACCES', 'cannot be read (permission denied)'],
    ['EIO', 'cannot be read (EIO)'],
    [undefined, 'cannot be read (an error)'],
  ])('a file that fails to read with %s: %s', (code, why) => {
    const config = read({ 'parameter-name': '/svc/token', 'value-file': '/run/token' });
    const failing = {
      size: () => ({ file: true, bytes: 40 }),
      read: (): Uint8Array => {
        throw Object.assign(new Error('read failed'), code === undefined ? {} : { code });
      },
    };
    expect(refusal(() => takeValues(config, () => undefined, failing)).message).toBe(
      `Input value-file names a file that ${why}: write the value to a file in an earlier step of this job, e.g. > "$RUNNER_TEMP/token", and give its path.`,
    );
  });

  test('masks a value before the check that refuses it', () => {
    const masked: string[] = [];
    const config = read({ 'parameter-name': '/svc/token', 'value-file': file('tiny\n') });
    expect(refusal(() => takeValues(config, (form) => masked.push(form))).input).toBe('value-file');
    expect(masked).toContain('tiny');
  });

  test.each([
    ['Standard', 4096],
    ['Advanced', 8192],
    ['Intelligent-Tiering', 8192],
  ])('takes a value of exactly the %s limit, %i bytes', (tier, size) => {
    const path = file(`${'v'.repeat(size)}\n`);
    expect(take({ 'parameter-name': '/svc/token', 'value-file': path, tier }).values.get('/svc/token')?.length).toBe(size);
  });
});

describe('the preflight size check, once the tier is known', () => {
  test.each([
    ['Standard', 4096, undefined],
    ['Standard', 4097, 'the value from its file is 4097 bytes of UTF-8, over the 4096 bytes SSM takes in the Standard tier'],
    ['Advanced', 8192, undefined],
    ['Advanced', 8193, 'the value from its file is 8193 bytes of UTF-8, over the 8192 bytes SSM takes in the Advanced tier'],
    ['Intelligent-Tiering', 8192, undefined],
  ] as const)('%s takes %i bytes: %s', (tier, size, reason) => {
    expect(tierProblem('a'.repeat(size), tier)?.reason).toBe(reason);
  });

  test('refuses in the preflight an existing Standard parameter the value outgrows, naming the fix', () => {
    let thrown: Partial<StepError> = {};
    try {
      refuseOversizeValue('b'.repeat(5000), '/svc/token', 'Standard');
    } catch (error) {
      if (error instanceof StepError) thrown = error;
    }
    expect({ step: thrown.step, target: thrown.target, reason: thrown.reason, next: thrown.next }).toEqual({
      step: 'preflight',
      target: '/svc/token',
      reason: 'The value from its file is 5000 bytes of UTF-8, over the 4096 bytes SSM takes in the Standard tier.',
      next: 'Set tier to Intelligent-Tiering or Advanced (up to 8192 bytes); nothing was written.',
    });
  });
});
