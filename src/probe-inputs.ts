import { InputError } from './errors.ts';
import type { ParameterEntry } from './inputs.ts';
import { parseDuration } from './inputs.ts';

/** The test step's inputs (SPEC.md step 10), parsed and validated once. */
export interface ProbeConfig {
  /** The service's URL: http or https, without the value and without credentials. */
  readonly url: string;
  readonly method: string;
  /** The header's name and its value around the placeholder: `before + value + after`. */
  readonly header: { readonly name: string; readonly before: string; readonly after: string };
  /** For a set, the parameter whose value the header carries (named by its output key); the single form's one parameter otherwise. */
  readonly parameter: string;
  /** Accepted statuses as inclusive ranges. */
  readonly accepted: readonly (readonly [number, number])[];
  readonly timeoutMs: number;
  /** The probe-status input as given, for the log. */
  readonly statusText: string;
}

export const PROBE_DEFAULTS = { method: 'GET', header: 'Authorization: Bearer {value}', status: '200-299', timeout: '60s' } as const;

// The methods a health or identity call uses; no body is ever sent.
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
// RFC 9110 section 5.6.2: a field name is a token.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 9110 section 5.5: visible characters, spaces and tabs; no line breaks.
const HEADER_TEXT = /^[\t\x20-\x7e\x80-\xff]*$/;
const PLACEHOLDER = /\{value(?::([^}]*))?\}/g;

const fail = (input: string, sentence: string): never => {
  throw new InputError(input, sentence);
};

const quote = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

/**
 * The probe-* inputs: undefined when probe-url is empty (and every other
 * probe input is left at its default). The value may only go in the header:
 * a URL holding it would end up in proxy and server access logs.
 */
export function parseProbe(read: (name: string) => string, parameters: readonly ParameterEntry[], setForm: boolean): ProbeConfig | undefined {
  const raw = {
    url: read('probe-url').trim(),
    method: read('probe-method').trim(),
    header: read('probe-header').trim(),
    status: read('probe-status').trim(),
    timeout: read('probe-timeout').trim(),
  };
  if (raw.url === '') {
    // The runner fills action.yml's defaults in, so only a changed value shows the probe was meant.
    for (const [field, value] of Object.entries(raw) as [keyof typeof raw, string][]) {
      if (field !== 'url' && value !== '' && value !== PROBE_DEFAULTS[field]) {
        fail(
          `probe-${field}`,
          `Input probe-${field} is set but probe-url is empty, so there is nothing to test: give probe-url (an http or https URL of the service) or leave probe-${field} at its default.`,
        );
      }
    }
    return undefined;
  }
  const header = parseHeader(raw.header || PROBE_DEFAULTS.header, parameters, setForm);
  const statusText = raw.status || PROBE_DEFAULTS.status;
  return {
    url: parseUrl(raw.url),
    method: parseMethod(raw.method || PROBE_DEFAULTS.method),
    header: header.header,
    parameter: header.parameter,
    accepted: parseStatus(statusText),
    timeoutMs: parseDuration('probe-timeout', raw.timeout || PROBE_DEFAULTS.timeout),
    statusText,
  };
}

function parseUrl(raw: string): string {
  const form = 'an http:// or https:// URL of the service without credentials or the value, e.g. https://api.example.com/v1/whoami';
  if (/\{value|%7bvalue/i.test(raw)) {
    fail('probe-url', `Input probe-url holds {value}, but URLs end up in proxy and server logs: put the value in probe-header and give ${form}.`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('probe-url', `Input probe-url ${quote(raw)} is not a URL: use ${form}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('probe-url', `Input probe-url uses ${url.protocol.slice(0, -1)}: use ${form}.`);
  if (url.username !== '' || url.password !== '') fail('probe-url', `Input probe-url holds a user name or password, which would end up in logs: use ${form}.`);
  return url.href;
}

function parseMethod(raw: string): string {
  const method = raw.toUpperCase();
  if (!METHODS.includes(method)) fail('probe-method', `Input probe-method ${quote(raw)} is not a method the test sends: use one of ${METHODS.join(', ')}.`);
  return method;
}

/** `Name: text {value} text`: exactly one placeholder, which for a set names a member by its output key. */
function parseHeader(raw: string, parameters: readonly ParameterEntry[], setForm: boolean): { header: ProbeConfig['header']; parameter: string } {
  const form = setForm
    ? 'Name: text with one {value:KEY}, KEY an output key of the parameters input, e.g. Authorization: Bearer {value:api}'
    : 'Name: text with one {value}, e.g. Authorization: Bearer {value}';
  const colon = raw.indexOf(':');
  const name = colon < 0 ? '' : raw.slice(0, colon).trim();
  const text = colon < 0 ? '' : raw.slice(colon + 1).trim();
  if (!HEADER_NAME.test(name) || !HEADER_TEXT.test(text)) fail('probe-header', `Input probe-header ${quote(raw)} is not a header line: use ${form}.`);
  const placeholders = [...text.matchAll(PLACEHOLDER)];
  if (placeholders.length !== 1) {
    fail(
      'probe-header',
      `Input probe-header ${placeholders.length === 0 ? 'has no {value}, so the test would not use the new secret' : 'holds more than one {value}'}: use ${form}.`,
    );
  }
  const match = placeholders[0] as RegExpExecArray;
  const key = match[1];
  let parameter = (parameters[0] as ParameterEntry).name;
  if (setForm) {
    if (key === undefined) fail('probe-header', `Input probe-header uses {value}, but with the parameters input it must say which one: use ${form}.`);
    const member = parameters.find((p) => p.key === key);
    if (!member) fail('probe-header', `Input probe-header names {value:${key}}, but no parameter has the output key ${quote(key ?? '')}: use ${form}.`);
    parameter = (member as ParameterEntry).name;
  } else if (key !== undefined) {
    fail('probe-header', `Input probe-header names {value:${key}}, but keys name the members of the parameters input: use ${form}.`);
  }
  return { header: { name, before: text.slice(0, match.index), after: text.slice(match.index + match[0].length) }, parameter };
}

/** `200-299,401`: status codes and inclusive ranges from 100 to 599, comma separated. */
export function parseStatus(raw: string): (readonly [number, number])[] {
  const form = 'status codes and ranges from 100 to 599, comma separated, e.g. 200-299 or 200-299,401';
  const ranges: (readonly [number, number])[] = [];
  for (const part of raw.split(',')) {
    const match = /^\s*(\d{3})(?:\s*-\s*(\d{3}))?\s*$/.exec(part);
    if (!match) return fail('probe-status', `Input probe-status ${quote(raw)} has ${quote(part.trim())}, which is not a status or a range: use ${form}.`);
    const low = Number(match[1]);
    const high = Number(match[2] ?? match[1]);
    if (low < 100 || high > 599 || low > high)
      fail('probe-status', `Input probe-status ${quote(raw)} has the range ${quote(part.trim())}, which is out of order or outside 100-599: use ${form}.`);
    ranges.push([low, high]);
  }
  return ranges;
}

/** True when a status is one of the accepted ones. */
export const accepts = (accepted: ProbeConfig['accepted'], status: number): boolean => accepted.some(([low, high]) => status >= low && status <= high);
