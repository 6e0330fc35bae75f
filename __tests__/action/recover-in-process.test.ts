import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import * as core from '../../__fixtures__/core.ts';
import { exampleObjects } from '../../local-servers/kube/fixtures.ts';
import { followPods, followSsm } from '../../local-servers/kube/probe-follower.ts';
import { startKubeServer } from '../../local-servers/kube/server.ts';
import type { KubeServer } from '../../local-servers/kube/server.ts';
import { fingerprintOf, startProbeService } from '../../local-servers/probe-service.ts';
import type { ProbeService } from '../../local-servers/probe-service.ts';
import type { ActionRun } from '../../local-servers/runner/run-action.ts';
import type { ProbeTools } from '../../src/probe.ts';
import type { Progress } from '../../src/progress.ts';
import { tokenLeaks } from '../fault-matrix/leak-audit.ts';
import type { SsmServer } from './world.ts';

// The post step in this process (probe-interrupted.test.ts and interrupted*.test.ts run it in the bundle, which coverage does not see).
// Everything that reaches src/ is imported after the mock, so the code under test gets the recorders.
jest.unstable_mockModule('@actions/core', () => core);
const { recoverInterrupted } = await import('../../src/recover.ts');
const { CREDENTIALS, REGION, rotateInProcess, runnerEnv, secretValue, startSsmServer, until } = await import('./world.ts');

const NAME = '/svc/token';
const GATED = '/rotate-deploy-token/demo/deploy-token';
const OLD = 'old-token-value-0123456789abcdef';
let ssm: SsmServer;
let kube: KubeServer;
let service: ProbeService;
const saved = process.env;

beforeAll(async () => {
  ssm = await startSsmServer();
  kube = await startKubeServer({ ssm: { endpoint: ssm.url, region: REGION, credentials: CREDENTIALS }, workloads: { msPerReplica: 10 } });
  service = await startProbeService();
  // recoverInterrupted builds its own SSM client, as the post step does: the SDK reads the endpoint from here.
  process.env = { ...saved, ...runnerEnv(ssm) };
});
afterAll(async () => {
  process.env = saved;
  await service.close();
  await kube.close();
  await ssm.close();
});

/** A clock the injected sleep moves: probe-timeout passes after a few tries, in no real time. */
function fakeTime(): Partial<ProbeTools> {
  let clock = 0;
  return {
    now: () => clock,
    sleep: (ms) => {
      clock += ms;
      return Promise.resolve();
    },
  };
}

/**
 * The main step run with rollback-on-failure false against a service that rejects the new value: it ends leaving
 * SSM, the labels and the cluster as a run killed during its test would, and its last saved progress is that kill's.
 */
async function mainStoppedDuringTheTest(inputs: Record<string, string>): Promise<Progress> {
  const main = await rotateInProcess(ssm, { ...inputs, 'rollback-on-failure': 'false' }, { probeTools: fakeTime() });
  expect(main.outcome.error?.step).toBe('probe');
  const progress = main.progress.find((p) => p.phase === 'probe-started');
  // Version 2 of each parameter is the run's write, in force and untested.
  expect(progress).toMatchObject({ phase: 'probe-started', version: 2 });
  return progress as Progress;
}

/** The post step in this process with the inputs and the state the main step left; what it printed, failed and summarised. */
async function postStep(inputs: Record<string, string>, progress: Progress): Promise<{ log: string; failed: string[]; summary: string }> {
  core.resetCore(inputs);
  await recoverInterrupted(JSON.stringify(progress), false, fakeTime());
  return {
    log: core.info.mock.calls.map(([line]) => line).join('\n'),
    failed: core.setFailed.mock.calls.map(([message]) => String(message)),
    summary: core.summaryText.join(''),
  };
}

/** The leak audit over what the post step printed, failed with and summarised. */
function leaks(post: { log: string; failed: string[]; summary: string }, names: readonly string[]): string[] {
  const tokens = names.flatMap((name) => ssm.store.versions(name).map((v) => v.value));
  const run = { stdout: post.log, stderr: post.failed.join('\n'), summary: post.summary, files: {}, outputs: {} } as unknown as ActionRun;
  return tokenLeaks(run, tokens);
}

function ssmOnly(): void {
  ssm.reset();
  service.reset();
  ssm.store.seed({ Name: NAME, Value: OLD, Type: 'SecureString', Labels: ['current'] });
  service.follow(followSsm(ssm.store, NAME));
}

const single = (): Record<string, string> => ({
  'parameter-name': NAME,
  'probe-url': service.url,
  'probe-timeout': '30s',
  'token-prefix': 'bad_',
});

