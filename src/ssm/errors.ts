/**
 * How an SSM call failed, for deciding what may be tried again:
 * - `refused`: SSM answered that it did not do it (throttling): safe to repeat;
 * - `ambiguous`: no clear answer (5xx, timeout, connection lost): it may have
 *   taken effect, so a write must be checked before it is repeated;
 * - `final`: a clear refusal that repeating will not change.
 */
export type SsmFailureKind = 'refused' | 'ambiguous' | 'final';

const THROTTLED = new Set(['ThrottlingException', 'Throttling', 'RequestLimitExceeded', 'TooManyRequestsException']);
const REFUSED = new Set([...THROTTLED, 'TooManyUpdates']);

/** The account and region are over a request-rate quota (not one parameter being busy, which is TooManyUpdates). */
export const isThrottled = (error: unknown): boolean => THROTTLED.has((error as SdkErrorShape | null)?.name ?? '');

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
}

// No credentials, or credentials AWS rejected: asking again gives the same answer, and nothing was sent
// (the SDK resolves credentials before it signs), so a write that failed this way did not land.
const CREDENTIALS = new Set([
  'CredentialsProviderError',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
]);

export function classifySsmError(error: unknown): SsmFailureKind {
  const e = (error ?? {}) as SdkErrorShape;
  if (e.name && REFUSED.has(e.name)) return 'refused';
  if (e.name && CREDENTIALS.has(e.name)) return 'final';
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return 'ambiguous';
  if (e.$fault === 'server') return 'ambiguous';
  if (status !== undefined && status >= 400) return 'final';
  // No HTTP answer at all: the connection broke or timed out.
  return e.$fault === 'client' ? 'final' : 'ambiguous';
}

/** The IAM action named in an AccessDeniedException, e.g. ssm:PutParameter or kms:Encrypt. */
export function deniedAction(error: unknown): string | undefined {
  const message = (error as SdkErrorShape | undefined)?.message ?? '';
  return /not authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1];
}

/**
 * One sentence for the user about an SSM failure, with what to do next.
 * `action` is the IAM action the call needs, named when access is denied.
 */
export function explainSsmError(error: unknown, action: string): { reason: string; next: string } {
  const e = (error ?? {}) as SdkErrorShape;
  const name = e.name ?? 'Error';
  const message = (e.message ?? String(error)).replace(/\s+/g, ' ').trim();
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied': {
      const missing = deniedAction(error) ?? action;
      return {
        reason: `the AWS credentials are not allowed ${missing} (${message})`,
        next: `Grant ${missing} on this parameter${missing.startsWith('kms:') ? "'s KMS key" : ''} to the role the workflow assumes.`,
      };
    }
    case 'InvalidKeyId':
    case 'NotFoundException':
    case 'KMSInvalidStateException':
      return {
        reason: `SSM rejected the KMS key (${name}: ${message})`,
        next: 'Check kms-key-id: the key must exist, be enabled and be usable by this role in this region.',
      };
    case 'ParameterMaxVersionLimitExceeded':
      return {
        reason: `SSM refused a new version because the oldest of the 100 kept versions still has a label (${message})`,
        next: "Remove that label (aws ssm unlabel-parameter-version) or move it to a newer version (aws ssm label-parameter-version), then run again; this action's own labels never stay on a version that could become the oldest.",
      };
    case 'ParameterVersionLabelLimitExceeded':
      return {
        reason: `SSM refused the label because the version already carries 10 labels, the most it allows (${message})`,
        next: 'Remove a label from that version (aws ssm unlabel-parameter-version), then run again.',
      };
    case 'CredentialsProviderError':
      return {
        reason: `no AWS credentials were found (${message})`,
        next: 'Configure credentials before this step, e.g. with aws-actions/configure-aws-credentials; no request was sent to SSM.',
      };
    case 'ThrottlingException':
    case 'Throttling':
    case 'RequestLimitExceeded':
    case 'TooManyRequestsException':
      return {
        reason: `SSM kept answering ${name} after every retry (${message})`,
        next: "The account is over Parameter Store's throughput quota in this region (by default 40 transactions per second, shared by every GetParameter and GetParameters call in the account): spread the deploys out, or turn on higher throughput (charged) with `aws ssm update-service-setting --setting-id /ssm/parameter-store/high-throughput-enabled --setting-value true`.",
      };
    case 'TooManyUpdates':
      return { reason: `SSM kept answering ${name} after every retry (${message})`, next: 'Another writer is busy on this parameter: run again later.' };
    case 'ExpiredTokenException':
    case 'UnrecognizedClientException':
    case 'InvalidClientTokenId':
      return {
        reason: `the AWS credentials were rejected or missing (${name}: ${message})`,
        next: 'Configure credentials before this step, e.g. with aws-actions/configure-aws-credentials.',
      };
    case 'HierarchyTypeMismatchException':
    case 'HierarchyLevelLimitExceededException':
    case 'ParameterLimitExceeded':
    case 'ValidationException':
      return { reason: `SSM rejected the request (${name}: ${message})`, next: 'Check the parameter name, tier, tags and description inputs.' };
    default:
      return { reason: `${action} failed (${name}: ${message})`, next: 'Check the AWS credentials, region and endpoint, then run again.' };
  }
}
