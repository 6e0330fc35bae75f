// A small Argo Rollouts controller for argoproj.io/v1alpha1 Rollouts, built from
// Argo Rollouts' source:
// - a pod template change rolls pods to the new pod-template-hash one at a time
//   (a basic canary without steps);
// - spec.restartAt (rollout/restart.go RolloutPodRestarter.Reconcile): once the
//   time has passed (utils/replicaset NeedsRestart), pods created before it are
//   evicted one at a time and recreated; pods created at or after it are kept;
//   when none is left, status.restartedAt = spec.restartAt (SetRestartedAt);
//   a restartAt in the future is requeued for then (checkEnqueueRollout);
// - status.phase/message as utils/rollout CalculateRolloutPhase computes them,
//   status.observedGeneration as the string of metadata.generation.
// Simplification: pods are owned by the Rollout itself (Argo puts a ReplicaSet
// in between); tests read them by the Rollout's selector.
import { present } from '../present.ts';
import { KubeApiError } from './api-errors.ts';
import { asArray, asString, clone, field, isMap, jsonEqual, kubeTime, stringMap, type JsonMap, type KubeObject } from './objects.ts';
import type { ObjectStore, StoreEvent } from './store.ts';
import { fingerprint, secretFingerprintsAnnotation, templateHash } from './workload-controller.ts';

/** normal: roll and restart; degraded: new pods never get ready and the progress deadline passes; abort: the update is aborted. */
export type ArgoRolloutMode = 'normal' | 'degraded' | 'abort';

export interface ArgoRolloutBehaviour {
  mode: ArgoRolloutMode;
  /** Time to replace one pod. */
  msPerReplica: number;
  /** Time without progress before ProgressDeadlineExceeded (default spec.progressDeadlineSeconds, 600). */
  deadlineMs: number | undefined;
}

export interface ArgoRolloutSettings extends ArgoRolloutBehaviour {
  enabled: boolean;
  /** Per-Rollout behaviour, keyed "namespace/name". */
  overrides: Record<string, Partial<ArgoRolloutBehaviour>>;
}

export const HASH_LABEL = 'rollouts-pod-template-hash';

const defaults = (): ArgoRolloutSettings => ({ enabled: true, mode: 'normal', msPerReplica: 100, deadlineMs: undefined, overrides: {} });

interface Runtime {
  timer: NodeJS.Timeout | undefined;
  lastProgressAt: number;
  busy: boolean;
}

export class ArgoRolloutController {
  private settingsValue: ArgoRolloutSettings;
  private readonly initial: ArgoRolloutSettings;
  private readonly runtimes = new Map<string, Runtime>();
  private readonly restartLog: { key: string; restartAt: string }[] = [];
  private unsubscribe: (() => void) | undefined;

  private readonly store: ObjectStore;

  constructor(store: ObjectStore, settings: Partial<ArgoRolloutSettings> = {}) {
    this.store = store;
    this.initial = { ...defaults(), ...clone(settings) };
    this.settingsValue = clone(this.initial);
  }

  configure(settings: Partial<ArgoRolloutSettings>): void {
    this.settingsValue = { ...this.settingsValue, ...clone(settings) };
    for (const key of this.runtimes.keys()) this.kick(key, 0);
  }

  override(namespace: string, name: string, behaviour: Partial<ArgoRolloutBehaviour> | null): void {
    const key = `${namespace}/${name}`;
    if (behaviour === null) delete this.settingsValue.overrides[key];
    else this.settingsValue.overrides[key] = { ...this.settingsValue.overrides[key], ...behaviour };
    this.kick(key, 0);
  }

  /** Restarts the controller finished (status.restartedAt set to a new spec.restartAt). */
  restartCount(namespace: string, name: string): number {
    return this.restartLog.filter((entry) => entry.key === `${namespace}/${name}`).length;
  }

