/**
 * Errors as SSM puts them on the wire (AWS JSON 1.1): an HTTP status, a
 * `__type` the SDKs map to their exception classes, and a message under the
 * key the service model gives that error (`message` for most SSM errors,
 * `Message` for a few, e.g. TooManyUpdates and InternalServerError).
 */

/** Where an error type comes from; it decides the x-amzn-ErrorType suffix. */
export type ErrorOrigin = 'ssm' | 'coral-service' | 'coral-availability';

export interface SsmErrorOptions {
  status?: number;
  messageKey?: 'message' | 'Message';
  origin?: ErrorOrigin;
}

export class SsmError extends Error {
  readonly type: string;
  readonly status: number;
  readonly messageKey: 'message' | 'Message';
  readonly origin: ErrorOrigin;

  constructor(type: string, message: string, options: SsmErrorOptions = {}) {
    super(message);
    this.name = 'SsmError';
    this.type = type;
    this.status = options.status ?? 400;
    this.messageKey = options.messageKey ?? 'message';
    this.origin = options.origin ?? 'ssm';
  }

  /** The `__type` value: framework errors carry their namespace, as the real endpoint sends them. */
  get wireType(): string {
    if (this.origin === 'coral-service') return `com.amazon.coral.service#${this.type}`;
    if (this.origin === 'coral-availability') return `com.amazon.coral.availability#${this.type}`;
    return this.type;
  }

  /** The x-amzn-ErrorType header value; SDK v3 keeps the part before ':'. */
  get errorTypeHeader(): string {
    const namespace =
      this.origin === 'ssm' ? 'com.amazonaws.ssm' : this.origin === 'coral-service' ? 'com.amazon.coral.service' : 'com.amazon.coral.availability';
    return `${this.type}:http://internal.amazon.com/coral/${namespace}/`;
  }

  toBody(): Record<string, string> {
    return { __type: this.wireType, [this.messageKey]: this.message };
  }
}

export function validationError(message: string): SsmError {
  return new SsmError('ValidationException', message);
}

/** Coral reports every constraint violation of a request in one message. */
export function validationErrors(violations: readonly string[]): SsmError {
  const count = violations.length;
  return validationError(`${count} validation error${count === 1 ? '' : 's'} detected: ${violations.join('; ')}`);
}

/** Thrown for a JSON member of the wrong JSON type, as the real deserializer does. */
export function serializationError(message: string): SsmError {
  return new SsmError('SerializationException', message, { origin: 'coral-service', messageKey: 'Message' });
}
