/**
 * Every SSM call the server answered (or dropped), so a test can assert what
 * a client actually sent: which operations, how often, and with what result.
 */

export interface RequestRecord {
  /** Sequence number, from 1. */
  seq: number;
  time: Date;
  operation: string;
  /** The parameter the call was about (Name, ResourceId, Path or the first of Names). */
  parameterName?: string;
  accessKeyId?: string;
  /** HTTP status sent; 0 when the response was deliberately lost. */
  status: number;
  /** The error type answered, when not a success. */
  error?: string;
  /** Fault kinds that fired for this call. */
  faults: string[];
  durationMs: number;
}

export class RequestLog {
  #records: RequestRecord[] = [];
  #seq = 0;

  add(record: Omit<RequestRecord, 'seq'>): RequestRecord {
    const full = { ...record, seq: ++this.#seq };
    this.#records.push(full);
    return full;
  }

  /** All records, oldest first. */
  all(): RequestRecord[] {
    return this.#records.map((record) => ({ ...record, faults: [...record.faults] }));
  }

  /** Records of one operation, oldest first. */
  of(operation: string): RequestRecord[] {
    return this.all().filter((record) => record.operation === operation);
  }

  /** Number of calls, of one operation or of all. */
  count(operation?: string): number {
    return operation === undefined ? this.#records.length : this.#records.filter((record) => record.operation === operation).length;
  }

  countsByOperation(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const record of this.#records) counts[record.operation] = (counts[record.operation] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.#records = [];
  }
}
