/**
 * `npm run demo`: the bundled action, run as the GitHub runner runs it, against
 * the local SSM and Kubernetes servers. First it creates the parameter, then it
 * rotates it with the full gate: force-sync, verify, restart, rollout. It exits
 * non-zero if the cluster does not end up on the token SSM holds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint } from '../src/token.ts';
import { PROJECT_ROOT, runAction, runnerLog } from '../local-servers/runner/run-action.ts';
import type { ActionRun } from '../local-servers/runner/run-action.ts';
import { exampleObjects } from '../local-servers/kube/fixtures.ts';
import { startKubeServer } from '../local-servers/kube/server.ts';
import { secretFingerprintsAnnotation } from '../local-servers/kube/workload-controller.ts';
import { startSsmServer } from '../local-servers/ssm/server.ts';

const PARAMETER = '/rotate-deploy-token/demo/deploy-token';
const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'AKIDDEMO', secretAccessKey: 'local' };

const heading = (text: string): void => {
  console.log(`\n\x1b[1m== ${text} ==\x1b[0m`);
};

function show(run: ActionRun): void {
  heading('Log (as the runner shows it)');
  console.log(runnerLog(run.stdout).trim());
  heading('Outputs');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name.padEnd(17)} ${name === 'token' && value ? '*** (masked)' : value}`);
  heading('Job summary');
  console.log(run.summary.trim());
  console.log(`\n(exit code ${run.exitCode}, ${Math.round(run.durationMs)} ms)`);
}

if (!existsSync(join(PROJECT_ROOT, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

const ssm = await startSsmServer();
const kube = await startKubeServer({
  ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS },
  eso: { syncDelayMs: 150 },
  workloads: { msPerReplica: 200 },
});
const env = {
  AWS_ENDPOINT_URL_SSM: ssm.url,
  AWS_REGION: REGION,
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
};
console.log(`local SSM at ${ssm.url}, local Kubernetes API at ${kube.url}`);

let failed: boolean;
try {
  heading(`Run 1: create ${PARAMETER} (SSM only)`);
  const create = await runAction({
    inputs: { 'parameter-name': PARAMETER, description: 'Deploy token, rotated on every deploy', tags: 'team=platform\nmanaged-by=rotate-deploy-token' },
    env,
  });
  show(create);

  // The platform team's manifests: a SecretStore, an ExternalSecret (refreshPolicy OnChange)
  // syncing the parameter into Secret deploy-token, and Deployment api reading it.
  for (const object of exampleObjects({ parameterName: PARAMETER })) kube.store.apply(object);
  await kube.workloads.whenSettled('Deployment', 'default', 'api', 10_000);

  heading('Run 2: rotate with the gate (force-sync, verify, restart deployment/api, wait)');
  const rotate = await runAction({
    inputs: {
      'parameter-name': PARAMETER,
      'external-secrets': 'deploy-token',
      'verify-secret-key': 'token',
      restart: 'deployment/api',
      kubeconfig: kube.kubeconfig(),
      'sync-timeout': '30s',
      'rollout-timeout': '1m',
    },
    env,
  });
  show(rotate);

  heading(`SSM: versions of ${PARAMETER}`);
  for (const v of ssm.store.versions(PARAMETER)) {
    console.log(`  version ${v.version}  ${fingerprint(v.value)}  labels [${v.labels.join(', ')}]  by ${v.lastModifiedUser}`);
  }

  heading('Cluster: what runs now');
  const expected = rotate.outputs.fingerprint ?? '';
  const secret = kube.store.get('secrets', 'default', 'deploy-token') as { data?: Record<string, string> } | undefined;
  const inSecret = secret?.data?.token ? fingerprint(Buffer.from(secret.data.token, 'base64').toString('utf8')) : '(missing)';
  const inSsm = fingerprint(ssm.store.latest(PARAMETER)?.value ?? '');
  console.log(`  token output   ${expected}`);
  console.log(`  SSM latest     ${inSsm}`);
  console.log(`  Secret deploy-token/token ${inSecret}`);
  const pods = kube.store.list('pods', 'default').filter((pod) => pod.metadata.labels?.app === 'api');
  for (const pod of pods) console.log(`  pod ${pod.metadata.name}  ${pod.metadata.annotations?.[secretFingerprintsAnnotation] ?? '(no record)'}`);
  const podsOnNewToken = pods.length > 0 && pods.every((pod) => (pod.metadata.annotations?.[secretFingerprintsAnnotation] ?? '').includes(expected));
  failed = create.exitCode !== 0 || rotate.exitCode !== 0 || inSsm !== expected || inSecret !== expected || !podsOnNewToken;
  console.log(failed ? '\nMISMATCH: the cluster is not on the token SSM holds.' : '\nSSM, the cluster Secret and every api pod are on the new token.');
} finally {
  await kube.close();
  await ssm.close();
}
process.exit(failed ? 1 : 0);
