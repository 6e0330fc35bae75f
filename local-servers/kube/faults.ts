// Fault injection: errors, latency, reset connections and broken watches for matching requests.

import { randomUUID } from 'node:crypto';

export type FaultAction =
  /** Answer with this HTTP status and the apiserver's Status body for it (401, 403, 409, 429, 500, 503, 504, ...). */
  | { type: 'status'; code: number; retryAfterSeconds?: number; message?: string }
  /** Delay the request, then handle it normally. */
  | { type: 'latency'; ms: number }
  /** Close the TCP connection without answering. */
  | { type: 'connection-reset' }
  /** End a watch cleanly (final chunk) after this long. */
  | { type: 'watch-end'; afterMs: number }
  /** Destroy a watch's connection mid-stream after this long. */
  | { type: 'watch-cut'; afterMs: number }
  /** Answer a watch with an ERROR event carrying 410 Expired, then end it. */
  | { type: 'watch-expired' };

export interface FaultMatch {
  /** Kubernetes verb(s): get, list, watch, create, update, patch, delete, deletecollection. */
  verb?: string | string[];
  /** HTTP method(s). */
  method?: string | string[];
  /** Resource, optionally with subresource ('deployments/status'). */
  resource?: string | string[];
  group?: string;
  namespace?: string;
  name?: string;
  /** Substring of the request path. */
  pathContains?: string;
}

export interface FaultRule {
  match?: FaultMatch;
  action: FaultAction;
  /** Applies this many times, then is removed (unlimited when omitted). */
  times?: number;
  /** Lets this many matching requests through first. */
  skip?: number;
  /** Chance (0..1) of applying to each matching request (default 1). */
  probability?: number;
}

export interface ActiveFault extends FaultRule {
  id: string;
  applied: number;
}

export interface FaultRequest {
  method: string;
  verb: string;
  group: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
  path: string;
  watch: boolean;
}

const listOf = (value: string | string[] | undefined): string[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

const watchActions = new Set(['watch-end', 'watch-cut', 'watch-expired']);

const matches = (match: FaultMatch | undefined, request: FaultRequest): boolean => {
  if (!match) return true;
  const resource = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
  const verbs = listOf(match.verb);
  const methods = listOf(match.method)?.map((method) => method.toUpperCase());
  const resources = listOf(match.resource);
  return (
    (verbs === undefined || verbs.includes(request.verb)) &&
    (methods === undefined || methods.includes(request.method)) &&
    (resources === undefined || resources.includes(resource) || resources.includes(request.resource)) &&
    (match.group === undefined || match.group === request.group) &&
    (match.namespace === undefined || match.namespace === request.namespace) &&
    (match.name === undefined || match.name === request.name) &&
    (match.pathContains === undefined || request.path.includes(match.pathContains))
  );
};

export interface SelectedFaults {
  latencyMs: number;
  /** The first matching non-latency, non-watch fault. */
  response: FaultAction | undefined;
  /** Watch faults for a watch request. */
  watch: FaultAction[];
  ids: string[];
}

export class FaultInjector {
  private rules: ActiveFault[] = [];
  private readonly random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  add(rule: FaultRule): string {
    const id = randomUUID();
    this.rules.push({ ...rule, id, applied: 0 });
    return id;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveFault[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** Decides which faults hit this request, consuming counts. */
  select(request: FaultRequest): SelectedFaults {
    const selected: SelectedFaults = { latencyMs: 0, response: undefined, watch: [], ids: [] };
    for (const rule of [...this.rules]) {
      const isWatchFault = watchActions.has(rule.action.type);
      if (isWatchFault && !request.watch) continue;
      if (!isWatchFault && rule.action.type !== 'latency' && selected.response) continue;
      if (!matches(rule.match, request)) continue;
      if ((rule.skip ?? 0) > 0) {
        rule.skip = (rule.skip ?? 0) - 1;
        continue;
      }
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      rule.applied += 1;
      selected.ids.push(rule.id);
      if (rule.action.type === 'latency') selected.latencyMs += rule.action.ms;
      else if (isWatchFault) selected.watch.push(rule.action);
      else selected.response = rule.action;
      if (rule.times !== undefined) {
        rule.times -= 1;
        if (rule.times <= 0) this.remove(rule.id);
      }
    }
    return selected;
  }
}
