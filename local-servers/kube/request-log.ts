// A log of the API requests served, with counts by verb and resource for tests and benchmarks.

export interface RequestRecord {
  time: string;
  method: string;
  path: string;
  query: string;
  verb: string;
  group: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
  watch: boolean;
  status: number;
  durationMs: number;
  userAgent: string;
  /** Ids of the injected faults that hit this request. */
  faults: string[];
}

export interface RequestFilter {
  verb?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  status?: number;
}

const matches = (record: RequestRecord, filter: RequestFilter): boolean =>
  (filter.verb === undefined || record.verb === filter.verb) &&
  (filter.resource === undefined || record.resource === filter.resource || `${record.resource}/${record.subresource}` === filter.resource) &&
  (filter.subresource === undefined || record.subresource === filter.subresource) &&
  (filter.namespace === undefined || record.namespace === filter.namespace) &&
  (filter.name === undefined || record.name === filter.name) &&
  (filter.status === undefined || record.status === filter.status);

export class RequestLog {
  private records: RequestRecord[] = [];
  private readonly limit: number;

  constructor(limit = 20_000) {
    this.limit = limit;
  }

  add(record: RequestRecord): void {
    this.records.push(record);
    if (this.records.length > this.limit) this.records.splice(0, this.records.length - this.limit);
  }

  list(filter: RequestFilter = {}): RequestRecord[] {
    return this.records.filter((record) => matches(record, filter)).map((record) => ({ ...record }));
  }

  count(filter: RequestFilter = {}): number {
    return this.records.filter((record) => matches(record, filter)).length;
  }

  /** Counts keyed "verb resource[/subresource]", e.g. { "patch externalsecrets": 1, "watch deployments": 3 }. */
  countsByVerbResource(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const record of this.records) {
      const resource = record.resource ? (record.subresource ? `${record.resource}/${record.subresource}` : record.resource) : record.path;
      const key = `${record.verb} ${resource}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  clear(): void {
    this.records = [];
  }
}
