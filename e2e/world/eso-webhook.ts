import { createWriteStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BIN, GO_COMPONENTS } from '../components.ts';
import { startComponent } from '../components/start.ts';
import type { StartedComponent } from '../components/start.ts';
import type { ComponentSpec } from '../components/spec.ts';
import type { ClusterCertificates } from './certs.ts';

/**
 * ESO's validating webhook as its Helm chart runs it (v0.16.2: templates/webhook-deployment.yaml and
 * validatingwebhook.yaml, `webhook.failurePolicy: Fail`), so the API server rejects what a
 * production cluster rejects. Same binary as the controller, subcommand `webhook`
 * (cmd/controller/webhook.go).
 */

const ESO_BUILD = GO_COMPONENTS.find((component) => component.module === 'eso');

/** The webhook server binds every interface on --port with no flag for the address: it runs in a private network (private-network.ts). */
function webhookSpec(certDir: string): ComponentSpec {
  if (!ESO_BUILD) throw new Error('GO_COMPONENTS has no eso module');
  return {
    name: 'eso-webhook',
    binary: 'external-secrets',
    build: ESO_BUILD,
    args: (_kubeconfig, ports) => [
      'webhook',
      `--port=${String(ports.webhook)}`,
      // The world's server certificate names localhost (certs.ts).
      '--dns-name=localhost',
      `--cert-dir=${certDir}`,
      `--metrics-addr=127.0.0.1:${String(ports.metrics)}`,
      `--healthz-addr=127.0.0.1:${String(ports.healthz)}`,
      '--loglevel=info',
      '--zap-time-encoding=iso8601',
      // The default, 90 days, is longer than the world's two-day certificates: the webhook would shut itself down at its first check.
      '--lookahead-interval=1h',
    ],
    env: (kubeconfig) => ({ KUBECONFIG: kubeconfig }),
    innerPorts: [
      { name: 'webhook', port: 10250 },
      { name: 'metrics', port: 8080 },
      { name: 'healthz', port: 8081 },
    ],
    ready: { port: 'healthz', path: '/readyz' },
    expectedVersion: /.*/,
  };
}

/** The chart's two ValidatingWebhookConfigurations, pointing at the webhook's host relay on loopback. */
export function webhookConfigurations(port: number, caPem: string): unknown[] {
  const caBundle = Buffer.from(caPem).toString('base64');
  const hook = (kind: string, plural: string, scope: string, failurePolicy?: string): Record<string, unknown> => ({
    name: `validate.${kind}.external-secrets.io`,
    rules: [{ apiGroups: ['external-secrets.io'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE', 'DELETE'], resources: [plural], scope }],
    clientConfig: { url: `https://127.0.0.1:${String(port)}/validate-external-secrets-io-v1-${kind}`, caBundle },
    admissionReviewVersions: ['v1', 'v1beta1'],
    sideEffects: 'None',
    timeoutSeconds: 5,
    ...(failurePolicy ? { failurePolicy } : {}),
  });
  return [
    {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'secretstore-validate' },
      webhooks: [hook('secretstore', 'secretstores', 'Namespaced'), hook('clustersecretstore', 'clustersecretstores', 'Cluster')],
    },
    {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'externalsecret-validate' },
      webhooks: [hook('externalsecret', 'externalsecrets', 'Namespaced', 'Fail')],
    },
  ];
}

export interface WebhookContext {
  readonly dir: string;
  readonly logDir: string;
  readonly apiPort: number;
  readonly kubeconfig: string;
  readonly certs: ClusterCertificates;
}

/** Starts the webhook with the world's server certificate as tls.crt/tls.key and its CA as ca.crt (the names webhook.go reads). */
export async function startEsoWebhook(context: WebhookContext): Promise<StartedComponent> {
  const certDir = join(context.dir, 'eso-webhook-certs');
  await mkdir(certDir, { recursive: true });
  await copyFile(context.certs.serverCertFile, join(certDir, 'tls.crt'));
  await copyFile(context.certs.serverKeyFile, join(certDir, 'tls.key'));
  await copyFile(context.certs.caFile, join(certDir, 'ca.crt'));
  const log = createWriteStream(join(context.logDir, 'eso-webhook.log'));
  return startComponent(webhookSpec(certDir), {
    binDir: BIN,
    kubeconfig: context.kubeconfig,
    apiPort: context.apiPort,
    namespace: 'external-secrets',
    socketDir: join(context.dir, 'sockets', 'eso-webhook'),
    readyTimeoutMs: 90_000,
    onOutput: (chunk) => log.write(chunk),
  });
}