describe('the post step of a single parameter stopped during its test, in process', () => {
  test('the new value passes the test the main step did not finish: it stays in force', async () => {
    ssmOnly();
    service.configure({ mode: 'reject' });
    const progress = await mainStoppedDuringTheTest(single());
    const token = ssm.store.versions(NAME)[1]?.value ?? '';
    service.configure({ mode: 'normal' });
    const post = await postStep(single(), progress);
    expect(post.failed).toEqual([]);
    expect(post.log).toMatch(/^PROBED \S+ sha256:[0-9a-f]{16} GET answered 200 OK with the new value after 1 tries/m);
    expect(post.log).toMatch(/^RECOVERED .*stays in force\. The test the main step did not finish passed \(200 OK\)\./m);
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 2, value: token, labels: ['current'] });
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(token), status: 200 });
    expect(post.summary).toContain('post step recovered /svc/token');
    expect(core.setSecret).toHaveBeenCalledWith(token);
    expect(leaks(post, [NAME])).toEqual([]);
  });

  test('the new value fails the test: SSM is rolled back and the previous value is tested once', async () => {
    ssmOnly();
    service.configure({ rejectPrefix: 'bad_' });
    const progress = await mainStoppedDuringTheTest(single());
    const before = service.requests.length;
    const post = await postStep(single(), progress);
    expect(post.failed).toEqual([]);
    expect(post.log).toMatch(
      /^FAILED \S+ sha256:[0-9a-f]{16} the service did not accept the new value within probe-timeout \(30\.0 s\): its last answer was 401 Unauthorized/m,
    );
    expect(ssm.store.latest(NAME)).toMatchObject({ version: 3, value: OLD, labels: ['current'] });
    // current on the restored copy; previous stays on version 1, where the run put it (no version held it before, and it holds the old value).
    expect(ssm.store.versions(NAME).map((v) => v.labels)).toEqual([['previous'], [], ['current']]);
    // The new value tried until probe-timeout on the injected clock, then the previous one exactly once, accepted.
    const tries = service.requests.slice(before);
    expect(tries.slice(0, -1).every((r) => r.status === 401 && r.presented !== fingerprintOf(OLD))).toBe(true);
    expect(tries.at(-1)).toMatchObject({ presented: fingerprintOf(OLD), status: 200 });
    expect(post.log).toMatch(/^PROBED \S+ sha256:[0-9a-f]{16} the previous value: GET answered 200 OK, the service accepts it again/m);
    expect(post.log).toMatch(/^RECOVERED .*so the run is rolled back: .*The test with the previous value got 200 OK: the service accepts it again\./m);
    expect(leaks(post, [NAME])).toEqual([]);
  });
});

describe('the post step of a gated run stopped during its test, in process', () => {
  let stop: () => void = () => undefined;
  afterAll(() => {
    stop();
  });

  /** The example cluster on the old token, pods answering the service, and a main step left as killed during its test. */
  async function gatedRunStopped(): Promise<{ inputs: Record<string, string>; progress: Progress }> {
    stop();
    ssm.reset();
    kube.reset();
    service.reset();
    ssm.store.seed({ Name: GATED, Value: OLD, Type: 'SecureString', Labels: ['current'] });
    for (const object of exampleObjects({ parameterName: GATED })) kube.store.apply(object);
    await until(() => secretValue(kube, 'default', 'deploy-token') === OLD, 'ESO synced the old token');
    await kube.workloads.whenSettled('Deployment', 'default', 'api', 5000);
    const pods = followPods(kube.store, { resource: 'deployments', namespace: 'default', name: 'api' }, 'deploy-token/token');
    stop = pods.stop;
    service.follow(pods.follower);
    service.configure({ rejectPrefix: 'bad_' });
    const inputs = {
      'parameter-name': GATED,
      'external-secrets': 'deploy-token',
      restart: 'deployment/api',
      kubeconfig: kube.kubeconfig(),
      'token-prefix': 'bad_',
      'probe-url': service.url,
      'probe-timeout': '5s',
    };
    return { inputs, progress: await mainStoppedDuringTheTest(inputs) };
  }

  test('a failed test rolls back SSM and the Secret, restarts the Deployment again and tests the old value once', async () => {
    const { inputs, progress } = await gatedRunStopped();
    const rollouts = kube.workloads.rolloutCount('Deployment', 'default', 'api');
    const post = await postStep(inputs, progress);
    expect(post.failed).toEqual([]);
    expect(ssm.store.latest(GATED)).toMatchObject({ version: 3, value: OLD, labels: ['current'] });
    expect(secretValue(kube, 'default', 'deploy-token')).toBe(OLD);
    expect(kube.workloads.rolloutCount('Deployment', 'default', 'api') - rollouts).toBe(1);
    expect(post.log).toMatch(/^ROLLED-OUT \S+ sha256:[0-9a-f]{16} restarted again on the previous value, generation \d+/m);
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(OLD), status: 200 });
    expect(post.log).toMatch(/^RECOVERED .*deployment\/api restarted again and rolled out\. The test with the previous value got 200 OK/m);
    expect(leaks(post, [GATED])).toEqual([]);
  }, 30_000);

  test('a restart again that cannot be made is named, with the command to restart by hand, and nothing is tested after it', async () => {
    const { inputs, progress } = await gatedRunStopped();
    // Deleted before the post step: its test gets 503 from the service (no pod), and the restart again finds nothing.
    kube.store.delete('deployments', 'default', 'api');
    const before = service.requests.length;
    const post = await postStep(inputs, progress);
    expect(post.failed).toEqual([]);
    expect(ssm.store.latest(GATED)).toMatchObject({ version: 3, value: OLD, labels: ['current'] });
    expect(post.log).toMatch(
      /^RECOVERED .*Restarting default\/deployment\/api again failed \(.+\), so its pods may still run the new value; restart it by hand \(kubectl rollout restart\)\./m,
    );
    // Only the tries of the new value: the previous one is not tested once the restart failed.
    expect(service.requests.slice(before).filter((r) => r.presented === fingerprintOf(OLD))).toEqual([]);
    expect(leaks(post, [GATED])).toEqual([]);
  }, 30_000);
});

