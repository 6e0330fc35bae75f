/**
 * What the test step (probe-url) costs on the local servers: the time a
 * passing test adds (its PROBED line), and the time a failed test's full
 * rollback takes (restore and sync back, restart again, rollout, one retest),
 * through the bundled action. Prints figures; asserts nothing.
 *
 *   npx node bench/test-step.ts [rounds]
 */
import { exampleObjects } from '../local-servers/kube/fixtures.ts';
import { followPods } from '../local-servers/kube/probe-follower.ts';
import { startKubeServer } from '../local-servers/kube/server.ts';
import { startProbeService } from '../local-servers/probe-service.ts';
import { runAction } from '../local-servers/runner/run-action.ts';
import type { ActionRun } from '../local-servers/runner/run-action.ts';
import { startSsmServer } from '../local-servers/ssm/server.ts';

const NAME = '/bench/test-step/token';
const rounds = Number(process.argv[2] ?? 3);
const credentials = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'local' };
const ssm = await startSsmServer();
const kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: 'us-east-1', credentials }, workloads: { msPerReplica: 10 } });
const service = await startProbeService();
const env = { AWS_ENDPOINT_URL_SSM: ssm.url, AWS_ACCESS_KEY_ID: 'AKIDBENCH', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' };

/** The duration a marker line ends with, in ms; 0 when no line matches. */
function lineMs(run: ActionRun, pattern: RegExp): number {
  const match = /\((\d+(?:\.\d+)?) (ms|s)\)$/.exec(run.stdout.split('\n').find((l) => pattern.test(l)) ?? '');
  return match ? Number(match[1]) * (match[2] === 'ms' ? 1 : 1000) : 0;
}

async function round(reject: boolean): Promise<ActionRun> {
  ssm.reset();
  kube.reset();
  service.reset();
  ssm.store.seed({ Name: NAME, Value: 'bench-old-token-0123456789abcdef', Type: 'SecureString', Labels: ['current'] });
  for (const object of exampleObjects({ parameterName: NAME })) kube.store.apply(object);
  await kube.workloads.whenSettled('Deployment', 'default', 'api', 5000);
  const pods = followPods(kube.store, { resource: 'deployments', namespace: 'default', name: 'api' }, 'deploy-token/token');
  service.follow(pods.follower);
  if (reject) service.configure({ mode: 'reject' });
  const inputs = {
    'parameter-name': NAME,
    'external-secrets': 'deploy-token',
    'verify-secret-key': 'token',
    restart: 'deployment/api',
    kubeconfig: kube.kubeconfig(),
    'probe-url': `${service.url}/health`,
    'probe-timeout': '2s',
  };
  try {
    return await runAction({ inputs, env });
  } finally {
    pods.stop();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const passing: number[] = [];
const rollback: number[] = [];
for (let i = 0; i < rounds; i++) {
  passing.push(lineMs(await round(false), /^PROBED /));
  const failed = await round(true);
  rollback.push(
    ['^ROLLED-BACK ', '^RESTARTED .*again', '^ROLLED-OUT .*previous', '^PROBED .*previous value'].reduce((sum, p) => sum + lineMs(failed, new RegExp(p)), 0),
  );
}
console.log(`test step, local servers, ${rounds} rounds (ms): a passing test adds median ${median(passing)} [${passing.join(', ')}]`);
console.log(`a failed test's full rollback (restore + sync back, restart again, rollout, retest) median ${median(rollback)} [${rollback.join(', ')}]`);
await service.close();
await kube.close();
await ssm.close();
