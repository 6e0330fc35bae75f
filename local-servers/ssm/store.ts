import { randomUUID } from 'node:crypto';
import { DEFAULT_SSM_KEY_ALIAS, KmsKeyRing } from './kms.ts';
import type { KmsKey } from './kms.ts';
import { RequestInput } from './request-input.ts';
import type { Tag } from './request-input.ts';
import { present } from '../present.ts';
import { SsmError, validationError } from './ssm-error.ts';

/**
 * The Parameter Store model: parameters with up to 100 versions, labels,
 * tags, tiers and SecureString encryption, with the rules and error messages
 * of the real service. Every operation takes the request body as it came off
 * the wire and returns the response body to put back on it.
 */

export type ParameterType = 'String' | 'StringList' | 'SecureString';
export type ParameterTier = 'Standard' | 'Advanced';

const PARAMETER_TYPES: readonly ParameterType[] = ['String', 'StringList', 'SecureString'];
const TIER_CHOICES = ['Standard', 'Advanced', 'Intelligent-Tiering'] as const;
const DATA_TYPES = ['text', 'aws:ec2:image', 'aws:ssm:integration'];
const RESOURCE_TYPES = [
  'Document',
  'ManagedInstance',
  'MaintenanceWindow',
  'Parameter',
  'PatchBaseline',
  'OpsItem',
  'OpsMetadata',
  'Automation',
  'Association',
];
const KEY_ID_RULE = { regex: /^[a-zA-Z0-9:/_-]+$/, source: '^([a-zA-Z0-9:/_-]+)$' };

// "Parameter Store retains the 100 most recently created versions of a parameter" (AWS API reference,
// PutParameter, Errors: ParameterMaxVersionLimitExceeded).
export const MAX_VERSIONS = 100;
// "A version of a parameter can have a maximum of 10 labels" (AWS API reference, LabelParameterVersion).
export const MAX_LABELS_PER_VERSION = 10;
export const MAX_TAGS_PER_RESOURCE = 50;
const STANDARD_VALUE_BYTES = 4096;
const ADVANCED_VALUE_BYTES = 8192;
const MAX_HIERARCHY_LEVELS = 15;
/** SSM counts the parameter ARN's prefix towards this limit on the name. */
const MAX_NAME_WITH_ARN_PREFIX = 1011;

const NAME_FORMAT_MESSAGE =
  'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of ' +
  'sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';
const SSM_PATH_PREFIX_MESSAGE =
  'Parameter name: can\'t be prefixed with "ssm" (case-insensitive). If formed as a path, it can consist of ' +
  'sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';
const RESERVED_PREFIX_MESSAGE = 'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive).';

/** Who is calling, from the SigV4 credential. */
export interface Caller {
  accessKeyId: string;
  arn: string;
}

/** Throws AccessDeniedException when the caller may not perform `action` on `resourceArn`. */
export type Authorizer = (action: string, resourceArn: string) => void;

export interface CallContext {
  caller: Caller;
  authorize: Authorizer;
}

export interface ParameterPolicy {
  PolicyText: string;
  PolicyType: string;
  PolicyStatus: string;
}

interface StoredVersion {
  version: number;
  value: string;
  type: ParameterType;
  /** The KeyId as the writer gave it (SSM reports it back verbatim). */
  keyId?: string;
  keyArn?: string;
  ciphertext?: string;
  description?: string;
  allowedPattern?: string;
  tier: ParameterTier;
  dataType: string;
  policies: ParameterPolicy[];
  lastModifiedDate: number;
  lastModifiedUser: string;
  labels: string[];
}

interface StoredParameter {
  name: string;
  versions: StoredVersion[];
  tags: Map<string, string>;
}

/** One version as tests and the control API see it: plaintext value included. */
export interface ParameterVersionView {
  version: number;
  value: string;
  type: ParameterType;
  keyId?: string;
  keyArn?: string;
  description?: string;
  allowedPattern?: string;
  tier: ParameterTier;
  dataType: string;
  labels: string[];
  lastModifiedDate: Date;
  lastModifiedUser: string;
}

export interface ParameterView {
  name: string;
  arn: string;
  tags: Record<string, string>;
  versions: ParameterVersionView[];
}

/** A parameter written directly into the store, bypassing IAM, faults and the wire. */
export interface SeedParameterInput {
  Name: string;
  Value: string;
  Type?: ParameterType;
  KeyId?: string;
  Tier?: ParameterTier | 'Intelligent-Tiering';
  Description?: string;
  AllowedPattern?: string;
  DataType?: string;
  Tags?: Record<string, string>;
  Labels?: string[];
  /** LastModifiedUser; defaults to a local seeding identity. */
  User?: string;
}

export interface ParameterStoreOptions {
  region: string;
  accountId: string;
  kms: KmsKeyRing;
  /** Clock, for tests that need fixed dates; epoch milliseconds. */
  now?: () => number;
}

type WireObject = Record<string, unknown>;

function epochSeconds(milliseconds: number): number {
  return milliseconds / 1000;
}

/** Real label rules; a label that breaks them is reported in InvalidLabels, not attached. */
export function isValidLabel(label: string): boolean {
  return /^[a-zA-Z0-9._-]+$/.test(label) && !/^[0-9]/.test(label) && !/^(aws|ssm)/i.test(label);
}

function parameterNotFound(message: string): SsmError {
  return new SsmError('ParameterNotFound', message);
}

function versionNotFound(name: string, selector: string | number): SsmError {
  return new SsmError('ParameterVersionNotFound', `Systems Manager could not find version ${selector} of ${name}. Verify the version and try again.`);
}

