import * as core from '#actions-core';
import { readInputs } from './inputs.ts';
import type { RotationConfig } from './inputs.ts';
import { recoverSet } from './recover-set.ts';
import { restartAndRetest, testInterrupted } from './recover-probe.ts';
import { recoveryCluster } from './recover-cluster.ts';
import { Journal } from './journal.ts';
import { describeRef } from './kube/targets.ts';
import { parseProgress } from './progress.ts';
import type { Progress } from './progress.ts';
import type { ProbeTools } from './probe.ts';
import { rollBack } from './rollback.ts';
import { scrubber } from './scrub.ts';
import { ParameterStore } from './ssm/parameter-store.ts';
import { findWrittenVersion } from './ssm/write-token.ts';
import { SYMBOLS, factTable, renderStepTable, writeJobSummary } from './summary.ts';
import { encodingsToMask } from './token.ts';

/**
 * The `post:` step. When the main step ended before its end (cancelled,
 * killed), bring SSM, the labels and the cluster to a state the contract
 * allows: before any restart began, roll back; after, keep the new token.
 * `probeTools` lets tests move the test's clock (the main step has none to pass).
 */
export async function recoverInterrupted(stateText: string, mainFinished: boolean, probeTools: Partial<ProbeTools> = {}): Promise<void> {
  const progress = parseProgress(stateText);
  if (mainFinished || progress?.phase === 'confirmed') {
    core.info('rotate-deploy-token post step: the main step reached its end; nothing to recover.');
    return;
  }
  if (!progress) {
    core.info('rotate-deploy-token post step: the main step stopped before it wrote anything; nothing to recover.');
    return;
  }
  const config = readInputs((name) => core.getInput(name));
  const journal = new Journal((line) => {
    core.info(line);
  });
  journal.fingerprint = progress.fingerprint;
  const store = ParameterStore.forRegion(config.region);
  const name = progress.set ? progress.set.map((m) => m.parameter).join(', ') : progress.parameter;
  const t = journal.now();
  let state: string;
  try {
    state = await recover(progress, config, store, journal, probeTools);
  } catch (error) {
    state = `recovery failed: ${scrubber.clean((error as Error).message)}; check the parameter's versions and labels by hand (aws ssm get-parameter-history --name '${name}').`;
    journal.mark('FAILED', 'recover', name, state, t, 'failed');
    core.setFailed(scrubber.clean(`recover failed for ${name}: ${state}`));
    await writeSummary(journal, progress, state, false);
    return;
  }
  journal.mark('RECOVERED', 'recover', name, state, t, 'recovered');
  await writeSummary(journal, progress, state, true);
}

async function recover(progress: Progress, config: RotationConfig, store: ParameterStore, journal: Journal, probeTools: Partial<ProbeTools>): Promise<string> {
  // A run stopped after its restarts began, or during its test, left the new value untested: test it now; a failure rolls back.
  const tested = await testInterrupted(progress, config, store, journal, probeTools);
  const rollBackAnyway = tested?.passed === false;
  const state = progress.set
    ? await recoverSet(progress, progress.set, config, store, journal, rollBackAnyway)
    : await recoverOne(progress, config, store, journal, rollBackAnyway);
  if (!tested) return state;
  if (tested.passed) return `${state}.${tested.sentence}`;
  const created = (progress.set ?? [progress]).some((m) => m.replacedVersion === undefined);
  return `${tested.sentence} ${state}${created ? '' : await restartAndRetest(config, store, journal, probeTools)}`;
}

async function recoverOne(progress: Progress, config: RotationConfig, store: ParameterStore, journal: Journal, rollBackAnyway: boolean): Promise<string> {
  const name = progress.parameter;
  if (progress.phase === 'probe-started' && !rollBackAnyway) {
    return `the main step stopped during the test (phase ${progress.phase}), after its gate, so the new token (version ${progress.version}) stays in force`;
  }
  if (progress.phase === 'restart-started' && !rollBackAnyway) {
    return `the main step stopped after a restart began (phase ${progress.phase}), so the new token (version ${progress.version}) stays in force; check the rollout of ${[...config.restart.map(describeRef), ...(config.discovery?.restart ? ['the workloads restart: auto found (listed in the main step log)'] : [])].join(', ')}`;
  }
  let version = progress.version;
  if (version === undefined) {
    // Stopped during the write: did it land? Only the version it would have is read, by fingerprint.
    version = await findWrittenVersion(store, name, progress.replacedVersion, progress.fingerprint, (value) => {
      for (const form of encodingsToMask(value)) core.setSecret(form);
      scrubber.know(value);
    });
    if (version === undefined) return 'the main step stopped before its write landed; nothing was written, nothing to undo';
  }
  const cluster = await recoveryCluster(config);
  const result = await rollBack(
    {
      config,
      store,
      journal,
      cluster,
      runId: `${progress.runId}-post`,
      signal: new AbortController().signal,
      now: () => new Date(),
      mask: (value) => {
        core.setSecret(value);
      },
    },
    {
      version,
      replacedVersion: progress.replacedVersion,
      previousLabelVersion: progress.previousLabelVersion,
      heldVersion: progress.heldVersion,
      keyId: progress.keyId,
      tier: progress.tier,
    },
  ).finally(() => cluster?.cluster.close().catch(() => undefined));
  if (result.failed) throw new Error(result.state);
  return `the main step stopped at phase ${progress.phase}; ${result.state}`;
}

/**
 * The post step's summary: a headline, the state, the facts and the steps.
 * "Previous version" means what it means in the main step's summary and
 * outputs: the version the run replaced as consumers held it.
 */
async function writeSummary(journal: Journal, progress: Progress, state: string, recovered: boolean): Promise<void> {
  const members = progress.set ?? [progress];
  const name = members.map((m) => m.parameter).join(', ');
  const headline = recovered
    ? `${SYMBOLS.recovered} rotate-deploy-token: post step recovered ${name}`
    : `${SYMBOLS.failed} rotate-deploy-token: post step could not recover ${name}`;
  const intro = scrubber.clean(`The main step did not reach its end (last point passed: ${progress.phase}). ${state.charAt(0).toUpperCase()}${state.slice(1)}`);
  const code = (value: number | string | undefined): string => (value === undefined ? '—' : `\`${String(value)}\``);
  // One facts row per parameter.
  const rows = members.map((m): [string, string][] => [
    ['Parameter', code(m.parameter)],
    ['Written by the main step', m.version === undefined ? 'unknown (stopped during the write)' : code(m.version)],
    ['Previous version', code(m.heldVersion ?? m.replacedVersion)],
    ['Fingerprint of the new token', code(m.fingerprint)],
  ]);
  const facts = factTable(rows[0] as [string, string][]).concat(rows.slice(1).map((row) => factTable(row)[2] as string));
  // Each part is one line, scrubbed on its own: the scrubber joins lines, and the journal's rows are clean already.
  const text = [`## ${scrubber.clean(headline)}`, '', intro, '', ...facts, '', renderStepTable(journal.records), ''].join('\n');
  await writeJobSummary(text);
}
