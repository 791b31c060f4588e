/* Generated from schemas/diff.schema.json by scripts/gen-types.js: edit the schema, then run `npm run types`. */

/**
 * Two catalogues' items aligned one to one, with what changed between matched items.
 */
export interface CatalogueDiff {
  kind: "catalogue-diff";
  schemaVersion: 2;
  a: {
    agency: Agency;
    source: Source;
  };
  b: {
    agency: Agency;
    source: Source;
  };
  thresholds: {
    accept: number;
    review: number;
  };
  pairs: Pair[];
  /**
   * One item covering several of the other side's: `a` one id and `b` several, or `a` several and `b` one.
   */
  covers: Cover[];
  onlyA: string[];
  onlyB: string[];
  /**
   * Pairs in the doubtful band: neither matched nor only-A/only-B until a person decides.
   */
  review: Pair[];
  summary: {
    matched: number;
    changed: number;
    covers: number;
    onlyA: number;
    onlyB: number;
    review: number;
  };
}
/**
 * This interface was referenced by `CatalogueDiff`'s JSON-Schema
 * via the `definition` "Agency".
 */
export interface Agency {
  name: string | null;
  province: string | null;
  city: string | null;
  evidence: Evidence[];
}
/**
 * This interface was referenced by `CatalogueDiff`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  field: "name" | "province" | "city";
  from: "title" | "publisher" | "basis" | "name" | "option" | "file";
  text: string;
}
/**
 * This interface was referenced by `CatalogueDiff`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  name: string;
  format: "tsv" | "cells" | "csv" | "html" | "docx" | "doc" | "xlsx" | "xls" | "ods" | "pdf" | "text";
  encoding: string | null;
  sha256: string;
  bytes: number;
}
/**
 * This interface was referenced by `CatalogueDiff`'s JSON-Schema
 * via the `definition` "Pair".
 */
export interface Pair {
  /**
   * Item id in A.
   */
  a: string;
  /**
   * Item id in B.
   */
  b: string;
  score: number;
  method: "exact" | "fuzzy";
  changes: Change[];
}
/**
 * This interface was referenced by `CatalogueDiff`'s JSON-Schema
 * via the `definition` "Change".
 */
export interface Change {
  /**
   * content, publisher, timeLimit.days, timeLimit.unit, audience.public, mode.onRequest, channels.added, channels.removed, citations.added, citations.removed …
   */
  field: string;
  /**
   * The value in A (null when absent).
   */
  a: string | number | boolean | null | string[];
  /**
   * The value in B (null when absent).
   */
  b: string | number | boolean | null | string[];
}
/**
 * This interface was referenced by `CatalogueDiff`'s JSON-Schema
 * via the `definition` "Cover".
 */
export interface Cover {
  a: string | string[];
  b: string | string[];
  score: number;
}