describe('the post step of a set stopped after its writes, in process', () => {
  const SET = ['/svc/a-token', '/svc/b-token'];
  test('every parameter written is rolled back to its previous value and labels', async () => {
    ssm.reset();
    for (const name of SET) ssm.store.seed({ Name: name, Value: `${OLD}-${name}`, Type: 'SecureString', Labels: ['current'] });
    const inputs = { parameters: SET.map((name, i) => `${name}=t${i}`).join('\n') };
    const main = await rotateInProcess(ssm, inputs);
    expect(main.outcome.error).toBeUndefined();
    // The last progress saved at phase written: every write of the set landed, no label moved yet.
    const written = main.progress.findLast((p) => p.phase === 'written');
    expect(written?.set?.map((m) => [m.parameter, m.version])).toEqual([
      [SET[0], 2],
      [SET[1], 2],
    ]);
    const post = await postStep(inputs, written as Progress);
    expect(post.failed).toEqual([]);
    for (const name of SET) {
      expect(ssm.store.latest(name)).toMatchObject({ version: 3, value: `${OLD}-${name}`, labels: ['current'] });
    }
    expect(post.log).toMatch(/^RECOVERED .*the main step stopped at phase written; \/svc\/a-token: .* \/svc\/b-token: /m);
    expect(post.summary).toContain('post step recovered /svc/a-token, /svc/b-token');
    expect(leaks(post, SET)).toEqual([]);
  });

  test('a set stopped while its second write was under way finds that write by its fingerprint and rolls back both', async () => {
    ssm.reset();
    for (const name of SET) ssm.store.seed({ Name: name, Value: `${OLD}-${name}`, Type: 'SecureString', Labels: ['current'] });
    const inputs = { parameters: SET.map((name, i) => `${name}=t${i}`).join('\n') };
    const main = await rotateInProcess(ssm, inputs);
    // The first progress at phase written: the second write had not answered yet (it landed as version 2).
    const first = main.progress.find((p) => p.phase === 'written');
    expect(first?.set?.map((m) => m.version)).toEqual([2, undefined]);
    const written = ssm.store.latest(SET[1] as string)?.value ?? '';
    const post = await postStep(inputs, first as Progress);
    expect(post.failed).toEqual([]);
    for (const name of SET) expect(ssm.store.latest(name)).toMatchObject({ version: 3, value: `${OLD}-${name}`, labels: ['current'] });
    // Reading the history to find the write masks every value it reads, the found one too.
    expect(core.setSecret).toHaveBeenCalledWith(written);
    expect(leaks(post, SET)).toEqual([]);
  });

  test('a set whose writes never landed is left alone', async () => {
    ssm.reset();
    for (const name of SET) ssm.store.seed({ Name: name, Value: `${OLD}-${name}`, Type: 'SecureString', Labels: ['current'] });
    const member = (name: string): Progress => ({
      phase: 'writing',
      parameter: name,
      fingerprint: 'sha256:0000000000000000',
      replacedVersion: 1,
      runId: 'r',
      rotatedAt: '',
    });
    const progress: Progress = { ...member(SET[0] as string), set: SET.map(member) };
    const post = await postStep({ parameters: SET.map((name, i) => `${name}=t${i}`).join('\n') }, progress);
    expect(post.log).toMatch(/^RECOVERED .*the main step stopped before a write of the set \(\/svc\/a-token, \/svc\/b-token\) landed; nothing was written/m);
    for (const name of SET) expect(ssm.store.versions(name).map((v) => v.version)).toEqual([1]);
  });

  const probed = (): Record<string, string> => ({
    parameters: SET.map((name, i) => `${name}=t${i}`).join('\n'),
    'probe-url': service.url,
    'probe-header': 'Authorization: Bearer {value:t1}',
    'probe-timeout': '30s',
    'token-prefix': 'bad_',
  });

  function seedSet(): void {
    ssm.reset();
    service.reset();
    for (const name of SET) ssm.store.seed({ Name: name, Value: `${OLD}-${name}`, Type: 'SecureString', Labels: ['current'] });
    service.follow(followSsm(ssm.store, SET[1] as string));
  }

  test('a set stopped during its test whose value passes keeps every new token', async () => {
    seedSet();
    service.configure({ mode: 'reject' });
    const progress = await mainStoppedDuringTheTest(probed());
    service.configure({ mode: 'normal' });
    const post = await postStep(probed(), progress);
    expect(post.failed).toEqual([]);
    expect(post.log).toMatch(
      /^RECOVERED .*the new tokens of the set stay in force \(\/svc\/a-token version 2, \/svc\/b-token version 2\).*passed \(200 OK\)\./m,
    );
    for (const name of SET) expect(ssm.store.latest(name)).toMatchObject({ version: 2, labels: ['current'] });
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(ssm.store.latest(SET[1] as string)?.value ?? ''), status: 200 });
    expect(leaks(post, SET)).toEqual([]);
  });

  test('a set stopped during its test whose value fails is rolled back whole and the previous value tested once', async () => {
    seedSet();
    service.configure({ rejectPrefix: 'bad_' });
    const progress = await mainStoppedDuringTheTest(probed());
    const post = await postStep(probed(), progress);
    expect(post.failed).toEqual([]);
    for (const name of SET) expect(ssm.store.latest(name)).toMatchObject({ version: 3, value: `${OLD}-${name}`, labels: ['current'] });
    expect(service.requests.at(-1)).toMatchObject({ presented: fingerprintOf(`${OLD}-${SET[1]}`), status: 200 });
    expect(post.log).toMatch(
      /^RECOVERED .*so the run is rolled back: the main step stopped at phase probe-started; .*The test with the previous value got 200 OK/m,
    );
    expect(leaks(post, SET)).toEqual([]);
  });
});

