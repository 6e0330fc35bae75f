// Runs before `npm test`, `npm run demo` and `npm run bench`: the project's
// TypeScript runs only on the Node in .node-version (type stripping), and an
// older Node fails with ERR_UNKNOWN_FILE_EXTENSION, which says nothing useful.
// Plain JavaScript on purpose, so that it runs on any old Node.
// CHECK_NODE_VERSION stands in for the running version (tests use it).
import { readFileSync } from 'node:fs';

const wanted = readFileSync(new URL('../.node-version', import.meta.url), 'utf8').trim();
const running = process.env.CHECK_NODE_VERSION || process.versions.node;
const major = (version) => Number(String(version).replace(/^v/, '').split('.')[0]);

if (!(major(running) >= major(wanted))) {
  console.error(
    `This project needs Node ${wanted} or newer, but npm ran Node ${running}: run \`npm ci\` again without --ignore-scripts ` +
      `(it installs Node ${wanted} from the node devDependency) or install Node ${wanted} (see .node-version), then retry.`,
  );
  process.exit(1);
}
