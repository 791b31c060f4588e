/* Generated from schemas/catalogue.schema.json by scripts/gen-types.js: edit the schema, then run `npm run types`. */

/**
 * A disclosure catalogue (政府信息公开目录 / 政务公开标准目录) normalised by gongkai.
 */
export interface Catalogue {
  kind: "catalogue";
  schemaVersion: 2;
  title: string | null;
  agency: Agency;
  source: Source;
  columns: Column[];
  items: Item[];
  diagnostics: Diagnostic[];
  stats: Stats;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Agency".
 */
export interface Agency {
  name: string | null;
  province: string | null;
  /**
   * The prefecture-level city (地级市, 州, 盟) the agency's name places it in, from the gazetteer; null for a province-level body or where the name does not say.
   */
  city: string | null;
  evidence: Evidence[];
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  field: "name" | "province" | "city";
  from: "title" | "publisher" | "basis" | "name" | "option" | "file";
  text: string;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
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
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Column".
 */
export interface Column {
  header: string[];
  /**
   * Model field the column feeds (path.1, audience.public, …), or null when its cells go to extra.
   */
  field: string | null;
  /**
   * The table block whose header defined the column.
   */
  block?: number;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Item".
 */
export interface Item {
  id: string;
  seq: string | null;
  stage: string | null;
  path: string[];
  content: string | null;
  basis: null | Basis;
  timeLimit: null | TimeLimit;
  publisher: string | null;
  channels: Channel[];
  audience: Audience;
  mode: Mode;
  level: string[];
  /**
   * 公开形式: the options ticked or written (全文发布, 区分处理后发布, 现场宣讲 …); null where the catalogue has no such column.
   */
  form: string[] | null;
  /**
   * 咨询 / 监督举报电话 as printed; null where the catalogue has no such column.
   */
  contact: string | null;
  markers: string[];
  note: string | null;
  extra: {
    [k: string]: string;
  };
  /**
   * Fields whose blank cell took the value of the row above (a merged cell).
   */
  filledDown?: string[];
  source: ItemSource;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Basis".
 */
export interface Basis {
  text: string;
  citations: Citation[];
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Citation".
 */
export interface Citation {
  title: string;
  /**
   * 文号 with brackets normalised to 〔〕 and 令 numbers to 第N号.
   */
  docNo: string | null;
  /**
   * A 【法律】-style prefix, without brackets.
   */
  category?: string;
  /**
   * false for a basis named without 《》.
   */
  quoted?: boolean;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "TimeLimit".
 */
export interface TimeLimit {
  text: string;
  /**
   * The count of units (days, working days or months).
   */
  days: number | null;
  unit: "workday" | "day" | "month" | null;
  trigger: string | null;
  /**
   * 及时 / 实时 / 常年 … for limits given without a number.
   */
  qualifier?: string | null;
  /**
   * The cell said 同上; the values are the row above's.
   */
  sameAsAbove?: boolean;
  /**
   * Further limits in the same cell (公示7个工作日 …).
   */
  also?: {
    days: number;
    unit: "workday" | "day" | "month";
    trigger: string | null;
  }[];
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Channel".
 */
export interface Channel {
  /**
   * The vocabulary name, or the label when not in the vocabulary.
   */
  name: string;
  /**
   * The text as printed.
   */
  label: string;
  checked: boolean;
  known: boolean;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Audience".
 */
export interface Audience {
  public: boolean | null;
  specific: boolean | null;
  note: string | null;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Mode".
 */
export interface Mode {
  proactive: boolean | null;
  onRequest: boolean | null;
  note: string | null;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "ItemSource".
 */
export interface ItemSource {
  /**
   * @minItems 1
   */
  rows: [number, ...number[]];
  block: number;
  /**
   * The workbook sheet the item was read from (spreadsheets only).
   */
  sheet?: string;
  /**
   * The page the item's first row is printed on (PDFs only).
   */
  page?: number;
}
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
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
 * This interface was referenced by `Catalogue`'s JSON-Schema
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
/**
 * This interface was referenced by `Catalogue`'s JSON-Schema
 * via the `definition` "Stats".
 */
export interface Stats {
  /**
   * Data rows read (header, title and blank rows not counted).
   */
  rows: number;
  items: number;
  /**
   * Non-empty cells in the data rows.
   */
  cells: number;
  /**
   * Of those, cells that went into a model field.
   */
  cellsMapped: number;
  /**
   * Of those, cells kept in extra or quoted in a diagnostic.
   */
  cellsKept: number;
}
