import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.ts';
import { readInputs } from '../../src/inputs.ts';

const read = (inputs: Record<string, string>) => readInputs((name) => inputs[name] ?? '', { AWS_REGION: 'us-east-1' });

/** The sentence of the InputError a call throws, with the input it names. */
function refusal(inputs: Record<string, string>): { input: string; message: string } {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputError) return { input: error.input, message: error.message };
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('the parameters input (the set form)', () => {
  test('reads one name=output-key per line, skipping blank and # lines, in order', () => {
    const config = read({ parameters: '/svc/datastore-token=datastore\n\n# the webhook\n  /svc/webhook-secret = webhook_2 \n' });
    expect(config.setForm).toBe(true);
    expect(config.parameters).toEqual([
      { name: '/svc/datastore-token', key: 'datastore' },
      { name: '/svc/webhook-secret', key: 'webhook_2' },
    ]);
    expect(config.parameterName).toBe('/svc/datastore-token');
  });

  test('the single form is a set of one with an empty key', () => {
    const config = read({ 'parameter-name': '/svc/token' });
    expect(config.setForm).toBe(false);
    expect(config.parameters).toEqual([{ name: '/svc/token', key: '' }]);
  });

  test.each([
    [
      'both forms',
      { 'parameter-name': '/a', parameters: '/b=b' },
      'Inputs parameter-name and parameters cannot be used together: give one SSM parameter in parameter-name, or several in parameters as one name=output-key per line.',
    ],
    [
      'an empty list',
      { parameters: '# none yet\n' },
      'Input parameters lists no parameter: use one name=output-key per line, e.g. /team/app/datastore-token=datastore, with output keys of letters, digits and _.',
    ],
    [
      'the same name twice',
      { parameters: '/a=one\n/a=two' },
      'Input parameters names "/a" twice: use one name=output-key per line, e.g. /team/app/datastore-token=datastore, with output keys of letters, digits and _, each parameter once.',
    ],
    [
      'the same key twice',
      { parameters: '/a=one\n/b=one' },
      'Input parameters gives the output key "one" twice: use one name=output-key per line, e.g. /team/app/datastore-token=datastore, with output keys of letters, digits and _, each key once.',
    ],
    [
      'a line without a key',
      { parameters: '/a' },
      'Input parameters has the line "/a" that is not name=output-key: use one name=output-key per line, e.g. /team/app/datastore-token=datastore, with output keys of letters, digits and _.',
    ],
    [
      'a key with a dash',
      { parameters: '/a=data-store' },
      'Input parameters has the line "/a=data-store" that is not name=output-key: use one name=output-key per line, e.g. /team/app/datastore-token=datastore, with output keys of letters, digits and _.',
    ],
    [
      'a name SSM refuses',
      { parameters: '/aws/x=x' },
      'Input parameters: the name "/aws/x" starts with a reserved prefix (aws or ssm): use letters, digits and _ . - / only, at most 1011 characters, starting with / when it has a path, e.g. /team/app/deploy-token.',
    ],
  ])('refuses %s with one sentence naming the input', (_what, inputs, sentence) => {
    expect(refusal(inputs)).toEqual({ input: 'parameters', message: sentence });
  });

  test('neither form: parameter-name is required, as before', () => {
    expect(refusal({}).message).toBe('Input parameter-name is required: give the SSM parameter name, e.g. /team/app/deploy-token.');
  });
});
