import { beforeEach, expect } from '@jest/globals';
import { exampleRollout } from '../../local-servers/kube/fixtures.ts';
import {
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
  until,
  useWorld,
  versions,
  ROTATED,
  UNTOUCHED,
} from './world.ts';

// Argo Rollouts rows of docs/FAULT-MATRIX.md: gated runs of the bundle that restart
// rollout/web (argoproj.io/v1alpha1) against the local cluster's Rollout controller.
const world = useWorld();
beforeEach(async () => {
  await seed(world, { gated: true });
  world.kube.store.apply(exampleRollout());
  await until(() => phase() === 'Healthy', 'the Rollout is Healthy');
});

const phase = (): string | undefined => (world.kube.store.get('rollouts', NS, 'web')?.status as { phase?: string } | undefined)?.phase;
const inputs = (): Record<string, string> => gatedInputs(world, { restart: 'rollout/web' });

/** A rollout failure: the new token stays in force everywhere. */
function expectKeptNew(done: Awaited<ReturnType<typeof run>>): void {
  expect(done.exitCode).toBe(1);
  expect(markers(done)).not.toContain('ROLLED-BACK');
  expect(failure(done)).toContain('SSM version 2 and the cluster Secret hold the new token and new pods may run it, so nothing was rolled back.');
  expect(versions(world, done)).toEqual(ROTATED);
  expect(secret(world, done)).toBe('new');
  expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '2' });
  expectAgreementOrExplanation(world, done);
}

row('A1', 'Argo Rollout Degraded (progress deadline): fails naming the rollout and Argo’s message, keeps the new token', async () => {
  world.kube.argoRollouts.override(NS, 'web', { mode: 'degraded', deadlineMs: 300 });
  const done = await run(world, { inputs: inputs() });
  expect(failure(done)).toContain(
    'rollout failed for default/rollout/web: rollout "web" is in a degraded state with message: ProgressDeadlineExceeded: ReplicaSet "web-',
  );
  expectKeptNew(done);
});

row('A2', 'Argo Rollout aborted: fails naming the rollout (RolloutAborted), keeps the new token', async () => {
  world.kube.argoRollouts.override(NS, 'web', { mode: 'abort' });
  const done = await run(world, { inputs: inputs() });
  expect(failure(done)).toContain(
    'rollout failed for default/rollout/web: rollout "web" is in a degraded state with message: RolloutAborted: Rollout aborted update to revision',
  );
  expectKeptNew(done);
});

row('A3', 'Argo Rollout paused (spec.paused): preflight fails before anything is written', async () => {
  const rollout = exampleRollout();
  world.kube.store.apply({ ...rollout, spec: { ...(rollout.spec as object), paused: true } });
  const done = await run(world, { inputs: inputs() });
  expect(done.exitCode).toBe(1);
  expect(failure(done)).toContain(
    'preflight failed for default/rollout/web: the rollout is paused (spec.paused: true), so a restart would not finish. Nothing was written anywhere.',
  );
  expect(world.ssm.requests.count('PutParameter')).toBe(0);
  expect(versions(world, done)).toEqual(UNTOUCHED);
  expect(secret(world, done)).toBe('old');
});
