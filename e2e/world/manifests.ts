import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { ROOT } from '../components.ts';
import { AWS_CREDENTIALS_FOR_STORE } from './credentials.ts';
import { esoControllerRbac } from './eso-rbac.ts';

/** The objects the e2e world and its scenarios put into the cluster. */

/** The action's identity: the ServiceAccount examples/rbac.yaml binds; the world gives it a TokenRequest token. */
export const ACTION_SERVICE_ACCOUNT = { namespace: 'app', name: 'rotate-deploy-token' };
/** ESO's own identity: the ServiceAccount the chart creates (release name external-secrets). */
export const ESO_SERVICE_ACCOUNT = { namespace: 'external-secrets', name: 'external-secrets' };
/** The webhook's ServiceAccount (the chart's webhook-serviceaccount.yaml), bound to no role, as the chart leaves it. */
export const ESO_WEBHOOK_SERVICE_ACCOUNT = { namespace: 'external-secrets', name: 'external-secrets-webhook' };
/** The user name the API server gives a ServiceAccount's token, and RBAC matches a ServiceAccount subject by. */
const serviceAccountUser = (account: { namespace: string; name: string }): string => `system:serviceaccount:${account.namespace}:${account.name}`;
export const ACTION_USER = serviceAccountUser(ACTION_SERVICE_ACCOUNT);
export const ESO_USER = serviceAccountUser(ESO_SERVICE_ACCOUNT);
export const KWOK_NODES = ['kwok-node-0', 'kwok-node-1'];

const yamlDocuments = (objects: readonly unknown[]): string => objects.map((o) => stringify(o)).join('---\n');

/** Cluster-wide objects: the namespaces, the action's and ESO's ServiceAccounts, ESO's access, and kwok's fake nodes. */
export function clusterManifests(): string {
  return yamlDocuments([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'external-secrets' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'app' } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: ACTION_SERVICE_ACCOUNT },
    // The chart's serviceaccount.yaml and rbac.yaml.
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: ESO_SERVICE_ACCOUNT },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: ESO_WEBHOOK_SERVICE_ACCOUNT },
    ...esoControllerRbac(ESO_SERVICE_ACCOUNT),
    ...KWOK_NODES.map((name) => ({
      apiVersion: 'v1',
      kind: 'Node',
      // kwok --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake takes these nodes over.
      metadata: { name, annotations: { 'kwok.x-k8s.io/node': 'fake' }, labels: { type: 'kwok', 'kubernetes.io/hostname': name } },
    })),
  ]);
}

interface Manifest {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  [field: string]: unknown;
}

/** The documents of one of the project's example files. */
export function exampleDocuments(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(join(ROOT, 'examples', file), 'utf8')).map((doc) => doc.toJSON() as Manifest);
}

/** examples/rbac.yaml for one namespace: the Role and its RoleBinding, the subject (the action's ServiceAccount in `app`) unchanged. */
export function actionRbac(namespace: string): Manifest[] {
  return exampleDocuments('rbac.yaml').map((doc) => ({ ...doc, metadata: { ...doc.metadata, namespace } }));
}

/** The SecretStore of examples/externalsecret.yaml, authenticated with static keys from a Secret (as a cluster without IRSA does). */
export function parameterStore(namespace: string, region: string): Manifest[] {
  const example = exampleDocuments('externalsecret.yaml').find((doc) => doc.kind === 'SecretStore');
  if (!example) throw new Error('examples/externalsecret.yaml has no SecretStore');
  const store = structuredClone(example) as Manifest & { spec: { provider: { aws: Record<string, unknown> } } };
  store.metadata = { ...store.metadata, namespace };
  store.spec.provider.aws.region = region;
  store.spec.provider.aws.auth = {
    secretRef: {
      accessKeyIDSecretRef: { name: 'aws-credentials', key: 'access-key-id' },
      secretAccessKeySecretRef: { name: 'aws-credentials', key: 'secret-access-key' },
    },
  };
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'aws-credentials', namespace },
      stringData: { 'access-key-id': AWS_CREDENTIALS_FOR_STORE.accessKeyId, 'secret-access-key': AWS_CREDENTIALS_FOR_STORE.secretAccessKey },
    },
    store,
  ];
}

export const toYaml = yamlDocuments;
