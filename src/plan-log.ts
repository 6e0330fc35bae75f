import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import { describeRef } from './kube/targets.ts';
import type { ClusterSession } from './rollback.ts';
import type { ParameterPlan } from './ssm/parameter-preflight.ts';
import { labelSafe } from './ssm/rules.ts';

/** Where `previous` goes when version `ours` is written: the version consumers hold, unless it could soon be the oldest SSM keeps. */
export function previousLabelTarget(plan: ParameterPlan, config: RotationConfig, ours: number): number | undefined {
  const held = plan.heldVersion;
  return held === undefined ? undefined : !config.versionLabels || labelSafe(held, ours) ? held : ours - 1;
}

/** The dry run's PLAN lines: what a real run would write, replace, label, sync and restart. */
export function logPlan(config: RotationConfig, plan: ParameterPlan, cluster: ClusterSession | undefined, journal: Journal): void {
  const name = config.parameterName;
  const next = (plan.head?.version ?? 0) + 1;
  const held = plan.heldVersion;
  const previous = previousLabelTarget(plan, config, next);
  const replaces = held === undefined ? ', creating the parameter' : `, replacing version ${held}, the one consumers hold`;
  const labels = config.versionLabels ? `; would move current -> ${next}${previous !== undefined ? `, previous -> ${previous}` : ''}` : '';
  journal.mark(
    'PLAN',
    'plan',
    name,
    `dry run: would write version ${next} (SecureString, ${plan.keyId ?? 'alias/aws/ssm'}, ${plan.tier})${replaces}${labels}`,
    undefined,
    'planned',
  );
  for (const es of cluster?.preflight.externalSecrets ?? []) {
    journal.mark(
      'PLAN',
      'plan',
      describeRef({ ...es.ref, kind: 'ExternalSecret' }),
      `dry run: would force-sync and wait${config.verifySecretKey ? `, then verify key ${config.verifySecretKey} of Secret ${es.targetSecret.name}` : ''}`,
      undefined,
      'planned',
    );
  }
  for (const w of cluster?.preflight.workloads ?? []) {
    journal.mark(
      'PLAN',
      'plan',
      describeRef(w.ref),
      `dry run: would ${w.reloaderManaged ? 'wait for the rollout Reloader starts' : 'restart and wait for the rollout'}`,
      undefined,
      'planned',
    );
  }
  journal.mark('PLAN', 'plan', name, 'dry run: nothing was written', undefined, 'planned');
}
