import type { RotationConfig } from './inputs.ts';
import { describeRef } from './kube/targets.ts';
import type { Progress } from './progress.ts';

/**
 * The `::debug::` lines the runner shows with ACTIONS_STEP_DEBUG. They say
 * what the run was asked to do and where it stands; they never carry a token
 * (none exists when the inputs are read, and Progress holds only the
 * fingerprint) and never the kubeconfig's content (it holds credentials).
 */

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));
const ms = (value: number): string => `${Math.round(value / 1000)}s`;

export function describeConfig(config: RotationConfig): string {
  const { token } = config;
  return [
    config.setForm ? `inputs: parameters ${list(config.parameters.map((p) => `${p.name}=${p.key}`))}` : `inputs: parameter ${config.parameterName}`,
    `region ${config.region}`,
    `tier ${config.tier ?? 'the tier the parameter has, else Standard'}`,
    `kms-key-id ${config.kmsKeyId ?? 'the key the parameter uses, else alias/aws/ssm'}`,
    config.parameters.some((p) => p.valueFile !== undefined)
      ? `values from files ${list(config.parameters.map((p) => p.valueFile ?? ''))}`
      : `token ${token.bytes} bytes ${token.encoding}${token.prefix === '' ? ' without prefix' : ` prefix ${token.prefix}`}`,
    `tags ${list(config.tags.map((tag) => tag.key))}`,
    `version-labels ${config.versionLabels}`,
    `external-secrets ${list([...(config.discovery?.externalSecrets ? ['auto'] : []), ...config.externalSecrets.map(describeRef)])}`,
    `verify-secret-key ${config.verifySecretKey ?? 'none'}`,
    `restart ${list([...(config.discovery?.restart ? ['auto'] : []), ...config.restart.map(describeRef)])}`,
    ...(config.discovery ? [`search-namespaces ${config.discovery.namespaces === '*' ? '*' : config.discovery.namespaces.join(', ')}`] : []),
    `kubeconfig ${config.kubeconfig === undefined ? 'not given' : 'given'}`,
    `kube-context ${config.kubeContext ?? 'current-context'}`,
    `sync-timeout ${ms(config.syncTimeoutMs)}`,
    `rollout-timeout ${ms(config.rolloutTimeoutMs)}`,
    `rollback-on-failure ${config.rollbackOnFailure}`,
    `dry-run ${config.dryRun}`,
  ].join(', ');
}

export function describeProgress(progress: Progress): string {
  const versions = [
    progress.version === undefined ? undefined : `version ${progress.version}`,
    progress.replacedVersion === undefined ? undefined : `replacing ${progress.replacedVersion}`,
  ].filter((part) => part !== undefined);
  return `saved phase ${progress.phase} for the post step${versions.length > 0 ? ` (${versions.join(', ')})` : ''}`;
}
