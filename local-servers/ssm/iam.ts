import { randomUUID } from 'node:crypto';
import type { Caller } from './store.ts';
import { SsmError } from './ssm-error.ts';

/**
 * Who is calling and what they may do. The caller comes from the SigV4
 * Authorization header (the signature itself is not verified); what they may
 * do is an optional allow-list of IAM actions, so tests can prove that a
 * client needs exactly the permissions it documents. IAM policies belong to
 * a principal, so one access key can have an allow-list of its own (the
 * rotating role and ESO's role are different principals with different
 * policies); the others follow the shared one.
 */

const CREDENTIAL_PATTERN = /Credential=([^/,\s]+)\//;

/** The access key id of a SigV4-signed request, or undefined when it is not signed. */
export function accessKeyIdFromAuthorization(header: string | undefined): string | undefined {
  if (!header?.startsWith('AWS4-HMAC-SHA256')) return undefined;
  return CREDENTIAL_PATTERN.exec(header)?.[1];
}

/** An IAM action pattern (`ssm:Get*`, `kms:*`, `*`) as a case-insensitive matcher, like IAM's. */
function actionMatcher(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

export class IamPolicy {
  readonly accountId: string;
  readonly #users = new Map<string, string>();
  #allowed: string[] | null = null;
  #matchers: RegExp[] = [];
  readonly #perKey = new Map<string, { actions: string[]; matchers: RegExp[] }>();

  constructor(accountId: string, users: Record<string, string> = {}) {
    this.accountId = accountId;
    for (const [accessKeyId, arn] of Object.entries(users)) this.#users.set(accessKeyId, arn);
  }

  /** The caller for an access key: a configured ARN, else an IAM user named after the key. */
  callerFor(accessKeyId: string): Caller {
    return { accessKeyId, arn: this.#users.get(accessKeyId) ?? `arn:aws:iam::${this.accountId}:user/${accessKeyId}` };
  }

  /** Maps an access key id to the principal ARN that SSM should report for it. */
  setUser(accessKeyId: string, arn: string): void {
    this.#users.set(accessKeyId, arn);
  }

  /**
   * Allows only these actions from now on (e.g. `ssm:PutParameter`,
   * `kms:Encrypt`, wildcards allowed); `null` allows everything again.
   */
  allowOnly(actions: readonly string[] | null): void {
    this.#allowed = actions === null ? null : [...actions];
    this.#matchers = this.#allowed?.map(actionMatcher) ?? [];
  }

  /**
   * Allows only these actions to one access key from now on, whatever the
   * shared list says; `null` makes the key follow the shared list again.
   */
  allowOnlyFor(accessKeyId: string, actions: readonly string[] | null): void {
    if (actions === null) this.#perKey.delete(accessKeyId);
    else this.#perKey.set(accessKeyId, { actions: [...actions], matchers: actions.map(actionMatcher) });
  }

  /** The allow-list one access key is held to: its own, else the shared one (null: everything). */
  allowedFor(accessKeyId: string): string[] | null {
    const own = this.#perKey.get(accessKeyId);
    return own ? [...own.actions] : this.allowed();
  }

  /** The allow-list in force, or null when everything is allowed. */
  allowed(): string[] | null {
    return this.#allowed === null ? null : [...this.#allowed];
  }

  isAllowed(action: string, accessKeyId?: string): boolean {
    const own = accessKeyId === undefined ? undefined : this.#perKey.get(accessKeyId);
    if (own) return own.matchers.some((matcher) => matcher.test(action));
    return this.#allowed === null || this.#matchers.some((matcher) => matcher.test(action));
  }

  /** Throws the AccessDeniedException the real service returns when `action` is not allowed. */
  authorize(caller: Caller, action: string, resourceArn: string): void {
    if (this.isAllowed(action, caller.accessKeyId)) return;
    throw accessDenied(caller, action, resourceArn);
  }

  reset(): void {
    this.allowOnly(null);
    this.#perKey.clear();
  }
}

/**
 * The denial text: IAM's own for SSM actions; for KMS actions, KMS's denial
 * as SSM relays it (with the AWSKMS service suffix).
 */
export function accessDenied(caller: Caller, action: string, resourceArn: string): SsmError {
  const base =
    `User: ${caller.arn} is not authorized to perform: ${action} on resource: ${resourceArn} ` + `because no identity-based policy allows the ${action} action`;
  const message = action.startsWith('kms:')
    ? `${base} (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: ${randomUUID()}; Proxy: null)`
    : base;
  return new SsmError('AccessDeniedException', message, { messageKey: 'Message' });
}
