// A simulated workload controller (deployment, statefulset and daemonset controllers plus the
// kubelet's part): on a new pod template it rolls pods forward one at a time and writes the status
// fields `kubectl rollout status` reads, including the Deployment's Progressing/Available
// conditions and ProgressDeadlineExceeded.
// Each pod records, in an annotation, the SHA-256 fingerprint of every Secret value its template
// references, read at the moment the pod starts, so tests can prove which token a pod runs.

import { createHash, randomBytes } from 'node:crypto';

import { KubeApiError } from './api-errors.ts';
import { asArray, asNumber, asString, clone, field, isMap, jsonEqual, kubeTime, stringMap, type JsonMap, type KubeObject } from './objects.ts';
import { labelSelectorFromSpec } from './selectors.ts';
import type { ObjectStore, StoreEvent } from './store.ts';

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';

/** normal: roll forward; stall: new pods never become ready; deadline: stall, and Deployments then report ProgressDeadlineExceeded. */
export type RolloutMode = 'normal' | 'stall' | 'deadline';

export interface WorkloadBehaviour {
  mode: RolloutMode;
  /** Time to replace one pod (half to start it, half to make it ready and retire an old one). */
  msPerReplica: number;
  /** Time without progress before ProgressDeadlineExceeded (default: spec.progressDeadlineSeconds). */
  deadlineMs: number | undefined;
}

export interface WorkloadSettings extends WorkloadBehaviour {
  enabled: boolean;
  /** Nodes a DaemonSet runs on. */
  nodeCount: number;
  /** Per-workload behaviour, keyed "Kind/namespace/name" (e.g. "Deployment/default/api"). */
  overrides: Record<string, Partial<WorkloadBehaviour>>;
}

export interface RolloutRecord {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  /** Pod template hash of the rollout. */
  revision: string;
  generation: number;
  startedAt: string;
  finishedAt?: string;
  outcome: 'progressing' | 'complete' | 'deadline-exceeded' | 'superseded';
}

/** Annotation on each pod: JSON map "<secret>/<key>" -> "sha256:<16 hex>" of the values it started with. */
export const secretFingerprintsAnnotation = 'local.rotate-deploy-token/secret-fingerprints';

