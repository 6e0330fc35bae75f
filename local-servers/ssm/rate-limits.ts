/**
 * Parameter Store's request-rate quotas as token buckets, per account and
 * region (one server is one account and region). Opt-in (the `rateLimits`
 * server option): the normal tests run without them.
 *
 * Figures, from "AWS Systems Manager endpoints and quotas" (AWS General
 * Reference, https://docs.aws.amazon.com/general/latest/gr/ssm.html, Parameter
 * Store, "Max throughput (transactions per second)"): default throughput 40,
 * shared by GetParameter, GetParameters and GetParametersByPath; higher
 * throughput (the paid service setting
 * /ssm/parameter-store/high-throughput-enabled, "Increasing or resetting
 * Parameter Store throughput" in the Systems Manager User Guide) raises the
 * shared GetParameter/GetParameters figure. The same user-guide page lists
 * PutParameter among the calls whose throughput that setting governs. The
 * per-action figures of the other operations were not available to this
 * project; `PARAMETER_STORE_DEFAULTS` enforces only the shared read bucket
 * and a PutParameter bucket whose rate must be set explicitly, and any other
 * operation can be given a bucket of its own.
 *
 * Over its rate a call is answered as AWS answers it over AWS JSON 1.1:
 * HTTP 400, `{"__type": "com.amazon.coral.availability#ThrottlingException",
 * "message": "Rate exceeded"}` (see server.ts).
 */

export interface BucketLimit {
  /** Transactions per second, refilled continuously. */
  readonly ratePerSecond: number;
  /** How many calls may arrive at once (the bucket's size); defaults to one second's worth. */
  readonly burst?: number;
  /** The operations that draw on this bucket. */
  readonly operations: readonly string[];
}

export type RateLimits = Readonly<Record<string, BucketLimit>>;

/** The documented shared read quota at its default. */
export const SHARED_READS: BucketLimit = {
  ratePerSecond: 40,
  operations: ['GetParameter', 'GetParameters', 'GetParametersByPath'],
};

interface Bucket {
  readonly name: string;
  readonly rate: number;
  readonly size: number;
  tokens: number;
  last: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  /** Calls refused, by bucket name. */
  readonly throttled = new Map<string, number>();

  constructor(limits: RateLimits, now: () => number = () => performance.now()) {
    this.now = now;
    for (const [name, limit] of Object.entries(limits)) {
      if (!(limit.ratePerSecond > 0)) throw new Error(`rate limit ${name}: ratePerSecond must be positive`);
      const size = limit.burst ?? Math.max(1, limit.ratePerSecond);
      const bucket: Bucket = { name, rate: limit.ratePerSecond, size, tokens: size, last: now() };
      for (const operation of limit.operations) this.buckets.set(operation, bucket);
    }
  }

  /** Takes one token for `operation`; false (throttled) when its bucket is empty. Unlimited operations always pass. */
  take(operation: string): boolean {
    const bucket = this.buckets.get(operation);
    if (!bucket) return true;
    const at = this.now();
    bucket.tokens = Math.min(bucket.size, bucket.tokens + ((at - bucket.last) / 1000) * bucket.rate);
    bucket.last = at;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return true;
    }
    this.throttled.set(bucket.name, (this.throttled.get(bucket.name) ?? 0) + 1);
    return false;
  }
}
