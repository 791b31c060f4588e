// How much of this year's prose repeats last year's: the share of this year's sentences (long
// enough to mean something) found, after removing whitespace and digits, among last year's.
// Audits penalise reports that copy more than half.
export function repetitionRatio(last: string, current: string): { ratio: number; repeated: number; sentences: number } {
  const sentences = (text: string): string[] =>
    text
      .split(/[。！？；\n]/)
      .map((s) => s.replace(/[\s\d０-９]+/g, '').replace(/年/g, ''))
      .filter((s) => s.length >= 8);
  const before = new Set(sentences(last));
  const now = sentences(current);
  const repeated = now.filter((s) => before.has(s)).length;
  return { ratio: now.length === 0 ? 0 : repeated / now.length, repeated, sentences: now.length };
}
