/**
 * ESO's controller access as its Helm chart grants it: deploy/charts/external-secrets/templates/rbac.yaml
 * at external-secrets v0.16.2, rendered with the chart's default values.yaml (rbac.create, no
 * scopedNamespace, openshiftFinalizers, processClusterStore, processClusterExternalSecret,
 * processPushSecret and processClusterPushSecret all at their defaults: true). Only the controller's
 * ClusterRole, its binding and the leader-election Role: the chart's -view/-edit aggregate roles
 * are for users, and the cert-controller's and webhook's roles belong to processes this world does not run.
 */

const RBAC = 'rbac.authorization.k8s.io';
const ESO_GROUP = 'external-secrets.io';
const ESO_KINDS = ['secretstores', 'clustersecretstores', 'externalsecrets', 'clusterexternalsecrets', 'pushsecrets', 'clusterpushsecrets'];

/** The ClusterRole, ClusterRoleBinding, Role and RoleBinding the chart creates for the controller's ServiceAccount. */
export function esoControllerRbac(serviceAccount: { namespace: string; name: string }): unknown[] {
  const subjects = [{ kind: 'ServiceAccount', ...serviceAccount }];
  return [
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'ClusterRole',
      metadata: { name: 'external-secrets-controller' },
      rules: [
        { apiGroups: [ESO_GROUP], resources: ESO_KINDS, verbs: ['get', 'list', 'watch'] },
        {
          apiGroups: [ESO_GROUP],
          // The chart's order; `/finalizers` because openshiftFinalizers defaults to true.
          resources: ['externalsecrets', 'secretstores', 'clustersecretstores', 'clusterexternalsecrets', 'pushsecrets', 'clusterpushsecrets'].flatMap(
            (kind) => [kind, `${kind}/status`, `${kind}/finalizers`],
          ),
          verbs: ['get', 'update', 'patch'],
        },
        {
          apiGroups: ['generators.external-secrets.io'],
          resources: ['generatorstates'],
          verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'],
        },
        {
          apiGroups: ['generators.external-secrets.io'],
          resources: [
            'acraccesstokens',
            'clustergenerators',
            'ecrauthorizationtokens',
            'fakes',
            'gcraccesstokens',
            'githubaccesstokens',
            'quayaccesstokens',
            'passwords',
            'stssessiontokens',
            'uuids',
            'vaultdynamicsecrets',
            'webhooks',
            'grafanas',
          ],
          verbs: ['get', 'list', 'watch'],
        },
        { apiGroups: [''], resources: ['serviceaccounts', 'namespaces'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch', 'create', 'update', 'delete', 'patch'] },
        { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
        { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
        { apiGroups: [ESO_GROUP], resources: ['externalsecrets'], verbs: ['create', 'update', 'delete'] },
        { apiGroups: [ESO_GROUP], resources: ['pushsecrets'], verbs: ['create', 'update', 'delete'] },
      ],
    },
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'ClusterRoleBinding',
      metadata: { name: 'external-secrets-controller' },
      roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: 'external-secrets-controller' },
      subjects,
    },
    // Unused while the world runs ESO with --enable-leader-election=false (one replica), kept as the chart installs it.
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'Role',
      metadata: { name: 'external-secrets-leaderelection', namespace: serviceAccount.namespace },
      rules: [
        { apiGroups: [''], resources: ['configmaps'], resourceNames: ['external-secrets-controller'], verbs: ['get', 'update', 'patch'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['create'] },
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update', 'patch'] },
      ],
    },
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'RoleBinding',
      metadata: { name: 'external-secrets-leaderelection', namespace: serviceAccount.namespace },
      roleRef: { apiGroup: RBAC, kind: 'Role', name: 'external-secrets-leaderelection' },
      subjects,
    },
  ];
}
