import { describe, expect, test } from '@jest/globals';
import { reloaderEnvVarName, reloaderSecretHash } from '../../local-servers/kube/reloader-controller.ts';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('the simulated Reloader hashes a Secret as Reloader v1.4.22 does (internal/pkg/util/util.go GetSHAfromSecret)', () => {
  // What Stakater Reloader v1.4.22, built from the module proxy, wrote on a real kube-apiserver v1.34.2
  // (env-vars strategy) after Secret app-token changed to {token: "two"}.
  test('the env var name and value seen on a real cluster', () => {
    expect(reloaderEnvVarName('app-token')).toBe('STAKATER_APP_TOKEN_SECRET');
    expect(reloaderSecretHash({ token: b64('two') })).toBe('a5dc9608ebe26048b6e9a0cdc9567b04dcc064c0');
  });

  // SHA-1 (internal/pkg/crypto/sha.go) of the key=value pairs sorted bytewise and joined by ";".
  test.each([
    ['a=1;b=2', { b: b64('2'), a: b64('1') }, 'f83e99e324ba68ccc373a58ef1eb42f8ab88646a'],
    ['Z=x;a=y', { a: b64('y'), Z: b64('x') }, '047b20fe2fabfbddc044ecbd76f041e2cc10f2ad'],
    ['(no data)', {}, 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ])('%s', (_pairs, data, sha1) => {
    expect(reloaderSecretHash(data)).toBe(sha1);
  });
});
