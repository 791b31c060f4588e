// Generates src/model/*.generated.ts from schemas/*.schema.json: the schemas are the contract,
// the TypeScript types follow them. test/schema-types.test.ts fails when the two drift.
import { compile } from 'json-schema-to-typescript';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { schema, out } of generated) await writeFile(out, await render(schema));
}
