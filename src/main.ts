import { randomUUID } from 'node:crypto';
import * as core from '#actions-core';
import { describeConfig, describeProgress } from './debug-log.ts';
import { InputError, StepError } from './errors.ts';
import { readInputs, usesCluster } from './inputs.ts';
import type { RotationConfig } from './inputs.ts';
import { Journal } from './journal.ts';
import type { RotationOutcome } from './outcome.ts';
import { FINISHED_STATE_KEY, POST_STATE_KEY, PROGRESS_STATE_KEY } from './progress.ts';
import type { Progress } from './progress.ts';
import { recoverInterrupted } from './recover.ts';
import type { Gate } from './rollback.ts';
import { clusterSource, rotate } from './rotate.ts';
import type { RotationDeps } from './rotate.ts';
import { scrubber } from './scrub.ts';
import { ParameterStore } from './ssm/parameter-store.ts';
import { takeValues } from './value-file.ts';
import { renderSummary, summarize, writeJobSummary } from './summary.ts';

/** Signals the runner sends on cancel: stop waiting, undo what the step allows, report. */
function cancellation(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => {
    core.warning(`Received ${name}: stopping the wait and finishing the step as the contract says.`);
    controller.abort(new Error(name));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    },
  };
}

/** The action's entry point: the main step, or the `post:` step when the main one has run. */
export async function run(): Promise<void> {
  if (core.getState(POST_STATE_KEY) === 'true') {
    await recoverInterrupted(core.getState(PROGRESS_STATE_KEY), core.getState(FINISHED_STATE_KEY) === 'true');
    return;
  }
  // Without the file commands, @actions/core prints outputs (the token among them) and state as
  // `::set-output` / `::save-state` lines on stdout: refuse before anything else.
  const missing = ['GITHUB_OUTPUT', 'GITHUB_STATE'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    core.setFailed(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set, so the token output would be printed to the log: run this action as a step of a GitHub Actions job (runner 2.297.0 or later), which sets both; no request was made and nothing was written.`,
    );
    return;
  }
  core.saveState(POST_STATE_KEY, 'true');

  let config: RotationConfig;
  let connected: RotationDeps['connected'];
  let taken: Map<string, string>;
  try {
    config = readInputs((name) => core.getInput(name));
    // A value the job minted: read, masked and known to the scrubber before anything else can print.
    taken = takeValues(config, (form) => {
      core.setSecret(form);
    });
    for (const value of taken.values()) scrubber.know(value);
    // The kubeconfig and kube-context inputs are checked here, before any request: parsing them makes no call.
    if (usesCluster(config)) connected = await connectForValidation(config);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    core.setOutput('rotated', 'false');
    core.setFailed(`${error.message} Nothing was written anywhere.`);
    core.saveState(FINISHED_STATE_KEY, 'true');
    return;
  }

  core.debug(describeConfig(config));
  const { signal, release } = cancellation();
  const journal = new Journal((line) => {
    core.info(line);
  });
  // Unique to this run and attempt: the force-sync annotation value ESO sees change.
  const runId = `${runnerVariable('GITHUB_RUN_ID') ?? 'local'}-${runnerVariable('GITHUB_RUN_ATTEMPT') ?? 1}-${randomUUID().slice(0, 8)}`;
  core.debug(`run id ${runId} (the force-sync annotation value)`);
  let outcome: RotationOutcome;
  try {
    core.startGroup(`Rotate ${config.parameters.map((p) => p.name).join(', ')}`);
    outcome = await rotate(config, {
      store: ParameterStore.forRegion(config.region),
      loadGate: () => import('./kube/index.ts'),
      journal,
      mask: (value) => {
        core.setSecret(value);
      },
      saveProgress: (reached: Progress) => {
        core.saveState(PROGRESS_STATE_KEY, JSON.stringify(reached));
        core.debug(describeProgress(reached));
      },
      signal,
      runId,
      now: () => new Date(),
      ...(connected ? { connected } : {}),
      ...(taken.size > 0 ? { taken } : {}),
    });
  } finally {
    core.endGroup();
    release();
  }
  await publish(config, journal, outcome);
  // The main step reached its end: the post step has nothing to finish.
  core.saveState(FINISHED_STATE_KEY, 'true');
}

/**
 * A variable the runner sets for every step ("Default environment variables"
 * in GitHub's Actions docs), or undefined when unset or empty. Read directly:
 * the run link needs nothing else of @actions/github, whose Octokit client
 * would be loaded by every run.
 */
function runnerVariable(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** Loads the Kubernetes module and parses the kubeconfig and context; a problem with either is an input error. */
async function connectForValidation(config: RotationConfig): Promise<NonNullable<RotationDeps['connected']>> {
  const gate: Gate = await import('./kube/index.ts');
  try {
    return { gate, cluster: await gate.connectCluster(clusterSource(config)) };
  } catch (error) {
    // No credentials found (KUBECONFIG names no file, no ~/.kube/config, not in a pod) is the kubeconfig input's problem too.
    if (error instanceof StepError && error.target === 'kubeconfig') throw new InputError('kubeconfig', `Input kubeconfig: ${error.reason} ${error.next}`);
    throw error;
  }
}

/** Where the summary points back to: this workflow run and who started it. */
function workflowRun(): string | undefined {
  const runId = runnerVariable('GITHUB_RUN_ID');
  const repository = runnerVariable('GITHUB_REPOSITORY');
  if (!runId || !repository) return undefined;
  const serverUrl = runnerVariable('GITHUB_SERVER_URL') ?? 'https://github.com';
  const workflow = runnerVariable('GITHUB_WORKFLOW') ?? 'workflow';
  return `[${workflow} run ${runId}](${serverUrl}/${repository}/actions/runs/${runId}) started by ${runnerVariable('GITHUB_ACTOR') ?? 'unknown'}`;
}

async function publish(config: RotationConfig, journal: Journal, outcome: RotationOutcome): Promise<void> {
  const setOnly = new Set(['tokens', 'versions', 'fingerprints']);
  for (const [name, value] of Object.entries(outcome.outputs) as [string, string][]) {
    // The single form sets the outputs it always had; a set sets every output, the single-form ones empty.
    if (!config.setForm && setOnly.has(name)) continue;
    core.setOutput(name, name === 'token' || name === 'tokens' ? value : scrubber.clean(value));
  }
  const summary = renderSummary(summarize(config.parameters.map((p) => p.name).join(', '), journal.records, outcome, workflowRun()));
  await writeJobSummary(summary);
  if (outcome.error) {
    const { error, state } = outcome;
    core.setFailed(scrubber.clean(`${error.step} failed for ${error.target}: ${error.reason}${state ? ` ${state}` : ''} ${error.next}`.trim()));
  }
}
