/* Generated from schemas/compare.schema.json by scripts/gen-types.js: edit the schema, then run `npm run types`. */

/**
 * Many catalogues related through a common list of disclosure topics.
 */
export interface CatalogueComparison {
  kind: "catalogue-comparison";
  schemaVersion: 2;
  groupBy: "province" | "city" | "agency";
  agencies: {
    key: string;
    name: string | null;
    province: string | null;
    /**
     * The prefecture-level city the agency's name places it in (the gazetteer), or as set.
     */
    city: string | null;
    source: string;
    items: number;
    assigned: number;
  }[];
  topics: {
    id: string;
    name: string;
  }[];
  /**
   * coverage[t][a]: how many of agency a's items fall under topic t.
   */
  coverage: number[][];
  /**
   * similarity[a][b]: Jaccard similarity of the topic sets agencies a and b cover.
   */
  similarity: number[][];
  assignments: {
    agency: string;
    item: string;
    topic: string | null;
    score: number;
    rows?: number[];
    label?: string;
  }[];
}
