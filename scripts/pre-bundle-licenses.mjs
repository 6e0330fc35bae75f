// The licenses of the packages inside the pre-bundles (build/), for
// dist/licenses.txt. ncc lists the packages it bundles from node_modules;
// a pre-bundle is one file of the project to it, so the packages esbuild put
// in it would be missing. Each bundle script records its packages
// (`recordPackages`, from esbuild's metafile); after ncc, `node
// scripts/pre-bundle-licenses.mjs` appends those ncc did not list, in ncc's
// layout (name, license, the text of the package's license file), sorted.
import { readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Writes build/<name>.packages.json: the package directories the bundle took code from. */
export function recordPackages(name, metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match?.[1]) packages.add(match[1]);
  }
  writeFileSync(path.join(root, 'build', `${name}.packages.json`), `${JSON.stringify([...packages].sort(), null, 2)}\n`);
}

function licenseOf(dir) {
  const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const file = readdirSync(path.join(root, dir))
    .sort()
    .find((name) => /^licen[cs]e/i.test(name));
  const text = file
    ? readFileSync(path.join(root, dir, file), 'utf8')
        .replace(/\r\n/g, '\n')
        .trim()
    : '';
  return { name: manifest.name, license: typeof manifest.license === 'string' ? manifest.license : '', text };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(root, 'dist', 'licenses.txt');
  const listed = readFileSync(out, 'utf8');
  const isListed = (name) => listed.startsWith(`${name}\n`) || listed.includes(`\n\n${name}\n`);
  const dirs = new Set(
    readdirSync(path.join(root, 'build'))
      .filter((file) => file.endsWith('.packages.json'))
      .flatMap((file) => JSON.parse(readFileSync(path.join(root, 'build', file), 'utf8'))),
  );
  const byName = new Map([...dirs].map(licenseOf).map((entry) => [entry.name, entry]));
  const missing = [...byName.values()].filter((entry) => !isListed(entry.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  appendFileSync(out, missing.map((entry) => `${entry.name}\n${entry.license}\n${entry.text}\n\n\n`).join(''));
  console.log(`dist/licenses.txt: ${missing.length} packages of the pre-bundles added`);
}
