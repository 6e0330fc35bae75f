// ESO's Events on an ExternalSecret: the evidence that ESO processed our force-sync when the
// Ready condition cannot show it. The pure rule is esoAnsweredSince (sync-verdict.ts).
import * as core from '#actions-core';
import { sayWarning } from '../scrub.ts';
import { getObject, namespacedPath, statusCodeOf, withRetries } from './api-calls.ts';
import type { Cluster } from './cluster.ts';
import type { EventMark } from './sync-verdict.ts';
import { describeRef } from './targets.ts';
import type { ObjectRef } from './targets.ts';

interface EventList {
  readonly items?: readonly {
    readonly metadata?: { readonly name?: string };
    readonly count?: number;
    readonly lastTimestamp?: string | null;
    readonly eventTime?: string | null;
    readonly series?: { readonly count?: number; readonly lastObservedTime?: string } | null;
  }[];
}

/**
 * Lists the core/v1 Events about the ExternalSecret (fieldSelector on involvedObject, which the
 * API server supports for events). ESO records one with every markAsFailed
 * (r.recorder.Event, externalsecret_controller.go, v0.16.2 and v2.9.0); client-go's correlator
 * folds repeats into one Event whose count and lastTimestamp move. Returns undefined when RBAC
 * forbids `list events` or the API fails: the evidence is optional.
 */
export async function listExternalSecretEvents(cluster: Cluster, ref: ObjectRef, signal?: AbortSignal): Promise<EventMark[] | undefined> {
  try {
    const list = await withRetries(cluster.tuning, { signal, doing: `listing events of ${describeRef({ ...ref, kind: 'ExternalSecret' })}` }, (requestSignal) =>
      getObject<EventList>(cluster, namespacedPath('', 'v1', ref.namespace, 'events'), requestSignal, {
        query: { fieldSelector: `involvedObject.kind=ExternalSecret,involvedObject.name=${ref.name}` },
      }),
    );
    return (list.items ?? []).map((event) => ({
      name: event.metadata?.name ?? '',
      count: event.series?.count ?? event.count ?? 1,
      last: event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? '',
    }));
  } catch (error) {
    if (error instanceof Error && error.name === 'CancelledError') throw error;
    const status = statusCodeOf(error);
    if (status === 403) {
      sayWarning(
        `${describeRef({ ...ref, kind: 'ExternalSecret' })}: cannot list its events (RBAC forbids list on events), so a failure from before this run is judged only at sync-timeout.`,
      );
    } else core.debug(`listing events failed (${String(status ?? error)}); a failure from before this run is judged only at sync-timeout`);
    return undefined;
  }
}
