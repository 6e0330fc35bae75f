import { beforeEach, describe, expect, test } from '@jest/globals';
import { exampleDaemonSet, exampleRollout, exampleStatefulSet } from '../../local-servers/kube/fixtures.ts';
import type { RbacRule } from '../../local-servers/kube/server.ts';
import { parseYamlDocuments } from '../docs/repo-files.ts';
import { NAME, NS, allowDocumentedIam, failure, run, seed, until, useWorld } from '../fault-matrix/world.ts';

/**
 * `auto` with exactly the RBAC the examples grant: the Role of examples/rbac.yaml bound in
 * the searched namespace (its `list` rules included), and for `search-namespaces: *` the
 * ClusterRole of examples/rbac-auto-cluster.yaml. Each `list` taken away alone fails the
 * preflight naming it; `*` without the ClusterRole is refused.
 */
const world = useWorld();

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}
const rulesOf = (path: string, kind: string): Rule[] =>
  ((parseYamlDocuments(path) as { kind: string; rules?: Rule[] }[]).find((object) => object.kind === kind)?.rules ?? []).filter(
    // The example limits secrets to its own Secret name; the test world's Secret is another.
    (rule) => !rule.resources.includes('secrets'),
  );

/** The example Role as bound in namespace NS, less one verb on one resource; the ClusterRole when asked. */
function allow(options: { without?: { verb: string; resource: string }; clusterWide?: boolean } = {}): void {
  allowDocumentedIam(world);
  const toRules = (rules: Rule[], namespace?: string): RbacRule[] =>
    rules.flatMap((rule) =>
      rule.resources.map((resource) => ({
        group: rule.apiGroups,
        resource,
        verb: rule.verbs.filter((verb) => !(options.without?.resource === resource && options.without.verb === verb)),
        ...(namespace ? { namespace } : {}),
      })),
    );
  const rules = [
    ...toRules(rulesOf('examples/rbac.yaml', 'Role'), NS),
    { group: '', resource: 'secrets', verb: ['get'], namespace: NS },
    ...(options.clusterWide ? toRules(rulesOf('examples/rbac-auto-cluster.yaml', 'ClusterRole')) : []),
  ].filter((rule) => rule.verb.length > 0);
  world.kube.rbac.allowOnly(rules);
}

const autoInputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  'parameter-name': NAME,
  'external-secrets': 'auto',
  restart: 'auto',
  'verify-secret-key': 'token',
  kubeconfig: world.kube.kubeconfig(),
  'sync-timeout': '5s',
  'rollout-timeout': '10s',
  ...extra,
});

describe('auto with exactly the documented RBAC', () => {
  beforeEach(async () => {
    await seed(world, { gated: true });
    world.kube.store.apply(exampleStatefulSet());
    world.kube.store.apply(exampleDaemonSet());
    world.kube.store.apply(exampleRollout());
    await world.kube.workloads.whenSettled('StatefulSet', NS, 'worker', 5000);
    await world.kube.workloads.whenSettled('DaemonSet', NS, 'agent', 5000);
    await until(() => (world.kube.store.get('rollouts', NS, 'web')?.status as { phase?: string } | undefined)?.phase === 'Healthy', 'the Rollout is Healthy');
    world.kube.requests.clear();
  });

  test('the namespaced Role with its list rules: found, synced, verified, every workload kind restarted', async () => {
    allow();
    const done = await run(world, { inputs: autoInputs() });
    expect(failure(done)).toBe('');
    for (const target of ['deployment/api', 'statefulset/worker', 'daemonset/agent', 'rollout/web']) {
      expect(done.stdout).toMatch(new RegExp(`^ROLLED-OUT ${NS}/${target} `, 'm'));
    }
    const used = Object.keys(world.kube.requests.countsByVerbResource()).filter((key) => key.startsWith('list '));
    expect(used.sort()).toEqual(['list daemonsets', 'list deployments', 'list externalsecrets', 'list rollouts', 'list statefulsets']);
  }, 30_000);

  test.each([
    ['externalsecrets', 'externalsecrets.external-secrets.io'],
    ['deployments', 'deployments.apps'],
    ['statefulsets', 'statefulsets.apps'],
    ['daemonsets', 'daemonsets.apps'],
    ['rollouts', 'rollouts.argoproj.io'],
  ])(
    'without list on %s the preflight fails naming it, before any write',
    async (resource, named) => {
      allow({ without: { verb: 'list', resource } });
      const done = await run(world, { inputs: autoInputs() });
      expect(failure(done)).toContain(`lack the RBAC verb list on ${named} in namespace ${NS}`);
      expect(failure(done)).toContain('Nothing was written anywhere.');
      expect(world.ssm.store.latest(NAME)?.version).toBe(1);
    },
    30_000,
  );

  test('search-namespaces * without the ClusterRole is refused in preflight', async () => {
    allow();
    const done = await run(world, { inputs: autoInputs({ 'search-namespaces': '*' }) });
    expect(failure(done)).toContain('lack the RBAC verb list on externalsecrets.external-secrets.io at cluster scope');
    expect(failure(done)).toContain('Grant list on externalsecrets.external-secrets.io in a ClusterRole');
    expect(world.ssm.store.latest(NAME)?.version).toBe(1);
  }, 30_000);

  test('search-namespaces * with the ClusterRole passes', async () => {
    allow({ clusterWide: true });
    const done = await run(world, { inputs: autoInputs({ 'search-namespaces': '*' }) });
    expect(failure(done)).toBe('');
    expect(world.kube.requests.count({ verb: 'list', resource: 'externalsecrets', namespace: '' })).toBe(1);
  }, 30_000);
});
