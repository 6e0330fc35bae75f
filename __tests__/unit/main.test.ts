import { afterAll, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as core from '../../__fixtures__/core.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/main.ts');
const { fingerprint } = await import('../../src/token.ts');

const NAME = '/team/app/deploy-token';
let ssm: SsmServer;
const saved = process.env;

beforeAll(async () => {
  ssm = await startSsmServer();
  process.env = {
    ...saved,
    AWS_ENDPOINT_URL_SSM: ssm.url,
    AWS_ACCESS_KEY_ID: 'AKIDMAIN',
    AWS_SECRET_ACCESS_KEY: 'x',
    AWS_REGION: 'us-east-1',
    GITHUB_OUTPUT: '/dev/null',
    GITHUB_STATE: '/dev/null',
  };
});
afterAll(async () => {
  process.env = saved;
  await ssm.close();
});
beforeEach(() => {
  ssm.reset();
});

const outputs = (): Record<string, string> => Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, String(value)]));
const states = (): Record<string, string> => Object.fromEntries(core.saveState.mock.calls.map(([name, value]) => [name, String(value)]));

describe('run(), the main step', () => {
  test('rotates, masks the token before printing, sets every output and writes the summary', async () => {
    core.resetCore({ 'parameter-name': NAME });
    await run();
    const out = outputs();
    expect(Object.keys(out).sort()).toEqual(['drift', 'fingerprint', 'previous-version', 'rotated', 'rotated-at', 'token', 'version']);
    expect(out).toMatchObject({ rotated: 'true', version: '1', fingerprint: fingerprint(out.token ?? '') });
    expect(core.setSecret).toHaveBeenCalledWith(out.token ?? 'missing');
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.info.mock.invocationCallOrder.find((_, i) => String(core.info.mock.calls[i]?.[0]).startsWith('MINTED')) ?? 0,
    );
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.summaryText.join('')).toContain('## ✅ rotate-deploy-token: rotated');
    expect(states()).toMatchObject({ isPost: 'true', 'main-finished': 'true' });
    expect(JSON.parse(states()['rotation-progress'] ?? '{}')).toMatchObject({ phase: 'confirmed', version: 1 });
    expect(JSON.stringify(core.saveState.mock.calls)).not.toContain(out.token);
  });

  test('a bad input fails with its sentence, sets rotated=false and sends no request', async () => {
    core.resetCore({ 'parameter-name': NAME, 'token-bytes': '8' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      'Input token-bytes "8" is not a whole number from 16 to 1024: use e.g. 32 (256 bits). Nothing was written anywhere.',
    );
    expect(outputs()).toEqual({ rotated: 'false' });
    expect(ssm.requests.count()).toBe(0);
  });

  test('a failure after the write reports step, target, state and next move in one message', async () => {
    core.resetCore({ 'parameter-name': NAME });
    await run();
    ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException' });
    core.resetCore({ 'parameter-name': NAME });
    await run();
    const message = String(core.setFailed.mock.calls[0]?.[0]);
    expect(message).toMatch(/^label failed for \/team\/app\/deploy-token: the AWS credentials are not allowed ssm:LabelParameterVersion/);
    expect(message).toContain('SSM version 3 holds the previous token again');
    expect(message).toContain('Grant ssm:LabelParameterVersion');
    expect(outputs()).toMatchObject({ rotated: 'false', version: '3' });
  });
});

