import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect } from '@jest/globals';
import { runAction } from '../../local-servers/runner/run-action.ts';
import { rotateInProcess, storeFor } from '../action/world.ts';
import { NAME, expectAgreementOrExplanation, failure, markers, outputs, row, run, seed, ssmInputs, until, useWorld, versions, UNTOUCHED } from './world.ts';

// SSM rows of docs/FAULT-MATRIX.md about what the action keeps: labels, the dual-valid window, key, tier.
const world = useWorld();
beforeEach(async () => {
  await seed(world);
});

const USER = 'arn:aws:iam::123456789012:user/jane';

describe('labels never block a write', () => {
  row('S22', 'a version that already carries 10 labels gets its own sentence before anything is written', async () => {
    world.ssm.reset();
    const labels = Array.from({ length: 10 }, (_, i) => `team-${i}`);
    world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', Labels: labels });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(failure(done)).toContain(
      `preflight failed for ${NAME}: version 1 already carries 10 labels (${labels.join(', ')}), the most SSM allows on one version, so the label previous could not be put on it.`,
    );
    expect(failure(done)).toContain(`aws ssm unlabel-parameter-version --name '${NAME}' --parameter-version 1 --labels 'team-9'`);
    expect(markers(done)).toEqual(['FAILED']);
    expect(world.ssm.requests.count('PutParameter')).toBe(0);
  });
});

describe('the dual-valid window holds what consumers hold', () => {
  row('S23', 'drift, then a rollback: the value of the version current was on is restored, previous points at it, logs and outputs agree', async () => {
    world.ssm.store.seed({ Name: NAME, Value: randomBytes(24).toString('base64url'), Type: 'SecureString', User: USER });
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', count: 1 });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(1);
    expect(done.stdout).toMatch(/^DRIFT \S+ version 2 was written outside this action by arn:aws:iam::123456789012:user\/jane at /m);
    expect(done.stdout).toMatch(/^WROTE \S+ sha256:[0-9a-f]{16} version 3 \(previous 1, supersedes 2\)/m);
    expect(done.stdout).toMatch(/^ROLLED-BACK \S+ sha256:[0-9a-f]{16} version 4 holds the value of version 1 \(/m);
    expect(versions(world, done)).toEqual([
      [1, 'old', []],
      [2, 'other', []],
      [3, 'new', []],
      [4, 'old', ['current']],
    ]);
    expect(outputs(world, done)).toEqual({ rotated: 'false', token: 'old', version: '4' });
    expect(done.outputs.drift).toBe('true');
  });

  row('S24', 'drift, then success: previous points at the version consumers hold, not the drift version', async () => {
    world.ssm.store.seed({ Name: NAME, Value: randomBytes(24).toString('base64url'), Type: 'SecureString', User: USER });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toMatch(/^WROTE \S+ \S+ version 3 \(previous 1, supersedes 2\)/m);
    expect(done.stdout).toMatch(/^LABELED \S+ \S+ current -> 3, previous -> 1 /m);
    expect(versions(world, done)).toEqual([
      [1, 'old', ['previous']],
      [2, 'other', []],
      [3, 'new', ['current']],
    ]);
    expect(done.outputs['previous-version']).toBe('1');
    expectAgreementOrExplanation(world, done);
  });

  row(
    'S25',
    'another writer lands during the labels: confirm reports it and does not move current onto it; logs and outputs agree on previous',
    async () => {
      world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'delay', delayMs: 1500, count: 2 });
      const running = run(world, { inputs: ssmInputs() });
      await until(() => world.ssm.store.versionWithLabel(NAME, 'current') === 2, 'current moved to version 2', 10_000);
      world.ssm.store.seed({ Name: NAME, Value: randomBytes(24).toString('base64url'), Type: 'SecureString', User: USER });
      const done = await running;
      expect(done.exitCode).toBe(1);
      expect(failure(done)).toContain(`confirm failed for ${NAME}: superseded by version 3`);
      expect(done.stdout).toMatch(/^WROTE \S+ \S+ version 2 \(previous 1\)/m);
      expect(done.stdout).toMatch(/^LABELED \S+ \S+ current -> 2, previous -> 1 /m);
      expect(done.outputs['previous-version']).toBe('1');
      expect(versions(world, done)).toEqual([
        [1, 'old', ['previous']],
        [2, 'new', ['current']],
        [3, 'other', []],
      ]);
      // The next run sees version 3 as drift.
      const next = await run(world, { inputs: ssmInputs() });
      expect(next.stdout).toMatch(/^DRIFT \S+ version 3 was written outside this action by arn:aws:iam::123456789012:user\/jane/m);
    },
    40_000,
  );
});

