import { describe, expect } from '@jest/globals';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import {
  NAME,
  NS,
  expectAgreementOrExplanation,
  failure,
  gatedInputs,
  markers,
  outputs,
  row,
  runThenPost,
  secret,
  secretValue,
  seed,
  ssmInputs,
  until,
  useWorld,
  versions,
  ROTATED,
  UNTOUCHED,
  ROLLED_BACK,
} from './world.ts';

// Cancellation rows of docs/FAULT-MATRIX.md: the runner cancels the job while the step is at a
// given point. It sends SIGINT, then SIGTERM 7.5 s later, then kills 2.5 s after that; a step
// must stop waiting, leave things as "When it fails" says for the step it was in, write its
// summary and exit non-zero before the next signal. Then the post step runs.
const world = useWorld();

// A step cancelled by the runner's SIGTERM has 2.5 s before it is killed.
const SIGTERM_GRACE_MS = 2500;

/** Exited on its own, non-zero, soon after the first signal, with a summary; the post step then has nothing to do. */
function expectPromptFailure(main: ActionRun, post: ActionRun, signal: NodeJS.Signals): void {
  expect(main.signal).toBeNull();
  expect(main.exitCode).toBe(1);
  expect(main.stdout).toContain(`Received ${signal}`);
  expect(main.signalsSent.map((sent) => sent.signal)).toEqual([signal]);
  const first = main.signalsSent[0]?.atMs ?? 0;
  expect(main.durationMs - first).toBeLessThan(SIGTERM_GRACE_MS);
  expect(main.summary).toMatch(/^## ❌ rotate-deploy-token: \w+ failed for /);
  expect(main.summary).toContain('the run was cancelled');
  expect(post.exitCode).toBe(0);
  expect(post.stdout.trim()).toBe('rotate-deploy-token post step: the main step reached its end; nothing to recover.');
}

describe('cancelled before the write: nothing written', () => {
  row('C1', 'SIGTERM during the SSM preflight: stops before minting, says nothing was written', async () => {
    await seed(world);
    world.ssm.faults.add({ operation: 'GetParameterHistory', kind: 'delay', delayMs: 800 });
    const { main, post } = await runThenPost(world, { inputs: ssmInputs(), interrupt: { when: /^::group::/m, signal: 'SIGTERM', afterMs: 200 } });
    expectPromptFailure(main, post, 'SIGTERM');
    expect(failure(main)).toBe(
      `preflight failed for ${NAME}: the run was cancelled (SIGTERM) during the preflight. Nothing was written anywhere. Run the deploy again when ready.`,
    );
    expect(markers(main)).toEqual(['PLAN', 'FAILED']);
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
    expect(versions(world, main)).toEqual(UNTOUCHED);
    expect(outputs(world, main)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });

  row('C2', 'SIGTERM during the cluster preflight: the request is aborted, nothing written', async () => {
    await seed(world, { gated: true });
    world.kube.faults.add({ match: { verb: 'get', resource: 'externalsecrets' }, action: { type: 'latency', ms: 3000 }, times: 1 });
    const { main, post } = await runThenPost(world, {
      inputs: gatedInputs(world),
      interrupt: { when: /^Kubernetes: context/m, signal: 'SIGTERM', afterMs: 200 },
    });
    expectPromptFailure(main, post, 'SIGTERM');
    expect(failure(main)).toBe(
      `preflight failed for ${NAME}: the run was cancelled (SIGTERM) while reading default/externalsecret/deploy-token. Nothing was written anywhere. Run the deploy again when ready.`,
    );
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
    expect(versions(world, main)).toEqual(UNTOUCHED);
    expect(secret(world, main)).toBe('old');
    expect(outputs(world, main)).toEqual({ rotated: 'false', token: 'none', version: '' });
  });
});

describe('cancelled after the write, before any restart: rolled back', () => {
  row('C3', 'SIGTERM during the write: the write and labels finish, then are undone', async () => {
    await seed(world);
    world.ssm.faults.add({ operation: 'PutParameter', kind: 'delay', delayMs: 800 });
    const { main, post } = await runThenPost(world, { inputs: ssmInputs(), interrupt: { when: /^MINTED /m, signal: 'SIGTERM', afterMs: 100 } });
    expectPromptFailure(main, post, 'SIGTERM');
    expect(failure(main)).toContain(
      `label failed for ${NAME}: the run was cancelled (SIGTERM) by the end of the label step. SSM version 3 holds the previous token again, current -> 3;`,
    );
    expect(markers(main)).toEqual(['PLAN', 'MINTED', 'WROTE', 'LABELED', 'FAILED', 'ROLLED-BACK']);
    expect(versions(world, main)).toEqual(ROLLED_BACK);
    expect(outputs(world, main)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expectAgreementOrExplanation(world, main);
  });

  row('C4', 'SIGTERM during the labels: they finish, then the rotation is undone', async () => {
    await seed(world);
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 800 });
    const { main, post } = await runThenPost(world, { inputs: ssmInputs(), interrupt: { when: /^WROTE /m, signal: 'SIGTERM', afterMs: 100 } });
    expectPromptFailure(main, post, 'SIGTERM');
    expect(failure(main)).toContain(
      'the run was cancelled (SIGTERM) by the end of the label step. SSM version 3 holds the previous token again, current -> 3;',
    );
    expect(versions(world, main)).toEqual(ROLLED_BACK);
    expect(outputs(world, main)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expectAgreementOrExplanation(world, main);
  });

  async function cancelDuringSync(signal: NodeJS.Signals, escalate: boolean): Promise<ActionRun> {
    await seed(world, { gated: true });
    world.kube.eso.configure({ syncDelayMs: 3000 });
    const { main, post } = await runThenPost(world, {
      inputs: gatedInputs(world, { 'sync-timeout': '30s' }),
      interrupt: { when: /set force-sync=/m, signal, afterMs: 300, escalate },
    });
    expectPromptFailure(main, post, signal);
    expect(failure(main)).toContain(
      `sync failed for default/externalsecret/deploy-token: the run was cancelled (${signal}) while waiting for default/externalsecret/deploy-token to sync.`,
    );
    expect(failure(main)).toContain(
      'SSM version 3 holds the previous token again, current -> 3; ESO never synced the new token into the cluster Secret, so it still holds the previous one',
    );
    expect(markers(main)).toEqual(['PLAN', 'PLAN', 'PLAN', 'MINTED', 'WROTE', 'LABELED', 'FAILED', 'ROLLED-BACK']);
    expect(versions(world, main)).toEqual(ROLLED_BACK);
    expect(outputs(world, main)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expect(world.kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(0);
    expectAgreementOrExplanation(world, main);
    // ESO was asked: when it gets to it, it syncs what SSM holds now, the old token.
    const syncsBefore = world.kube.eso.syncs.length;
    await until(() => world.kube.eso.syncs.length > syncsBefore, 'ESO synced after the run', 8000);
    expect(secretValue(world)).toBe(world.old);
    return main;
  }

  row('C5', 'SIGTERM during the sync wait: stops waiting, rolls back, exits within the grace period', async () => {
    await cancelDuringSync('SIGTERM', false);
  });

  row('C6', "SIGINT during the sync wait, cancelled as the runner does: done before the runner's SIGTERM", async () => {
    await cancelDuringSync('SIGINT', true);
  });

  row('C7', 'SIGTERM during the verify: the read finishes, then the rotation is undone and synced back', async () => {
    await seed(world, { gated: true });
    // The first two Secret reads are preflight's (its check, then which version it holds); the third is the verify.
    world.kube.faults.add({ match: { verb: 'get', resource: 'secrets' }, action: { type: 'latency', ms: 800 }, skip: 2, times: 1 });
    const { main, post } = await runThenPost(world, { inputs: gatedInputs(world), interrupt: { when: /^SYNCED /m, signal: 'SIGTERM', afterMs: 100 } });
    expectPromptFailure(main, post, 'SIGTERM');
    expect(failure(main)).toContain(
      `verify failed for ${NAME}: the run was cancelled (SIGTERM) by the end of the verify step. SSM version 3 holds the previous token again, current -> 3; the ExternalSecrets synced the previous value back.`,
    );
    expect(versions(world, main)).toEqual(ROLLED_BACK);
    expect(secret(world, main)).toBe('old');
    expect(outputs(world, main)).toEqual({ rotated: 'false', token: 'old', version: '3' });
    expect(world.kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(0);
    expectAgreementOrExplanation(world, main);
  });
});

describe('cancelled once a restart began: the new token stays', () => {
  row('C8', 'SIGTERM during the restart patch: the patch lands, the wait stops, the new token stays', async () => {
    await seed(world, { gated: true });
    world.kube.faults.add({ match: { verb: 'patch', resource: 'deployments' }, action: { type: 'latency', ms: 800 }, times: 1 });
    const { main, post } = await runThenPost(world, { inputs: gatedInputs(world), interrupt: { when: /^VERIFIED /m, signal: 'SIGTERM', afterMs: 100 } });
    expectPromptFailure(main, post, 'SIGTERM');
    expect(failure(main)).toBe(
      'rollout failed for default/deployment/api: the run was cancelled (SIGTERM) while waiting for default/deployment/api to roll out. SSM version 2 and the cluster Secret hold the new token and new pods may run it, so nothing was rolled back. Run the deploy again when ready.',
    );
    expect(markers(main)).toEqual(['PLAN', 'PLAN', 'PLAN', 'MINTED', 'WROTE', 'LABELED', 'SYNCED', 'VERIFIED', 'RESTARTED', 'FAILED']);
    expect(versions(world, main)).toEqual(ROTATED);
    expect(secret(world, main)).toBe('new');
    expect(outputs(world, main)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, main);
  });

  async function cancelDuringRollout(signal: NodeJS.Signals, escalate: boolean): Promise<void> {
    await seed(world, { gated: true });
    world.kube.workloads.configure({ msPerReplica: 2000 });
    const { main, post } = await runThenPost(world, {
      inputs: gatedInputs(world, { 'rollout-timeout': '1m' }),
      interrupt: { when: /^RESTARTED /m, signal, afterMs: 300, escalate },
    });
    expectPromptFailure(main, post, signal);
    expect(failure(main)).toContain(
      `rollout failed for default/deployment/api: the run was cancelled (${signal}) while waiting for default/deployment/api to roll out. SSM version 2 and the cluster Secret hold the new token`,
    );
    expect(versions(world, main)).toEqual(ROTATED);
    expect(secret(world, main)).toBe('new');
    expect(outputs(world, main)).toEqual({ rotated: 'true', token: 'new', version: '2' });
    expectAgreementOrExplanation(world, main);
  }

  row('C9', 'SIGTERM during the rollout wait: stops waiting, keeps the new token, exits within the grace period', async () => {
    await cancelDuringRollout('SIGTERM', false);
  });

  row('C10', "SIGINT during the rollout wait, cancelled as the runner does: done before the runner's SIGTERM", async () => {
    await cancelDuringRollout('SIGINT', true);
  });
});

describe('cancelled at the end', () => {
  row('C11', 'SIGTERM during the confirm: the rotation had finished, so it stands; the step still fails', async () => {
    await seed(world);
    // Both reads (the preflight's history and the confirm's GetParameters) are slow; labels are off, so there are no others.
    world.ssm.faults.add([
      { operation: 'GetParameterHistory', kind: 'delay', delayMs: 800 },
      { operation: 'GetParameters', kind: 'delay', delayMs: 800 },
    ]);
    const { main, post } = await runThenPost(world, {
      inputs: ssmInputs({ 'version-labels': 'false' }),
      interrupt: { when: /^WROTE /m, signal: 'SIGTERM', afterMs: 200 },
    });
    expectPromptFailure(main, post, 'SIGTERM');
    expect(failure(main)).toBe(
      `confirm failed for ${NAME}: the run was cancelled (SIGTERM) by the end of the confirm step. SSM version 2 holds the new token and is the latest; the rotation had finished, so nothing was undone. Run the deploy again when ready.`,
    );
    expect(versions(world, main)).toEqual([
      [1, 'old', ['current']],
      [2, 'new', []],
    ]);
    expect(outputs(world, main)).toEqual({ rotated: 'true', token: 'new', version: '2' });
  });
});

describe('killed outright (SIGKILL): the post step finishes the job', () => {
  row('C12', 'killed during the sync wait: the post step rolls back and syncs the old token back', async () => {
    await seed(world, { gated: true });
    world.kube.eso.configure({ syncDelayMs: 1500 });
    const { main, post } = await runThenPost(world, {
      inputs: gatedInputs(world, { 'sync-timeout': '10s' }),
      interrupt: { when: /set force-sync=/m, signal: 'SIGKILL', afterMs: 100 },
    });
    expect(main.signal).toBe('SIGKILL');
    expect(main.outputs).toEqual({});
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(
      /^RECOVERED \S+ sha256:[0-9a-f]{16} the main step stopped at phase sync-started; SSM version 3 holds the previous token again, current -> 3; the ExternalSecrets synced the previous value back/m,
    );
    expect(versions(world, main)).toEqual(ROLLED_BACK);
    expect(secret(world, main)).toBe('old');
    expect(world.kube.workloads.rolloutCount('Deployment', NS, 'api')).toBe(0);
  });

  row('C13', 'killed during the rollout wait: the post step keeps the new token and names the rollout to check', async () => {
    await seed(world, { gated: true });
    world.kube.workloads.configure({ msPerReplica: 2000 });
    const { main, post } = await runThenPost(world, {
      inputs: gatedInputs(world, { 'rollout-timeout': '1m' }),
      interrupt: { when: /^RESTARTED /m, signal: 'SIGKILL', afterMs: 100 },
    });
    expect(main.signal).toBe('SIGKILL');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('RECOVERED');
    expect(post.stdout).toContain('so the new token (version 2) stays in force; check the rollout of default/deployment/api');
    expect(versions(world, main)).toEqual(ROTATED);
    expect(secret(world, main)).toBe('new');
  });
});
