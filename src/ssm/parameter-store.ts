import {
  AddTagsToResourceCommand,
  GetParameterHistoryCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
} from '#client-ssm';
import type { Parameter, ParameterType, PutParameterCommandInput } from '@aws-sdk/client-ssm';
import { logSsmCalls } from './call-log.ts';
import { classifySsmError, isThrottled } from './errors.ts';
import { batchSelectors, resolvedSelectors } from './rules.ts';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ParameterHead {
  readonly type: ParameterType;
  readonly version: number;
  readonly lastModified: Date | undefined;
}

export interface HistoryEntry {
  readonly version: number;
  readonly type: ParameterType | undefined;
  readonly value: string | undefined;
  readonly labels: readonly string[];
  readonly lastModified: Date | undefined;
  readonly lastModifiedUser: string | undefined;
  /** The KMS key as SSM reports it (the KeyId its writer gave); SecureStrings only. */
  readonly keyId: string | undefined;
  readonly tier: string | undefined;
}

export interface RetryPolicy {
  /** Attempts for a call that failed in a way that is safe to repeat. */
  readonly attempts: number;
  /** First backoff; doubles each time, with full jitter. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * Throttling (the account's request-rate quota, shared with every other
   * caller) is retried on its own budget rather than the attempt count:
   * full-jitter backoff (a random wait up to min(cap, base * 2^n)) capped at
   * `throttleMaxDelayMs`, until `throttleBudgetMs` of waiting is spent.
   */
  readonly throttleMaxDelayMs?: number;
  readonly throttleBudgetMs?: number;
}

/**
 * Chosen from `npm run bench -- --fleet` (BENCHMARKS.md, "A fleet at once"):
 * 50 rotations started at once against the default 40 TPS read quota need
 * about 7.5 s of quota between them, so a call may wait up to 10 s in all
 * before it gives up; a 1 s cap keeps a throttled run from sleeping long
 * after the bucket has refilled, and full jitter spreads the retries of
 * runs that were throttled together.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  throttleMaxDelayMs: 1000,
  throttleBudgetMs: 10_000,
};

/** What one call's retries have used so far. */
export interface RetryState {
  attempts: number;
  throttles: number;
  throttleWaitedMs: number;
}

export const freshRetryState = (): RetryState => ({ attempts: 0, throttles: 0, throttleWaitedMs: 0 });

/** One `name:selector` form: a version number or a label. */
const select = (name: string, selector: number | string | undefined): string => (selector === undefined ? name : `${name}:${selector}`);

/** The latest version and where the asked labels are, from one GetParameters call. */
function snapshotOf(found: Map<string, Parameter>, name: string, labels: readonly string[]): ParameterSnapshot {
  const head = found.get(name);
  const latest = head?.Type && head.Version !== undefined ? { type: head.Type, version: head.Version, lastModified: head.LastModifiedDate } : undefined;
  return { latest, labels: new Map(labels.map((label) => [label, found.get(select(name, label))?.Version])) };
}

export interface ParameterSnapshot {
  readonly latest: ParameterHead | undefined;
  /** The version each label is on; undefined when no version has it (or the answer did not say). */
  readonly labels: ReadonlyMap<string, number | undefined>;
}

/**
 * The SSM calls the action makes, and nothing else. The SDK's own retries are
 * off (`maxAttempts: 1`): `PutParameter` is not idempotent, so every retry is
 * decided here, where it is known whether a call may have taken effect.
 */
export class ParameterStore {
  readonly client: SSMClient;
  readonly retry: RetryPolicy;
  readonly sleep: Sleep;
  /** How many retries this store has made, by operation (for the summary and tests). */
  readonly retries = new Map<string, number>();

  constructor(client: SSMClient, options: { retry?: RetryPolicy; sleep?: Sleep } = {}) {
    this.client = client;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.sleep = options.sleep ?? realSleep;
  }