/** NextToken values are opaque to clients; inside they carry the operation and an offset. */
function encodeNextToken(scope: string, offset: number): string {
  return Buffer.from(JSON.stringify({ scope, offset, nonce: randomUUID().slice(0, 8) })).toString('base64');
}

function decodeNextToken(token: string | undefined, scope: string): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { scope?: unknown; offset?: unknown };
    if (parsed.scope === scope && typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0) {
      return parsed.offset;
    }
  } catch {
    // falls through to the service's error
  }
  throw new SsmError('InvalidNextToken', "The specified token isn't valid.", { messageKey: 'Message' });
}

interface ParsedSelector {
  name: string;
  selector?: string;
  version?: number;
  label?: string;
}

/**
 * An ARN given as Name (GetParameter, GetParameters: "The name or Amazon Resource Name (ARN) of the
 * parameter"): arn:aws:ssm:REGION:ACCOUNT:parameter/NAME[:selector], whose NAME has its leading '/'
 * dropped when hierarchical. An ARN of another region or account names no parameter of this store.
 */
function nameFromArn(raw: string, region: string, accountId: string): string {
  const match = /^arn:aws[a-z-]*:ssm:([^:]*):([^:]*):parameter\/?(.*)$/.exec(raw.trim());
  if (!match) return raw;
  const [, arnRegion = '', account = '', rest = ''] = match;
  if (arnRegion !== region || account !== accountId) throw parameterNotFound('');
  const name = rest.split(':')[0] ?? '';
  return `${name.includes('/') ? '/' : ''}${rest}`;
}

/** `name`, `name:VERSION` or `name:LABEL`, with the spaces SSM trims removed. */
function parseSelector(raw: string): ParsedSelector {
  const trimmed = raw.trim();
  if (/\s/.test(trimmed)) throw validationError(NAME_FORMAT_MESSAGE);
  const colon = trimmed.indexOf(':');
  if (colon < 0) return { name: trimmed };
  const name = trimmed.slice(0, colon);
  const selector = trimmed.slice(colon + 1);
  if (selector === '' || selector.includes(':')) throw validationError(NAME_FORMAT_MESSAGE);
  if (/^[0-9]+$/.test(selector)) return { name, selector: `:${selector}`, version: Number(selector) };
  return { name, selector: `:${selector}`, label: selector };
}

export class ParameterStore {
  readonly region: string;
  readonly accountId: string;
  readonly kms: KmsKeyRing;
  readonly #now: () => number;
  readonly #parameters = new Map<string, StoredParameter>();

  constructor(options: ParameterStoreOptions) {
    this.region = options.region;
    this.accountId = options.accountId;
    this.kms = options.kms;
    this.#now = options.now ?? Date.now;
  }

  /** arn:aws:ssm:REGION:ACCOUNT:parameter/NAME — a leading '/' of the name is not doubled. */
  parameterArn(name: string): string {
    return `arn:aws:ssm:${this.region}:${this.accountId}:parameter/${name.startsWith('/') ? name.slice(1) : name}`;
  }

  /** The ARN IAM evaluates for calls that are not about one parameter. */
  get wildcardArn(): string {
    return `arn:aws:ssm:${this.region}:${this.accountId}:*`;
  }

  // ---------------------------------------------------------------- writes

