import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect } from '@jest/globals';
import { exampleExternalSecret } from '../../local-servers/kube/fixtures.ts';
import {
  NAME,
  NS,
  expectAgreementOrExplanation,
  failure,
  gatedInputs,
  markers,
  outputs,
  row,
  run,
  secret,
  seed,
  tokensSeen,
  until,
  useWorld,
  versions,
  ROTATED,
  UNTOUCHED,
  ROLLED_BACK,
} from './world.ts';
import { present } from '../../local-servers/present.ts';
import { expectNoTokenLeak } from './leak-audit.ts';

// Kubernetes rows of docs/FAULT-MATRIX.md: gated runs of the bundle (force-sync, verify, restart
// deployment/api) against the local SSM server and the local cluster.
const world = useWorld();
beforeEach(async () => {
  await seed(world, { gated: true });
});

const GATED_MARKERS = ['PLAN', 'PLAN', 'PLAN', 'MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'ROLLED-OUT', 'CONFIRMED'];

/** Everything on the new token: SSM, labels, Secret, outputs, one rollout. */
function expectRotated(done: Awaited<ReturnType<typeof run>>): void {
  expect(done.exitCode).toBe(0);
  expect(markers(done)).toEqual(GATED_MARKERS);
  expect(versions(world, done)).toEqual(ROTATED);
  expect(secret(world, done)).toBe('new');
  expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
  expect(world.kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(1);
  expectAgreementOrExplanation(world, done);
}

/** A gate failure after the write: SSM, labels and Secret back on the old token, no restart. */
function expectRolledBack(done: Awaited<ReturnType<typeof run>>): void {
  expect(done.exitCode).toBe(1);
  expect(markers(done)).toContain('ROLLED-BACK');
  expect(versions(world, done)).toEqual(ROLLED_BACK);
  expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '3' });
  expect(failure(done)).toContain('SSM version 3 holds the previous token again, current -> 3;');
  expect(world.kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(0);
  expectAgreementOrExplanation(world, done);
}

/** A restart or rollout failure: the new token stays in force everywhere. */
function expectKeptNew(done: Awaited<ReturnType<typeof run>>): void {
  expect(done.exitCode).toBe(1);
  expect(markers(done)).not.toContain('ROLLED-BACK');
  expect(failure(done)).toContain('SSM version 2 and the cluster Secret hold the new token and new pods may run it, so nothing was rolled back.');
  expect(versions(world, done)).toEqual(ROTATED);
  expect(secret(world, done)).toBe('new');
  expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
  expectAgreementOrExplanation(world, done);
}

/** A failure before the write: nothing anywhere changed. */
function expectNothingWritten(done: Awaited<ReturnType<typeof run>>): void {
  expect(done.exitCode).toBe(1);
  expect(failure(done)).toContain('Nothing was written anywhere.');
  expect(world.ssm.requests.count('PutParameter')).toBe(0);
  expect(versions(world, done)).toEqual(UNTOUCHED);
  expect(secret(world, done)).toBe('old');
  expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'none', version: '' });
}

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

