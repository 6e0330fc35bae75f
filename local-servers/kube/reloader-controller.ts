// A simulated Stakater Reloader (internal/pkg/handler/upgrade.go): when a Secret's data changes,
// workloads annotated reloader.stakater.com/auto, secret.reloader.stakater.com/auto or
// secret.reloader.stakater.com/reload get their pod template changed, which starts a rollout.
// Strategy env-vars (Reloader's default) sets STAKATER_<NAME>_SECRET to the data's SHA;
// strategy annotations sets reloader.stakater.com/last-reloaded-from on the pod template.

import { createHash } from 'node:crypto';

import { KubeApiError } from './api-errors.ts';
import { asArray, asString, clone, field, isMap, stringMap, type JsonMap, type KubeObject } from './objects.ts';
import type { ObjectStore, StoreEvent } from './store.ts';

export type ReloadStrategy = 'env-vars' | 'annotations';

export interface ReloaderSettings {
  /** Off by default, as most clusters run without Reloader. */
  enabled: boolean;
  strategy: ReloadStrategy;
  /** --auto-reload-all: reload every workload that uses a changed Secret. */
  autoReloadAll: boolean;
  /** --is-Argo-Rollouts: also reload Argo Rollouts (internal/pkg/handler/upgrade.go). */
  argoRollouts: boolean;
}

export interface ReloadRecord {
  secret: string;
  namespace: string;
  kind: string;
  name: string;
  hash: string;
  time: string;
}

export const reloaderAutoAnnotation = 'reloader.stakater.com/auto';
export const reloaderSecretAutoAnnotation = 'secret.reloader.stakater.com/auto';
export const reloaderSecretReloadAnnotation = 'secret.reloader.stakater.com/reload';
export const reloaderSearchAnnotation = 'reloader.stakater.com/search';
export const reloaderMatchAnnotation = 'reloader.stakater.com/match';
export const reloaderIgnoreAnnotation = 'reloader.stakater.com/ignore';
export const reloaderLastReloadedFromAnnotation = 'reloader.stakater.com/last-reloaded-from';

const defaultSettings = (): ReloaderSettings => ({ enabled: false, strategy: 'env-vars', autoReloadAll: false, argoRollouts: false });

/** On a Rollout: `restart` patches spec.restartAt, anything else updates the pod template (options.ToArgoRolloutStrategy). */
export const reloaderRolloutStrategyAnnotation = 'reloader.stakater.com/rollout-strategy';

/** util.GetSHAfromSecret: sorted "key=value" joined by ";", SHA-1 hex (internal/pkg/crypto/sha.go GenerateSHA, Reloader v1.4.22). */
export const reloaderSecretHash = (data: Record<string, string> | undefined): string => {
  const values = Object.entries(data ?? {}).map(([key, encoded]) => `${key}=${Buffer.from(encoded, 'base64').toString('utf8')}`);
  values.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return createHash('sha1').update(values.join(';')).digest('hex');
};

/** util.ConvertToEnvVarName. */
export const convertToEnvVarName = (text: string): string => {
  let out = '';
  let lastCharValid = false;
  for (const char of text.toUpperCase()) {
    if ((char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9')) {
      out += char;
      lastCharValid = true;
    } else {
      if (lastCharValid) out += '_';
      lastCharValid = false;
    }
  }
  return out;
};

export const reloaderEnvVarName = (secretName: string): string => `STAKATER_${convertToEnvVarName(secretName)}_SECRET`;

const workloadResources = [
  { resource: 'deployments', kind: 'Deployment' },
  { resource: 'daemonsets', kind: 'DaemonSet' },
  { resource: 'statefulsets', kind: 'StatefulSet' },
];

const parseBool = (value: string | undefined): boolean => value !== undefined && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value);

export class ReloaderController {
  private readonly store: ObjectStore;
  private settingsValue: ReloaderSettings;
  /** What reset() returns to: the settings given at construction. */
  private readonly initialSettings: ReloaderSettings;
  private readonly records: ReloadRecord[] = [];
  private unsubscribe: (() => void) | undefined;