describe('run(), refusals before any request', () => {
  test.each(['GITHUB_OUTPUT', 'GITHUB_STATE'])('without %s it fails with one sentence and sends nothing', async (missing) => {
    const kept = process.env[missing];
    Reflect.deleteProperty(process.env, missing);
    try {
      core.resetCore({ 'parameter-name': NAME });
      await run();
    } finally {
      process.env[missing] = kept;
    }
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^${missing} is not set, so the token output would be printed to the log`)));
    expect(core.saveState).not.toHaveBeenCalled();
    expect(ssm.requests.count()).toBe(0);
  });

  test.each([
    [
      'a kubeconfig that does not parse',
      { kubeconfig: 'clusters:\n- name: a\n  cluster: {server: [\ncontexts: []\nusers: []\n' },
      /^The kubeconfig input is not a valid kubeconfig/,
    ],
    [
      'KUBECONFIG naming no file',
      { KUBECONFIG: '/nonexistent/kubeconfig' },
      /^Input kubeconfig: KUBECONFIG lists \/nonexistent\/kubeconfig, but none of these files exists\./,
    ],
  ])('%s is an input error: no SSM request', async (_name, extra, sentence) => {
    const { KUBECONFIG, ...inputs } = extra as Record<string, string>;
    const kept = process.env.KUBECONFIG;
    if (KUBECONFIG) process.env.KUBECONFIG = KUBECONFIG;
    try {
      core.resetCore({ 'parameter-name': NAME, 'external-secrets': 'app/token', ...inputs });
      await run();
    } finally {
      if (kept === undefined) delete process.env.KUBECONFIG;
      else process.env.KUBECONFIG = kept;
    }
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(sentence);
    expect(String(core.setFailed.mock.calls[0]?.[0])).toMatch(/Nothing was written anywhere\.$/);
    expect(ssm.requests.count()).toBe(0);
  });
});

describe('run(), the post step', () => {
  test('after a finished main step it says so in one line and calls nothing', async () => {
    core.resetCore({ 'parameter-name': NAME }, { isPost: 'true', 'main-finished': 'true' });
    await run();
    expect(core.info.mock.calls).toEqual([['rotate-deploy-token post step: the main step reached its end; nothing to recover.']]);
    expect(ssm.requests.count()).toBe(0);
  });

  test('after a main step that stopped past its write, it rolls back and logs RECOVERED', async () => {
    core.resetCore({ 'parameter-name': NAME });
    await run();
    const first = ssm.store.latest(NAME)?.value;
    ssm.store.seed({ Name: NAME, Value: 'half-rotated-token', Type: 'SecureString' });
    const progress = {
      phase: 'written',
      parameter: NAME,
      fingerprint: fingerprint('half-rotated-token'),
      version: 2,
      replacedVersion: 1,
      runId: 'r',
      rotatedAt: new Date().toISOString(),
    };
    core.resetCore({ 'parameter-name': NAME }, { isPost: 'true', 'rotation-progress': JSON.stringify(progress) });
    await run();
    const recovered = core.info.mock.calls.map(([line]) => line).find((line) => line.startsWith('RECOVERED'));
    expect(recovered).toContain('the main step stopped at phase written; SSM version 3 holds the previous token again');
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: first, labels: ['current'] });
    expect(core.setSecret).toHaveBeenCalledWith(first ?? 'missing');
    const summary = core.summaryText.join('');
    expect(summary.split('\n')[0]).toBe('## 🩹 rotate-deploy-token: post step recovered /team/app/deploy-token');
    // Previous is the version the main step replaced (consumers held 1), as in the main step's summary.
    expect(summary).toContain('| `/team/app/deploy-token` | `2` | `1` | `sha256:');
    expect(summary).toMatch(/^\| ↩️ rolled back \| rollback \| .* version 3 holds the value of version 1 \(/m);
    expect(summary).toMatch(/^\| 🩹 recovered \| recover \| \/team\/app\/deploy-token \| \d+ ms \| /m);
  });

  test('when recovery itself fails, the post step fails and says how to check by hand', async () => {
    const progress = { phase: 'written', parameter: NAME, fingerprint: 'sha256:0000000000000000', version: 2, replacedVersion: 1, runId: 'r', rotatedAt: '' };
    core.resetCore({ 'parameter-name': NAME }, { isPost: 'true', 'rotation-progress': JSON.stringify(progress) });
    await run();
    const message = String(core.setFailed.mock.calls[0]?.[0]);
    expect(message).toMatch(/^recover failed for \/team\/app\/deploy-token: recovery failed: The rollback failed/);
    expect(message).toContain("aws ssm get-parameter --name '/team/app/deploy-token:1' --with-decryption");
    expect(message).toContain("aws ssm get-parameter-history --name '/team/app/deploy-token'");
  });
});
