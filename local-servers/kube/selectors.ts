// Label and field selectors with the apiserver's grammar (k8s.io/apimachinery/pkg/labels, /fields).

import { badRequest } from './api-errors.ts';

type LabelOperator = 'exists' | 'notexists' | '=' | '!=' | 'in' | 'notin' | 'gt' | 'lt';

interface LabelRequirement {
  key: string;
  operator: LabelOperator;
  values: string[];
}

export interface LabelSelector {
  matches(labels: Record<string, string> | undefined): boolean;
  readonly empty: boolean;
}

/** Splits on commas that are not inside parentheses. */
const splitTopLevel = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
};

const labelKeyPattern = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const labelValuePattern = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const parseRequirement = (text: string, selector: string): LabelRequirement => {
  const fail = (): never => {
    throw badRequest(`unable to parse requirement: found '${text}', expected: in, notin, =, ==, !=, gt, lt (selector "${selector}")`);
  };
  const setMatch = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(text);
  let requirement: LabelRequirement;
  if (setMatch) {
    const values = (setMatch[3] ?? '')
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
    requirement = { key: setMatch[1] ?? '', operator: setMatch[2] === 'in' ? 'in' : 'notin', values };
  } else if (text.startsWith('!')) {
    requirement = { key: text.slice(1).trim(), operator: 'notexists', values: [] };
  } else {
    const opMatch = /^([^=!<>\s]+)\s*(==|=|!=|>|<)\s*(.*)$/.exec(text);
    if (opMatch) {
      const op = opMatch[2];
      const operator: LabelOperator = op === '!=' ? '!=' : op === '>' ? 'gt' : op === '<' ? 'lt' : '=';
      requirement = { key: opMatch[1] ?? '', operator, values: [opMatch[3] ?? ''] };
    } else if (/^[^=!<>\s()]+$/.test(text)) {
      requirement = { key: text, operator: 'exists', values: [] };
    } else {
      return fail();
    }
  }
  if (!labelKeyPattern.test(requirement.key)) {
    throw badRequest(
      `unable to parse requirement: <nil>: Invalid value: "${requirement.key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  for (const value of requirement.values) {
    if ((requirement.operator === 'gt' || requirement.operator === 'lt') && !/^-?\d+$/.test(value)) fail();
    if (requirement.operator !== 'gt' && requirement.operator !== 'lt' && !labelValuePattern.test(value)) {
      throw badRequest(
        `unable to parse requirement: <nil>: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
      );
    }
  }
  return requirement;
};

const requirementMatches = (requirement: LabelRequirement, labels: Record<string, string>): boolean => {
  const has = Object.hasOwn(labels, requirement.key);
  const value = labels[requirement.key];
  switch (requirement.operator) {
    case 'exists':
      return has;
    case 'notexists':
      return !has;
    case '=':
    case 'in':
      return has && requirement.values.includes(value ?? '');
    case '!=':
    case 'notin':
      return !has || !requirement.values.includes(value ?? '');
    case 'gt':
      return has && Number(value) > Number(requirement.values[0]);
    case 'lt':
      return has && Number(value) < Number(requirement.values[0]);
  }
};

export const parseLabelSelector = (selector: string | null | undefined): LabelSelector => {
  const requirements = selector ? splitTopLevel(selector).map((part) => parseRequirement(part, selector)) : [];
  return {
    empty: requirements.length === 0,
    matches: (labels) => requirements.every((requirement) => requirementMatches(requirement, labels ?? {})),
  };
};

/** A metav1.LabelSelector (matchLabels + matchExpressions) as used in workload specs. */
export const labelSelectorFromSpec = (spec: unknown): LabelSelector => {
  const requirements: LabelRequirement[] = [];
  if (typeof spec === 'object' && spec !== null) {
    const { matchLabels, matchExpressions } = spec as { matchLabels?: unknown; matchExpressions?: unknown };
    if (typeof matchLabels === 'object' && matchLabels !== null) {
      for (const [key, value] of Object.entries(matchLabels)) {
        requirements.push({ key, operator: '=', values: [String(value)] });
      }
    }
    if (Array.isArray(matchExpressions)) {
      for (const expression of matchExpressions as { key?: string; operator?: string; values?: string[] }[]) {
        const operator = (
          { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: 'notexists' } as Partial<Record<string, 'in' | 'notin' | 'exists' | 'notexists'>>
        )[expression.operator ?? ''];
        if (operator && expression.key) requirements.push({ key: expression.key, operator, values: expression.values ?? [] });
      }
    }
  }
  return {
    empty: requirements.length === 0,
    matches: (labels) => requirements.every((requirement) => requirementMatches(requirement, labels ?? {})),
  };
};

interface FieldRequirement {
  field: string;
  equal: boolean;
  value: string;
}

export interface FieldSelector {
  readonly requirements: readonly FieldRequirement[];
  matches(fields: Record<string, string>): boolean;
  /** The name a `metadata.name=x` term pins the selector to, if any. */
  readonly pinnedName: string | undefined;
}

/** Splits on an unescaped separator; fields.ParseSelector allows \, \= and \\ escapes. */
const splitEscaped = (text: string, separator: string): string[] => {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === '\\' && index + 1 < text.length) {
      current += char + text.charAt(index + 1);
      index += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
};

const unescapeFieldValue = (value: string): string => value.replace(/\\(.)/g, '$1');

export const parseFieldSelector = (selector: string | null | undefined, supported: readonly string[]): FieldSelector => {
  const requirements: FieldRequirement[] = [];
  if (selector) {
    for (const part of splitEscaped(selector, ',')) {
      if (part.trim() === '') continue;
      const match = /^([^=!]+)(==|=|!=)(.*)$/s.exec(part);
      if (!match) throw badRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
      const fieldName = (match[1] ?? '').trim();
      if (!supported.includes(fieldName)) {
        throw badRequest(`field label not supported: ${fieldName}`);
      }
      requirements.push({ field: fieldName, equal: match[2] !== '!=', value: unescapeFieldValue(match[3] ?? '') });
    }
  }
  const pinned = requirements.find((requirement) => requirement.field === 'metadata.name' && requirement.equal);
  return {
    requirements,
    pinnedName: pinned?.value,
    matches: (fields) => requirements.every((requirement) => (fields[requirement.field] === requirement.value) === requirement.equal),
  };
};
