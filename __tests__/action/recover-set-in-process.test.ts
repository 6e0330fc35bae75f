// The post step of a set (recover-set.ts) in this process, SSM only: a set rotation runs in process,
// then recoverSet is given the progress it saved at a phase the main step could have been stopped at.
// The dist-run tests (parameter-set.test.ts, auto-discovery.test.ts) kill the bundle for real.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { quietCore } from '../kube/quiet-core.ts';
import type { SsmServer } from '../../local-servers/ssm/server.ts';
import type { Progress } from '../../src/progress.ts';

quietCore();
let world: typeof import('./world.ts');
let recoverSet: (typeof import('../../src/recover-set.ts'))['recoverSet'];
let Journal: (typeof import('../../src/journal.ts'))['Journal'];
let ssm: SsmServer;

const P1 = '/svc/datastore-token';
const P2 = '/svc/webhook-secret';
const OLD = { [P1]: 'old-datastore-0123456789abcdef', [P2]: 'old-webhook-0123456789abcdef' };
const inputs = { 'parameter-name': '', parameters: `${P1}=datastore\n${P2}=webhook` };

beforeAll(async () => {
  world = await import('./world.ts');
  ({ recoverSet } = await import('../../src/recover-set.ts'));
  ({ Journal } = await import('../../src/journal.ts'));
  ssm = await world.startSsmServer();
});
afterAll(async () => ssm.close());
beforeEach(() => {
  ssm.reset();
  for (const [name, value] of Object.entries(OLD)) ssm.store.seed({ Name: name, Value: value, Type: 'SecureString', Labels: ['current'] });
});

/** Rotates the set in process and returns the progress it saved at `phase`, with every member's. */
async function stoppedAt(phase: Progress['phase']): Promise<Progress> {
  const run = await world.rotateInProcess(ssm, inputs);
  expect(run.outcome.error).toBeUndefined();
  const saved = run.progress.find((p) => p.phase === phase);
  if (!saved?.set) throw new Error(`no set progress at phase ${phase}: ${run.progress.map((p) => p.phase).join(', ')}`);
  return saved;
}

const recover = (progress: Progress, rollBackAnyway = false): Promise<string> =>
  recoverSet(progress, progress.set ?? [], world.config(inputs), world.storeFor(ssm), new Journal(() => undefined), rollBackAnyway);

describe('recoverSet, SSM only', () => {
  test('stopped after the labels: every written parameter is rolled back to the value it held', async () => {
    const progress = await stoppedAt('labelled');
    const state = await recover(progress);
    for (const [name, value] of Object.entries(OLD)) expect(ssm.store.latest(name)).toMatchObject({ version: 3, value, labels: ['current'] });
    expect(state).toMatch(/^the main step stopped at phase labelled; /);
    expect(state).toContain(`${P1}: `);
    expect(state).toContain(`${P2}: `);
    expect(state).not.toContain('No write of');
    const newValues = ssm.store
      .versions(P1)
      .map((v) => v.value)
      .filter((value) => value !== OLD[P1]);
    expect(newValues.length).toBeGreaterThan(0);
    expect(newValues.filter((value) => state.includes(value))).toEqual([]);
  });

  test('stopped while writing: the versions are found by their fingerprints and rolled back', async () => {
    const progress = await stoppedAt('writing');
    expect(progress.set?.every((member) => member.version === undefined)).toBe(true);
    const state = await recover(progress);
    for (const [name, value] of Object.entries(OLD)) expect(ssm.store.latest(name)?.value).toBe(value);
    expect(state).toMatch(/^the main step stopped at phase writing; /);
  });

  test('stopped after a restart began: the new tokens stay, and the state names the versions', async () => {
    const progress = await stoppedAt('labelled');
    const written = Object.keys(OLD).map((name) => ssm.store.latest(name)?.version);
    const state = await recover({ ...progress, phase: 'restart-started' });
    expect(state).toContain(`the new tokens of the set stay in force (${P1} version ${written[0]}, ${P2} version ${written[1]})`);
    expect(Object.keys(OLD).map((name) => ssm.store.latest(name)?.version)).toEqual(written);
  });

  test('a write that never landed is left alone and named', async () => {
    const progress = await stoppedAt('writing');
    // The second member's write did not land: its fingerprint is in no version.
    const members = [progress.set?.[0] as Progress, { ...(progress.set?.[1] as Progress), fingerprint: 'sha256:0000000000000000' }];
    const state = await recover({ ...progress, set: members });
    expect(ssm.store.latest(P1)?.value).toBe(OLD[P1]);
    expect(state).toContain(`No write of ${P2} landed.`);
  });

  test('no write of the set landed: nothing is undone and nothing is written', async () => {
    const progress = await stoppedAt('writing');
    const before = Object.keys(OLD).map((name) => ssm.store.latest(name)?.version);
    const members = (progress.set ?? []).map((member) => ({ ...member, fingerprint: 'sha256:0000000000000000' }));
    const state = await recover({ ...progress, set: members });
    expect(state).toBe(`the main step stopped before a write of the set (${P1}, ${P2}) landed; nothing was written, nothing to undo`);
    expect(Object.keys(OLD).map((name) => ssm.store.latest(name)?.version)).toEqual(before);
  });
});