export const fingerprint = (value: Buffer | string): string => `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;

const defaultSettings = (): WorkloadSettings => ({
  enabled: true,
  mode: 'normal',
  msPerReplica: 100,
  deadlineMs: undefined,
  nodeCount: 2,
  overrides: {},
});

const kindsByResource: Record<string, WorkloadKind> = {
  deployments: 'Deployment',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
};

const resourceOf: Record<WorkloadKind, string> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
};

/** Accepts Deployment, deployment, deployments, deploy, sts, ds, ... */
export const normalizeKind = (kind: string): WorkloadKind => {
  const lower = kind.toLowerCase();
  if (['deployment', 'deployments', 'deploy'].includes(lower)) return 'Deployment';
  if (['statefulset', 'statefulsets', 'sts'].includes(lower)) return 'StatefulSet';
  if (['daemonset', 'daemonsets', 'ds'].includes(lower)) return 'DaemonSet';
  throw new Error(`not a workload kind: ${kind}`);
};

/** rand.SafeEncodeString's alphabet (no vowels, no confusable characters). */
const safeAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

const safeEncode = (text: string): string =>
  Array.from(text)
    .map((char) => safeAlphabet[char.charCodeAt(0) % safeAlphabet.length])
    .join('');

/** The pod-template-hash: FNV-32a of the template, safe-encoded, as ComputeHash does. */
export const templateHash = (template: unknown): string => {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(canonicalJson(template))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return safeEncode(String(hash));
};

const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isMap(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined (and functions), whatever lib.d.ts says
  return JSON.stringify(value) ?? 'null';
};

const randomSuffix = (): string => {
  let out = '';
  for (const byte of randomBytes(5)) out += safeAlphabet.charAt(byte % safeAlphabet.length);
  return out;
};

const isPodReady = (pod: KubeObject): boolean =>
  asArray(field(pod, 'status', 'conditions')).some((condition) => field(condition, 'type') === 'Ready' && field(condition, 'status') === 'True');

/** intstr.GetScaledValueFromIntOrPercent. */
const scaled = (value: unknown, total: number, roundUp: boolean): number => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.endsWith('%')) {
    const raw = (Number(value.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(raw) : Math.floor(raw);
  }
  return 0;
};

/** Drops zero and empty fields, as the typed status structs' omitempty does. */
const omitEmpty = (status: JsonMap): JsonMap => {
  const out: JsonMap = {};
  for (const [key, value] of Object.entries(status)) {
    if (value === 0 || value === '' || value === undefined) continue;
    out[key] = value;
  }
  return out;
};

interface Runtime {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  timer: NodeJS.Timeout | undefined;
  revision: string | undefined;
  lastProgressAt: number;
  initialized: boolean;
  blockedOnConfig: boolean;
  record: RolloutRecord | undefined;
  ipCounter: number;
}

interface StepResult {
  progressed: boolean;
  done: boolean;
}

interface PodConfig {
  ok: boolean;
  fingerprints: Record<string, string>;
  error?: string;
}

export class WorkloadController {
  private readonly store: ObjectStore;
  private settingsValue: WorkloadSettings;
  /** What reset() returns to: the settings given at construction. */
  private readonly initialSettings: WorkloadSettings;
  private readonly runtimes = new Map<string, Runtime>();
  private readonly records: RolloutRecord[] = [];
  private unsubscribe: (() => void) | undefined;
  private podIp = 10;

  constructor(store: ObjectStore, settings: Partial<WorkloadSettings>) {
    this.store = store;
    this.initialSettings = { ...defaultSettings(), ...clone(settings) };
    this.settingsValue = clone(this.initialSettings);
  }

  get settings(): WorkloadSettings {
    return clone(this.settingsValue);
  }

  configure(settings: Partial<WorkloadSettings>): void {
    this.settingsValue = { ...this.settingsValue, ...clone(settings) };
    this.kickAll();
  }

  /** Behaviour for one workload (null removes the override). */
  override(kind: string, namespace: string, name: string, behaviour: Partial<WorkloadBehaviour> | null): void {
    const key = `${normalizeKind(kind)}/${namespace}/${name}`;
    const overrides = { ...this.settingsValue.overrides };
    if (behaviour === null) delete overrides[key];
    else overrides[key] = { ...overrides[key], ...behaviour };
    this.settingsValue.overrides = overrides;
    this.kick(key, 0);
  }

  /** Rollouts started by a pod template change after the workload was created. */
  rolloutCount(kind: string, namespace: string, name: string): number {
    const normalized = normalizeKind(kind);
    return this.records.filter((record) => record.kind === normalized && record.namespace === namespace && record.name === name).length;
  }

  rollouts(filter: { kind?: string; namespace?: string; name?: string } = {}): RolloutRecord[] {
    const kind = filter.kind ? normalizeKind(filter.kind) : undefined;
    return this.records
      .filter(
        (record) =>
          (kind === undefined || record.kind === kind) &&
          (filter.namespace === undefined || record.namespace === filter.namespace) &&
          (filter.name === undefined || record.name === filter.name),
      )
      .map((record) => ({ ...record }));
  }

  /** Resolves when the workload has no rollout in progress (complete, stalled past its deadline, or idle). */
  async whenSettled(kind: string, namespace: string, name: string, timeoutMs = 10_000): Promise<void> {
    const key = `${normalizeKind(kind)}/${namespace}/${name}`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const runtime = this.runtimes.get(key);
      if (runtime && runtime.initialized && runtime.timer === undefined && runtime.record?.outcome !== 'progressing') return;
      if (Date.now() > deadline) throw new Error(`${key} did not settle within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.store.subscribe((event) => {
      this.onEvent(event);
    });
    for (const kind of Object.keys(resourceOf) as WorkloadKind[]) {
      for (const obj of this.store.listStored(this.store.resolve(resourceOf[kind]))) {
        this.kick(`${kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`, 0);
      }
    }
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const runtime of this.runtimes.values()) if (runtime.timer) clearTimeout(runtime.timer);
  }

  reset(): void {
    for (const runtime of this.runtimes.values()) if (runtime.timer) clearTimeout(runtime.timer);
    this.runtimes.clear();
    this.records.length = 0;
    this.settingsValue = clone(this.initialSettings);
  }

  // Events.

  private onEvent(event: StoreEvent): void {
    if (!this.settingsValue.enabled) return;
    const { def, object } = event;
    const namespace = object.metadata.namespace ?? '';
    if (def.group === 'apps' && kindsByResource[def.resource]) {
      const key = `${kindsByResource[def.resource]}/${namespace}/${object.metadata.name ?? ''}`;
      if (event.type === 'DELETED') {
        const runtime = this.runtimes.get(key);
        if (runtime?.timer) clearTimeout(runtime.timer);
        this.runtimes.delete(key);
        return;
      }
      const specChanged =
        event.type === 'ADDED' || event.previous?.metadata.generation !== object.metadata.generation || !jsonEqual(event.previous?.spec, object.spec);
      if (specChanged) this.kick(key, 0);
    } else if (def.group === '' && def.resource === 'secrets') {
      for (const runtime of this.runtimes.values()) {
        if (runtime.blockedOnConfig && runtime.namespace === namespace) {
          this.kick(`${runtime.kind}/${runtime.namespace}/${runtime.name}`, 0);
        }
      }
    } else if (def.group === '' && def.resource === 'pods' && event.type === 'DELETED') {
      const owner = this.workloadOwningPod(object);
      if (owner) this.kick(owner, 0);
    }
  }

  private workloadOwningPod(pod: KubeObject): string | undefined {
    const namespace = pod.metadata.namespace ?? '';
    const ref = pod.metadata.ownerReferences?.find((candidate) => candidate.controller === true);
    if (!ref) return undefined;
    if (ref.kind === 'StatefulSet' || ref.kind === 'DaemonSet') return `${ref.kind}/${namespace}/${ref.name}`;
    if (ref.kind === 'ReplicaSet') {
      const rs = this.store.getStored(this.store.resolve('replicasets'), namespace, ref.name);
      const deploymentRef = rs?.metadata.ownerReferences?.find((candidate) => candidate.controller === true && candidate.kind === 'Deployment');
      if (deploymentRef) return `Deployment/${namespace}/${deploymentRef.name}`;
    }
    return undefined;
  }

  private kickAll(): void {
    for (const key of this.runtimes.keys()) this.kick(key, 0);
  }

  private kick(key: string, delayMs: number): void {
    if (!this.unsubscribe) return;
    const [kind = '', namespace = '', name = ''] = key.split('/');
    const runtime = this.runtimeFor(kind as WorkloadKind, namespace, name);
    if (runtime.timer) clearTimeout(runtime.timer);
    runtime.timer = setTimeout(() => {
      runtime.timer = undefined;
      try {
        this.reconcile(runtime);
      } catch (error) {
        if (error instanceof KubeApiError && error.code === 409) this.kick(key, 5);
        else console.error(`local workload controller: ${key}:`, error);
      }
    }, delayMs);
    runtime.timer.unref();
  }

  private runtimeFor(kind: WorkloadKind, namespace: string, name: string): Runtime {
    const key = `${kind}/${namespace}/${name}`;
    let runtime = this.runtimes.get(key);
    if (!runtime) {
      runtime = {
        kind,
        namespace,
        name,
        timer: undefined,
        revision: undefined,
        lastProgressAt: Date.now(),
        initialized: false,
        blockedOnConfig: false,
        record: undefined,
        ipCounter: 0,
      };
      this.runtimes.set(key, runtime);
    }
    return runtime;
  }

  private behaviourFor(runtime: Runtime): WorkloadBehaviour {
    const override = this.settingsValue.overrides[`${runtime.kind}/${runtime.namespace}/${runtime.name}`] ?? {};
    return {
      mode: override.mode ?? this.settingsValue.mode,
      msPerReplica: override.msPerReplica ?? this.settingsValue.msPerReplica,
      deadlineMs: override.deadlineMs ?? this.settingsValue.deadlineMs,
    };
  }

  // Reconcile.

  private reconcile(runtime: Runtime): void {
    const def = this.store.resolve(resourceOf[runtime.kind]);
    const workload = this.store.get(def, runtime.namespace, runtime.name);
    if (!workload) return;
    const behaviour = this.behaviourFor(runtime);
    const hash = templateHash(field(workload, 'spec', 'template'));
    const now = Date.now();
    if (runtime.revision !== hash) {
      if (runtime.revision !== undefined && runtime.initialized) {
        if (runtime.record?.outcome === 'progressing') runtime.record.outcome = 'superseded';
        runtime.record = {
          kind: runtime.kind,
          namespace: runtime.namespace,
          name: runtime.name,
          revision: hash,
          generation: workload.metadata.generation ?? 0,
          startedAt: new Date(now).toISOString(),
          outcome: 'progressing',
        };
        this.records.push(runtime.record);
      }
      runtime.revision = hash;
      runtime.lastProgressAt = now;
    }
    const rollingOut = runtime.record?.outcome === 'progressing';
    const blocked = rollingOut && behaviour.mode !== 'normal';
    runtime.blockedOnConfig = false;
    let result: StepResult;
    if (runtime.kind === 'Deployment') result = this.stepDeployment(workload, runtime, hash, blocked, behaviour);
    else if (runtime.kind === 'StatefulSet') result = this.stepStatefulSet(workload, runtime, hash, blocked);
    else result = this.stepDaemonSet(workload, runtime, hash, blocked);
    if (result.progressed) runtime.lastProgressAt = Date.now();
    if (result.done) {
      if (runtime.record?.outcome === 'progressing') {
        runtime.record.outcome = 'complete';
        runtime.record.finishedAt = new Date().toISOString();
      }
      return;
    }
    if (result.progressed) {
      this.kick(`${runtime.kind}/${runtime.namespace}/${runtime.name}`, Math.max(1, behaviour.msPerReplica / 2));
    } else if (runtime.kind === 'Deployment' && runtime.record?.outcome === 'progressing') {
      // Stalled: come back when the progress deadline runs out.
      const deadline = this.deadlineMs(workload, behaviour);
      const remaining = runtime.lastProgressAt + deadline - Date.now();
      this.kick(`${runtime.kind}/${runtime.namespace}/${runtime.name}`, Math.max(1, remaining + 1));
    }
  }

  private deadlineMs(workload: KubeObject, behaviour: WorkloadBehaviour): number {
    if (behaviour.mode === 'deadline' && behaviour.deadlineMs !== undefined) return behaviour.deadlineMs;
    return (asNumber(field(workload, 'spec', 'progressDeadlineSeconds')) ?? 600) * 1000;
  }

  private ownedPods(owners: KubeObject[], namespace: string): KubeObject[] {
    const uids = new Set(owners.map((owner) => owner.metadata.uid));
    return this.store.list('pods', namespace).filter((pod) => (pod.metadata.ownerReferences ?? []).some((ref) => ref.controller === true && uids.has(ref.uid)));
  }

  private stepDeployment(deployment: KubeObject, runtime: Runtime, hash: string, blocked: boolean, behaviour: WorkloadBehaviour): StepResult {
    const namespace = runtime.namespace;
    const name = runtime.name;
    const desired = asNumber(field(deployment, 'spec', 'replicas')) ?? 1;
    const rsName = `${name}-${hash}`;
    const rsDef = this.store.resolve('replicasets');
    const ownedBy = (obj: KubeObject): boolean => (obj.metadata.ownerReferences ?? []).some((ref) => ref.uid === deployment.metadata.uid);
    let replicaSets = this.store.list(rsDef, namespace).filter(ownedBy);
    let newRs = replicaSets.find((rs) => rs.metadata.name === rsName);
    let createdRs = false;
    if (!newRs) {
      const revisions = replicaSets.map((rs) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '0'));
      const template = clone(field(deployment, 'spec', 'template')) as JsonMap;
      const templateMetadata = isMap(template.metadata) ? template.metadata : {};
      templateMetadata.labels = { ...stringMap(templateMetadata.labels), 'pod-template-hash': hash };
      template.metadata = templateMetadata;
      newRs = this.store.create(rsDef, namespace, {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: rsName,
          namespace,
          labels: { ...stringMap(templateMetadata.labels) },
          annotations: {
            'deployment.kubernetes.io/desired-replicas': String(desired),
            'deployment.kubernetes.io/max-replicas': String(
              desired + scaled(field(deployment, 'spec', 'strategy', 'rollingUpdate', 'maxSurge'), desired, true),
            ),
            'deployment.kubernetes.io/revision': String(Math.max(0, ...revisions) + 1),
          },
          ownerReferences: [this.controllerRef(deployment)],
        },
        spec: {
          replicas: 0,
          selector: {
            ...(isMap(field(deployment, 'spec', 'selector')) ? clone(field(deployment, 'spec', 'selector') as JsonMap) : {}),
            matchLabels: { ...stringMap(field(deployment, 'spec', 'selector', 'matchLabels')), 'pod-template-hash': hash },
          },
          template,
        },
      });
      replicaSets = [...replicaSets, newRs];
      createdRs = true;
    }
    const pods = this.ownedPods(replicaSets, namespace);
    const newPods = pods.filter((pod) => pod.metadata.labels?.['pod-template-hash'] === hash);
    const oldPods = pods.filter((pod) => pod.metadata.labels?.['pod-template-hash'] !== hash);
    const paused = field(deployment, 'spec', 'paused') === true;
    let progressed = createdRs;
    const initial = !runtime.initialized && pods.length === 0;
    runtime.initialized = true;

    if (paused) {
      // A paused Deployment's pods stay as they are.
    } else if (initial) {
      for (let i = 0; i < desired; i += 1) this.createPod(newRs, `${rsName}-${randomSuffix()}`, {}, 'local-node-1', true, runtime);
      progressed = true;
    } else {
      const starting = newPods.find((pod) => !isPodReady(pod));
      if (starting) {
        if (!blocked && this.startPod(starting, runtime)) {
          progressed = true;
          const oldest = oldPods[0];
          if (oldest && newPods.length + oldPods.length > desired) this.deletePod(oldest);
        }
      } else if (newPods.length < desired) {
        this.createPod(newRs, `${rsName}-${randomSuffix()}`, {}, 'local-node-1', false, runtime);
        progressed = true;
      } else if (oldPods[0]) {
        this.deletePod(oldPods[0]);
        progressed = true;
      } else if (newPods.length > desired && newPods[newPods.length - 1]) {
        this.deletePod(newPods[newPods.length - 1] as KubeObject);
        progressed = true;
      }
    }

    // Status of the ReplicaSets and the Deployment.
    const podsAfter = this.ownedPods(replicaSets, namespace);
    for (const rs of replicaSets) {
      const rsPods = podsAfter.filter((pod) => (pod.metadata.ownerReferences ?? []).some((ref) => ref.uid === rs.metadata.uid));
      const ready = rsPods.filter(isPodReady).length;
      const latest = this.store.get(rsDef, namespace, rs.metadata.name ?? '');
      if (!latest) continue;
      const updatedSpec = {
        ...(isMap(latest.spec) ? latest.spec : {}),
        replicas: rs.metadata.name === rsName ? Math.max(desired, rsPods.length) : rsPods.length,
      };
      let current = latest;
      if (!jsonEqual(updatedSpec, latest.spec)) current = this.store.replace(rsDef, namespace, latest.metadata.name ?? '', { ...latest, spec: updatedSpec });
      this.writeStatus(
        rsDef.resource,
        current,
        omitEmpty({
          replicas: rsPods.length,
          fullyLabeledReplicas: rsPods.length,
          readyReplicas: ready,
          availableReplicas: ready,
          observedGeneration: current.metadata.generation ?? 1,
        }),
      );
    }
    const newPodsAfter = podsAfter.filter((pod) => pod.metadata.labels?.['pod-template-hash'] === hash);
    const oldPodsAfter = podsAfter.length - newPodsAfter.length;
    const readyCount = podsAfter.filter(isPodReady).length;
    const done = !paused && newPodsAfter.length === desired && oldPodsAfter === 0 && newPodsAfter.every(isPodReady);
    const maxUnavailable = scaled(field(deployment, 'spec', 'strategy', 'rollingUpdate', 'maxUnavailable'), desired, false);
    const available = readyCount >= desired - maxUnavailable;
    const now = kubeTime();
    const previous = asArray(field(deployment, 'status', 'conditions')).filter(isMap);
    const condition = (type: string, status: string, reason: string, message: string, touched: boolean): JsonMap => {
      const old = previous.find((candidate) => candidate.type === type);
      const same = old?.status === status && old.reason === reason && old.message === message;
      return {
        type,
        status,
        lastUpdateTime: same && !touched ? old.lastUpdateTime : now,
        lastTransitionTime: old?.status === status ? old.lastTransitionTime : now,
        reason,
        message,
      };
    };
    const availableCondition = available
      ? condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', false)
      : condition('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', false);
    let progressingCondition: JsonMap;
    const rolling = runtime.record?.outcome === 'progressing';
    const deadlinePassed = rolling && !done && !progressed && Date.now() - runtime.lastProgressAt >= this.deadlineMs(deployment, behaviour);
    if (done) {
      progressingCondition = condition('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`, false);
    } else if (deadlinePassed) {
      progressingCondition = condition('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${rsName}" has timed out progressing.`, false);
      if (runtime.record) {
        runtime.record.outcome = 'deadline-exceeded';
        runtime.record.finishedAt = new Date().toISOString();
      }
    } else if (createdRs) {
      progressingCondition = condition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${rsName}"`, true);
    } else {
      const previousProgressing = previous.find((candidate) => candidate.type === 'Progressing');
      progressingCondition =
        previousProgressing?.reason === 'ProgressDeadlineExceeded' && !progressed
          ? previousProgressing
          : condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`, progressed);
    }
    this.writeStatus('deployments', deployment, {
      ...omitEmpty({
        observedGeneration: deployment.metadata.generation ?? 1,
        replicas: podsAfter.length,
        updatedReplicas: newPodsAfter.length,
        readyReplicas: readyCount,
        availableReplicas: readyCount,
        unavailableReplicas: Math.max(0, podsAfter.length - readyCount),
      }),
      conditions: [availableCondition, progressingCondition],
    });
    return { progressed, done: done || paused || deadlinePassed };
  }

  private stepStatefulSet(sts: KubeObject, runtime: Runtime, hash: string, blocked: boolean): StepResult {
    const namespace = runtime.namespace;
    const name = runtime.name;
    const desired = asNumber(field(sts, 'spec', 'replicas')) ?? 1;
    const updateRevision = `${name}-${hash}`;
    const onDelete = field(sts, 'spec', 'updateStrategy', 'type') === 'OnDelete';
    const partition = asNumber(field(sts, 'spec', 'updateStrategy', 'rollingUpdate', 'partition')) ?? 0;
    const pods = this.ownedPods([sts], namespace);
    const ordinalOf = (pod: KubeObject): number => Number((pod.metadata.name ?? '').slice(name.length + 1));
    const revisionOf = (pod: KubeObject): string => pod.metadata.labels?.['controller-revision-hash'] ?? '';
    const labelsFor = (ordinal: number): Record<string, string> => ({
      'controller-revision-hash': updateRevision,
      'statefulset.kubernetes.io/pod-name': `${name}-${ordinal}`,
      'apps.kubernetes.io/pod-index': String(ordinal),
    });
    let currentRevision = asString(field(sts, 'status', 'currentRevision')) ?? '';
    const initial = !runtime.initialized && pods.length === 0;
    runtime.initialized = true;
    let progressed = false;
    if (initial) {
      for (let ordinal = 0; ordinal < desired; ordinal += 1) this.createPod(sts, `${name}-${ordinal}`, labelsFor(ordinal), 'local-node-1', true, runtime);
      currentRevision = updateRevision;
      progressed = true;
    } else {
      const starting = pods.find((pod) => !isPodReady(pod));
      const present = new Set(pods.map(ordinalOf));
      const missing = [...Array(desired).keys()].find((ordinal) => !present.has(ordinal));
      const extra = pods.filter((pod) => ordinalOf(pod) >= desired).sort((a, b) => ordinalOf(b) - ordinalOf(a))[0];
      const outdated = onDelete
        ? undefined
        : pods
            .filter((pod) => revisionOf(pod) !== updateRevision && ordinalOf(pod) >= partition && ordinalOf(pod) < desired)
            .sort((a, b) => ordinalOf(b) - ordinalOf(a))[0];
      if (starting) {
        if (!(blocked && revisionOf(starting) === updateRevision) && this.startPod(starting, runtime)) progressed = true;
      } else if (missing !== undefined) {
        this.createPod(sts, `${name}-${missing}`, labelsFor(missing), 'local-node-1', false, runtime);
        progressed = true;
      } else if (extra) {
        this.deletePod(extra);
        progressed = true;
      } else if (outdated) {
        // Rolling update: the highest ordinal first, deleted and recreated at the update revision.
        const ordinal = ordinalOf(outdated);
        this.deletePod(outdated);
        this.createPod(sts, `${name}-${ordinal}`, labelsFor(ordinal), 'local-node-1', false, runtime);
        progressed = true;
      }
    }
    const podsAfter = this.ownedPods([sts], namespace);
    const allUpdated = podsAfter.length === desired && podsAfter.every((pod) => revisionOf(pod) === updateRevision && isPodReady(pod));
    if (allUpdated || currentRevision === '') currentRevision = allUpdated ? updateRevision : currentRevision || updateRevision;
    const readyCount = podsAfter.filter(isPodReady).length;
    this.writeStatus('statefulsets', sts, {
      ...omitEmpty({
        observedGeneration: sts.metadata.generation ?? 1,
        replicas: podsAfter.length,
        readyReplicas: readyCount,
        currentReplicas: podsAfter.filter((pod) => revisionOf(pod) === currentRevision).length,
        updatedReplicas: podsAfter.filter((pod) => revisionOf(pod) === updateRevision).length,
        currentRevision,
        updateRevision,
        availableReplicas: readyCount,
      }),
      collisionCount: 0,
    });
    return { progressed, done: allUpdated || (onDelete && podsAfter.length === desired && podsAfter.every(isPodReady)) };
  }

  private stepDaemonSet(ds: KubeObject, runtime: Runtime, hash: string, blocked: boolean): StepResult {
    const namespace = runtime.namespace;
    const name = runtime.name;
    const nodes = [...Array(Math.max(0, this.settingsValue.nodeCount)).keys()].map((index) => `local-node-${index + 1}`);
    const generation = String(ds.metadata.generation ?? 1);
    const labels = { 'controller-revision-hash': hash, 'pod-template-generation': generation };
    const pods = this.ownedPods([ds], namespace);
    const podOn = (node: string): KubeObject | undefined => pods.find((pod) => field(pod, 'spec', 'nodeName') === node);
    const isCurrent = (pod: KubeObject): boolean => pod.metadata.labels?.['controller-revision-hash'] === hash;
    const initial = !runtime.initialized && pods.length === 0;
    runtime.initialized = true;
    let progressed = false;
    if (initial) {
      for (const node of nodes) this.createPod(ds, `${name}-${randomSuffix()}`, labels, node, true, runtime);
      progressed = true;
    } else {
      const starting = pods.find((pod) => !isPodReady(pod));
      const unscheduled = nodes.find((node) => !podOn(node));
      const outdated = nodes.map(podOn).find((pod) => pod !== undefined && !isCurrent(pod));
      if (starting) {
        if (!(blocked && isCurrent(starting)) && this.startPod(starting, runtime)) progressed = true;
      } else if (unscheduled) {
        this.createPod(ds, `${name}-${randomSuffix()}`, labels, unscheduled, false, runtime);
        progressed = true;
      } else if (outdated) {
        const node = asString(field(outdated, 'spec', 'nodeName')) ?? 'local-node-1';
        this.deletePod(outdated);
        this.createPod(ds, `${name}-${randomSuffix()}`, labels, node, false, runtime);
        progressed = true;
      }
    }
    const podsAfter = this.ownedPods([ds], namespace);
    const ready = podsAfter.filter(isPodReady).length;
    const updated = podsAfter.filter(isCurrent).length;
    this.writeStatus('daemonsets', ds, {
      currentNumberScheduled: nodes.filter((node) => podsAfter.some((pod) => field(pod, 'spec', 'nodeName') === node)).length,
      numberMisscheduled: 0,
      desiredNumberScheduled: nodes.length,
      numberReady: ready,
      observedGeneration: ds.metadata.generation ?? 1,
      ...omitEmpty({
        updatedNumberScheduled: updated,
        numberAvailable: ready,
        numberUnavailable: Math.max(0, nodes.length - ready),
      }),
    });
    return { progressed, done: updated === nodes.length && ready === nodes.length && podsAfter.length === nodes.length };
  }

  // Pods (what the kubelet reports).

  private controllerRef(owner: KubeObject): { apiVersion: string; kind: string; name: string; uid: string; controller: boolean; blockOwnerDeletion: boolean } {
    return {
      apiVersion: owner.apiVersion ?? '',
      kind: owner.kind ?? '',
      name: owner.metadata.name ?? '',
      uid: owner.metadata.uid ?? '',
      controller: true,
      blockOwnerDeletion: true,
    };
  }

  private createPod(owner: KubeObject, name: string, extraLabels: Record<string, string>, nodeName: string, start: boolean, runtime: Runtime): void {
    const template = field(owner, 'spec', 'template');
    const labels = { ...stringMap(field(template, 'metadata', 'labels')), ...extraLabels };
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: owner.metadata.namespace ?? '',
        labels,
        annotations: stringMap(field(template, 'metadata', 'annotations')),
        ownerReferences: [this.controllerRef(owner)],
      },
      spec: { ...(clone(field(template, 'spec')) as JsonMap), nodeName },
      status: this.pendingStatus(field(template, 'spec'), 'ContainerCreating', undefined),
    };
    if (Object.keys(pod.metadata.annotations ?? {}).length === 0) delete pod.metadata.annotations;
    const created = this.store.create('pods', pod.metadata.namespace ?? '', pod, { keepStatus: true });
    if (start) this.startPod(created, runtime);
  }

  private deletePod(pod: KubeObject): void {
    try {
      this.store.delete('pods', pod.metadata.namespace ?? '', pod.metadata.name ?? '');
    } catch (error) {
      if (!(error instanceof KubeApiError && error.code === 404)) throw error;
    }
  }

  /** Starts the pod's containers: reads the Secrets it references; false when one is missing. */
  private startPod(pod: KubeObject, runtime: Runtime): boolean {
    const namespace = pod.metadata.namespace ?? '';
    const config = this.podConfig(pod);
    const latest = this.store.get('pods', namespace, pod.metadata.name ?? '');
    if (!latest) return false;
    if (!config.ok) {
      runtime.blockedOnConfig = true;
      const status = this.pendingStatus(latest.spec, 'CreateContainerConfigError', config.error);
      if (!jsonEqual(status, latest.status)) this.store.replace('pods', namespace, latest.metadata.name ?? '', { ...latest, status }, { status: true });
      return false;
    }
    const annotated = clone(latest);
    annotated.metadata.annotations = { ...(annotated.metadata.annotations ?? {}), [secretFingerprintsAnnotation]: JSON.stringify(config.fingerprints) };
    const updated = this.store.replace('pods', namespace, latest.metadata.name ?? '', annotated);
    runtime.ipCounter += 1;
    this.podIp += 1;
    const ip = `10.244.${Math.floor(this.podIp / 250) % 250}.${(this.podIp % 250) + 2}`;
    this.store.replace('pods', namespace, updated.metadata.name ?? '', { ...updated, status: this.runningStatus(updated.spec, ip) }, { status: true });
    return true;
  }

  /** The Secret values a pod's containers read through env, envFrom and secret volumes. */
  private podConfig(pod: KubeObject): PodConfig {
    const namespace = pod.metadata.namespace ?? '';
    const fingerprints: Record<string, string> = {};
    const secrets = new Map<string, KubeObject | undefined>();
    const secretNamed = (name: string): KubeObject | undefined => {
      if (!secrets.has(name)) secrets.set(name, this.store.get('secrets', namespace, name));
      return secrets.get(name);
    };
    const valueOf = (secret: KubeObject, key: string): Buffer | undefined => {
      const encoded = stringMap(secret.data)[key];
      return encoded === undefined ? undefined : Buffer.from(encoded, 'base64');
    };
    const recordAll = (secret: KubeObject, name: string): void => {
      for (const [key, encoded] of Object.entries(stringMap(secret.data))) fingerprints[`${name}/${key}`] = fingerprint(Buffer.from(encoded, 'base64'));
    };
    const containers = [...asArray(field(pod, 'spec', 'initContainers')), ...asArray(field(pod, 'spec', 'containers'))];
    for (const container of containers) {
      for (const env of asArray(field(container, 'env'))) {
        const ref = field(env, 'valueFrom', 'secretKeyRef');
        if (!isMap(ref)) continue;
        const secretName = asString(ref.name) ?? '';
        const key = asString(ref.key) ?? '';
        const optional = ref.optional === true;
        const secret = secretNamed(secretName);
        if (!secret) {
          if (optional) continue;
          return { ok: false, fingerprints, error: `secret "${secretName}" not found` };
        }
        const value = valueOf(secret, key);
        if (value === undefined) {
          if (optional) continue;
          return { ok: false, fingerprints, error: `couldn't find key ${key} in Secret ${namespace}/${secretName}` };
        }
        fingerprints[`${secretName}/${key}`] = fingerprint(value);
      }
      for (const envFrom of asArray(field(container, 'envFrom'))) {
        const ref = field(envFrom, 'secretRef');
        if (!isMap(ref)) continue;
        const secretName = asString(ref.name) ?? '';
        const secret = secretNamed(secretName);
        if (!secret) {
          if (ref.optional === true) continue;
          return { ok: false, fingerprints, error: `secret "${secretName}" not found` };
        }
        recordAll(secret, secretName);
      }
    }
    for (const volume of asArray(field(pod, 'spec', 'volumes'))) {
      const secretName = asString(field(volume, 'secret', 'secretName'));
      if (!secretName) continue;
      const secret = secretNamed(secretName);
      if (!secret) {
        if (field(volume, 'secret', 'optional') === true) continue;
        return { ok: false, fingerprints, error: `secret "${secretName}" not found` };
      }
      recordAll(secret, secretName);
    }
    const sorted: Record<string, string> = {};
    for (const key of Object.keys(fingerprints).sort()) sorted[key] = fingerprints[key] ?? '';
    return { ok: true, fingerprints: sorted };
  }

  private pendingStatus(spec: unknown, reason: string, message: string | undefined): JsonMap {
    const now = kubeTime();
    return {
      phase: 'Pending',
      conditions: [
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now },
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: now },
        { type: 'ContainersReady', status: 'False', lastProbeTime: null, lastTransitionTime: now, reason: 'ContainersNotReady' },
        { type: 'Ready', status: 'False', lastProbeTime: null, lastTransitionTime: now, reason: 'ContainersNotReady' },
      ],
      hostIP: '172.18.0.2',
      containerStatuses: asArray(field(spec, 'containers')).map((container) => ({
        name: asString(field(container, 'name')) ?? '',
        image: asString(field(container, 'image')) ?? '',
        imageID: '',
        ready: false,
        restartCount: 0,
        started: false,
        state: { waiting: { reason, ...(message ? { message } : {}) } },
      })),
      qosClass: 'BestEffort',
    };
  }

  private runningStatus(spec: unknown, ip: string): JsonMap {
    const now = kubeTime();
    return {
      phase: 'Running',
      conditions: [
        { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: now },
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: now },
        { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: now },
        { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: now },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now },
      ],
      hostIP: '172.18.0.2',
      hostIPs: [{ ip: '172.18.0.2' }],
      podIP: ip,
      podIPs: [{ ip }],
      startTime: now,
      containerStatuses: asArray(field(spec, 'containers')).map((container) => ({
        name: asString(field(container, 'name')) ?? '',
        image: asString(field(container, 'image')) ?? '',
        imageID: `${asString(field(container, 'image')) ?? ''}@sha256:${createHash('sha256')
          .update(asString(field(container, 'image')) ?? '')
          .digest('hex')}`,
        containerID: `containerd://${randomBytes(32).toString('hex')}`,
        ready: true,
        restartCount: 0,
        started: true,
        state: { running: { startedAt: now } },
      })),
      qosClass: 'BestEffort',
    };
  }

  private writeStatus(resource: string, obj: KubeObject, status: JsonMap): void {
    const def = this.store.resolve(resource);
    const latest = this.store.get(def, obj.metadata.namespace ?? '', obj.metadata.name ?? '');
    if (!latest || jsonEqual(latest.status, status)) return;
    // The status write carries the resourceVersion this step read: a concurrent spec change wins and is reconciled next.
    this.store.replace(
      def,
      obj.metadata.namespace ?? '',
      obj.metadata.name ?? '',
      { ...latest, metadata: { ...latest.metadata, resourceVersion: obj.metadata.resourceVersion ?? '' }, status },
      { status: true },
    );
  }
}

/** Pods a workload selects (for tests and tools). */
export const podsOf = (store: ObjectStore, workload: KubeObject): KubeObject[] => {
  const selector = labelSelectorFromSpec(field(workload, 'spec', 'selector'));
  return store.list('pods', workload.metadata.namespace ?? '').filter((pod) => selector.matches(pod.metadata.labels));
};