  /** Resolves when nothing is scheduled for the Rollout. */
  async whenSettled(namespace: string, name: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const runtime = this.runtimes.get(`${namespace}/${name}`);
      if (runtime && runtime.timer === undefined && !runtime.busy) return;
      if (Date.now() > deadline) throw new Error(`rollout ${namespace}/${name} did not settle within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.store.subscribe((event) => {
      this.onEvent(event);
    });
    for (const obj of this.store.list('rollouts')) this.kick(`${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`, 0);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const runtime of this.runtimes.values()) if (runtime.timer) clearTimeout(runtime.timer);
  }

  reset(): void {
    for (const runtime of this.runtimes.values()) if (runtime.timer) clearTimeout(runtime.timer);
    this.runtimes.clear();
    this.restartLog.length = 0;
    this.settingsValue = clone(this.initial);
  }

  private onEvent(event: StoreEvent): void {
    if (!this.settingsValue.enabled) return;
    const { def, object } = event;
    const namespace = object.metadata.namespace ?? '';
    if (def.group === 'argoproj.io' && def.resource === 'rollouts') {
      const key = `${namespace}/${object.metadata.name ?? ''}`;
      if (event.type === 'DELETED') {
        const runtime = this.runtimes.get(key);
        if (runtime?.timer) clearTimeout(runtime.timer);
        this.runtimes.delete(key);
        return;
      }
      if (event.type === 'ADDED' || !jsonEqual(event.previous?.spec, object.spec)) this.kick(key, 0);
    } else if (def.group === '' && def.resource === 'pods' && event.type === 'DELETED') {
      const owner = object.metadata.ownerReferences?.find((ref) => ref.controller === true && ref.kind === 'Rollout');
      if (owner) this.kick(`${namespace}/${owner.name}`, 0);
    }
  }

  private kick(key: string, delayMs: number): void {
    if (!this.unsubscribe) return;
    let runtime = this.runtimes.get(key);
    if (!runtime) {
      runtime = { timer: undefined, lastProgressAt: Date.now(), busy: false };
      this.runtimes.set(key, runtime);
    }
    const own = runtime;
    if (own.timer) clearTimeout(own.timer);
    own.timer = setTimeout(() => {
      own.timer = undefined;
      own.busy = true;
      try {
        const next = this.reconcile(key, own);
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- reconcile() may have set a timer through kick(); TypeScript keeps the narrowing from above
        if (next !== undefined && own.timer === undefined) this.kick(key, next);
      } finally {
        own.busy = false;
      }
    }, delayMs);
  }

  private behaviour(key: string): ArgoRolloutBehaviour {
    return { ...this.settingsValue, ...this.settingsValue.overrides[key] };
  }

  /** One step; returns the delay to the next one, or undefined when there is nothing left to do. */
  private reconcile(key: string, runtime: Runtime): number | undefined {
    const [namespace = '', name = ''] = key.split('/');
    const rollout = this.store.get('rollouts', namespace, name);
    if (!rollout) return undefined;
    const behaviour = this.behaviour(key);
    const spec = isMap(rollout.spec) ? rollout.spec : {};
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const hash = templateHash(spec.template);
    const pods = this.store
      .list('pods', namespace)
      .filter((pod) => pod.metadata.ownerReferences?.some((ref) => ref.uid === rollout.metadata.uid) && !pod.metadata.deletionTimestamp);
    const current = pods.filter((pod) => pod.metadata.labels?.[HASH_LABEL] === hash);
    const old = pods.filter((pod) => pod.metadata.labels?.[HASH_LABEL] !== hash);
    const previous = isMap(rollout.status) ? rollout.status : {};
    const restartAt = asString(spec.restartAt);
    const restartedAt = asString(previous.restartedAt);
    const restartPending = restartAt !== undefined && restartAt !== restartedAt;
    const restartDue = restartPending && Date.now() > Date.parse(restartAt);
    const status: JsonMap = { ...previous, observedGeneration: String(rollout.metadata.generation ?? 1), currentPodHash: hash };
    let next: number | undefined;

    const aborted = behaviour.mode === 'abort' && (old.length > 0 || restartPending || previous.abort === true);
    const deadlineMs = behaviour.deadlineMs ?? (typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : 600) * 1000;
    const inProgress = restartDue || old.length > 0 || current.length < replicas || current.some((pod) => !ready(pod));
    if (!inProgress) runtime.lastProgressAt = Date.now();
    const timedOut = behaviour.mode === 'degraded' && inProgress && Date.now() - runtime.lastProgressAt > deadlineMs;
    if (spec.paused === true || aborted || timedOut) {
      // Paused: nothing moves. Aborted (status.abort): the controller stops the update.
      if (aborted) status.abort = true;
    } else if (current.length < replicas) {
      this.createPod(rollout, hash, behaviour.mode !== 'degraded');
      if (behaviour.mode !== 'degraded') runtime.lastProgressAt = Date.now();
      next = behaviour.mode === 'degraded' ? deadlineMs + 1 : behaviour.msPerReplica;
    } else if (behaviour.mode === 'degraded' && current.some((pod) => !ready(pod))) {
      next = Math.max(1, deadlineMs - (Date.now() - runtime.lastProgressAt) + 1);
    } else if (old.length > 0) {
      this.deletePod(present(old[0], 'old pod'));
      runtime.lastProgressAt = Date.now();
      next = behaviour.msPerReplica;
    } else if (restartDue) {
      const stale = current.filter((pod) => Date.parse(pod.metadata.creationTimestamp ?? '') < Date.parse(restartAt));
      if (stale.length > 0) {
        this.deletePod(present(stale[0], 'stale pod'));
        runtime.lastProgressAt = Date.now();
        next = behaviour.msPerReplica;
      } else {
        status.restartedAt = restartAt;
        this.restartLog.push({ key, restartAt });
      }
    } else if (restartPending) {
      next = Math.max(1, Date.parse(restartAt) - Date.now() + 1);
    }

    const after = this.store.list('pods', namespace).filter((pod) => pod.metadata.ownerReferences?.some((ref) => ref.uid === rollout.metadata.uid));
    const updated = after.filter((pod) => pod.metadata.labels?.[HASH_LABEL] === hash);
    const available = after.filter(ready).length;
    Object.assign(status, {
      replicas: after.length,
      updatedReplicas: updated.length,
      readyReplicas: available,
      availableReplicas: available,
      selector: Object.entries(stringMap(field(spec, 'selector', 'matchLabels')))
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    });
    if (updated.length >= replicas && after.length === updated.length && updated.every(ready)) status.stableRS = hash;
    this.setPhase(status, spec, name, hash, { aborted, timedOut });
    this.writeStatus(rollout, status);
    return next;
  }

  /** status.phase, status.message and conditions, in utils/rollout CalculateRolloutPhase's order. */
  private setPhase(status: JsonMap, spec: JsonMap, name: string, hash: string, flags: { aborted: boolean; timedOut: boolean }): void {
    const now = kubeTime();
    const condition = (type: string, value: string, reason: string, message: string): JsonMap => ({
      type,
      status: value,
      reason,
      message,
      lastUpdateTime: now,
      lastTransitionTime: now,
    });
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const num = (key: string): number => (typeof status[key] === 'number' ? status[key] : 0);
    let phase = 'Healthy';
    let message = '';
    let progressing = condition('Progressing', 'True', 'NewReplicaSetAvailable', `Rollout "${name}" has successfully progressed.`);
    if (flags.aborted) {
      progressing = condition('Progressing', 'False', 'RolloutAborted', `Rollout aborted update to revision ${hash}`);
      [phase, message] = ['Degraded', `RolloutAborted: Rollout aborted update to revision ${hash}`];
    } else if (flags.timedOut) {
      progressing = condition('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${name}-${hash}" has timed out progressing.`);
      [phase, message] = ['Degraded', `ProgressDeadlineExceeded: ReplicaSet "${name}-${hash}" has timed out progressing.`];
    } else if (spec.paused === true) {
      [phase, message] = ['Paused', 'manually paused'];
    } else if (asString(spec.restartAt) !== undefined && spec.restartAt !== status.restartedAt) {
      [phase, message] = ['Progressing', 'rollout is restarting'];
    } else if (num('updatedReplicas') < replicas) {
      [phase, message] = ['Progressing', 'more replicas need to be updated'];
    } else if (num('availableReplicas') < num('updatedReplicas')) {
      [phase, message] = ['Progressing', 'updated replicas are still becoming available'];
    } else if (num('replicas') > num('updatedReplicas')) {
      [phase, message] = ['Progressing', 'old replicas are pending termination'];
    } else if (status.stableRS !== hash) {
      [phase, message] = ['Progressing', 'waiting for all steps to complete'];
    }
    if (phase === 'Progressing') progressing = condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${name}-${hash}" is progressing.`);
    const availableNow = num('availableReplicas') >= replicas;
    status.phase = phase;
    status.message = message;
    status.conditions = [
      progressing,
      condition(
        'Available',
        availableNow ? 'True' : 'False',
        availableNow ? 'AvailableReason' : 'AvailableReason',
        availableNow ? 'Rollout has minimum availability' : 'Rollout does not have minimum availability',
      ),
      condition(
        'Healthy',
        phase === 'Healthy' ? 'True' : 'False',
        phase === 'Healthy' ? 'RolloutHealthy' : 'RolloutHealthy',
        phase === 'Healthy' ? 'Rollout is healthy' : 'Rollout is not healthy',
      ),
    ];
    if (!status.message) delete status.message;
  }

