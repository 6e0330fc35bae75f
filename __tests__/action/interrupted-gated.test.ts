import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import { exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { startSsmServer } from '../../local-servers/ssm/server.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import { secretValue as secretValueOf, until } from './world.ts';

const NAME = '/rotate-deploy-token/demo/deploy-token';
const NS = 'default';
const CREDENTIALS = { accessKeyId: 'AKIDRUNNER', secretAccessKey: 'local' };
let ssm: SsmServer;
let kube: KubeServer;
let env: Record<string, string>;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: 'us-east-1', credentials: CREDENTIALS } });
  env = {
    AWS_ENDPOINT_URL_SSM: ssm.url,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
  };
});
afterAll(async () => {
  await kube.close();
  await ssm.close();
});

const secretValue = (): string | undefined => secretValueOf(kube, NS, 'deploy-token');

/** Version 1 holds the old token, synced into the Secret; Deployment api reads it. */
async function world(): Promise<string> {
  ssm.reset();
  kube.reset();
  kube.workloads.configure({ msPerReplica: 10 });
  const old = 'old-token-value-0123456789abcdef';
  ssm.store.seed({ Name: NAME, Value: old, Type: 'SecureString', Labels: ['current'] });
  for (const object of exampleObjects({ parameterName: NAME })) kube.store.apply(object);
  await until(() => secretValue() === old, 'ESO synced the old token');
  await kube.workloads.whenSettled('Deployment', NS, 'api', 5000);
  return old;
}

const inputs = (): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'deploy-token',
  'verify-secret-key': 'token',
  restart: 'deployment/api',
  kubeconfig: kube.kubeconfig(),
  'sync-timeout': '10s',
  'rollout-timeout': '20s',
});

async function killedThenPost(when: RegExp, settleMs = 0): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await runAction({ inputs: inputs(), env, interrupt: { when, signal: 'SIGKILL' } });
  expect(main.signal).toBe('SIGKILL');
  // A request the killed step had in flight still lands (SSM does not know its caller died): let it, before the post step.
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  // The runner runs the post step with the state the main step saved.
  kube.eso.configure({ syncDelayMs: 0 });
  kube.workloads.configure({ msPerReplica: 10 });
  const post = await runAction({ inputs: inputs(), env, state: main.state });
  expect(post.exitCode).toBe(0);
  expect(post.summary).toContain('rotate-deploy-token: post step');
  return { main, post };
}

describe('a gated run killed at each point of no return, then its post step', () => {
  test.each([
    ['written', /^WROTE /m, 'written'],
    // 'sync-started' is saved right after 'labelled', with no request between: either may be the last.
    ['labelled', /^LABELED /m, '(labelled|sync-started)'],
    ['sync started', /set force-sync=/m, 'sync-started'],
  ])(
    'killed when %s: SSM, labels and the Secret are rolled back to the old token',
    async (_name, when, phase) => {
      const old = await world();
      // Slow ESO keeps the main step inside the gate when it is killed.
      kube.eso.configure({ syncDelayMs: 1500 });
      if (phase === 'written') ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 1500 });
      const { main, post } = await killedThenPost(when, phase === 'written' ? 1600 : 0);
      ssm.faults.clear();
      expect(main.state['rotation-progress']).toMatch(new RegExp(`"phase":"${phase}"`));
      expect(post.stdout).toMatch(
        new RegExp(`^RECOVERED ${NAME} sha256:[0-9a-f]{16} the main step stopped at phase ${phase}; SSM version 3 holds the previous token again`, 'm'),
      );
      expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: old, labels: ['current'] });
      await until(() => secretValue() === old, 'ESO synced the old token back');
      expect(kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(0);
    },
    15_000,
  );

  test('killed after the restart began: the new token stays and the post step says so', async () => {
    await world();
    kube.workloads.configure({ msPerReplica: 1500 });
    const { main, post } = await killedThenPost(/^RESTARTED /m);
    expect(main.state['rotation-progress']).toContain('"phase":"restart-started"');
    expect(post.stdout).toMatch(/^RECOVERED .* a restart began .* stays in force; check the rollout of default\/deployment\/api/m);
    const latest = ssm.store.latest(NAME);
    expect(latest?.version).toBe(2);
    expect(secretValue()).toBe(latest?.value);
  });
});