  putParameter(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const rawName = input.string('Name', { required: true, min: 1, max: 2048 });
    const value = input.string('Value', { required: true, sensitive: true });
    const requestedType = input.string('Type', { enum: PARAMETER_TYPES }) as ParameterType | undefined;
    const keyId = input.string('KeyId', { min: 1, max: 256, pattern: KEY_ID_RULE });
    const overwrite = input.boolean('Overwrite') ?? false;
    const allowedPattern = input.string('AllowedPattern', { min: 0, max: 1024 });
    const description = input.string('Description', { min: 0, max: 1024 });
    const tags = input.tags('Tags', { max: 1000 });
    const requestedTier = input.string('Tier', { enum: TIER_CHOICES });
    const policiesText = input.string('Policies', { min: 1, max: 4096 });
    const dataType = input.string('DataType', { min: 0, max: 128 });
    input.check();
    if (rawName === undefined || value === undefined) throw new Error('unreachable: required members were checked');

    if (tags !== undefined && tags.length > 0 && overwrite) {
      throw validationError(
        "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove " +
          'overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.',
      );
    }
    const name = this.#checkWritableName(rawName);
    context.authorize('ssm:PutParameter', this.parameterArn(name));
    // Tag-on-create: SSM also authorizes the tagging action for a PutParameter that carries tags.
    if (tags !== undefined && tags.length > 0) context.authorize('ssm:AddTagsToResource', this.parameterArn(name));

    if (value.length === 0) {
      throw validationError(
        "1 validation error detected: Value '' at 'value' failed to satisfy constraint: Member must have length greater than or equal to 1.",
      );
    }
    const effectiveDataType = dataType ?? 'text';
    if (!DATA_TYPES.includes(effectiveDataType)) {
      throw validationError(`The following data type is not supported: ${effectiveDataType} (Data type names are all lowercase.)`);
    }

    const existing = this.#parameters.get(name);
    const latest = existing?.versions.at(-1);
    if (existing && !overwrite) {
      throw new SsmError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
    }
    const type = requestedType ?? latest?.type;
    if (type === undefined) throw validationError('A parameter type is required when you create a parameter.');
    if (keyId !== undefined && type !== 'SecureString') {
      throw validationError('KeyId is required for SecureString type parameter only.');
    }

    const policies = this.#parsePolicies(policiesText);
    const tier = this.#resolveTier(requestedTier, latest?.tier, Buffer.byteLength(value, 'utf8'), policies.length > 0);

    const pattern = allowedPattern ?? latest?.allowedPattern;
    if (pattern !== undefined && pattern !== '') {
      let regex: RegExp;
      try {
        regex = new RegExp(pattern);
      } catch {
        throw new SsmError('InvalidAllowedPatternException', `The request doesn't contain a valid regular expression: ${pattern}`);
      }
      if (!regex.test(value)) {
        throw new SsmError('ParameterPatternMismatchException', `Parameter value, cannot be validated against allowedPattern: ${pattern}`);
      }
    }

    let key: KmsKey | undefined;
    if (type === 'SecureString') {
      // No KeyId: "the system uses the default key associated with your AWS account", even on an
      // overwrite of a parameter under another key (AWS API reference, PutParameter, KeyId).
      key = this.kms.resolve(keyId ?? DEFAULT_SSM_KEY_ALIAS);
      // Standard SecureStrings are encrypted by KMS directly; advanced ones use envelope encryption.
      context.authorize(tier === 'Advanced' ? 'kms:GenerateDataKey' : 'kms:Encrypt', key.keyArn);
    }

    // The oldest version is dropped only when unlabelled (AWS API reference, PutParameter, Errors).
    if (existing && existing.versions.length >= MAX_VERSIONS) {
      const oldest = present(existing.versions[0]);
      if (oldest.labels.length > 0) {
        throw new SsmError(
          'ParameterMaxVersionLimitExceeded',
          `You attempted to create a new version of ${name} by calling the PutParameter API with the overwrite flag. ` +
            `Version ${oldest.version}, the oldest version, can't be deleted because it has a label associated with it. ` +
            'Move the label to another version of the parameter, and try again.',
        );
      }
    }

    const version = (latest?.version ?? 0) + 1;
    const stored: StoredVersion = {
      version,
      value,
      type,
      tier,
      dataType: effectiveDataType,
      policies,
      lastModifiedDate: this.#now(),
      lastModifiedUser: context.caller.arn,
      labels: [],
    };
    if (key) {
      stored.keyId = keyId ?? DEFAULT_SSM_KEY_ALIAS;
      stored.keyArn = key.keyArn;
      stored.ciphertext = this.kms.seal(key, name, version, value);
    }
    const effectiveDescription = description ?? latest?.description;
    if (effectiveDescription !== undefined) stored.description = effectiveDescription;
    if (pattern !== undefined) stored.allowedPattern = pattern;

    const parameter = existing ?? { name, versions: [], tags: new Map<string, string>() };
    if (parameter.versions.length >= MAX_VERSIONS) parameter.versions.shift();
    parameter.versions.push(stored);
    for (const tag of tags ?? []) parameter.tags.set(tag.Key, tag.Value);
    this.#parameters.set(name, parameter);
    return { Version: version, Tier: tier };
  }

