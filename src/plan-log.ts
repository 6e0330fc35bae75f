import type { RotationConfig } from './inputs.ts';
import type { ParameterPlan } from './ssm/parameter-preflight.ts';
import { labelSafe } from './ssm/rules.ts';

/** Where `previous` goes when version `ours` is written: the version consumers hold, unless it could soon be the oldest SSM keeps. */
export function previousLabelTarget(plan: ParameterPlan, config: RotationConfig, ours: number): number | undefined {
  const held = plan.heldVersion;
  return held === undefined ? undefined : !config.versionLabels || labelSafe(held, ours) ? held : ours - 1;
}
