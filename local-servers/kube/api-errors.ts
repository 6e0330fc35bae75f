// metav1.Status errors with the reasons, codes and message formats of the real apiserver
// (k8s.io/apimachinery/pkg/api/errors).

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface StatusObject {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** A group and resource, e.g. { group: 'apps', resource: 'deployments' }. */
export interface GroupResource {
  group: string;
  resource: string;
}

export const qualifiedResource = (gr: GroupResource): string => (gr.group ? `${gr.resource}.${gr.group}` : gr.resource);

export class KubeApiError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly details: StatusDetails | undefined;

  constructor(code: number, reason: string, message: string, details?: StatusDetails) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }

  toStatus(): StatusObject {
    // Field order as the apiserver encodes metav1.Status.
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

const resourceDetails = (gr: GroupResource, name?: string): StatusDetails => {
  const details: StatusDetails = {};
  if (name) details.name = name;
  if (gr.group) details.group = gr.group;
  details.kind = gr.resource;
  return details;
};

export const notFound = (gr: GroupResource, name: string): KubeApiError =>
  new KubeApiError(404, 'NotFound', `${qualifiedResource(gr)} "${name}" not found`, resourceDetails(gr, name));

export const alreadyExists = (gr: GroupResource, name: string): KubeApiError =>
  new KubeApiError(409, 'AlreadyExists', `${qualifiedResource(gr)} "${name}" already exists`, resourceDetails(gr, name));

export const conflict = (
  gr: GroupResource,
  name: string,
  cause = 'the object has been modified; please apply your changes to the latest version and try again',
): KubeApiError =>
  new KubeApiError(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedResource(gr)} "${name}": ${cause}`, resourceDetails(gr, name));

export interface FieldError {
  field: string;
  /** e.g. FieldValueInvalid, FieldValueRequired, FieldValueNotSupported, FieldValueForbidden */
  reason: string;
  /** Text after "<field>: ", e.g. 'Invalid value: "x": must be ...'. */
  message: string;
}

export const invalidValue = (fieldPath: string, value: string, detail: string): FieldError => ({
  field: fieldPath,
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${value}: ${detail}`,
});

export const requiredValue = (fieldPath: string, detail = ''): FieldError => ({
  field: fieldPath,
  reason: 'FieldValueRequired',
  message: detail ? `Required value: ${detail}` : 'Required value',
});

export const unsupportedValue = (fieldPath: string, value: string, supported: string[]): FieldError => ({
  field: fieldPath,
  reason: 'FieldValueNotSupported',
  message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`,
});

/** 422 Invalid: `Deployment.apps "x" is invalid: spec.selector: Required value`. */
export const invalid = (kind: string, group: string, name: string, errors: FieldError[]): KubeApiError => {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const parts = errors.map((error) => `${error.field}: ${error.message}`);
  const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  const details: StatusDetails = { name, kind, causes: errors.map((e) => ({ reason: e.reason, message: e.message, field: e.field })) };
  if (group) details.group = group;
  return new KubeApiError(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${summary}`, details);
};

export const badRequest = (message: string): KubeApiError => new KubeApiError(400, 'BadRequest', message);

export const unauthorized = (): KubeApiError => new KubeApiError(401, 'Unauthorized', 'Unauthorized');

export interface AuthorizationAttributes {
  user: string;
  verb: string;
  group: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
}

/** The authorizer's denial, worded as in apiserver's forbiddenMessage + NewForbidden. */
export const forbidden = (attributes: AuthorizationAttributes): KubeApiError => {
  const resource = attributes.subresource ? `${attributes.resource}/${attributes.subresource}` : attributes.resource;
  const scope = attributes.namespace ? ` in the namespace "${attributes.namespace}"` : ' at the cluster scope';
  const reason = `User "${attributes.user}" cannot ${attributes.verb} resource "${resource}" in API group "${attributes.group}"${scope}`;
  const gr = { group: attributes.group, resource: attributes.resource };
  const message = attributes.name
    ? `${qualifiedResource(gr)} "${attributes.name}" is forbidden: ${reason}`
    : `${qualifiedResource(gr)} is forbidden: ${reason}`;
  return new KubeApiError(403, 'Forbidden', message, resourceDetails(gr, attributes.name));
};

export const tooManyRequests = (retryAfterSeconds: number): KubeApiError =>
  new KubeApiError(429, 'TooManyRequests', 'Too many requests, please try again later.', { retryAfterSeconds });

export const internalError = (cause: string): KubeApiError =>
  new KubeApiError(500, 'InternalError', `Internal error occurred: ${cause}`, { causes: [{ message: cause }] });

export const serviceUnavailable = (message = 'the server is currently unable to handle the request'): KubeApiError =>
  new KubeApiError(503, 'ServiceUnavailable', message);

export const expired = (message: string): KubeApiError => new KubeApiError(410, 'Expired', message);

export const gone = (message: string): KubeApiError => new KubeApiError(410, 'Gone', message);

export const resourceNotFound = (): KubeApiError => new KubeApiError(404, 'NotFound', 'the server could not find the requested resource', {});

export const methodNotAllowed = (): KubeApiError =>
  new KubeApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource', {});

export const unsupportedMediaType = (contentType: string, accepted: string[]): KubeApiError =>
  new KubeApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`, {
    causes: [{ reason: 'UnexpectedServerResponse', message: contentType }],
  });

export const notAcceptable = (accepted: string[]): KubeApiError =>
  new KubeApiError(406, 'NotAcceptable', `only the following media types are accepted: ${accepted.join(', ')}`);

export const requestEntityTooLarge = (): KubeApiError => new KubeApiError(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728');

export const successStatus = (gr: GroupResource, name: string, uid: string): Record<string, unknown> => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Success',
  details: { name, ...(gr.group ? { group: gr.group } : {}), kind: gr.resource, uid },
});
