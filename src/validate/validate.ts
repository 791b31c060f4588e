// Every document gongkai emits is checked against the JSON Schemas in schemas/ (the contract),
// by validators ajv compiled from them ahead of time (validators.generated.ts, \`npm run types\`).
import * as validators from './validators.generated.js';

interface ValidateFunction {
  (document: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string }> | null;
}

const byKind = new Map<string, ValidateFunction>([
  ['catalogue', validators.catalogue],
  ['annual-report', validators.annualReport],
  ['catalogue-diff', validators.catalogueDiff],
  ['catalogue-comparison', validators.catalogueComparison],
]);

export interface Validation {
  valid: boolean;
  /** `path: message` for each violation. */
  errors: string[];
}

/** Validate a document against the schema its `kind` names. */
export function validate(document: unknown): Validation {
  const kind = (document as { kind?: unknown } | null)?.kind;
  const fn = typeof kind === 'string' ? byKind.get(kind) : undefined;
  if (!fn) return { valid: false, errors: [`/kind: unknown document kind ${JSON.stringify(kind)}`] };
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
