/**
 * `npm run bench:e2e`: the gated rotation on the e2e world (real kube-apiserver, controllers, kwok,
 * ESO v0.16.2, moto), the bundled action against the runbook doing the same work with the AWS CLI
 * and kubectl, interleaved in one run. Prints the force-sync -> SYNCED time the action logs, and
 * both wall times, as Markdown for BENCHMARKS.md. Builds nothing: run `npm run e2e:build` first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../e2e/world/world.ts';
import { AWS_CREDENTIALS_FOR_STORE } from '../e2e/world/credentials.ts';
import { summarise } from './measure.ts';
import type { Series } from './measure.ts';
import { runRunbook } from './runbook.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const NS = 'bench';
const NAME = `/team/${NS}/token`;

const world = await start();
const factsFile = join(world.facts.dir, 'world.json');
await writeFile(factsFile, JSON.stringify(world.facts));
process.env.E2E_WORLD = factsFile;
// After E2E_WORLD is set: the helpers read the facts on first use.
const { apply, prepareNamespace, putToken, runBundled, untilSecret, untilSynced, plainExternalSecret, admin } = await import('../e2e/scenarios/cluster.ts');
const { workloadObjects } = await import('../e2e/scenarios/workloads.ts');

const home = await mkdtemp(join(tmpdir(), 'rotate-deploy-token-bench-home-'));
try {
  await prepareNamespace(NS);
  await putToken(NAME, 'bench-old-token-0123456789abcdef');
  await apply([plainExternalSecret(NS, NAME), ...workloadObjects(NS).filter((o) => (o as { kind: string }).kind === 'Deployment')]);
  await untilSynced(NS, 'app-token');
  await untilSecret(NS, 'app-token', 'bench-old-token-0123456789abcdef');
  await admin(['rollout', 'status', 'deployment/api', '-n', NS, '--timeout=120s']);

  const cliEnv = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    AWS_ACCESS_KEY_ID: AWS_CREDENTIALS_FOR_STORE.accessKeyId,
    AWS_SECRET_ACCESS_KEY: AWS_CREDENTIALS_FOR_STORE.secretAccessKey,
    AWS_PAGER: '',
  };
  const action: number[] = [];
  const synced: number[] = [];
  const runbook: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so neither always runs on a cluster the other just warmed.
    for (const which of round % 2 === 0 ? ['action', 'runbook'] : ['runbook', 'action']) {
      if (which === 'action') {
        const run = await runBundled({
          'parameter-name': NAME,
          namespace: NS,
          'external-secrets': 'app-token',
          'verify-secret-key': 'token',
          restart: 'deployment/api',
          'sync-timeout': '60s',
          'rollout-timeout': '120s',
        });
        if (run.exitCode !== 0) throw new Error(`the action failed in round ${round}:\n${run.stdout}\n${run.stderr}`);
        action.push(run.durationMs);
        // The SYNCED line's duration: from setting force-sync to ESO's new syncedResourceVersion with Ready=True.
        const ms = /^SYNCED .*\((\d+(?:\.\d+)?) (ms|s)\)$/m.exec(run.stdout);
        if (ms) synced.push(Number(ms[1]) * (ms[2] === 's' ? 1000 : 1));
      } else {
        const run = await runRunbook(
          {
            ssmEndpoint: world.facts.ssmEndpoint,
            region: world.facts.region,
            parameterName: NAME,
            kubeconfigPath: world.facts.adminKubeconfig,
            namespace: NS,
            externalSecret: 'app-token',
            deployment: 'api',
            env: cliEnv,
          },
          `runbook-${round}`,
        );
        runbook.push(run.durationMs);
      }
    }
  }
  const row = (what: string, s: Series): string =>
    `| ${what} | ${s.count} | ${s.median.toFixed(0)} | ${s.p90.toFixed(0)} | ${s.min.toFixed(0)} | ${s.max.toFixed(0)} |`;
  process.stdout.write(
    [
      `Versions: ${Object.entries(world.facts.versions)
        .map(([name, version]) => `${name}: ${version}`)
        .join('; ')}`,
      '',
      '| measured (ms) | runs | median | p90 | min | max |',
      '|---|---|---|---|---|---|',
      row('force-sync -> SYNCED (the action)', summarise(synced)),
      row('gated rotation, bundled action (process spawn to exit)', summarise(action)),
      row('the runbook: aws ssm put-parameter, 2 labels, kubectl annotate, wait, rollout restart, status', summarise(runbook)),
      '',
    ].join('\n'),
  );
} finally {
  await rm(home, { recursive: true, force: true });
  await world.stop();
}