  constructor(store: ObjectStore, settings: Partial<ReloaderSettings>) {
    this.store = store;
    this.initialSettings = { ...defaultSettings(), ...clone(settings) };
    this.settingsValue = clone(this.initialSettings);
  }

  get settings(): ReloaderSettings {
    return { ...this.settingsValue };
  }

  configure(settings: Partial<ReloaderSettings>): void {
    this.settingsValue = { ...this.settingsValue, ...settings };
  }

  enable(strategy?: ReloadStrategy): void {
    this.configure({ enabled: true, ...(strategy ? { strategy } : {}) });
  }

  disable(): void {
    this.configure({ enabled: false });
  }

  /** Workload updates Reloader made, oldest first. */
  get reloads(): ReloadRecord[] {
    return this.records.map((record) => ({ ...record }));
  }

  reloadCount(kind: string, namespace: string, name: string): number {
    return this.records.filter((record) => record.kind.toLowerCase() === kind.toLowerCase() && record.namespace === namespace && record.name === name).length;
  }

  start(): void {
    this.unsubscribe ??= this.store.subscribe((event) => {
      this.onEvent(event);
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  reset(): void {
    this.records.length = 0;
    this.settingsValue = clone(this.initialSettings);
  }

  private onEvent(event: StoreEvent): void {
    if (!this.settingsValue.enabled || event.def.group !== '' || event.def.resource !== 'secrets') return;
    // Reloader acts on updates (reload-on-create and reload-on-delete are off by default).
    if (event.type !== 'MODIFIED' || !event.previous) return;
    const secret = event.object;
    if (parseBool(secret.metadata.annotations?.[reloaderIgnoreAnnotation])) return;
    const hash = reloaderSecretHash(stringMap(secret.data));
    if (hash === reloaderSecretHash(stringMap(event.previous.data))) return;
    setImmediate(() => {
      this.reloadFor(clone(secret), hash);
    });
  }

  private reloadFor(secret: KubeObject, hash: string): void {
    const namespace = secret.metadata.namespace ?? '';
    const secretName = secret.metadata.name ?? '';
    const resources = this.settingsValue.argoRollouts ? [...workloadResources, { resource: 'rollouts', kind: 'Rollout' }] : workloadResources;
    for (const { resource, kind } of resources) {
      const def = this.store.resolve(resource);
      for (const workload of this.store.list(def, namespace)) {
        const updated = this.applyStrategy(workload, secret, hash);
        if (!updated) continue;
        try {
          if (kind === 'Rollout' && workload.metadata.annotations?.[reloaderRolloutStrategyAnnotation] === 'restart') {
            // callbacks.UpdateRollout, RestartStrategy: a merge patch of spec.restartAt, now in RFC 3339 (whole seconds).
            this.store.patch(def, namespace, workload.metadata.name ?? '', 'merge', {
              spec: { restartAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') },
            });
          } else {
            this.store.replace(def, namespace, workload.metadata.name ?? '', updated);
          }
          this.records.push({ secret: secretName, namespace, kind, name: workload.metadata.name ?? '', hash, time: new Date().toISOString() });
          this.store.recordEvent(
            updated,
            'Normal',
            'Reloaded',
            `Changes detected in '${secretName}' of type 'SECRET' in namespace '${namespace}', Updated '${workload.metadata.name ?? ''}' of type '${kind}' in namespace '${namespace}'`,
            'reloader',
          );
        } catch (error) {
          if (error instanceof KubeApiError && error.code === 409)
            setImmediate(() => {
              this.reloadFor(secret, hash);
            });
          else console.error(`local Reloader: updating ${kind} ${namespace}/${workload.metadata.name ?? ''} failed:`, error);
        }
      }
    }
  }

  /** PerformAction's decision for one workload: the updated object, or undefined when it is left alone. */
  private applyStrategy(workload: KubeObject, secret: KubeObject, hash: string): KubeObject | undefined {
    const secretName = secret.metadata.name ?? '';
    let annotations = workload.metadata.annotations ?? {};
    const keys = [reloaderSecretReloadAnnotation, reloaderSearchAnnotation, reloaderAutoAnnotation, reloaderSecretAutoAnnotation];
    if (!keys.some((key) => Object.hasOwn(annotations, key))) {
      annotations = stringMap(field(workload, 'spec', 'template', 'metadata', 'annotations'));
    }
    const autoValue = annotations[reloaderAutoAnnotation];
    const typedAutoValue = annotations[reloaderSecretAutoAnnotation];
    const updated = clone(workload);
    const auto =
      parseBool(autoValue) || parseBool(typedAutoValue) || (autoValue === undefined && typedAutoValue === undefined && this.settingsValue.autoReloadAll);
    if (auto && this.invoke(updated, secretName, hash, true)) return updated;
    const reloadValue = annotations[reloaderSecretReloadAnnotation];
    if (reloadValue) {
      for (const value of reloadValue.split(',').map((part) => part.trim())) {
        let matches: boolean;
        try {
          matches = new RegExp(`^${value}$`).test(secretName);
        } catch {
          matches = value === secretName;
        }
        if (matches && this.invoke(updated, secretName, hash, false)) return updated;
      }
    }
    if (annotations[reloaderSearchAnnotation] === 'true' && secret.metadata.annotations?.[reloaderMatchAnnotation] === 'true') {
      if (this.invoke(updated, secretName, hash, true)) return updated;
    }
    return undefined;
  }

  /** invokeReloadStrategy; mutates the workload and returns true when it was updated. */
  private invoke(workload: KubeObject, secretName: string, hash: string, autoReload: boolean): boolean {
    const podSpec = field(workload, 'spec', 'template', 'spec');
    if (!isMap(podSpec)) return false;
    const container = this.containerUsing(podSpec, secretName, autoReload);
    if (!container) return false;
    if (this.settingsValue.strategy === 'annotations') {
      const template = field(workload, 'spec', 'template');
      if (!isMap(template)) return false;
      const metadata: JsonMap = isMap(template.metadata) ? template.metadata : {};
      template.metadata = metadata;
      const source = {
        type: 'SECRET',
        name: secretName,
        namespace: workload.metadata.namespace ?? '',
        hash,
        containerRefs: [asString(container.name) ?? ''],
        observedAt: Math.floor(Date.now() / 1000),
      };
      metadata.annotations = { ...stringMap(metadata.annotations), [reloaderLastReloadedFromAnnotation]: JSON.stringify(source) };
      return true;
    }
    const envName = reloaderEnvVarName(secretName);
    for (const candidate of asArray(podSpec.containers)) {
      for (const env of asArray(field(candidate, 'env'))) {
        if (isMap(env) && env.name === envName) {
          if (env.value === hash) return false;
          env.value = hash;
          return true;
        }
      }
    }
    const env = asArray(container.env);
    container.env = [...env, { name: envName, value: hash }];
    return true;
  }

  /** getContainerUsingResource: mounted, then env-referenced, then (for named reloads) the first container. */
  private containerUsing(podSpec: JsonMap, secretName: string, autoReload: boolean): JsonMap | undefined {
    const containers = asArray(podSpec.containers).filter(isMap);
    const initContainers = asArray(podSpec.initContainers).filter(isMap);
    const volumeName = asArray(podSpec.volumes)
      .filter(isMap)
      .find(
        (volume) =>
          field(volume, 'secret', 'secretName') === secretName ||
          asArray(field(volume, 'projected', 'sources')).some((source) => field(source, 'secret', 'name') === secretName),
      )?.name;
    const mounts = (container: JsonMap): boolean =>
      volumeName !== undefined && asArray(container.volumeMounts).some((mount) => field(mount, 'name') === volumeName);
    const references = (container: JsonMap): boolean =>
      asArray(container.env).some((env) => field(env, 'valueFrom', 'secretKeyRef', 'name') === secretName) ||
      asArray(container.envFrom).some((envFrom) => field(envFrom, 'secretRef', 'name') === secretName);
    if (volumeName !== undefined) {
      const mounting = containers.find(mounts);
      if (mounting) return mounting;
      if (initContainers.some(mounts)) return containers[0];
    }
    const referencing = containers.find(references);
    if (referencing) return referencing;
    if (initContainers.some(references)) return containers[0];
    return autoReload ? undefined : containers[0];
  }
}
