// Bearer-token authentication and an RBAC-style allowlist, answering as the apiserver's
// authentication and authorization filters do.

import { timingSafeEqual } from 'node:crypto';

import type { AuthorizationAttributes } from './api-errors.ts';

/** One allowed permission; '*' matches anything. `resource` may name a subresource ('deployments/status'). */
export interface RbacRule {
  verb: string | string[];
  resource: string | string[];
  /** API group ('' for core); any group when omitted. */
  group?: string | string[];
  /** Namespace the rule is limited to; all namespaces when omitted. */
  namespace?: string | string[];
  /** Object names the rule is limited to; all names when omitted. */
  name?: string | string[];
}

const listOf = (value: string | string[] | undefined): string[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

const allows = (allowed: string[] | undefined, actual: string): boolean => allowed === undefined || allowed.includes('*') || allowed.includes(actual);

export class AccessControl {
  token: string;
  user: string;
  private rules: RbacRule[] | null = null;

  constructor(token: string, user: string) {
    this.token = token;
    this.user = user;
  }

  /** True when the Authorization header carries this server's bearer token. */
  authenticate(authorization: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return false;
    const presented = Buffer.from(match[1] ?? '');
    const expected = Buffer.from(this.token);
    return presented.length === expected.length && timingSafeEqual(presented, expected);
  }

  /** Restricts every resource request to these rules; null allows everything again. */
  allowOnly(rules: RbacRule[] | null): void {
    this.rules = rules === null ? null : rules.map((rule) => ({ ...rule }));
  }

  /** The current allowlist (null: everything allowed). */
  get allowlist(): RbacRule[] | null {
    return this.rules === null ? null : this.rules.map((rule) => ({ ...rule }));
  }

  /** The rules that apply in `namespace` (those limited to no namespace, or to this one); null: everything allowed. */
  rulesIn(namespace: string): RbacRule[] | null {
    if (this.rules === null) return null;
    return this.rules.filter((rule) => allows(listOf(rule.namespace), namespace)).map((rule) => ({ ...rule }));
  }

  authorize(attributes: AuthorizationAttributes): boolean {
    if (this.rules === null) return true;
    const resource = attributes.subresource ? `${attributes.resource}/${attributes.subresource}` : attributes.resource;
    return this.rules.some((rule) => {
      const resources = listOf(rule.resource) ?? [];
      const resourceAllowed =
        resources.includes('*') ||
        resources.includes(resource) ||
        (attributes.subresource !== '' && resources.includes(`*/${attributes.subresource}`)) ||
        (attributes.subresource !== '' && resources.includes(`${attributes.resource}/*`));
      return (
        resourceAllowed &&
        allows(listOf(rule.verb), attributes.verb) &&
        allows(listOf(rule.group), attributes.group) &&
        allows(listOf(rule.namespace), attributes.namespace) &&
        (listOf(rule.name) === undefined || (attributes.name !== '' && allows(listOf(rule.name), attributes.name)))
      );
    });
  }
}
