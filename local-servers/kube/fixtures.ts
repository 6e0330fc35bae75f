// Example objects for tests and the demo: a SecretStore for AWS SSM Parameter Store, an
// ExternalSecret (refreshPolicy OnChange) syncing one parameter into a Secret, and workloads that
// read that Secret.

import type { KubeObject } from './objects.ts';

export interface ExampleOptions {
  namespace?: string;
  /** SSM parameter the ExternalSecret reads. */
  parameterName?: string;
  /** Name of the ExternalSecret and of its target Secret. */
  externalSecretName?: string;
  /** Key in the target Secret. */
  secretKey?: string;
  secretStoreName?: string;
  region?: string;
  /** null leaves refreshPolicy unset (ESO then refreshes periodically). */
  refreshPolicy?: 'OnChange' | 'Periodic' | 'CreatedOnce' | null;
  refreshInterval?: string;
  workloadName?: string;
  replicas?: number;
}

const defaults = {
  namespace: 'default',
  parameterName: '/rotate-deploy-token/demo/deploy-token',
  externalSecretName: 'deploy-token',
  secretKey: 'token',
  secretStoreName: 'aws-parameter-store',
  region: 'us-east-1',
  refreshPolicy: 'OnChange' as const,
  refreshInterval: '1h',
  workloadName: 'api',
  replicas: 2,
};

export const exampleSecretStore = (options: ExampleOptions = {}): KubeObject => {
  const o = { ...defaults, ...options };
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'SecretStore',
    metadata: { name: o.secretStoreName, namespace: o.namespace },
    spec: {
      provider: {
        aws: {
          service: 'ParameterStore',
          region: o.region,
          auth: { jwt: { serviceAccountRef: { name: 'external-secrets' } } },
        },
      },
    },
  };
};

export const exampleExternalSecret = (options: ExampleOptions = {}): KubeObject => {
  const o = { ...defaults, ...options };
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: o.externalSecretName, namespace: o.namespace },
    spec: {
      ...(o.refreshPolicy === null ? {} : { refreshPolicy: o.refreshPolicy }),
      refreshInterval: o.refreshInterval,
      secretStoreRef: { name: o.secretStoreName, kind: 'SecretStore' },
      target: { name: o.externalSecretName, creationPolicy: 'Owner' },
      data: [{ secretKey: o.secretKey, remoteRef: { key: o.parameterName } }],
    },
  };
};

const podTemplate = (name: string, secretName: string, secretKey: string): Record<string, unknown> => ({
  metadata: { labels: { app: name } },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'registry.example.com/app:1.0.0',
        env: [{ name: 'DEPLOY_TOKEN', valueFrom: { secretKeyRef: { name: secretName, key: secretKey } } }],
      },
    ],
  },
});

export const exampleDeployment = (options: ExampleOptions = {}): KubeObject => {
  const o = { ...defaults, ...options };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: o.workloadName, namespace: o.namespace, labels: { app: o.workloadName } },
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: { app: o.workloadName } },
      template: podTemplate(o.workloadName, o.externalSecretName, o.secretKey),
    },
  };
};

export const exampleStatefulSet = (options: ExampleOptions = {}): KubeObject => {
  const o = { ...defaults, workloadName: 'worker', ...options };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: o.workloadName, namespace: o.namespace },
    spec: {
      replicas: o.replicas,
      serviceName: o.workloadName,
      selector: { matchLabels: { app: o.workloadName } },
      template: podTemplate(o.workloadName, o.externalSecretName, o.secretKey),
    },
  };
};

export const exampleDaemonSet = (options: ExampleOptions = {}): KubeObject => {
  const o = { ...defaults, workloadName: 'agent', ...options };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: o.workloadName, namespace: o.namespace },
    spec: {
      selector: { matchLabels: { app: o.workloadName } },
      template: podTemplate(o.workloadName, o.externalSecretName, o.secretKey),
    },
  };
};

/** SecretStore, ExternalSecret and a Deployment reading the synced Secret. */
export const exampleObjects = (options: ExampleOptions = {}): KubeObject[] => [
  exampleSecretStore(options),
  exampleExternalSecret(options),
  exampleDeployment(options),
];

/** An Argo Rollout (argoproj.io/v1alpha1, basic canary) whose pods read the synced Secret. */
export const exampleRollout = (options: ExampleOptions = {}): KubeObject => {
  const o = { ...defaults, workloadName: 'web', ...options };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: { name: o.workloadName, namespace: o.namespace },
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: { app: o.workloadName } },
      template: podTemplate(o.workloadName, o.externalSecretName, o.secretKey),
      strategy: { canary: {} },
    },
  };
};
