import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.ts';
import { readInputs, usesCluster } from '../../src/inputs.ts';

const base = { 'parameter-name': '/app/token' };
const read = (inputs: Record<string, string>) => readInputs((name) => ({ ...base, ...inputs })[name] ?? '', { AWS_REGION: 'us-east-1' });

function refusal(inputs: Record<string, string>): { input: string; message: string } {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputError) return { input: error.input, message: error.message };
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('auto in external-secrets and restart, and search-namespaces', () => {
  test('without auto there is no discovery, and named entries parse as before', () => {
    const config = read({ 'external-secrets': 'prod/app', restart: 'deployment/api' });
    expect(config.discovery).toBeUndefined();
    expect(config.externalSecrets).toEqual([{ namespace: 'prod', name: 'app' }]);
  });

  test('auto alone searches the namespace input by default and uses the cluster', () => {
    const config = read({ 'external-secrets': 'auto', namespace: 'team' });
    expect(config.discovery).toEqual({ externalSecrets: true, restart: false, namespaces: ['team'] });
    expect(config.externalSecrets).toEqual([]);
    expect(usesCluster(config)).toBe(true);
  });

  test('auto beside named entries keeps them, and restart auto beside named workloads', () => {
    const config = read({ 'external-secrets': 'auto\nprod/app', restart: 'auto\nprod/deployment/api', 'search-namespaces': 'prod\n# more\nstaging' });
    expect(config.discovery).toEqual({ externalSecrets: true, restart: true, namespaces: ['prod', 'staging'] });
    expect(config.externalSecrets).toEqual([{ namespace: 'prod', name: 'app' }]);
    expect(config.restart).toEqual([{ namespace: 'prod', kind: 'Deployment', name: 'api' }]);
  });

  test('* searches every namespace', () => {
    expect(read({ 'external-secrets': 'auto', 'search-namespaces': ' * ' }).discovery?.namespaces).toBe('*');
  });

  test('restart auto with named ExternalSecrets only', () => {
    expect(read({ 'external-secrets': 'prod/app', restart: 'auto' }).discovery).toEqual({ externalSecrets: false, restart: true, namespaces: ['default'] });
  });

  test('verify-secret-key is allowed with external-secrets auto', () => {
    expect(read({ 'external-secrets': 'auto', 'verify-secret-key': 'token' }).verifySecretKey).toBe('token');
  });

  test.each<[string, Record<string, string>, string, RegExp]>([
    ['* beside namespaces', { 'external-secrets': 'auto', 'search-namespaces': '*\nprod' }, 'search-namespaces', /\* beside other lines/],
    ['a bad namespace', { 'external-secrets': 'auto', 'search-namespaces': 'Prod_1' }, 'search-namespaces', /"Prod_1" that is not a namespace/],
    ['a namespace twice', { 'external-secrets': 'auto', 'search-namespaces': 'a\na' }, 'search-namespaces', /twice/],
    [
      'search-namespaces without auto',
      { 'external-secrets': 'prod/app', 'search-namespaces': 'prod' },
      'search-namespaces',
      /neither external-secrets nor restart says auto/,
    ],
    ['auto twice', { 'external-secrets': 'auto\nauto' }, 'external-secrets', /auto 2 times/],
    ['restart auto without ExternalSecrets', { restart: 'auto' }, 'restart', /external-secrets is empty/],
  ])('refuses %s', (_name, inputs, input, sentence) => {
    const refused = refusal(inputs);
    expect(refused.input).toBe(input);
    expect(refused.message).toMatch(sentence);
  });
});