  static forRegion(region: string, options: { retry?: RetryPolicy; sleep?: Sleep } = {}): ParameterStore {
    // The endpoint comes from the SDK's own configuration: AWS_ENDPOINT_URL_SSM
    // or AWS_ENDPOINT_URL point it at any SSM-compatible server.
    const client = new SSMClient({
      region,
      maxAttempts: 1,
      requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000 },
    });
    logSsmCalls(client);
    return new ParameterStore(client, options);
  }

  /** Back-off before attempt `attempt` (1-based), full jitter. */
  backoff(attempt: number): Promise<void> {
    const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return this.sleep(Math.round(cap / 2 + (Math.random() * cap) / 2));
  }

  /**
   * After a failed attempt that may be repeated: waits as the policy says and
   * returns true, or returns false when the policy says give up. Throttling
   * spends the throttle budget; every other failure counts an attempt.
   */
  async retryAfter(error: unknown, state: RetryState, operation: string): Promise<boolean> {
    if (isThrottled(error) && this.retry.throttleBudgetMs !== undefined) {
      const cap = Math.min(this.retry.throttleMaxDelayMs ?? this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** Math.min(state.throttles, 20));
      const delay = Math.round(Math.random() * cap);
      if (state.throttleWaitedMs + delay > this.retry.throttleBudgetMs) return false;
      state.throttles++;
      state.throttleWaitedMs += delay;
      this.retries.set(operation, (this.retries.get(operation) ?? 0) + 1);
      await this.sleep(delay);
      return true;
    }
    state.attempts++;
    if (state.attempts >= this.retry.attempts) return false;
    this.retries.set(operation, (this.retries.get(operation) ?? 0) + 1);
    await this.backoff(state.attempts);
    return true;
  }

  /**
   * Runs a call that may be repeated safely (a read, or a write SSM refused
   * outright), retrying throttling, 5xx and network errors with backoff.
   */
  async repeatable<T>(operation: string, call: () => Promise<T>): Promise<T> {
    const state = freshRetryState();
    for (;;) {
      try {
        return await call();
      } catch (error) {
        if (classifySsmError(error) === 'final' || !(await this.retryAfter(error, state, operation))) throw error;
      }
    }
  }

  /**
   * One GetParameters call for up to 10 `name`, `name:label` or
   * `name:version` selectors, answered by the selector asked. A selector that
   * resolves to nothing (no such parameter, version or label) is listed in
   * InvalidParameters rather than failing the call: GetParameters' only
   * errors are InternalServerError and InvalidKeyId (AWS API reference,
   * GetParameters, "Response Elements" and "Errors"), so here it is absent
   * from the map. Only `decrypt` reads need kms:Decrypt.
   */
  async resolve(selectors: readonly string[], decrypt: boolean): Promise<Map<string, Parameter>> {
    const { Parameters } = await this.repeatable('GetParameters', () =>
      this.client.send(new GetParametersCommand({ Names: [...selectors], WithDecryption: decrypt })),
    );
    return resolvedSelectors(selectors, Parameters ?? []);
  }

  /**
   * The latest version and the versions `labels` are on, without decrypting,
   * in one request (`name`, `name:label`...); `latest` is undefined when the
   * parameter does not exist.
   */
  async snapshot(name: string, labels: readonly string[] = []): Promise<ParameterSnapshot> {
    const found = await this.resolve([name, ...labels.map((label) => select(name, label))], false);
    return snapshotOf(found, name, labels);
  }

  /** snapshot() of several parameters in as few GetParameters calls as its limit of names allows. */
  async snapshots(reads: readonly { readonly name: string; readonly labels: readonly string[] }[]): Promise<ParameterSnapshot[]> {
    const snapshots: ParameterSnapshot[] = [];
    for (const batch of batchSelectors(reads.map((read) => 1 + read.labels.length))) {
      const asked = batch.map((index) => reads[index] as { name: string; labels: readonly string[] });
      const found = await this.resolve(
        asked.flatMap(({ name, labels }) => [name, ...labels.map((label) => select(name, label))]),
        false,
      );
      for (const { name, labels } of asked) snapshots.push(snapshotOf(found, name, labels));
    }
    return snapshots;
  }

  /** The latest version's type and number, without decrypting; undefined when missing. */
  async head(name: string): Promise<ParameterHead | undefined> {
    return (await this.snapshot(name)).latest;
  }

  /** The version a label points at, without decrypting; undefined when no version has it. */
  async labelledVersion(name: string, label: string): Promise<number | undefined> {
    return (await this.snapshot(name, [label])).labels.get(label);
  }

  /** The decrypted value of one version; undefined when SSM has no such version (never written, or dropped). */
  async valueIfAny(name: string, version: number): Promise<string | undefined> {
    const selector = select(name, version);
    const found = (await this.resolve([selector], true)).get(selector);
    if (found && found.Value === undefined) throw new Error(`GetParameters returned no value for ${selector}`);
    return found?.Value;
  }

  /** The decrypted value of one version (rollback reads the value it restores). */
  async valueOf(name: string, version: number): Promise<string> {
    const value = await this.valueIfAny(name, version);
    if (value === undefined) throw new Error(`GetParameters found no version ${version} of ${name}`);
    return value;
  }

  /** One PutParameter, not retried here: the caller decides after an ambiguous failure. */
  async putOnce(input: PutParameterCommandInput): Promise<number> {
    const { Version } = await this.client.send(new PutParameterCommand(input));
    if (Version === undefined) throw new Error(`PutParameter returned no version for ${input.Name}`);
    return Version;
  }

  /** Moves labels onto a version; labels SSM rejects come back in InvalidLabels, which is a failure here. */
  async label(name: string, version: number, labels: string[]): Promise<void> {
    const { InvalidLabels } = await this.repeatable('LabelParameterVersion', () =>
      this.client.send(new LabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: labels })),
    );
    if (InvalidLabels && InvalidLabels.length > 0) {
      throw new InvalidLabelsError(name, version, InvalidLabels);
    }
  }

  async addTags(name: string, tags: readonly { key: string; value: string }[]): Promise<void> {
    await this.repeatable('AddTagsToResource', () =>
      this.client.send(
        new AddTagsToResourceCommand({
          ResourceType: 'Parameter',
          ResourceId: name,
          Tags: tags.map((t) => ({ Key: t.key, Value: t.value })),
        }),
      ),
    );
  }

  /**
   * Versions newer than `afterVersion`, oldest first, all pages. SSM keeps at
   * most 100 versions and a page holds at most 50 (GetParameterHistory,
   * MaxResults 1-50, AWS API reference), so this is one call for a parameter
   * with up to 50 versions and two beyond; sorting here makes the result not
   * depend on the order the pages come in.
   */
  async history(name: string, options: { decrypt: boolean; afterVersion?: number }): Promise<HistoryEntry[]> {
    const entries: HistoryEntry[] = [];
    let nextToken: string | undefined;
    do {
      const token = nextToken;
      const page = await this.repeatable('GetParameterHistory', () =>
        this.client.send(
          new GetParameterHistoryCommand({
            Name: name,
            WithDecryption: options.decrypt,
            MaxResults: 50,
            ...(token ? { NextToken: token } : {}),
          }),
        ),
      );
      for (const p of page.Parameters ?? []) {
        if (p.Version === undefined || p.Version <= (options.afterVersion ?? 0)) continue;
        entries.push({
          version: p.Version,
          type: p.Type,
          value: p.Value,
          labels: p.Labels ?? [],
          lastModified: p.LastModifiedDate,
          lastModifiedUser: p.LastModifiedUser,
          keyId: p.KeyId,
          tier: p.Tier,
        });
      }
      nextToken = page.NextToken;
    } while (nextToken);
    return entries.sort((a, b) => a.version - b.version);
  }
}

export class InvalidLabelsError extends Error {
  readonly labels: readonly string[];
  constructor(name: string, version: number, labels: readonly string[]) {
    super(`LabelParameterVersion on ${name} version ${version} rejected the labels ${labels.join(', ')}`);
    this.name = 'InvalidLabelsError';
    this.labels = labels;
  }
}
