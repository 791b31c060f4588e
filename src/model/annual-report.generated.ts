/* Generated from schemas/annual-report.schema.json by scripts/gen-types.js: edit the schema, then run `npm run types`. */

/**
 * A government information disclosure annual report (政府信息公开工作年度报告) read by gongkai.
 */
export interface AnnualReport {
  kind: "annual-report";
  schemaVersion: 2;
  title: string | null;
  agency: Agency;
  year: number | null;
  /**
   * The national template the tables follow: 2019 (国办公开办函〔2019〕60号), 2021 (〔2021〕30号), or a mix of both.
   */
  template: "2019" | "2021" | "mixed" | null;
  source: Source;
  /**
   * Text before 一、总体情况 other than the title (a foreword, a date line).
   */
  preface: string;
  sections: Section[];
  proactive: ProactiveRow[];
  requests: Requests;
  reviews: Reviews;
  checks: Check[];
  diagnostics: Diagnostic[];
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Agency".
 */
export interface Agency {
  name: string | null;
  province: string | null;
  city: string | null;
  evidence: Evidence[];
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  field: "name" | "province" | "city";
  from: "title" | "publisher" | "basis" | "name" | "option" | "file";
  text: string;
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
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
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  no: number;
  title: string;
  text: string;
  line?: number;
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "ProactiveRow".
 */
export interface ProactiveRow {
  /**
   * 第二十条第（一）项 …
   */
  article: string;
  item: string;
  /**
   * 2019 (一): made, published, total; 2021 (一): issued, repealed, inForce; 2019 (五)(六): previous, change, decisions; 2021 (五)(六): decisions; 2019 (八): previous, change; 2021 (八): amount; (九): projects, amount. Amounts in 万元.
   */
  values: {
    [k: string]: number | null;
  };
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Requests".
 */
export interface Requests {
  columns: ("naturalPerson" | "commercial" | "research" | "socialWelfare" | "legalService" | "other" | "total")[];
  /**
   * Row key → the seven numbers in `columns` order; null where the row is absent.
   */
  rows: {
    [k: string]:
      null | [number | null, number | null, number | null, number | null, number | null, number | null, number | null];
  };
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Reviews".
 */
export interface Reviews {
  review: {
    maintained: number | null;
    corrected: number | null;
    other: number | null;
    pending: number | null;
    total: number | null;
  };
  litigationDirect: {
    maintained: number | null;
    corrected: number | null;
    other: number | null;
    pending: number | null;
    total: number | null;
  };
  litigationAfterReview: {
    maintained: number | null;
    corrected: number | null;
    other: number | null;
    pending: number | null;
    total: number | null;
  };
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Check".
 */
export interface Check {
  rule: "R1" | "R2" | "R3" | "R4" | "R5" | "R6";
  where: string;
  ok: boolean;
  expected: number | null;
  actual: number | null;
  message?: string;
}
/**
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Diagnostic".
 */
export interface Diagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  place?: Place;
  item?: string;
  /**
   * What a rule expected, where the diagnostic compares two values (check-failed).
   */
  expected?: number | null;
  /**
   * What the document has, beside `expected`.
   */
  actual?: number | null;
}
/**
 * Where in the input. Text (tsv, cells, csv, text): line, and column for a field of that line. A document with tables of its own (html, docx): table (1-based, in the order the document's tables are read), row (in that table) and cell (the slot in that row, spanned slots counted); an HTML place also gives the source line, a Word paragraph its number among the non-empty paragraphs, a spreadsheet's table is its sheet (row and cell are the sheet's row and column numbers, sheet its name), and a PDF place also gives its page.
 *
 * This interface was referenced by `AnnualReport`'s JSON-Schema
 * via the `definition` "Place".
 */
export interface Place {
  line?: number;
  column?: number;
  table?: number;
  row?: number;
  cell?: number;
  paragraph?: number;
  sheet?: string;
  page?: number;
}