  private createPod(rollout: KubeObject, hash: string, start: boolean): void {
    const template = field(rollout, 'spec', 'template');
    const namespace = rollout.metadata.namespace ?? '';
    const suffix = Math.random().toString(36).slice(2, 7);
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${rollout.metadata.name ?? ''}-${hash}-${suffix}`,
        namespace,
        labels: { ...stringMap(field(template, 'metadata', 'labels')), [HASH_LABEL]: hash },
        annotations: {
          ...stringMap(field(template, 'metadata', 'annotations')),
          [secretFingerprintsAnnotation]: JSON.stringify(this.secretFingerprints(namespace, field(template, 'spec'))),
        },
        ownerReferences: [
          {
            apiVersion: 'argoproj.io/v1alpha1',
            kind: 'Rollout',
            name: rollout.metadata.name ?? '',
            uid: rollout.metadata.uid ?? '',
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: clone(field(template, 'spec')),
      status: start
        ? { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: kubeTime() }] }
        : {
            phase: 'Pending',
            conditions: [{ type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: kubeTime(), reason: 'ContainersNotReady' }],
          },
    };
    this.store.create('pods', namespace, pod, { keepStatus: true });
  }

  /** Fingerprints of the Secret values the pod reads through env, envFrom and secret volumes. */
  private secretFingerprints(namespace: string, podSpec: unknown): Record<string, string> {
    const out: Record<string, string> = {};
    const data = (name: string): Record<string, string> => stringMap(this.store.get('secrets', namespace, name)?.data);
    const all = (name: string): void => {
      for (const [key, encoded] of Object.entries(data(name))) out[`${name}/${key}`] = fingerprint(Buffer.from(encoded, 'base64'));
    };
    for (const container of [...asArray(field(podSpec, 'initContainers')), ...asArray(field(podSpec, 'containers'))]) {
      for (const env of asArray(field(container, 'env'))) {
        const name = asString(field(env, 'valueFrom', 'secretKeyRef', 'name'));
        const key = asString(field(env, 'valueFrom', 'secretKeyRef', 'key')) ?? '';
        const encoded = name === undefined ? undefined : data(name)[key];
        if (name !== undefined && encoded !== undefined) out[`${name}/${key}`] = fingerprint(Buffer.from(encoded, 'base64'));
      }
      for (const from of asArray(field(container, 'envFrom'))) {
        const name = asString(field(from, 'secretRef', 'name'));
        if (name !== undefined) all(name);
      }
    }
    for (const volume of asArray(field(podSpec, 'volumes'))) {
      const name = asString(field(volume, 'secret', 'secretName'));
      if (name !== undefined) all(name);
    }
    return out;
  }

  private deletePod(pod: KubeObject): void {
    try {
      this.store.delete('pods', pod.metadata.namespace ?? '', pod.metadata.name ?? '');
    } catch (error) {
      if (!(error instanceof KubeApiError && error.code === 404)) throw error;
    }
  }

  private writeStatus(rollout: KubeObject, status: JsonMap): void {
    const namespace = rollout.metadata.namespace ?? '';
    const name = rollout.metadata.name ?? '';
    const latest = this.store.get('rollouts', namespace, name);
    if (!latest) return;
    const comparable = (value: unknown): unknown =>
      isMap(value)
        ? { ...value, conditions: asArray(value.conditions).map((c) => (isMap(c) ? { ...c, lastUpdateTime: '', lastTransitionTime: '' } : c)) }
        : value;
    if (jsonEqual(comparable(latest.status), comparable(status))) return;
    try {
      this.store.replace(
        'rollouts',
        namespace,
        name,
        { ...latest, metadata: { ...latest.metadata, resourceVersion: rollout.metadata.resourceVersion ?? '' }, status },
        { status: true },
      );
    } catch (error) {
      // A concurrent spec change wins; its event reconciles again.
      if (!(error instanceof KubeApiError && error.code === 409)) throw error;
    }
  }
}

const ready = (pod: KubeObject): boolean =>
  asArray(field(pod, 'status', 'conditions')).some((c) => field(c, 'type') === 'Ready' && field(c, 'status') === 'True');
