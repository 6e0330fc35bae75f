import { CancelledError, StepError } from './errors.ts';
import type { StepName } from './errors.ts';
import type { RotationConfig } from './inputs.ts';
import { explainSsmError } from './ssm/errors.ts';
import { InvalidLabelsError } from './ssm/parameter-store.ts';

/** The kubeconfig and context inputs, as connectCluster takes them. */
export const clusterSource = (config: RotationConfig): { kubeconfig?: string; context?: string } => ({
  ...(config.kubeconfig !== undefined ? { kubeconfig: config.kubeconfig } : {}),
  ...(config.kubeContext !== undefined ? { context: config.kubeContext } : {}),
});

/** Turns anything thrown into a StepError that names the step, target, cause and next move. */
export function asStepError(error: unknown, step: StepName, target: string, action: string): StepError {
  if (error instanceof StepError) return error;
  if (error instanceof CancelledError) {
    return new StepError(step, target, `the run was ${error.message}.`, 'Run the deploy again when ready.');
  }
  if (error instanceof InvalidLabelsError) {
    return new StepError(step, target, `${error.message}.`, 'Check that no other tool uses the labels current and previous with other rules.');
  }
  const { reason, next } = explainSsmError(error, action);
  return new StepError(step, target, `${reason}.`, next);
}

/** The failure of a run cancelled by the runner (SIGTERM/SIGINT), `when` or while a wait was under way. */
export function cancelled(step: StepName, target: string, signal: AbortSignal, when: string | CancelledError): StepError {
  const by = signal.reason instanceof Error && signal.reason.message ? ` (${signal.reason.message})` : '';
  const what = when instanceof CancelledError ? when.message.replace(/^cancelled /, '') : when;
  return new StepError(step, target, `the run was cancelled${by} ${what}.`, 'Run the deploy again when ready.');
}

/** Where SSM stands after a write whose outcome could not be checked, read back as far as possible. */
