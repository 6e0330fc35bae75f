// Validates action metadata (action.yml, examples/**/action.yml) and workflows
// against GitHub's own schemas, with the parser GitHub's language services use
// (@actions/workflow-parser). actionlint checks workflows in depth but does not
// read action metadata, and action-validator's bundled schema rejects `node24`;
// this fills that gap, offline.
//
// Usage: node scripts/lint-github-schema.ts   (exit code 1 on any error)
import { globSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

// The parser imports its JSON schemas without an import attribute (it is built
// for bundlers); supply the attribute so plain Node can load them.
registerHooks({
  load(url, context, nextLoad) {
    if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
    }
    return nextLoad(url, context);
  },
});

const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');
const { parseWorkflow, NoOperationTraceWriter } = await import('@actions/workflow-parser');

const actionFiles = ['action.yml', ...globSync('examples/**/action.yml')];
const workflowFiles = [...globSync('.github/workflows/*.yml'), ...globSync('examples/**/*-workflow.yml')];

let problems = 0;
function report(file: string, errors: readonly { message: string }[]): void {
  for (const error of errors) {
    problems += 1;
    console.error(error.message.startsWith(file) ? error.message : `${file}: ${error.message}`);
  }
}

for (const file of actionFiles) {
  const result = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  report(file, result.context.errors.getErrors());
}
for (const file of workflowFiles) {
  const result = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  report(file, result.context.errors.getErrors());
}

const checked = actionFiles.length + workflowFiles.length;
if (problems > 0) {
  console.error(`${problems} problem(s) in ${checked} file(s) checked against GitHub's schema`);
  process.exitCode = 1;
} else {
  console.log(`✓ ${checked} file(s) match GitHub's action and workflow schema`);
}