  deleteParameter(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const rawName = input.string('Name', { required: true, min: 1, max: 2048 });
    input.check();
    const name = present(rawName).trim();
    context.authorize('ssm:DeleteParameter', this.parameterArn(name));
    if (!this.#parameters.delete(name)) throw parameterNotFound('');
    return {};
  }

  deleteParameters(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const names = input.stringList('Names', { required: true, min: 1, max: 10, item: { min: 1, max: 2048 } });
    input.check();
    const deleted: string[] = [];
    const invalid: string[] = [];
    for (const raw of new Set(names)) {
      const name = raw.trim();
      context.authorize('ssm:DeleteParameters', this.parameterArn(name));
      if (this.#parameters.delete(name)) deleted.push(name);
      else invalid.push(raw);
    }
    return { DeletedParameters: deleted, InvalidParameters: invalid };
  }

  labelParameterVersion(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const rawName = input.string('Name', { required: true, min: 1, max: 2048 });
    const requestedVersion = input.integer('ParameterVersion');
    const labels = this.#readLabels(input);
    input.check();
    const name = present(rawName).trim();
    context.authorize('ssm:LabelParameterVersion', this.parameterArn(name));
    const parameter = this.#parameters.get(name);
    if (!parameter) throw parameterNotFound(`Parameter ${name} not found.`);
    const target =
      requestedVersion === undefined
        ? present(parameter.versions.at(-1), 'latest version')
        : parameter.versions.find((candidate) => candidate.version === requestedVersion);
    if (!target) throw versionNotFound(name, present(requestedVersion, 'requested version'));

    const invalidLabels = labels.filter((label) => !isValidLabel(label));
    const validLabels = [...new Set(labels.filter(isValidLabel))];
    const added = validLabels.filter((label) => !target.labels.includes(label));
    if (target.labels.length + added.length > MAX_LABELS_PER_VERSION) {
      throw new SsmError(
        'ParameterVersionLabelLimitExceeded',
        'A parameter version can have maximum 10 labels.Move one or more labels to another version and try again.',
      );
    }
    // A label names one version at a time: attaching it here moves it from wherever it was.
    for (const other of parameter.versions) {
      if (other !== target) other.labels = other.labels.filter((label) => !validLabels.includes(label));
    }
    target.labels.push(...added);
    return { InvalidLabels: invalidLabels, ParameterVersion: target.version };
  }

  unlabelParameterVersion(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const rawName = input.string('Name', { required: true, min: 1, max: 2048 });
    const version = input.integer('ParameterVersion');
    if (version === undefined) input.violation("Value null at 'parameterVersion' failed to satisfy constraint: Member must not be null");
    const labels = this.#readLabels(input);
    input.check();
    const name = present(rawName).trim();
    context.authorize('ssm:UnlabelParameterVersion', this.parameterArn(name));
    const parameter = this.#parameters.get(name);
    if (!parameter) throw parameterNotFound(`Parameter ${name} not found.`);
    const target = parameter.versions.find((candidate) => candidate.version === version);
    if (!target) throw versionNotFound(name, present(version));
    const removed = labels.filter((label) => target.labels.includes(label));
    const invalid = labels.filter((label) => !target.labels.includes(label));
    target.labels = target.labels.filter((label) => !removed.includes(label));
    return { RemovedLabels: removed, InvalidLabels: invalid };
  }

  addTagsToResource(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const resourceType = input.string('ResourceType', { required: true, enum: RESOURCE_TYPES });
    const resourceId = input.string('ResourceId', { required: true });
    const tags = input.tags('Tags', { required: true, max: 1000 });
    input.check();
    const parameter = this.#taggedParameter(present(resourceType), present(resourceId), 'ssm:AddTagsToResource', context);
    const merged = new Map(parameter.tags);
    for (const tag of present(tags)) merged.set(tag.Key, tag.Value);
    if (merged.size > MAX_TAGS_PER_RESOURCE) {
      throw new SsmError('TooManyTagsError', 'The Targets parameter includes too many tags. Remove one or more tags and try the command again.');
    }
    parameter.tags = merged;
    return {};
  }

  removeTagsFromResource(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const resourceType = input.string('ResourceType', { required: true, enum: RESOURCE_TYPES });
    const resourceId = input.string('ResourceId', { required: true });
    const keys = input.stringList('TagKeys', { required: true, item: { min: 1, max: 128 } });
    input.check();
    const parameter = this.#taggedParameter(present(resourceType), present(resourceId), 'ssm:RemoveTagsFromResource', context);
    for (const key of present(keys)) parameter.tags.delete(key);
    return {};
  }

  // ----------------------------------------------------------------- reads

  listTagsForResource(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const resourceType = input.string('ResourceType', { required: true, enum: RESOURCE_TYPES });
    const resourceId = input.string('ResourceId', { required: true });
    input.check();
    const parameter = this.#taggedParameter(present(resourceType), present(resourceId), 'ssm:ListTagsForResource', context);
    const tagList: Tag[] = [...parameter.tags].map(([Key, Value]) => ({ Key, Value }));
    return { TagList: tagList };
  }

  getParameter(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const rawName = input.string('Name', { required: true, min: 1, max: 2048 });
    const withDecryption = input.boolean('WithDecryption') ?? false;
    input.check();
    const selector = parseSelector(nameFromArn(present(rawName), this.region, this.accountId));
    context.authorize('ssm:GetParameter', this.parameterArn(selector.name));
    const parameter = this.#parameters.get(selector.name);
    // The real service gives no message for this one.
    if (!parameter) throw parameterNotFound('');
    const version = this.#select(parameter, selector);
    return { Parameter: this.#parameterShape(parameter, version, withDecryption, context, selector.selector) };
  }

  getParameters(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const names = input.stringList('Names', { required: true, min: 1, max: 10, item: { min: 1, max: 2048 } });
    const withDecryption = input.boolean('WithDecryption') ?? false;
    input.check();
    const found: WireObject[] = [];
    const invalid: string[] = [];
    for (const raw of new Set(names)) {
      const selector = parseSelector(raw);
      context.authorize('ssm:GetParameters', this.parameterArn(selector.name));
      const parameter = this.#parameters.get(selector.name);
      const version = parameter ? this.#trySelect(parameter, selector) : undefined;
      if (!parameter || !version) {
        invalid.push(raw);
        continue;
      }
      found.push(this.#parameterShape(parameter, version, withDecryption, context, selector.selector));
    }
    // "The results for GetParameters requests are listed in alphabetical order" (AWS API reference,
    // GetParameters, Names); selectors of one parameter share its name and keep the order they were asked in.
    found.sort((a, b) => (String(a.Name) < String(b.Name) ? -1 : String(a.Name) > String(b.Name) ? 1 : 0));
    return { Parameters: found, InvalidParameters: invalid };
  }

  getParameterHistory(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const rawName = input.string('Name', { required: true, min: 1, max: 2048 });
    const withDecryption = input.boolean('WithDecryption') ?? false;
    const maxResults = input.integer('MaxResults', { min: 1, max: 50 }) ?? 50;
    const nextToken = input.string('NextToken');
    input.check();
    const name = present(rawName).trim();
    context.authorize('ssm:GetParameterHistory', this.parameterArn(name));
    const parameter = this.#parameters.get(name);
    if (!parameter) throw parameterNotFound(`Parameter ${name} not found.`);
    const offset = decodeNextToken(nextToken, `history:${name}`);
    // Oldest first, at most 50 per page with a NextToken for the rest (AWS API reference, GetParameterHistory,
    // MaxResults 1-50; the order as `aws ssm get-parameter-history` shows it).
    const page = parameter.versions.slice(offset, offset + maxResults);
    const items = page.map((version) => {
      const item: WireObject = {
        Name: parameter.name,
        Type: version.type,
        LastModifiedDate: epochSeconds(version.lastModifiedDate),
        LastModifiedUser: version.lastModifiedUser,
        Value: this.#valueFor(version, withDecryption, context),
        Version: version.version,
        Labels: [...version.labels],
        Tier: version.tier,
        Policies: version.policies.map((policy) => ({ ...policy })),
        DataType: version.dataType,
      };
      if (version.keyId !== undefined) item.KeyId = version.keyId;
      if (version.description !== undefined) item.Description = version.description;
      if (version.allowedPattern !== undefined) item.AllowedPattern = version.allowedPattern;
      return item;
    });
    const result: WireObject = { Parameters: items };
    if (offset + maxResults < parameter.versions.length) result.NextToken = encodeNextToken(`history:${name}`, offset + maxResults);
    return result;
  }

  describeParameters(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const legacyFilters = input.structureList('Filters');
    const parameterFilters = input.structureList('ParameterFilters');
    const maxResults = input.integer('MaxResults', { min: 1, max: 50 }) ?? 10;
    const nextToken = input.string('NextToken');
    input.boolean('Shared');
    input.check();
    context.authorize('ssm:DescribeParameters', this.wildcardArn);
    if (legacyFilters !== undefined && parameterFilters !== undefined) {
      throw validationError('You can use either Filters or ParameterFilters in a single request.');
    }
    const filters = parameterFilters !== undefined ? this.#readParameterFilters(parameterFilters, 'describe') : this.#readLegacyFilters(legacyFilters ?? []);
    const matching = this.#sortedParameters().filter((parameter) => filters.every((filter) => filter(parameter)));
    const offset = decodeNextToken(nextToken, 'describe');
    const page = matching.slice(offset, offset + maxResults);
    const result: WireObject = {
      Parameters: page.map((parameter) => {
        const latest = present(parameter.versions.at(-1));
        const item: WireObject = {
          Name: parameter.name,
          ARN: this.parameterArn(parameter.name),
          Type: latest.type,
          LastModifiedDate: epochSeconds(latest.lastModifiedDate),
          LastModifiedUser: latest.lastModifiedUser,
          Version: latest.version,
          Tier: latest.tier,
          Policies: latest.policies.map((policy) => ({ ...policy })),
          DataType: latest.dataType,
        };
        if (latest.keyId !== undefined) item.KeyId = latest.keyId;
        if (latest.description !== undefined) item.Description = latest.description;
        if (latest.allowedPattern !== undefined) item.AllowedPattern = latest.allowedPattern;
        return item;
      }),
    };
    if (offset + maxResults < matching.length) result.NextToken = encodeNextToken('describe', offset + maxResults);
    return result;
  }

  getParametersByPath(body: unknown, context: CallContext): WireObject {
    const input = new RequestInput(body);
    const rawPath = input.string('Path', { required: true, min: 1, max: 2048 });
    const recursive = input.boolean('Recursive') ?? false;
    const parameterFilters = input.structureList('ParameterFilters');
    const withDecryption = input.boolean('WithDecryption') ?? false;
    const maxResults = input.integer('MaxResults', { min: 1, max: 10 }) ?? 10;
    const nextToken = input.string('NextToken');
    input.check();
    const path = present(rawPath).trim();
    if (!path.startsWith('/') || path.includes('//') || !/^[a-zA-Z0-9_.\-/]+$/.test(path)) {
      throw validationError(
        'The parameter doesn\'t meet the parameter name requirements. The parameter name must begin with a forward slash "/". ' +
          'It can\'t be prefixed with "aws" or "ssm" (case-insensitive). It must use only letters, numbers, or the following ' +
          'symbols: . (period), - (hyphen), _ (underscore). Special characters are not allowed. All sub-paths, if specified, ' +
          'must use the forward slash symbol "/". Valid example: /get/parameters2-/by1./path0_.',
      );
    }
    context.authorize('ssm:GetParametersByPath', this.parameterArn(path));
    const filters = this.#readParameterFilters(parameterFilters ?? [], 'by-path');
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const matching = this.#sortedParameters().filter((parameter) => {
      if (prefix !== '/' && !parameter.name.startsWith(prefix)) return false;
      if (prefix === '/' && !parameter.name.startsWith('/')) return false;
      if (!recursive && parameter.name.slice(prefix.length).includes('/')) return false;
      return filters.every((filter) => filter(parameter));
    });
    const offset = decodeNextToken(nextToken, `by-path:${path}`);
    const page = matching.slice(offset, offset + maxResults);
    const result: WireObject = {
      Parameters: page.map((parameter) => this.#parameterShape(parameter, present(parameter.versions.at(-1)), withDecryption, context)),
    };
    if (offset + maxResults < matching.length) result.NextToken = encodeNextToken(`by-path:${path}`, offset + maxResults);
    return result;
  }

  // ------------------------------------------------- inspection and seeding

  /** Names of all parameters, sorted. */
  names(): string[] {
    return this.#sortedParameters().map((parameter) => parameter.name);
  }

  has(name: string): boolean {
    return this.#parameters.has(name);
  }

  /** Every retained version of a parameter, oldest first, with plaintext values; [] when absent. */
  versions(name: string): ParameterVersionView[] {
    return this.#parameters.get(name)?.versions.map((version) => this.#versionView(version)) ?? [];
  }

  latest(name: string): ParameterVersionView | undefined {
    const version = this.#parameters.get(name)?.versions.at(-1);
    return version ? this.#versionView(version) : undefined;
  }

  /** The version a label currently points at. */
  versionWithLabel(name: string, label: string): number | undefined {
    return this.#parameters.get(name)?.versions.find((version) => version.labels.includes(label))?.version;
  }

  tags(name: string): Record<string, string> {
    return Object.fromEntries(this.#parameters.get(name)?.tags ?? []);
  }

  parameter(name: string): ParameterView | undefined {
    const parameter = this.#parameters.get(name);
    return parameter ? this.#parameterView(parameter) : undefined;
  }

  snapshot(): ParameterView[] {
    return this.#sortedParameters().map((parameter) => this.#parameterView(parameter));
  }

  /**
   * Writes a version with PutParameter's rules (name, size, tier, KMS key,
   * version limit) but no IAM check, then applies tags and labels directly.
   */
  seed(input: SeedParameterInput): { Version: number; Tier: ParameterTier } {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- seed input is a control-API request's JSON, checked here whatever its type says
    if (input.Tags !== undefined && (input.Tags === null || typeof input.Tags !== 'object' || Array.isArray(input.Tags))) {
      throw validationError('Tags must be an object of tag keys to values');
    }
    if (input.Labels !== undefined && !(Array.isArray(input.Labels) && input.Labels.every((label) => typeof label === 'string'))) {
      throw validationError('Labels must be a list of strings');
    }
    const invalidLabels = (input.Labels ?? []).filter((label) => !isValidLabel(label) || label.length > 100);
    if (invalidLabels.length > 0) throw validationError(`Invalid labels: ${invalidLabels.join(', ')}`);
    const user = input.User ?? `arn:aws:iam::${this.accountId}:user/local-seed`;
    const trusted: CallContext = { caller: { accessKeyId: 'local-seed', arn: user }, authorize: () => undefined };
    const request: WireObject = { Name: input.Name, Value: input.Value, Overwrite: true };
    if (input.Type !== undefined) request.Type = input.Type;
    if (input.KeyId !== undefined) request.KeyId = input.KeyId;
    if (input.Tier !== undefined) request.Tier = input.Tier;
    if (input.Description !== undefined) request.Description = input.Description;
    if (input.AllowedPattern !== undefined) request.AllowedPattern = input.AllowedPattern;
    if (input.DataType !== undefined) request.DataType = input.DataType;
    const result = this.putParameter(request, trusted) as { Version: number; Tier: ParameterTier };
    const name = input.Name.trim();
    if (input.Tags) {
      this.addTagsToResource(
        { ResourceType: 'Parameter', ResourceId: name, Tags: Object.entries(input.Tags).map(([Key, Value]) => ({ Key, Value })) },
        trusted,
      );
    }
    if (input.Labels && input.Labels.length > 0) {
      this.labelParameterVersion({ Name: name, ParameterVersion: result.Version, Labels: input.Labels }, trusted);
    }
    return result;
  }

  clear(): void {
    this.#parameters.clear();
  }

  // -------------------------------------------------------------- internals

  #checkWritableName(raw: string): string {
    // The service trims spaces around a name; spaces inside it are an error.
    const name = raw.trim();
    if (name === '' || /\s/.test(name)) throw validationError(NAME_FORMAT_MESSAGE);
    const isHierarchy = name.includes('/');
    if (isHierarchy && !name.startsWith('/')) throw validationError('Parameter name must be a fully qualified name.');
    const bare = name.startsWith('/') ? name.slice(1) : name;
    const isPath = name.startsWith('/') && bare.includes('/');
    if (/^aws/i.test(bare)) {
      if (isPath) throw new SsmError('AccessDeniedException', `No access to reserved parameter name: ${name}.`, { messageKey: 'Message' });
      throw validationError(RESERVED_PREFIX_MESSAGE);
    }
    if (/^ssm/i.test(bare)) throw validationError(isPath ? SSM_PATH_PREFIX_MESSAGE : RESERVED_PREFIX_MESSAGE);
    if (name.length > 1 && name.endsWith('/')) throw validationError('Parameter name must not end with slash.');
    if (!/^[a-zA-Z0-9_.\-/]+$/.test(name) || name.includes('//') || name === '/') throw validationError(NAME_FORMAT_MESSAGE);
    if (bare.split('/').length > MAX_HIERARCHY_LEVELS) {
      throw new SsmError(
        'HierarchyLevelLimitExceededException',
        'A hierarchy can have a maximum of 15 levels. For more information, see Requirements and constraints for ' +
          'parameter names in the Amazon Web Services Systems Manager User Guide.',
      );
    }
    if (this.parameterArn(name).length > MAX_NAME_WITH_ARN_PREFIX) {
      throw validationError(
        `Parameter name: can't be longer than ${MAX_NAME_WITH_ARN_PREFIX} characters including the ARN prefix ` +
          `arn:aws:ssm:${this.region}:${this.accountId}:parameter/.`,
      );
    }
    return name;
  }

  #resolveTier(requested: string | undefined, current: ParameterTier | undefined, valueBytes: number, hasPolicies: boolean): ParameterTier {
    let tier: ParameterTier;
    if (requested === 'Standard') {
      if (current === 'Advanced') {
        throw validationError(
          "This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the advanced-parameter " +
            'tier to the standard-parameter tier. If necessary, you can delete the advanced parameter and recreate it as a ' +
            'standard parameter.',
        );
      }
      tier = 'Standard';
    } else if (requested === 'Advanced') {
      tier = 'Advanced';
    } else if (requested === 'Intelligent-Tiering') {
      tier = current === 'Advanced' || valueBytes > STANDARD_VALUE_BYTES || hasPolicies ? 'Advanced' : 'Standard';
    } else {
      // No tier in the request: the account default (Standard), but an advanced parameter stays advanced.
      tier = current ?? 'Standard';
    }
    if (tier === 'Standard' && valueBytes > STANDARD_VALUE_BYTES) {
      throw validationError(
        'Standard tier parameters support a maximum parameter value of 4096 characters. To create a larger parameter ' +
          'value, upgrade the parameter to use the advanced-parameter tier. For more information, see ' +
          'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html',
      );
    }
    if (tier === 'Standard' && hasPolicies) {
      throw validationError(
        "Standard tier parameters don't support parameter policies. To use parameter policies, upgrade the parameter " + 'to use the advanced-parameter tier.',
      );
    }
    if (valueBytes > ADVANCED_VALUE_BYTES) {
      throw validationError(
        `1 validation error detected: Value at 'value' failed to satisfy constraint: Member must have length less than or equal to ${ADVANCED_VALUE_BYTES}`,
      );
    }
    return tier;
  }

  #parsePolicies(text: string | undefined): ParameterPolicy[] {
    if (text === undefined) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new SsmError('InvalidPolicyTypeException', 'The parameter policy is not valid JSON.');
    }
    if (!Array.isArray(parsed)) throw new SsmError('InvalidPolicyTypeException', 'Parameter policies must be a JSON array.');
    return parsed.map((policy: unknown) => {
      const policyType = (policy as { Type?: unknown } | null)?.Type;
      if (typeof policyType !== 'string' || !['Expiration', 'ExpirationNotification', 'NoChangeNotification'].includes(policyType)) {
        throw new SsmError('InvalidPolicyTypeException', `The policy type is not supported: ${String(policyType)}.`);
      }
      return { PolicyText: JSON.stringify(policy), PolicyType: policyType, PolicyStatus: 'Pending' };
    });
  }

