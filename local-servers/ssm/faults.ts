import { randomUUID } from 'node:crypto';

/**
 * Planned failures, so tests and demos can see how a client copes with what
 * the real service does on a bad day: throttling, concurrent updates, 5xx,
 * a response lost after the write happened, slowness, and denials.
 */

export const FAULT_KINDS = [
  'ThrottlingException',
  'TooManyUpdates',
  'InternalServerError',
  'ServiceUnavailable',
  'lost-response',
  'delay',
  'AccessDeniedException',
  'InvalidKeyId',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  /** SSM operation name (e.g. `PutParameter`), or `*` / omitted for any operation. */
  operation?: string;
  kind: FaultKind;
  /** Fire on the next N matching calls; default 1, or unlimited when `probability` is given. */
  count?: number;
  /** Fire on each matching call with this probability (0–1); default 1. */
  probability?: number;
  /** For `delay`: milliseconds to wait before answering; default 100. */
  delayMs?: number;
  /** Only calls about this parameter name match. */
  parameterName?: string;
  /** Replaces the error message the fault answers with. */
  message?: string;
}

export interface FaultRule {
  id: string;
  operation: string;
  kind: FaultKind;
  /** Firings left; null when unlimited. */
  remaining: number | null;
  probability: number;
  delayMs: number;
  parameterName?: string;
  message?: string;
  /** How many times this rule has fired. */
  injected: number;
}

/** What the faults decided for one call. */
export interface FaultDraw {
  delayMs: number;
  /** An error answer, or `lost-response`; at most one per call. */
  outcome?: FaultRule;
  fired: FaultRule[];
}

export class FaultPlan {
  #rules: FaultRule[] = [];
  readonly #random: () => number;

  constructor(random: () => number = Math.random) {
    this.#random = random;
  }

  /** Adds rules after checking them; throws a plain Error naming the bad field. */
  add(specs: FaultSpec | readonly FaultSpec[]): FaultRule[] {
    const list = Array.isArray(specs) ? (specs as readonly FaultSpec[]) : [specs as FaultSpec];
    const rules = list.map((spec) => this.#ruleFrom(spec));
    this.#rules.push(...rules);
    return rules.map((rule) => ({ ...rule }));
  }

  list(): FaultRule[] {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  remove(id: string): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter((rule) => rule.id !== id);
    return this.#rules.length < before;
  }

  clear(): void {
    this.#rules = [];
  }

  /** Total firings, optionally of one kind, over the rules still in the plan. */
  injectedCount(kind?: FaultKind): number {
    return this.#rules.filter((rule) => kind === undefined || rule.kind === kind).reduce((sum, rule) => sum + rule.injected, 0);
  }

  /** Decides the faults for a call and counts the ones that fire. */
  draw(operation: string, parameterName: string | undefined): FaultDraw {
    const draw: FaultDraw = { delayMs: 0, fired: [] };
    for (const rule of this.#rules) {
      if (rule.operation !== '*' && rule.operation !== operation) continue;
      if (rule.parameterName !== undefined && rule.parameterName !== parameterName) continue;
      if (rule.remaining !== null && rule.remaining <= 0) continue;
      if (rule.kind !== 'delay' && draw.outcome) continue;
      if (rule.probability < 1 && this.#random() >= rule.probability) continue;
      if (rule.remaining !== null) rule.remaining -= 1;
      rule.injected += 1;
      draw.fired.push({ ...rule });
      if (rule.kind === 'delay') draw.delayMs += rule.delayMs;
      else draw.outcome = { ...rule };
    }
    return draw;
  }

  #ruleFrom(spec: FaultSpec): FaultRule {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the spec is a control-API request's JSON, checked here whatever its type says
    if (spec === null || typeof spec !== 'object') throw new Error('a fault must be an object');
    if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`fault kind must be one of ${FAULT_KINDS.join(', ')}`);
    const operation = spec.operation ?? '*';
    if (typeof operation !== 'string' || !/^(\*|[A-Z][A-Za-z]+)$/.test(operation)) {
      throw new Error('fault operation must be an SSM operation name such as PutParameter, or *');
    }
    const probability = spec.probability ?? 1;
    if (typeof probability !== 'number' || !(probability > 0 && probability <= 1)) {
      throw new Error('fault probability must be a number in (0, 1]');
    }
    const count = spec.count ?? (spec.probability === undefined ? 1 : null);
    if (count !== null && (!Number.isInteger(count) || count < 1)) throw new Error('fault count must be a positive integer');
    const delayMs = spec.delayMs ?? 100;
    if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0) throw new Error('fault delayMs must be a non-negative number');
    const rule: FaultRule = { id: randomUUID(), operation, kind: spec.kind, remaining: count, probability, delayMs, injected: 0 };
    if (spec.parameterName !== undefined) {
      if (typeof spec.parameterName !== 'string') throw new Error('fault parameterName must be a string');
      rule.parameterName = spec.parameterName;
    }
    if (spec.message !== undefined) {
      if (typeof spec.message !== 'string') throw new Error('fault message must be a string');
      rule.message = spec.message;
    }
    return rule;
  }
}
