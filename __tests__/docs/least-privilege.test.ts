import { describe, expect, test } from '@jest/globals';
import { parseYamlDocuments, readRepoFile } from './repo-files.ts';
import { parameterReads, readBlocker, refreshBlocker, storeVerdict } from '../../src/kube/eso-rules.ts';
import { verifyBlocker } from '../../src/kube/eso-target-rules.ts';
import type { ExternalSecretObject, StoreObject } from '../../src/kube/eso-rules.ts';

// The product contract's "Security promises": exactly these, no more.
const SPEC_SSM_ACTIONS = ['ssm:AddTagsToResource', 'ssm:GetParameterHistory', 'ssm:GetParameters', 'ssm:LabelParameterVersion', 'ssm:PutParameter'];
const SPEC_KMS_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'];
// `list` on the kinds auto searches (SPEC.md: "only when it is used") is in its own rules.
const SPEC_RBAC: Record<string, string[]> = {
  'external-secrets.io/externalsecrets': ['get', 'list', 'patch', 'watch'],
  'external-secrets.io/secretstores': ['get'],
  '/secrets': ['get'],
  '/events': ['list'],
  'apps/deployments': ['get', 'list', 'patch', 'watch'],
  'apps/statefulsets': ['get', 'list', 'patch', 'watch'],
  'apps/daemonsets': ['get', 'list', 'patch', 'watch'],
  'argoproj.io/rollouts': ['get', 'list', 'patch', 'watch'],
};
const AUTO_LISTS = [
  [['external-secrets.io'], ['externalsecrets'], ['list']],
  [['apps'], ['deployments', 'statefulsets', 'daemonsets'], ['list']],
  [['argoproj.io'], ['rollouts'], ['list']],
];

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string>>;
}

const policy = JSON.parse(readRepoFile('examples/iam-policy.json')) as { Statement: Statement[] };
const actionsOf = (statement: Statement): string[] => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]);

