// gongkai: read Chinese government disclosure catalogues into one validated model.
export { normalise, DEFAULT_MAX_BYTES, type NormaliseOptions, type Normalised } from './normalise.js';
export { validate, type Validation } from './validate/validate.js';
export { GongkaiError, errorCodes, type ErrorCode } from './errors.js';
export { diagnosticCodes, type Diagnostic, type DiagnosticCode } from './diagnostics.js';
export type * from './model/catalogue.generated.js';
export type { AnnualReport, Section, ProactiveRow, Requests, Reviews, Check } from './model/annual-report.generated.js';
export { checkReport, checkAcrossYears } from './check/checks.js';
export { diff, DEFAULT_THRESHOLDS, type DiffOptions } from './diff/diff.js';
export type { CatalogueDiff, Pair, Change } from './model/diff.generated.js';
export { diffMarkdown, diffTsv, diffHtml } from './render/diffViews.js';
export { compare, topics, type CompareOptions, type Topic } from './compare/compare.js';
export type { CatalogueComparison } from './model/compare.generated.js';
export { comparisonCsv, comparisonHtml } from './render/compareViews.js';