describe('the key and the tier are kept', () => {
  row('S26', 'a parameter under a customer managed key keeps it with an empty kms-key-id, through a rollback too', async () => {
    world.ssm.reset();
    world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', KeyId: 'alias/deploy-tokens', Labels: ['current'] });
    const done = await run(world, { inputs: ssmInputs() });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toMatch(/^PLAN \S+ version 1, SecureString, current on 1, Standard tier, key alias\/deploy-tokens /m);
    world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', count: 1 });
    const rolled = await run(world, { inputs: ssmInputs() });
    expect(rolled.exitCode).toBe(1);
    expect(world.ssm.store.versions(NAME).map((v) => [v.version, v.keyId])).toEqual([
      [1, 'alias/deploy-tokens'],
      [2, 'alias/deploy-tokens'],
      [3, 'alias/deploy-tokens'],
      [4, 'alias/deploy-tokens'],
    ]);
  });

  row('S27', 'kms-key-id naming another key: the PLAN line says the key changes', async () => {
    world.ssm.reset();
    world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', KeyId: 'alias/deploy-tokens', Labels: ['current'] });
    const done = await run(world, { inputs: ssmInputs({ 'kms-key-id': 'alias/aws/ssm' }) });
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toMatch(/^PLAN .* KMS key changes from alias\/deploy-tokens to alias\/aws\/ssm \(kms-key-id\)/m);
    expect(world.ssm.store.latest(NAME)?.keyId).toBe('alias/aws/ssm');
  });

  row('S28', 'an Advanced parameter: kept Advanced with an empty tier; tier Standard is refused in preflight naming the tier to set', async () => {
    world.ssm.reset();
    world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', Tier: 'Advanced', Labels: ['current'] });
    const kept = await run(world, { inputs: ssmInputs() });
    expect(kept.exitCode).toBe(0);
    expect(world.ssm.store.latest(NAME)).toMatchObject({ version: 2, tier: 'Advanced' });
    const refused = await run(world, { inputs: ssmInputs({ tier: 'Standard' }) });
    expect(refused.exitCode).toBe(1);
    expect(failure(refused)).toContain(
      `preflight failed for ${NAME}: the parameter is in the Advanced tier and SSM never moves a parameter back to Standard, so the write would be refused: set tier to Advanced (or leave it empty to keep the parameter's tier).`,
    );
    expect(markers(refused)).toEqual(['FAILED']);
    expect(world.ssm.store.versions(NAME)).toHaveLength(2);
  });
});

describe('fail closed, inputs checked before any request', () => {
  row('S29', 'GITHUB_OUTPUT or GITHUB_STATE missing: one sentence, no request, no set-output line', async () => {
    for (const missing of ['GITHUB_OUTPUT', 'GITHUB_STATE']) {
      world.ssm.requests.clear();
      const done = await runAction({ inputs: ssmInputs(), env: { ...world.env, [missing]: '' } });
      expect(done.exitCode).toBe(1);
      expect(failure(done)).toBe(
        `${missing} is not set, so the token output would be printed to the log: run this action as a step of a GitHub Actions job (runner 2.297.0 or later), which sets both; no request was made and nothing was written.`,
      );
      expect(done.stdout).not.toContain('::set-output');
      expect(done.stdout).not.toContain('::save-state');
      expect(world.ssm.requests.count()).toBe(0);
    }
    expect(versions(world, { stdout: '' } as never)).toEqual(UNTOUCHED);
  });

  row('S30', 'a broken kubeconfig or an unknown kube-context: its own sentence, no SSM request', async () => {
    const broken = 'clusters:\n- name: local\n  cluster: {server: [\ncontexts: []\nusers: []\n';
    const first = await run(world, { inputs: ssmInputs({ 'external-secrets': 'deploy-token', kubeconfig: broken }) });
    expect(first.exitCode).toBe(1);
    expect(failure(first)).toMatch(
      /^The kubeconfig input is not a valid kubeconfig \(YAML .*\); pass the file's YAML or base64 of it\. Nothing was written anywhere\.$/,
    );
    const second = await run(world, {
      inputs: ssmInputs({ 'external-secrets': 'deploy-token', kubeconfig: world.kube.kubeconfig(), 'kube-context': 'no-such-context' }),
    });
    expect(second.exitCode).toBe(1);
    expect(failure(second)).toContain('no-such-context');
    expect(failure(second)).toContain('Nothing was written anywhere.');
    expect(world.ssm.requests.count()).toBe(0);
  });
});

