import { serializationError, validationErrors } from './ssm-error.ts';

/**
 * Reads the members of an SSM request body and checks them against the
 * service model's constraints (required, length, range, enum, pattern), the
 * way the real front end does before any business rule runs: a member of the
 * wrong JSON type is a SerializationException; constraint violations are
 * gathered and reported together in one ValidationException.
 */

export interface StringRules {
  required?: boolean;
  min?: number;
  max?: number;
  enum?: readonly string[];
  pattern?: { regex: RegExp; source: string };
  /** Never echo the value (parameter values are secrets). */
  sensitive?: boolean;
}

export interface Tag {
  Key: string;
  Value: string;
}

/** Tag key/value pattern from the SSM model. */
const TAG_PATTERN = { regex: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, source: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' };

/** Member names appear in messages in lowerCamelCase, as the service writes them. */
function wireName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

export class RequestInput {
  readonly #body: Record<string, unknown>;
  readonly #violations: string[] = [];

  constructor(body: unknown) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw serializationError('Request body must be a JSON object');
    }
    this.#body = body as Record<string, unknown>;
  }

  /** Throws the gathered ValidationException, if any constraint failed. */
  check(): void {
    if (this.#violations.length > 0) throw validationErrors(this.#violations);
  }

  string(member: string, rules: StringRules = {}): string | undefined {
    return this.#checkString(this.#body[member], wireName(member), rules);
  }

  boolean(member: string): boolean | undefined {
    const value = this.#body[member];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw serializationError(`Expected a boolean for member ${member}`);
    return value;
  }

  integer(member: string, rules: { min?: number; max?: number } = {}): number | undefined {
    const value = this.#body[member];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw serializationError(`Expected an integer for member ${member}`);
    }
    const at = wireName(member);
    if (rules.min !== undefined && value < rules.min) {
      this.#violations.push(`Value '${value}' at '${at}' failed to satisfy constraint: Member must have value greater than or equal to ${rules.min}`);
    }
    if (rules.max !== undefined && value > rules.max) {
      this.#violations.push(`Value '${value}' at '${at}' failed to satisfy constraint: Member must have value less than or equal to ${rules.max}`);
    }
    return value;
  }

  stringList(member: string, rules: { required?: boolean; min?: number; max?: number; item?: StringRules } = {}): string[] | undefined {
    const value = this.#body[member];
    const at = wireName(member);
    if (value === undefined || value === null) {
      if (rules.required) this.#violations.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`);
      return undefined;
    }
    if (!Array.isArray(value)) throw serializationError(`Expected a list for member ${member}`);
    const items: string[] = [];
    value.forEach((item, index) => {
      const checked = this.#checkString(item, `${at}.${index + 1}.member`, { ...rules.item, required: true });
      if (checked !== undefined) items.push(checked);
    });
    this.#checkListLength(items, at, rules);
    return items;
  }

  tags(member: string, rules: { required?: boolean; max?: number } = {}): Tag[] | undefined {
    const value = this.#body[member];
    const at = wireName(member);
    if (value === undefined || value === null) {
      if (rules.required) this.#violations.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`);
      return undefined;
    }
    if (!Array.isArray(value)) throw serializationError(`Expected a list for member ${member}`);
    const tags: Tag[] = [];
    value.forEach((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw serializationError(`Expected a structure for member ${member}`);
      }
      const tag = item as Record<string, unknown>;
      const key = this.#checkString(tag.Key, `${at}.${index + 1}.member.key`, {
        required: true,
        min: 1,
        max: 128,
        pattern: TAG_PATTERN,
      });
      const tagValue = this.#checkString(tag.Value, `${at}.${index + 1}.member.value`, {
        required: true,
        min: 0,
        max: 256,
        pattern: TAG_PATTERN,
      });
      if (key !== undefined && tagValue !== undefined) tags.push({ Key: key, Value: tagValue });
    });
    this.#checkListLength(tags, at, { max: rules.max });
    return tags;
  }

  /** A list of structures, returned raw for the operation to read with its own RequestInput. */
  structureList(member: string, rules: { max?: number } = {}): Record<string, unknown>[] | undefined {
    const value = this.#body[member];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((item) => item === null || typeof item !== 'object' || Array.isArray(item))) {
      throw serializationError(`Expected a list of structures for member ${member}`);
    }
    this.#checkListLength(value, wireName(member), { max: rules.max });
    return value as Record<string, unknown>[];
  }

  /** Adds a violation found by a caller-specific rule. */
  violation(message: string): void {
    this.#violations.push(message);
  }

  #checkListLength(items: readonly unknown[], at: string, rules: { min?: number | undefined; max?: number | undefined }): void {
    const shown = `[${items.map(String).join(', ')}]`;
    if (rules.min !== undefined && items.length < rules.min) {
      this.#violations.push(`Value '${shown}' at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${rules.min}`);
    }
    if (rules.max !== undefined && items.length > rules.max) {
      this.#violations.push(`Value '${shown}' at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${rules.max}`);
    }
  }

  #checkString(value: unknown, at: string, rules: StringRules): string | undefined {
    if (value === undefined || value === null) {
      if (rules.required) this.#violations.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`);
      return undefined;
    }
    if (typeof value !== 'string') throw serializationError(`Expected a string for member ${at}`);
    const shown = rules.sensitive ? 'Value' : `Value '${value}'`;
    if (rules.min !== undefined && value.length < rules.min) {
      this.#violations.push(`${shown} at '${at}' failed to satisfy constraint: Member must have length greater than or equal to ${rules.min}`);
    }
    if (rules.max !== undefined && value.length > rules.max) {
      this.#violations.push(`${shown} at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${rules.max}`);
    }
    if (rules.enum && !rules.enum.includes(value)) {
      this.#violations.push(`${shown} at '${at}' failed to satisfy constraint: Member must satisfy enum value set: [${rules.enum.join(', ')}]`);
    }
    if (rules.pattern && !rules.pattern.regex.test(value)) {
      this.#violations.push(`${shown} at '${at}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${rules.pattern.source}`);
    }
    return value;
  }
}