describe('the post step with nothing to recover, or failing to recover, in process', () => {
  test('a main step that reached its end, or saved no progress, leaves SSM alone', async () => {
    ssmOnly();
    core.resetCore({ 'parameter-name': NAME });
    await recoverInterrupted('{"phase":"written","parameter":"/svc/token","fingerprint":"sha256:0"}', true);
    await recoverInterrupted('', false);
    expect(core.info.mock.calls.map(([line]) => line)).toEqual([
      'rotate-deploy-token post step: the main step reached its end; nothing to recover.',
      'rotate-deploy-token post step: the main step stopped before it wrote anything; nothing to recover.',
    ]);
    expect(ssm.store.versions(NAME).map((v) => v.version)).toEqual([1]);
  });

  test('a rollback that cannot read the previous value fails the post step with the sentence to check by hand', async () => {
    ssmOnly();
    const progress: Progress = {
      phase: 'written',
      parameter: NAME,
      version: 2,
      replacedVersion: 1,
      heldVersion: 7,
      fingerprint: 'sha256:0',
      runId: 'r',
      rotatedAt: '',
    };
    const post = await postStep({ 'parameter-name': NAME }, progress);
    expect(post.failed).toHaveLength(1);
    expect(post.failed[0]).toMatch(
      /^recover failed for \/svc\/token: recovery failed: .*check the parameter's versions and labels by hand \(aws ssm get-parameter-history --name '\/svc\/token'\)\.$/,
    );
    expect(post.summary).toContain('post step could not recover /svc/token');
    expect(ssm.store.versions(NAME).map((v) => v.version)).toEqual([1]);
  });
});