  /** Labels: 1–10 of them, each 1–100 characters (model constraints, checked before the label rules). */
  #readLabels(input: RequestInput): string[] {
    const labels = input.stringList('Labels', { required: true, min: 1, max: 10 }) ?? [];
    if (labels.some((label) => label.length < 1 || label.length > 100)) {
      input.violation(
        `Value '[${labels.join(', ')}]' at 'labels' failed to satisfy constraint: Member must satisfy constraint: ` +
          '[Member must have length less than or equal to 100, Member must have length greater than or equal to 1]',
      );
    }
    return labels;
  }

  #taggedParameter(resourceType: string, resourceId: string, action: string, context: CallContext): StoredParameter {
    const name = resourceId.trim();
    if (resourceType !== 'Parameter') {
      // Only parameters live in this server; any other resource id names nothing.
      throw new SsmError('InvalidResourceId', "The resource ID isn't valid. Verify that you entered the correct ID and try again.");
    }
    context.authorize(action, this.parameterArn(name));
    const parameter = this.#parameters.get(name);
    if (!parameter) {
      throw new SsmError('InvalidResourceId', "The resource ID isn't valid. Verify that you entered the correct ID and try again.");
    }
    return parameter;
  }

  #trySelect(parameter: StoredParameter, selector: ParsedSelector): StoredVersion | undefined {
    if (selector.version !== undefined) return parameter.versions.find((version) => version.version === selector.version);
    if (selector.label !== undefined) return parameter.versions.find((version) => version.labels.includes(present(selector.label)));
    return parameter.versions.at(-1);
  }

  #select(parameter: StoredParameter, selector: ParsedSelector): StoredVersion {
    const version = this.#trySelect(parameter, selector);
    if (!version) throw versionNotFound(parameter.name, selector.version ?? selector.label ?? '');
    return version;
  }

  #valueFor(version: StoredVersion, withDecryption: boolean, context: CallContext): string {
    if (version.type !== 'SecureString') return version.value;
    if (!withDecryption) return present(version.ciphertext);
    context.authorize('kms:Decrypt', present(version.keyArn));
    return version.value;
  }

  #parameterShape(parameter: StoredParameter, version: StoredVersion, withDecryption: boolean, context: CallContext, selector?: string): WireObject {
    const shape: WireObject = {
      Name: parameter.name,
      Type: version.type,
      Value: this.#valueFor(version, withDecryption, context),
      Version: version.version,
      LastModifiedDate: epochSeconds(version.lastModifiedDate),
      ARN: this.parameterArn(parameter.name),
      DataType: version.dataType,
    };
    if (selector !== undefined) shape.Selector = selector;
    return shape;
  }

  #sortedParameters(): StoredParameter[] {
    return [...this.#parameters.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  #readLegacyFilters(filters: Record<string, unknown>[]): ((parameter: StoredParameter) => boolean)[] {
    return filters.map((raw, index) => {
      const input = new RequestInput(raw);
      const key = input.string('Key', { required: true, enum: ['Name', 'Type', 'KeyId'] });
      const values = input.stringList('Values', { required: true, min: 1, max: 50, item: { min: 1, max: 1024 } });
      try {
        input.check();
      } catch (error) {
        throw error instanceof SsmError ? validationError(error.message.replace(/at '/g, `at 'filters.${index + 1}.member.`)) : error;
      }
      return (parameter: StoredParameter) => {
        const latest = present(parameter.versions.at(-1));
        if (key === 'Name') return present(values).some((value) => parameter.name.startsWith(value));
        if (key === 'Type') return present(values).includes(latest.type);
        return latest.keyId !== undefined && present(values).includes(latest.keyId);
      };
    });
  }

  #readParameterFilters(filters: Record<string, unknown>[], operation: 'describe' | 'by-path'): ((parameter: StoredParameter) => boolean)[] {
    const seen = new Set<string>();
    return filters.map((raw) => {
      const input = new RequestInput(raw);
      const key = input.string('Key', {
        required: true,
        min: 1,
        max: 132,
        pattern: { regex: /^(?:tag:.+|Name|Type|KeyId|Path|Label|Tier|DataType)$/, source: 'tag:.+|Name|Type|KeyId|Path|Label|Tier|DataType' },
      });
      const option = input.string('Option', { min: 1, max: 10 });
      const values = input.stringList('Values', { min: 1, max: 50, item: { min: 1, max: 1024 } });
      input.check();
      const filterKey = present(key);
      if (operation === 'describe' && filterKey === 'Label') {
        throw new SsmError('InvalidFilterKey', 'The following filter key is not valid: Label. Valid filter keys include: [Path, Name, Type, KeyId, Tier].');
      }
      if (operation === 'by-path' && !['Type', 'KeyId', 'Label'].includes(filterKey)) {
        throw new SsmError('InvalidFilterKey', `The following filter key is not valid: ${filterKey}. Valid filter keys include: [Type, KeyId].`);
      }
      if (values === undefined || values.length === 0) {
        throw new SsmError('InvalidFilterValue', `The following filter values are missing : null for filter key ${filterKey}.`, { messageKey: 'Message' });
      }
      if (seen.has(filterKey)) {
        throw new SsmError(
          'InvalidFilterKey',
          `The following filter is duplicated in the request: ${filterKey}. A request can contain only one occurrence of a specific filter.`,
        );
      }
      seen.add(filterKey);

      if (filterKey === 'Path') {
        const pathOption = option ?? 'OneLevel';
        if (!['Recursive', 'OneLevel'].includes(pathOption)) {
          throw new SsmError('InvalidFilterOption', `The following filter option is not valid: ${pathOption}. Valid options include: [Recursive, OneLevel].`);
        }
        const paths = values.map((value) => `/${value.replace(/^\/+|\/+$/g, '')}`);
        return (parameter: StoredParameter) => {
          const name = `/${parameter.name.replace(/^\//, '')}`;
          return paths.some((path) => {
            const prefix = path === '/' ? '/' : `${path}/`;
            if (!name.startsWith(prefix)) return false;
            return pathOption === 'Recursive' || !name.slice(prefix.length).includes('/');
          });
        };
      }

      const filterOption = option ?? 'Equals';
      const allowedOptions = filterKey === 'Name' ? ['Equals', 'BeginsWith', 'Contains'] : ['Equals', 'BeginsWith'];
      if (!allowedOptions.includes(filterOption)) {
        throw new SsmError('InvalidFilterOption', `The following filter option is not valid: ${filterOption}. Valid options include: [BeginsWith, Equals].`);
      }
      if (filterKey === 'Type') {
        const bad = values.find((value) => !PARAMETER_TYPES.includes(value as ParameterType));
        if (bad !== undefined) {
          throw new SsmError(
            'InvalidFilterOption',
            `The following filter value is not valid: ${bad}. Valid values include: [String, StringList, SecureString].`,
          );
        }
      }
      if (filterKey === 'Tier') {
        const bad = values.find((value) => !TIER_CHOICES.includes(value as (typeof TIER_CHOICES)[number]));
        if (bad !== undefined) {
          throw new SsmError(
            'InvalidFilterOption',
            `The following filter value is not valid: ${bad}. Valid values include: [Standard, Advanced, Intelligent-Tiering].`,
          );
        }
      }

      const matches = (actual: string | undefined, wanted: string): boolean => {
        if (actual === undefined) return false;
        if (filterOption === 'BeginsWith') return actual.startsWith(wanted);
        if (filterOption === 'Contains') return actual.includes(wanted);
        return actual === wanted;
      };
      if (filterKey === 'Name') {
        // SSM treats "name" and "/name" alike in this filter, except for Contains.
        const normalize = (text: string) => (filterOption === 'Contains' ? text : `/${text.replace(/^\//, '')}`);
        return (parameter: StoredParameter) => values.some((value) => matches(normalize(parameter.name), normalize(value)));
      }
      if (filterKey === 'Label') {
        return (parameter: StoredParameter) => {
          const labels = parameter.versions.flatMap((version) => version.labels);
          return values.some((value) => labels.some((label) => matches(label, value)));
        };
      }
      if (filterKey.startsWith('tag:')) {
        const tagKey = filterKey.slice('tag:'.length);
        return (parameter: StoredParameter) => values.some((value) => matches(parameter.tags.get(tagKey), value));
      }
      return (parameter: StoredParameter) => {
        const latest = present(parameter.versions.at(-1));
        const actual = filterKey === 'Type' ? latest.type : filterKey === 'KeyId' ? latest.keyId : filterKey === 'Tier' ? latest.tier : latest.dataType;
        return values.some((value) => matches(actual, value));
      };
    });
  }

  #versionView(version: StoredVersion): ParameterVersionView {
    const view: ParameterVersionView = {
      version: version.version,
      value: version.value,
      type: version.type,
      tier: version.tier,
      dataType: version.dataType,
      labels: [...version.labels],
      lastModifiedDate: new Date(version.lastModifiedDate),
      lastModifiedUser: version.lastModifiedUser,
    };
    if (version.keyId !== undefined) view.keyId = version.keyId;
    if (version.keyArn !== undefined) view.keyArn = version.keyArn;
    if (version.description !== undefined) view.description = version.description;
    if (version.allowedPattern !== undefined) view.allowedPattern = version.allowedPattern;
    return view;
  }

  #parameterView(parameter: StoredParameter): ParameterView {
    return {
      name: parameter.name,
      arn: this.parameterArn(parameter.name),
      tags: Object.fromEntries(parameter.tags),
      versions: parameter.versions.map((version) => this.#versionView(version)),
    };
  }
}