describe('sixty rollbacks in a row, then a success', () => {
  /** Every label sits on a version that cannot be the oldest of the next run's writes, and SSM keeps at most 100. */
  const expectLabelsSafe = (): void => {
    const all = world.ssm.store.versions(NAME);
    const latest = all[all.length - 1]?.version ?? 0;
    expect(all.length).toBeLessThanOrEqual(100);
    const labelled = all.filter((v) => v.labels.length > 0).map((v) => v.version);
    expect(labelled.filter((version) => version < latest - 97)).toEqual([]);
  };

  row(
    'S33',
    '60 rotations each rolled back (3 through dist, 57 in process), then one that succeeds: no write is ever blocked',
    async () => {
      world.ssm.reset();
      world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', Labels: ['previous'] });
      world.ssm.store.seed({ Name: NAME, Value: world.old, Type: 'SecureString', Labels: ['current'] });
      for (let i = 0; i < 3; i++) {
        world.ssm.faults.add({ operation: 'LabelParameterVersion', kind: 'AccessDeniedException', count: 1 });
        const done = await run(world, { inputs: ssmInputs() });
        expect(done.exitCode).toBe(1);
        expect(done.stdout).toMatch(/^ROLLED-BACK /m);
        expectLabelsSafe();
      }
      for (let i = 3; i < 60; i++) {
        // The previous label fails after current moved: the rollback must put both back. When previous already
        // sits where it goes (on the version current is on), the run labels only current, and that call fails.
        const now = world.ssm.store.versions(NAME);
        const on = (label: string): number | undefined => now.find((v) => v.labels.includes(label))?.version;
        const failing = on('previous') === on('current') ? 'current' : 'previous';
        const store = storeFor(world.ssm);
        const label = store.label.bind(store);
        let failed = false;
        store.label = async (name, version, labels) => {
          if (!failed && labels.includes(failing)) {
            failed = true;
            throw Object.assign(new Error('User is not authorized to perform: ssm:LabelParameterVersion'), {
              name: 'AccessDeniedException',
              $metadata: { httpStatusCode: 400 },
            });
          }
          return label(name, version, labels);
        };
        const rolled = await rotateInProcess(world.ssm, ssmInputs(), { store });
        expect({ run: i, state: rolled.outcome.state }).toEqual({ run: i, state: expect.stringContaining('holds the previous token again, current -> ') });
        expect(world.ssm.store.latest(NAME)?.value).toBe(world.old);
        expectLabelsSafe();
      }
      expect(world.ssm.store.latest(NAME)?.version).toBe(122);
      const done = await run(world, { inputs: ssmInputs() });
      expect(done.exitCode).toBe(0);
      const all = world.ssm.store.versions(NAME);
      expect(all).toHaveLength(100);
      expect(all.filter((v) => v.labels.length > 0).map((v) => [v.version, v.labels])).toEqual([
        [122, ['previous']],
        [123, ['current']],
      ]);
      expect(outputs(world, done)).toEqual({ rotated: 'true', token: 'new', version: '123' });
      expect(done.outputs['previous-version']).toBe('122');
    },
    120_000,
  );
});
