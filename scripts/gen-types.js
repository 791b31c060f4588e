// Generates src/model/*.generated.ts from schemas/*.schema.json: the schemas are the contract,
// the TypeScript types follow them; and src/validate/validators.generated.ts, the schemas compiled
// by ajv ahead of time (standalone code), so that no process compiles them at start-up.
// test/contract.test.ts fails when either drifts from the schemas.
import { compile } from 'json-schema-to-typescript';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const generated = [
  { schema: 'schemas/catalogue.schema.json', out: 'src/model/catalogue.generated.ts' },
  { schema: 'schemas/annual-report.schema.json', out: 'src/model/annual-report.generated.ts' },
  { schema: 'schemas/diff.schema.json', out: 'src/model/diff.generated.ts' },
  { schema: 'schemas/compare.schema.json', out: 'src/model/compare.generated.ts' },
];

/** The TypeScript for a schema; `schemaPath` is relative to `root` (the repository). */
export async function render(schemaPath, root = process.cwd()) {
  const schema = JSON.parse(await readFile(join(root, schemaPath), 'utf8'));
  return compile(schema, schema.title, {
    additionalProperties: false,
    unreachableDefinitions: true,
    bannerComment: `/* Generated from ${schemaPath} by scripts/gen-types.js: edit the schema, then run \`npm run types\`. */`,
  });
}

export const validators = {
  out: 'src/validate/validators.generated.ts',
  schemas: {
    catalogue: 'schemas/catalogue.schema.json',
    'annual-report': 'schemas/annual-report.schema.json',
    'catalogue-diff': 'schemas/diff.schema.json',
    'catalogue-comparison': 'schemas/compare.schema.json',
  },
};

/** The validators as one ES module exporting a function per document kind. */
export async function renderValidators(root = process.cwd()) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true } });
  const names = {};
  for (const [kind, path] of Object.entries(validators.schemas)) {
    ajv.addSchema(JSON.parse(await readFile(join(root, path), 'utf8')), kind);
    names[kind.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = kind;
  }
  // ajv's ES module output still requires its runtime helpers: import them instead.
  const helpers = new Map();
  const code = standaloneCode(ajv, names).replace(/require\("(ajv\/dist\/runtime\/[\w-]+)"\)/g, (_, path) => {
    if (!helpers.has(path)) helpers.set(path, `runtime${helpers.size}`);
    return helpers.get(path);
  });
  const imports = [...helpers].map(([path, name]) => `import ${name} from '${path}.js';`).join('\n');
  return `// Generated from schemas/*.schema.json by scripts/gen-types.js (\`npm run types\`): ajv's standalone validators.\n// @ts-nocheck\n/* eslint-disable */\n${imports}\n${code}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { schema, out } of generated) await writeFile(out, await render(schema));
  await writeFile(validators.out, await renderValidators());
}
