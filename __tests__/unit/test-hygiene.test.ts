import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';

// Every test asserts a result or a sentence: no assertion that only something is
// defined, no bare toThrow(), and no expect that a condition or a catch can skip.

const ROOT = join(import.meta.dirname, '..', '..');
const TESTS = join(ROOT, '__tests__');
const SELF = relative(ROOT, import.meta.filename);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isExpectCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'expect';

const containsExpect = (node: ts.Node | undefined): boolean =>
  node !== undefined && (isExpectCall(node) || (ts.forEachChild(node, (child) => (containsExpect(child) ? true : undefined)) ?? false));

/** Why this expect can be skipped, or undefined when it always runs once its test gets there. */
function skippedBy(node: ts.Node): string | undefined {
  // The SourceFile's parent is undefined at run time, though the compiler API types it as a Node.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
  for (let child: ts.Node = node, parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
    if (ts.isFunctionLike(parent)) return undefined;
    if (ts.isCatchClause(parent)) return 'an expect in a catch block runs only when something throws';
    if (ts.isIfStatement(parent) && child !== parent.expression) {
      // An if/else that asserts on both sides cannot skip its assertion.
      if (!(parent.elseStatement && containsExpect(parent.thenStatement) && containsExpect(parent.elseStatement))) return 'an expect behind an if';
    }
    if (ts.isConditionalExpression(parent) && child !== parent.condition) {
      if (!(containsExpect(parent.whenTrue) && containsExpect(parent.whenFalse))) return 'an expect behind a ?: condition';
    }
    if (ts.isBinaryExpression(parent) && child === parent.right) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
        return 'an expect behind && / || / ??';
      }
    }
  }
  return undefined;
}

/** Problems in one test source, as `file:line: problem`. */
export function hygieneProblems(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const report = (node: ts.Node, problem: string) => {
    problems.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${problem}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression;
      const negated = ts.isPropertyAccessExpression(receiver) && receiver.name.text === 'not';
      if (method === 'toBeDefined' && !negated) report(node, 'toBeDefined() asserts nothing about the value');
      if (method === 'toThrow' && node.arguments.length === 0 && !negated) report(node, 'a bare toThrow() matches any error: give the class or the sentence');
    }
    if (isExpectCall(node)) {
      const why = skippedBy(node);
      if (why) report(node, why);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

describe('test hygiene', () => {
  test('no test under __tests__ or e2e/scenarios asserts only that something is defined or thrown, or hides an expect behind a condition', () => {
    const problems = [...tsFiles(TESTS), ...tsFiles(join(ROOT, 'e2e', 'scenarios'))]
      .map((path) => relative(ROOT, path))
      .filter((path) => path !== SELF)
      .flatMap((path) => hygieneProblems(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(problems).toEqual([]);
  });

  test('the check itself finds each pattern, and lets an assertion on both sides of an if/else through', () => {
    const source = [
      "test('a', () => {",
      '  expect(x).toBeDefined();',
      '  expect(() => f()).toThrow();',
      '  await expect(p).rejects.toThrow();',
      "  if (rotated === 'true') expect(token).toBe(value);",
      '  try { f(); } catch (error) { expect(error).toBe(1); }',
      '  ok && expect(y).toBe(2);',
      '  expect(z).not.toBeDefined();',
      "  expect(() => f()).toThrow('exact sentence.');",
      '  expect(() => f()).not.toThrow();',
      '  if (a) { expect(a).toBe(1); } else { expect(b).toBe(2); }',
      '  if (a) expect(a).toBe(1); else if (b) expect(b).toBe(2);',
      '});',
    ].join('\n');
    expect(hygieneProblems('x.test.ts', source)).toEqual([
      'x.test.ts:2: toBeDefined() asserts nothing about the value',
      'x.test.ts:3: a bare toThrow() matches any error: give the class or the sentence',
      'x.test.ts:4: a bare toThrow() matches any error: give the class or the sentence',
      'x.test.ts:5: an expect behind an if',
      'x.test.ts:6: an expect in a catch block runs only when something throws',
      'x.test.ts:7: an expect behind && / || / ??',
      'x.test.ts:12: an expect behind an if',
    ]);
  });
});