describe('the Kubernetes API refuses', () => {
  row('K1', '401 on the first request (bad credentials): preflight fails, nothing written', async () => {
    const kubeconfig = world.kube.kubeconfig().replace(world.kube.token, 'expired-token');
    const done = await run(world, { inputs: gatedInputs(world, { kubeconfig }) });
    expect(failure(done)).toContain('preflight failed for default/externalsecret/deploy-token: the Kubernetes API at https://127.0.0.1:');
    expect(failure(done)).toContain('rejected the credentials (401 Unauthorized).');
    expectNothingWritten(done);
  });

  row('K2', '401 on the watch mid-wait (token expired during the run): sync fails, rolled back', async () => {
    world.kube.eso.configure({ syncDelayMs: 1000 });
    world.kube.faults.add({ match: { verb: 'watch', resource: 'externalsecrets' }, action: { type: 'status', code: 401 }, times: 1 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(failure(done)).toContain('sync failed for default/externalsecret/deploy-token: the Kubernetes API at https://127.0.0.1:');
    expect(failure(done)).toContain('rejected the credentials (401 Unauthorized).');
    expectRolledBack(done);
    expect(secret(world, done)).toBe('old');
  });

  row('K3', '403 on reading the ExternalSecret: preflight names the verb and resource, nothing written', async () => {
    world.kube.faults.add({ match: { verb: 'get', resource: 'externalsecrets' }, action: { type: 'status', code: 403 } });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(failure(done)).toContain(`lack the RBAC verb get on externalsecrets.external-secrets.io in namespace ${NS}.`);
    expectNothingWritten(done);
  });

  row('K4', '403 on the force-sync patch after the write: sync fails naming patch, rolled back', async () => {
    world.kube.faults.add({ match: { verb: 'patch', resource: 'externalsecrets' }, action: { type: 'status', code: 403 }, times: 1 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(failure(done)).toContain(
      `sync failed for default/externalsecret/deploy-token: the credentials (${world.kube.user}) lack the RBAC verb patch on externalsecrets.external-secrets.io in namespace ${NS}.`,
    );
    expectRolledBack(done);
    expect(secret(world, done)).toBe('old');
  });

  row('K5', '403 on reading the Secret to verify: verify fails naming get on secrets, rolled back', async () => {
    // Preflight reads it twice (its check, then which version it holds: held-by-secret.ts); the third read is the verify.
    world.kube.faults.add({ match: { verb: 'get', resource: 'secrets' }, action: { type: 'status', code: 403 }, skip: 2, times: 1 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(failure(done)).toContain(
      `verify failed for default/secret/deploy-token: the credentials (${world.kube.user}) lack the RBAC verb get on secrets in namespace ${NS}.`,
    );
    expectRolledBack(done);
    expect(secret(world, done)).toBe('old');
  });
});

describe('the Kubernetes API is overloaded or flaky, then recovers', () => {
  row('K6', '429 burst with Retry-After: waited as told, rotated', async () => {
    world.kube.faults.add({ match: { resource: 'externalsecrets' }, action: { type: 'status', code: 429, retryAfterSeconds: 1 }, times: 2 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(world.kube.requests.count({ status: 429 })).toBe(2);
    expectRotated(done);
  });

  row('K7', '500 and 503 bursts on the ExternalSecret and the Deployment: retried, rotated', async () => {
    world.kube.faults.add({ match: { resource: 'externalsecrets' }, action: { type: 'status', code: 500 }, times: 2 });
    world.kube.faults.add({ match: { resource: 'deployments' }, action: { type: 'status', code: 503 }, times: 2 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(world.kube.requests.count({ status: 500 }) + world.kube.requests.count({ status: 503 })).toBe(4);
    expectRotated(done);
  });

  row('K8', 'watch cut every 300 ms while ESO takes 1.5 s: re-read and re-watched, rotated', async () => {
    world.kube.eso.configure({ syncDelayMs: 1500 });
    world.kube.faults.add({ match: { verb: 'watch' }, action: { type: 'watch-cut', afterMs: 300 } });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '10s' }) });
    expect(world.kube.requests.count({ verb: 'watch', resource: 'externalsecrets' })).toBeGreaterThan(1);
    expectRotated(done);
  });

  row('K9', '410 Gone (watch expired) twice: re-read and re-watched, rotated', async () => {
    world.kube.eso.configure({ syncDelayMs: 1000 });
    world.kube.faults.add({ match: { verb: 'watch', resource: 'externalsecrets' }, action: { type: 'watch-expired' }, times: 2 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(world.kube.requests.count({ verb: 'watch', resource: 'externalsecrets' })).toBeGreaterThanOrEqual(3);
    expectRotated(done);
  });

  row('K10', '409 conflict on the force-sync patch (ESO wrote in between): read again and re-patched, rotated', async () => {
    world.kube.faults.add({ match: { verb: 'patch', resource: 'externalsecrets' }, action: { type: 'status', code: 409 }, times: 1 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(world.kube.requests.count({ verb: 'patch', resource: 'externalsecrets' })).toBe(2);
    expectRotated(done);
  });
});

describe('the Kubernetes API keeps failing', () => {
  row('K11', 'API unreachable: preflight fails naming the address, nothing written', async () => {
    const port = await closedPort();
    const kubeconfig = world.kube.kubeconfig().replace(`https://127.0.0.1:${world.kube.port}`, `https://127.0.0.1:${port}`);
    const done = await run(world, { inputs: gatedInputs(world, { kubeconfig }) });
    expect(failure(done)).toContain(`could not reach the Kubernetes API at https://127.0.0.1:${port} (ECONNREFUSED).`);
    expectNothingWritten(done);
  });

  row('K12', '503 on every read during the sync wait: sync fails, SSM rolled back, says the Secret may still hold the new token', async () => {
    // Preflight and the force-sync read get through; ESO syncs the new token; then every read fails.
    world.kube.faults.add({ match: { verb: 'get', resource: 'externalsecrets' }, action: { type: 'status', code: 503 }, skip: 2 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(failure(done)).toContain(
      'sync failed for default/externalsecret/deploy-token: the Kubernetes API kept failing with HTTP 503 to get externalsecrets.external-secrets.io',
    );
    expect(failure(done)).toContain(
      'ESO could not be asked to sync back, so the cluster Secret may still hold the new token: kubectl -n default annotate externalsecret deploy-token force-sync=$(date +%s) --overwrite',
    );
    expect(done.exitCode).toBe(1);
    expect(versions(world, done)).toEqual(ROLLED_BACK);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expect(secret(world, done)).toBe('new');
    expectAgreementOrExplanation(world, done);
  });

  row('K13', '503 on every read during the rollout wait: rollout fails, the new token stays', async () => {
    // The first read is the preflight's.
    world.kube.faults.add({ match: { verb: 'get', resource: 'deployments' }, action: { type: 'status', code: 503 }, skip: 1 });
    const done = await run(world, { inputs: gatedInputs(world, { 'rollout-timeout': '2s' }) });
    expect(failure(done)).toContain('rollout failed for default/deployment/api: the Kubernetes API kept failing with HTTP 503 to get deployments.apps');
    expectKeptNew(done);
  });
});

describe('External Secrets Operator and the Secret', () => {
  row('K14', 'ESO stuck: sync times out saying ESO never answered, rolled back, the Secret never left the old token', async () => {
    world.kube.eso.configure({ mode: 'stuck' });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '1s' }) });
    expect(failure(done)).toMatch(
      /sync failed for default\/externalsecret\/deploy-token: External Secrets Operator never answered: no status update on the ExternalSecret \(refreshTime, syncedResourceVersion and Ready condition unchanged\) in the 1s since the force-sync annotation at \d{4}-\d\d-\d\dT[\d:.]+Z\./,
    );
    // ESO never wrote the new token, so the rollback does not wait for a second sync.
    expect(failure(done)).toContain('ESO never synced the new token into the cluster Secret, so it still holds the previous one (ESO was asked to sync again)');
    expectRolledBack(done);
    expect(secret(world, done)).toBe('old');
  });

  row('K22', 'ESO down for the whole sync-timeout: never answered, rolled back whole, no leak; back up, it syncs the old token', async () => {
    world.kube.eso.configure({ enabled: false });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '2s' }) });
    expect(failure(done)).toContain('External Secrets Operator never answered: no status update on the ExternalSecret');
    expect(failure(done)).toContain('in the 2s since the force-sync annotation at');
    expect(done.stdout).toContain('Check that the external-secrets controller is running (kubectl -n external-secrets get pods;');
    expect(failure(done)).toContain('ESO never synced the new token into the cluster Secret, so it still holds the previous one');
    expectRolledBack(done);
    expect(secret(world, done)).toBe('old');
    expectNoTokenLeak(done, tokensSeen(world));
    // A controller that comes back re-lists every ExternalSecret and syncs SSM's current value.
    const syncs = world.kube.eso.syncCount(NS, 'deploy-token');
    world.kube.eso.configure({ enabled: true });
    await until(() => world.kube.eso.syncCount(NS, 'deploy-token') > syncs, 'ESO back up synced');
    await world.kube.eso.whenIdle();
    expect(secret(world, done)).toBe('old');
  });

  row('K15', "ESO failing on every retry: fails with ESO's message well before sync-timeout 5m, rolled back", async () => {
    world.kube.eso.configure({ mode: 'failing' });
    const done = await run(world, { inputs: gatedInputs(world, { 'sync-timeout': '5m' }) });
    expect(failure(done)).toContain(
      'sync failed for default/externalsecret/deploy-token: External Secrets Operator failed to sync it and kept failing across its retries for 8s: could not get secret data from provider.',
    );
    expect(failure(done)).toContain('ESO never synced the new token into the cluster Secret, so it still holds the previous one');
    expect(done.durationMs).toBeLessThan(15_000);
    expectRolledBack(done);
    expect(secret(world, done)).toBe('old');
  });

  row('K16', 'Secret mismatch (the ExternalSecret decodes the value, decodingStrategy Auto): verify fails with both fingerprints, rolled back', async () => {
    const es = exampleExternalSecret({ parameterName: NAME }) as unknown as { spec: { data: { remoteRef: Record<string, string> }[] } };
    present(es.spec.data[0]).remoteRef.decodingStrategy = 'Auto';
    world.kube.store.apply(es as never);
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(failure(done)).toMatch(
      /verify failed for default\/secret\/deploy-token: key "token" holds a value with fingerprint sha256:[0-9a-f]{16} but the new token's is sha256:[0-9a-f]{16}\./,
    );
    expectRolledBack(done);
    // Synced back: neither token, but the old one decoded as the ExternalSecret asks.
    expect(secret(world, done)).not.toBe('new');
  });

  row('K17', 'the Secret lacks the key to verify: verify fails naming the keys it has, rolled back', async () => {
    const done = await run(world, { inputs: gatedInputs(world, { 'verify-secret-key': 'api-key' }) });
    expect(failure(done)).toContain('verify failed for default/secret/deploy-token: the Secret has no key "api-key" (its keys: token).');
    expectRolledBack(done);
    expect(secret(world, done)).toBe('old');
  });
});

describe('restart and rollout', () => {
  row('K18', 'rollout past its progress deadline: fails naming the workload, keeps the new token', async () => {
    world.kube.workloads.configure({ mode: 'deadline', deadlineMs: 300 });
    const done = await run(world, { inputs: gatedInputs(world) });
    expect(failure(done)).toContain('rollout failed for default/deployment/api: deployment "api" exceeded its progress deadline.');
    expectKeptNew(done);
  });

  row('K19', 'the Deployment deleted mid-rollout: fails naming it, keeps the new token', async () => {
    world.kube.workloads.configure({ mode: 'stall' });
    const pending = run(world, { inputs: gatedInputs(world) });
    await until(() => world.kube.requests.count({ verb: 'patch', resource: 'deployments' }) > 0, 'the restart patch', 15_000);
    world.kube.store.delete('deployments', NS, 'api');
    const done = await pending;
    expect(failure(done)).toContain('rollout failed for default/deployment/api: the deployment was deleted while its rollout was in progress.');
    expectKeptNew(done);
  });
});
