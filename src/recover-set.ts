import * as core from '#actions-core';
import type { RotationConfig } from './inputs.ts';
import type { Journal } from './journal.ts';
import { describeRef } from './kube/targets.ts';
import type { Progress } from './progress.ts';
import { recoveryCluster } from './recover-cluster.ts';
import { resyncCluster, rollBack } from './rollback.ts';
import type { RollbackContext } from './rollback.ts';
import { scrubber } from './scrub.ts';
import type { ParameterStore } from './ssm/parameter-store.ts';
import { findWrittenVersion } from './ssm/write-token.ts';
import { encodingsToMask } from './token.ts';

const LATER = 'the ExternalSecrets sync back once the whole set is restored';

/**
 * The post step for a set: after a restart began every new token stays;
 * before, every parameter whose write landed (found by its fingerprint when
 * the write was under way) is rolled back, and only those, then ESO syncs
 * back once. Throws when a parameter could not be restored.
 */
export async function recoverSet(
  progress: Progress,
  members: readonly Progress[],
  config: RotationConfig,
  store: ParameterStore,
  journal: Journal,
  rollBackAnyway = false,
): Promise<string> {
  const names = members.map((m) => m.parameter).join(', ');
  if ((progress.phase === 'restart-started' || progress.phase === 'probe-started') && !rollBackAnyway) {
    const versions = members.map((m) => `${m.parameter} version ${m.version}`).join(', ');
    return `the main step stopped after a restart began (phase ${progress.phase}), so the new tokens of the set stay in force (${versions}); check the rollout of ${[...config.restart.map(describeRef), ...(config.discovery?.restart ? ['the workloads restart: auto found (listed in the main step log)'] : [])].join(', ')}`;
  }
  const know = (value: string): void => {
    for (const form of encodingsToMask(value)) core.setSecret(form);
    scrubber.know(value);
  };
  const landed: { member: Progress; version: number }[] = [];
  for (const member of members) {
    const version = member.version ?? (await findWrittenVersion(store, member.parameter, member.replacedVersion, member.fingerprint, know));
    if (version !== undefined) landed.push({ member, version });
  }
  if (landed.length === 0) return `the main step stopped before a write of the set (${names}) landed; nothing was written, nothing to undo`;
  const cluster = await recoveryCluster(config);
  const context = (member: Progress, resync?: () => Promise<string>): RollbackContext => ({
    config: { ...config, parameterName: member.parameter },
    store,
    journal,
    cluster,
    runId: `${progress.runId}-post`,
    signal: new AbortController().signal,
    now: () => new Date(),
    mask: (value) => {
      core.setSecret(value);
    },
    ...(resync ? { resync } : {}),
  });
  const once = cluster !== undefined && cluster.preflight.externalSecrets.length > 0;
  try {
    const states: string[] = [];
    let failed = false;
    for (const { member, version } of landed) {
      journal.fingerprint = member.fingerprint;
      const result = await rollBack(
        context(member, () => Promise.resolve(LATER)),
        {
          version,
          replacedVersion: member.replacedVersion,
          previousLabelVersion: member.previousLabelVersion,
          heldVersion: member.heldVersion,
          keyId: member.keyId,
          tier: member.tier,
        },
      );
      failed ||= result.failed;
      states.push(`${member.parameter}: ${result.state}`);
    }
    const untouched = members.filter((m) => !landed.some((l) => l.member === m)).map((m) => m.parameter);
    const resync = once ? ` Then ${await resyncCluster(context(landed[0]?.member as Progress))}.` : '';
    const state = `the main step stopped at phase ${progress.phase}; ${states.join(' ')}${untouched.length > 0 ? ` No write of ${untouched.join(', ')} landed.` : ''}${resync}`;
    if (failed) throw new Error(state);
    return state;
  } finally {
    await cluster?.cluster.close().catch(() => undefined);
  }
}
