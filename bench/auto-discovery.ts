/**
 * `npm run bench -- --auto`: what `external-secrets: auto` and `restart: auto` cost as a
 * namespace fills with objects that have nothing to do with the rotation. One reader and
 * one Deployment using its Secret, plus 0, 100 or 1000 unrelated ExternalSecrets (each
 * reading another parameter) and 0 or 1000 unrelated Deployments (each using another
 * Secret, 0 replicas). Each row runs the bundled action as the runner does, as a dry run
 * (the preflight is where discovery happens; the sync and restart after it are the same
 * as for named entries), AUTO_BENCH_RUNS times, and prints the Kubernetes requests of one
 * run by verb and resource and the median wall time. Asserts nothing about time.
 */
import { exampleDeployment, exampleExternalSecret, exampleObjects } from '../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../local-servers/kube/server.ts';
import { runAction } from '../local-servers/runner/run-action.ts';
import { startSsmServer } from '../local-servers/ssm/server.ts';
import { summarise } from './measure.ts';

const RUNS = Number(process.env.AUTO_BENCH_RUNS ?? 5);
const NAME = '/rotate-deploy-token/bench/auto';
const NS = 'bench-auto';
const CREDENTIALS = { accessKeyId: 'AKIDBENCHAUTO', secretAccessKey: 'local' };
const ROWS: readonly (readonly [number, number])[] = [
  [0, 0],
  [100, 0],
  [1000, 0],
  [0, 1000],
  [1000, 1000],
];

const ssm = await startSsmServer();
const kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: 'us-east-1', credentials: CREDENTIALS }, workloads: { msPerReplica: 1 } });
const env = { AWS_ENDPOINT_URL_SSM: ssm.url, AWS_ACCESS_KEY_ID: 'AKIDRUNNER', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' };
const inputs = (extra: Record<string, string>): Record<string, string> => ({
  'parameter-name': NAME,
  kubeconfig: kube.kubeconfig(),
  namespace: NS,
  'dry-run': 'true',
  ...extra,
});

const lines: string[] = [
  '| Unrelated ExternalSecrets | Unrelated Deployments | Inputs | Kubernetes requests (one run) | Of them list pages | Wall time (median of runs, min–max) |',
  '| --- | --- | --- | --- | --- | --- |',
];
try {
  for (const [externalSecrets, deployments] of ROWS) {
    ssm.reset();
    kube.reset();
    ssm.store.seed({ Name: NAME, Value: 'bench-old-token-0123456789abcdef', Type: 'SecureString', Labels: ['current'] });
    for (const object of exampleObjects({ namespace: NS, parameterName: NAME })) kube.store.apply(object);
    await kube.eso.whenIdle(500);
    // The unrelated ones are never synced: the simulated ESO is told to leave them alone.
    kube.eso.configure({ mode: 'stuck' });
    for (let i = 0; i < externalSecrets; i++) {
      kube.store.apply(exampleExternalSecret({ namespace: NS, externalSecretName: `other-${i}`, parameterName: `/rotate-deploy-token/bench/other-${i}` }));
    }
    for (let i = 0; i < deployments; i++) {
      kube.store.apply(exampleDeployment({ namespace: NS, workloadName: `unrelated-${i}`, externalSecretName: `other-${i}`, replicas: 0 }));
    }
    for (const [label, extra] of [
      ['named', { 'external-secrets': 'deploy-token', restart: 'deployment/api' }],
      ['auto', { 'external-secrets': 'auto', restart: 'auto' }],
    ] as const) {
      const times: number[] = [];
      let requests: Record<string, number> = {};
      for (let run = 0; run < RUNS; run++) {
        kube.requests.clear();
        const done = await runAction({ inputs: inputs(extra), env });
        if (done.exitCode !== 0) throw new Error(`the ${label} run failed: ${done.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''}`);
        times.push(done.durationMs);
        requests = kube.requests.countsByVerbResource();
      }
      const total = Object.values(requests).reduce((sum, count) => sum + count, 0);
      const pages = Object.entries(requests)
        .filter(([key]) => key.startsWith('list '))
        .reduce((sum, [, count]) => sum + count, 0);
      const detail = Object.entries(requests)
        .map(([key, count]) => `${key} ${count}`)
        .join(', ');
      const series = summarise(times);
      lines.push(
        `| ${externalSecrets} | ${deployments} | ${label} | ${total} (${detail}) | ${pages} | ${(series.median / 1000).toFixed(2)} s (${(series.min / 1000).toFixed(2)}–${(series.max / 1000).toFixed(2)}) |`,
      );
      process.stderr.write(`${lines[lines.length - 1] ?? ''}\n`);
    }
    kube.eso.configure({ mode: 'normal' });
  }
} finally {
  await kube.close();
  await ssm.close();
}
console.log(lines.join('\n'));