describe('examples/iam-policy.json', () => {
  test('allows exactly the SSM and KMS actions SPEC.md promises', () => {
    const allowed = policy.Statement.filter((s) => s.Effect === 'Allow').flatMap(actionsOf);
    expect([...allowed].sort()).toEqual([...SPEC_SSM_ACTIONS, ...SPEC_KMS_ACTIONS].sort());
  });

  test('grants no wildcard action or resource', () => {
    for (const statement of policy.Statement) {
      expect(actionsOf(statement).filter((action) => action.includes('*'))).toEqual([]);
      expect([statement.Resource].flat().filter((resource) => resource === '*')).toEqual([]);
    }
  });

  test('scopes SSM actions to the parameter ARN and KMS actions to the key through SSM only', () => {
    for (const statement of policy.Statement) {
      const actions = actionsOf(statement);
      const resources = [statement.Resource].flat();
      if (actions.every((action) => action.startsWith('ssm:'))) {
        expect(resources).toEqual([expect.stringMatching(/^arn:aws:ssm:[^:]+:[^:]+:parameter\//)]);
      } else {
        expect(actions.every((action) => action.startsWith('kms:'))).toBe(true);
        expect(resources).toEqual([expect.stringMatching(/^arn:aws:kms:[^:]+:[^:]+:key\//)]);
        expect(statement.Condition?.StringEquals?.['kms:ViaService']).toMatch(/^ssm\.[^.]+\.amazonaws\.com$/);
      }
    }
  });

  test('the README names every action of the policy', () => {
    const readme = readRepoFile('README.md');
    const unnamed = [...SPEC_SSM_ACTIONS, ...SPEC_KMS_ACTIONS].filter((action) => !readme.includes(action));
    expect(unnamed).toEqual([]);
  });
});

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}
interface RbacObject {
  kind: string;
  rules?: Rule[];
  roleRef?: { kind: string; name: string };
  metadata: { name: string };
}

describe('examples/rbac.yaml', () => {
  const objects = parseYamlDocuments('examples/rbac.yaml') as RbacObject[];
  const role = objects.find((object) => object.kind === 'Role');
  const binding = objects.find((object) => object.kind === 'RoleBinding');

  test('grants exactly the verbs SPEC.md lists, per resource', () => {
    const granted: Record<string, string[]> = {};
    for (const rule of role?.rules ?? []) {
      for (const group of rule.apiGroups) {
        for (const resource of rule.resources) {
          const key = `${group}/${resource}`;
          granted[key] = [...new Set([...(granted[key] ?? []), ...rule.verbs])].sort();
        }
      }
    }
    expect(granted).toEqual(SPEC_RBAC);
  });

  test('uses no wildcard and is namespaced (a Role, not a ClusterRole)', () => {
    expect(role?.kind).toBe('Role');
    expect(objects.some((object) => object.kind.startsWith('Cluster'))).toBe(false);
    const wildcards = (role?.rules ?? []).flatMap((rule) => [...rule.apiGroups, ...rule.resources, ...rule.verbs]);
    expect(wildcards.filter((entry) => entry.includes('*'))).toEqual([]);
  });

  test('the list verbs of auto are rules of their own, so they can be dropped without auto', () => {
    const lists = (role?.rules ?? []).filter((rule) => rule.verbs.includes('list') && !rule.resources.includes('events'));
    expect(lists.map((rule) => [rule.apiGroups, rule.resources, rule.verbs])).toEqual(AUTO_LISTS);
  });

  test('the RoleBinding binds that Role', () => {
    expect(binding?.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role?.metadata.name });
  });
});

describe('examples/rbac-clusterexternalsecret.yaml', () => {
  const objects = parseYamlDocuments('examples/rbac-clusterexternalsecret.yaml') as RbacObject[];
  const role = objects.find((object) => object.kind === 'ClusterRole');

  test('grants get and patch on clusterexternalsecrets and get on clustersecretstores, by name, and nothing else', () => {
    expect((role?.rules ?? []).map((rule) => [rule.apiGroups, rule.resources, rule.verbs, (rule.resourceNames ?? []).length > 0])).toEqual([
      [['external-secrets.io'], ['clusterexternalsecrets'], ['get', 'patch'], true],
      [['external-secrets.io'], ['clustersecretstores'], ['get'], true],
    ]);
    expect(objects.find((object) => object.kind === 'ClusterRoleBinding')?.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: role?.metadata.name,
    });
  });

  test('the README lists those verbs', () => {
    const readme = readRepoFile('README.md');
    expect(readme).toContain('| `clusterexternalsecrets` (`external-secrets.io`) | `get`, `patch` |');
    expect(readme).toContain('| `secretstores`, `clustersecretstores` (`external-secrets.io`) | `get` |');
  });
});

describe('examples/rbac-auto-cluster.yaml (search-namespaces: *)', () => {
  const objects = parseYamlDocuments('examples/rbac-auto-cluster.yaml') as RbacObject[];
  const role = objects.find((object) => object.kind === 'ClusterRole');

  test('grants only the cluster-wide list verbs auto needs, and binds them', () => {
    expect((role?.rules ?? []).map((rule) => [rule.apiGroups, rule.resources, rule.verbs])).toEqual(AUTO_LISTS);
    expect(objects.find((object) => object.kind === 'ClusterRoleBinding')?.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: role?.metadata.name,
    });
  });

  test('the README lists those verbs and both files', () => {
    const readme = readRepoFile('README.md');
    expect(readme).toContain(
      '| `externalsecrets` (`external-secrets.io`); `deployments`, `statefulsets`, `daemonsets` (`apps`); `rollouts` (`argoproj.io`) | `list` |',
    );
    expect(readme).toContain('[`examples/rbac-auto-cluster.yaml`](examples/rbac-auto-cluster.yaml)');
  });
});

describe('examples/externalsecret.yaml', () => {
  interface EsoObject {
    apiVersion: string;
    kind: string;
    spec: {
      refreshPolicy?: string;
      refreshInterval?: string;
      provider?: { aws?: { service?: string } };
      data?: { secretKey: string; remoteRef: { key: string; version?: string } }[];
    };
  }
  const objects = parseYamlDocuments('examples/externalsecret.yaml') as EsoObject[];
  const externalSecret = objects.find((object) => object.kind === 'ExternalSecret');
  const store = objects.find((object) => object.kind === 'SecretStore');

  test('is external-secrets.io/v1 with a refresh policy that lets force-sync work', () => {
    expect(objects.map((object) => object.apiVersion)).toEqual(['external-secrets.io/v1', 'external-secrets.io/v1']);
    expect(externalSecret?.spec.refreshPolicy).toBe('OnChange');
    expect(['0', '0s']).not.toContain(externalSecret?.spec.refreshInterval);
    expect(store?.spec.provider?.aws?.service).toBe('ParameterStore');
  });

  test('maps the current and the previous version of one parameter into two keys', () => {
    const refs = externalSecret?.spec.data?.map((entry) => [entry.secretKey, entry.remoteRef.version]);
    expect(refs).toEqual([
      ['token', 'current'],
      ['token-previous', 'previous'],
    ]);
    expect(new Set(externalSecret?.spec.data?.map((entry) => entry.remoteRef.key)).size).toBe(1);
  });

  test('passes every preflight rule of the action (ESO rules in src/kube/eso-rules.ts)', () => {
    const es = externalSecret as unknown as ExternalSecretObject;
    expect(refreshBlocker(es, undefined)).toBeUndefined();
    const verdict = storeVerdict(store as unknown as StoreObject, 'SecretStore app/parameter-store', 'eu-west-1');
    expect(verdict).toEqual({ prefix: '' });
    const reads = parameterReads(es, '/team/app/token', '');
    expect(reads.map((read) => read.selector)).toEqual(['current', 'previous']);
    expect(readBlocker(reads, '/team/app/token', true, '')).toBeUndefined();
    // With version-labels: false the labels would not move: the action refuses it.
    expect(readBlocker(reads, '/team/app/token', false, '')?.reason).toContain('version-labels: false');
    expect(verifyBlocker(es, 'token')).toBeUndefined();
  });
});
