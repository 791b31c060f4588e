// Every document gongkai emits is checked against the JSON Schemas in schemas/ (the contract).
// The validators are compiled once, on first use.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const schemaFiles = {
  catalogue: 'catalogue.schema.json',
  'annual-report': 'annual-report.schema.json',
  'catalogue-diff': 'diff.schema.json',
  'catalogue-comparison': 'compare.schema.json',
} as const;
export type SchemaName = keyof typeof schemaFiles;

const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    const url = new URL(`../../schemas/${schemaFiles[name]}`, import.meta.url);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    fn = ajv.compile(JSON.parse(readFileSync(url, 'utf8')));
    compiled.set(name, fn);
  }
  return fn;
}

export interface Validation {
  valid: boolean;
  /** `path: message` for each violation. */
  errors: string[];
}

/** Validate a document against the schema its `kind` names. */
export function validate(document: unknown): Validation {
  const kind = (document as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !(kind in schemaFiles))
    return { valid: false, errors: [`/kind: unknown document kind ${JSON.stringify(kind)}`] };
  const fn = validator(kind as SchemaName);
  const valid = fn(document);
  return { valid, errors: (fn.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`) };
}

/** The document, after checking it against its schema: every document leaves valid, and a mismatch is a bug, said plainly. */
export function assertValid<T extends { kind: string }>(document: T): T {
  const validation = validate(document);
  if (!validation.valid)
    throw new Error(
      `internal: the ${document.kind} does not match its schema: ${validation.errors.slice(0, 5).join('; ')}`,
    );
  return document;
}
