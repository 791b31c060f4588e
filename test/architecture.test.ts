// The pipeline's import direction, checked: read → layout → table → model → check/validate →
// diff/compare → render → the composition (normalise, index) → cli. A module may import its own
// stage and the stages before it, and the base everyone shares (errors, diagnostics, the schema
// types, vocabulary, field parsers), never a later stage.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repo } from './paths.js';

const STAGES: ReadonlyArray<readonly RegExp[]> = [
  [
    /^errors\.ts$/,
    /^diagnostics\.ts$/,
    /^version\.ts$/,
    /^collections\.ts$/,
    /^limits\.ts$/,
    /^model\/[^/]+\.generated\.ts$/,
    /^vocabulary\//,
    /^fields\//,
  ],
  [/^read\//],
  [/^layout\//],
  [/^table\//],
  [/^model\//],
  [/^check\//, /^validate\//],
  [/^diff\//, /^compare\//],
  [/^render\//],
  [/^normalise\.ts$/, /^index\.ts$/],
  [/^cli\//],
];

export function stageOf(file: string): number {
  const rank = STAGES.findIndex((patterns) => patterns.some((p) => p.test(file)));
  if (rank < 0) throw new Error(`${file} belongs to no stage: add its folder to STAGES`);
  return rank;
}

export interface Import {
  from: string;
  to: string;
}

/** Imports that go up the pipeline, as `from → to`. */
export function violations(imports: readonly Import[]): string[] {
  return imports.filter(({ from, to }) => stageOf(to) > stageOf(from)).map(({ from, to }) => `${from} → ${to}`);
}

/** Every relative import of every source file, as paths below src/ (type-only imports too). */
function importsOf(src: string): Import[] {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((from) => {
    const text = readFileSync(join(src, from), 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
    return specifiers.map((s) => ({ from, to: relative(src, resolve(src, dirname(from), s)).replace(/\.js$/, '.ts') }));
  });
}

const src = join(repo, 'src');

test('every source file belongs to a stage, and no import goes up the pipeline', () => {
  const imports = importsOf(src);
  expect(imports.length).toBeGreaterThan(100);
  expect(violations(imports)).toEqual([]);
});

test('a reader that imports the table stage, or a model that runs a check, is refused', () => {
  expect(
    violations([
      { from: 'layout/fromHtml.ts', to: 'table/detectHeader.ts' },
      { from: 'model/buildReport.ts', to: 'check/checks.ts' },
      { from: 'table/buildTable.ts', to: 'layout/layout.ts' },
      { from: 'read/input.ts', to: 'model/catalogue.generated.ts' },
    ]),
  ).toEqual(['layout/fromHtml.ts → table/detectHeader.ts', 'model/buildReport.ts → check/checks.ts']);
});

/** Calls that spread an array into their arguments: they overflow the stack on a large one. */
export const spreads = (text: string): string[] =>
  [...text.matchAll(/\.(?:push|unshift)\(\s*\.\.\.|Math\.(?:max|min)\([^;]*?\.\.\./g)].map((m) => m[0]);

test('no array is spread into a call (use append, maxOf, minOf from collections.ts)', () => {
  const found = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && f !== 'collections.ts')
    .flatMap((f) => spreads(readFileSync(join(src, f), 'utf8')).map((s) => `${f}: ${s}`));
  expect(found).toEqual([]);
  expect(spreads('rows.push(...more); x = Math.max(0, ...sizes);')).toHaveLength(2);
  expect(spreads('append(rows, more); x = maxOf(sizes, 0);')).toEqual([]);
});
