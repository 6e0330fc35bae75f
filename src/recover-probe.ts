import * as core from '#actions-core';
import { StepError } from './errors.ts';
import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import { formatMs } from './journal.ts';
import { describeRef } from './kube/targets.ts';
import { probeOnceAfterRollback, probeUntilAccepted } from './probe.ts';
import type { ProbeTools } from './probe.ts';
import type { ProbeConfig } from './probe-inputs.ts';
import type { Progress } from './progress.ts';
import { recoveryCluster } from './recover-cluster.ts';
import { scrubber } from './scrub.ts';
import type { ParameterStore } from './ssm/parameter-store.ts';
import { encodingsToMask, fingerprint } from './token.ts';

/**
 * The post step's test (SPEC.md, "Interrupted runs"): a run stopped after a
 * restart began, or during the test, left the new value in force untested.
 * The post step tests it as the main step would have; a pass keeps it, a
 * failure is rolled back like the main step's (the caller restores SSM and
 * the Secret, then restartAndRetest).
 */

// `overrides` is the tests' seam (a clock the injected sleep moves), as RotationDeps.probeTools is the main step's.
const tools = (overrides: Partial<ProbeTools>): ProbeTools => ({
  fetch: (...args) => fetch(...args),
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  clean: (text) => scrubber.clean(text),
  ...overrides,
});

const know = (value: string): void => {
  for (const form of encodingsToMask(value)) core.setSecret(form);
  scrubber.know(value);
};

const untested = new Set(['restart-started', 'probe-started']);

/** Undefined when there is nothing to test; else whether the service took the new value, and the sentence. */
export async function testInterrupted(
  progress: Progress,
  config: RotationConfig,
  store: ParameterStore,
  journal: Journal,
  probeTools: Partial<ProbeTools> = {},
): Promise<{ passed: boolean; sentence: string } | undefined> {
  const probe = config.probe;
  if (!probe || !untested.has(progress.phase)) return undefined;
  const member = (progress.set ?? [progress]).find((m) => m.parameter === probe.parameter);
  if (member?.version === undefined) return undefined;
  const value = await store.valueOf(member.parameter, member.version);
  know(value);
  journal.fingerprint = fingerprint(value);
  const t = journal.now();
  const answer = await probeUntilAccepted(probe, value, tools(probeTools), new AbortController().signal);
  journal.fingerprint = progress.fingerprint;
  if (answer.accepted) {
    journal.mark('PROBED', 'recover', probe.url, `${probe.method} answered ${answer.reason} with the new value after ${answer.attempts} tries`, t);
    return { passed: true, sentence: ` The test the main step did not finish passed (${answer.reason}).` };
  }
  const reason = `the service did not accept the new value within probe-timeout (${formatMs(probe.timeoutMs)}): its last answer was ${answer.reason}`;
  journal.mark('FAILED', 'recover', probe.url, reason, t, 'failed');
  return { passed: false, sentence: `the test the main step did not finish failed (${reason}), so the run is rolled back:` };
}

/** After the restore: the same workloads restarted again and waited for, then the value now in force tested once. */
export async function restartAndRetest(config: RotationConfig, store: ParameterStore, journal: Journal, probeTools: Partial<ProbeTools> = {}): Promise<string> {
  const probe = config.probe as ProbeConfig;
  const restarted: string[] = [];
  if (config.restart.length > 0) {
    const session = await recoveryCluster(config);
    if (session) {
      try {
        for (const ref of config.restart) {
          const t = journal.now();
          try {
            const { generation } = await session.gate.restartWorkload(session.cluster, ref, new Date().toISOString());
            await session.gate.waitForRollout(session.cluster, ref, { timeoutMs: config.rolloutTimeoutMs, minGeneration: generation });
            journal.mark('ROLLED-OUT', 'recover', describeRef(ref), `restarted again on the previous value, generation ${generation}`, t, 'recovered');
            restarted.push(describeRef(ref));
          } catch (error) {
            const why = error instanceof StepError ? error.reason : 'the restart could not be made';
            return ` Restarting ${describeRef(ref)} again failed (${why}), so its pods may still run the new value; restart it by hand (kubectl rollout restart).`;
          }
        }
      } finally {
        await session.cluster.close().catch(() => undefined);
      }
    }
  }
  const head = await store.head(probe.parameter);
  if (!head) return '';
  const value = await store.valueOf(probe.parameter, head.version);
  know(value);
  const shown = journal.fingerprint;
  journal.fingerprint = fingerprint(value);
  const t = journal.now();
  const answer = await probeOnceAfterRollback(probe, value, tools(probeTools), new AbortController().signal);
  const verdict = answer.accepted ? 'the service accepts it again' : 'the service does not accept it either: check the service';
  journal.mark(
    'PROBED',
    'recover',
    probe.url,
    `the previous value: ${probe.method} answered ${answer.reason}, ${verdict}`,
    t,
    answer.accepted ? 'recovered' : 'failed',
  );
  journal.fingerprint = shown;
  const again = restarted.length > 0 ? ` ${restarted.join(', ')} restarted again and rolled out.` : '';
  return `${again} The test with the previous value got ${answer.reason}: ${verdict}.`;
}
