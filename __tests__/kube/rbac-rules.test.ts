import { describe, expect, test } from '@jest/globals';
import { ruleAllows, rulesAllow } from '../../src/kube/rbac-rules.ts';
import type { ResourceRequest, ResourceRule } from '../../src/kube/rbac-rules.ts';

const patchApi: ResourceRequest = { verb: 'patch', group: 'apps', resource: 'deployments', name: 'api' };

describe('ruleAllows (RBAC PolicyRule matching)', () => {
  const cases: [string, ResourceRule, ResourceRequest, boolean][] = [
    ['exact verb, group, resource', { verbs: ['get', 'patch'], apiGroups: ['apps'], resources: ['deployments'] }, patchApi, true],
    ['another verb', { verbs: ['get', 'watch'], apiGroups: ['apps'], resources: ['deployments'] }, patchApi, false],
    ['verb *', { verbs: ['*'], apiGroups: ['apps'], resources: ['deployments'] }, patchApi, true],
    ['another group', { verbs: ['patch'], apiGroups: ['extensions'], resources: ['deployments'] }, patchApi, false],
    ['group *', { verbs: ['patch'], apiGroups: ['*'], resources: ['deployments'] }, patchApi, true],
    [
      'core group is the empty string',
      { verbs: ['get'], apiGroups: [''], resources: ['secrets'] },
      { verb: 'get', group: '', resource: 'secrets', name: 'x' },
      true,
    ],
    ['core group rule does not cover apps', { verbs: ['patch'], apiGroups: [''], resources: ['deployments'] }, patchApi, false],
    ['resource *', { verbs: ['patch'], apiGroups: ['apps'], resources: ['*'] }, patchApi, true],
    ['another resource', { verbs: ['patch'], apiGroups: ['apps'], resources: ['statefulsets'] }, patchApi, false],
    ['a subresource rule does not cover the resource', { verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments/scale'] }, patchApi, false],
    [
      '*/subresource covers that subresource',
      { verbs: ['get'], apiGroups: ['apps'], resources: ['*/status'] },
      { verb: 'get', group: 'apps', resource: 'deployments', subresource: 'status', name: 'api' },
      true,
    ],
    ['resourceNames holding the name', { verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['api'] }, patchApi, true],
    ['resourceNames without the name', { verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web'] }, patchApi, false],
    ['empty resourceNames: every name', { verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'], resourceNames: [] }, patchApi, true],
    ['no verbs listed', { apiGroups: ['apps'], resources: ['deployments'] }, patchApi, false],
  ];
  test.each(cases)('%s', (_name, rule, request, expected) => {
    expect(ruleAllows(rule, request)).toBe(expected);
  });

  test('rules are additive: one allowing rule is enough', () => {
    const rules: ResourceRule[] = [
      { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectrulesreviews'] },
      { verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'] },
    ];
    expect(rulesAllow(rules, patchApi)).toBe(true);
    expect(rulesAllow(rules, { ...patchApi, verb: 'watch' })).toBe(false);
    expect(rulesAllow([], patchApi)).toBe(false);
  });
});
