// Generates src/model/*.generated.ts from schemas/*.schema.json: the schemas are the contract,
// the TypeScript types follow them. test/schema-types.test.ts fails when the two drift.
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';

export const generated = [
  { schema: 'schemas/catalogue.schema.json', out: 'src/model/catalogue.generated.ts' },
];

export async function render(schemaPath) {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return compile(schema, schema.title, {
    additionalProperties: false,
    unreachableDefinitions: true,
    bannerComment: `/* Generated from ${schemaPath} by scripts/gen-types.js: edit the schema, then run \`npm run types\`. */`,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { schema, out } of generated) await writeFile(out, await render(schema));
}
