import type { PodTemplate, WorkloadObject } from './rollout-status.ts';

/** Stakater Reloader's default annotation names (internal/pkg/config DefaultAnnotations). */
export const RELOADER_ANNOTATIONS = {
  auto: 'reloader.stakater.com/auto',
  secretAuto: 'secret.reloader.stakater.com/auto',
  secretReload: 'secret.reloader.stakater.com/reload',
  secretExclude: 'secrets.exclude.reloader.stakater.com/reload',
  search: 'reloader.stakater.com/search',
  /** On an Argo Rollout (internal/pkg/options/flags.go RolloutStrategyAnnotation). */
  rolloutStrategy: 'reloader.stakater.com/rollout-strategy',
} as const;

/**
 * How Reloader (started with --is-Argo-Rollouts=true; the flag name is case-sensitive, internal/pkg/util/util.go) restarts an Argo
 * Rollout (internal/pkg/callbacks UpdateRollout, options ToArgoRolloutStrategy):
 * `restart` merge-patches spec.restartAt; any other value, or none, is
 * `rollout`: it updates the pod template. Both raise metadata.generation by
 * one, so the wait for generation + 1 holds for either.
 */
export function reloaderRolloutStrategy(workload: WorkloadObject): 'restart' | 'rollout' {
  return workload.metadata?.annotations?.[RELOADER_ANNOTATIONS.rolloutStrategy] === 'restart' ? 'restart' : 'rollout';
}

/** Why Reloader will restart a workload when one of our Secrets changes. */
export interface ReloaderManagement {
  /** The Secret whose change triggers the restart. */
  readonly secret: string;
  /** The annotation that says so, e.g. `secret.reloader.stakater.com/reload=app-token`. */
  readonly annotation: string;
}

type Annotations = Readonly<Record<string, string>>;

/**
 * Whether Stakater Reloader restarts this workload when one of `secretNames`
 * changes, following Reloader's matcher: annotations on the workload win over
 * those on the pod template; an exclude list beats everything; an explicit
 * `secret.reloader.stakater.com/reload` list (entries are anchored regular
 * expressions) matches by name; the `auto` annotations match only Secrets the
 * pods actually use. Search/match is not detected: it depends on an
 * annotation on the Secret, which we do not read.
 */
export function reloaderManagement(workload: WorkloadObject, secretNames: readonly string[]): ReloaderManagement | undefined {
  const annotations = selectAnnotations(workload);
  for (const secret of secretNames) {
    if (listed(annotations[RELOADER_ANNOTATIONS.secretExclude], secret, false)) continue;
    const explicit = annotations[RELOADER_ANNOTATIONS.secretReload];
    if (listed(explicit, secret, true)) {
      return { secret, annotation: `${RELOADER_ANNOTATIONS.secretReload}=${explicit ?? ''}` };
    }
    const autoKey = [RELOADER_ANNOTATIONS.auto, RELOADER_ANNOTATIONS.secretAuto].find((key) => annotations[key] === 'true');
    if (autoKey && podTemplateUsesSecret(workload.spec?.template, secret)) {
      return { secret, annotation: `${autoKey}=true` };
    }
  }
  return undefined;
}

function selectAnnotations(workload: WorkloadObject): Annotations {
  const own = workload.metadata?.annotations ?? {};
  const pod = workload.spec?.template?.metadata?.annotations ?? {};
  const relevant = (candidate: Annotations): boolean =>
    [RELOADER_ANNOTATIONS.secretReload, RELOADER_ANNOTATIONS.search, RELOADER_ANNOTATIONS.auto, RELOADER_ANNOTATIONS.secretAuto].some(
      (key) => key in candidate,
    );
  if (relevant(own)) return own;
  if (relevant(pod)) return pod;
  return own;
}

function listed(list: string | undefined, name: string, asPatterns: boolean): boolean {
  if (!list) return false;
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .some((entry) => {
      if (!asPatterns) return entry === name;
      try {
        return new RegExp(`^${entry}$`).test(name);
      } catch {
        return entry === name;
      }
    });
}

/** Whether the pods read the Secret: env, envFrom, a secret volume or a projected one. */
export function podTemplateUsesSecret(template: PodTemplate | undefined, secret: string): boolean {
  const spec = template?.spec;
  if (!spec) return false;
  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  const inContainers = containers.some(
    (container) =>
      (container.env ?? []).some((variable) => variable.valueFrom?.secretKeyRef?.name === secret) ||
      (container.envFrom ?? []).some((source) => source.secretRef?.name === secret),
  );
  const inVolumes = (spec.volumes ?? []).some(
    (volume) => volume.secret?.secretName === secret || (volume.projected?.sources ?? []).some((source) => source.secret?.name === secret),
  );
  return inContainers || inVolumes;
}
