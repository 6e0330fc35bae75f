import { rollBack, resyncCluster } from './rollback.ts';
import type { RollbackContext } from './rollback.ts';
import { written } from './run-state.ts';
import type { MemberRun, RunState } from './run-state.ts';

const LATER = 'the ExternalSecrets sync back once the whole set is restored';

/**
 * Undoes the writes of a failed run, and only those: each parameter this run
 * wrote gets the value consumers held back (rollBack), then ESO syncs back
 * once. With rollback-on-failure false the new tokens stay. Returns the
 * sentence on where SSM, the labels and the cluster stand.
 */
export async function unwind(run: RunState, landed: readonly MemberRun[]): Promise<string> {
  const { config, deps, cluster } = run;
  const { journal } = deps;
  const names = landed.map((m) => m.entry.name).join(', ');
  if (!config.rollbackOnFailure) {
    return config.setForm
      ? `SSM holds the new tokens of ${names} and rollback-on-failure is false, so they were left in force; the cluster may still run the old ones.`
      : `SSM version ${landed[0]?.version} holds the new token and rollback-on-failure is false, so it was left in force; the cluster may still run the old one.`;
  }
  const context = (member: MemberRun, resync?: () => Promise<string>): RollbackContext => ({
    config: member.config,
    store: deps.store,
    journal,
    cluster,
    runId: deps.runId,
    signal: deps.signal,
    now: deps.now,
    mask: deps.mask,
    ...(resync ? { resync } : {}),
  });
  const states: string[] = [];
  // A set of one syncs back as part of its rollback; a set syncs back once, after every parameter.
  const once = config.setForm && cluster !== undefined && cluster.preflight.externalSecrets.length > 0;
  for (const member of landed) {
    journal.fingerprint = member.fingerprint;
    member.rolled = await rollBack(context(member, once ? () => Promise.resolve(LATER) : undefined), written(member));
    states.push(config.setForm ? `${member.entry.name}: ${member.rolled.state}` : member.rolled.state);
  }
  if (!once) return states.join(' ');
  journal.fingerprint = landed.map((m) => m.fingerprint).join(',');
  const t = journal.now();
  const resync = await resyncCluster(context(landed[0] as MemberRun));
  journal.mark('ROLLED-BACK', 'rollback', 'the ExternalSecrets', resync, t, 'rolled back');
  return `${states.join(' ')} Then ${resync}.`;
}
