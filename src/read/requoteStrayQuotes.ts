// A CSV field that opens with a quote but goes on past its closing quote, re-quoted so that any
// CSV reader takes it as printed; used where the delimiter is sniffed and where CSV is read.
/**
 * Re-quote fields that open with `"` but whose closing quote is not followed by the end of the
 * field: `"双随机、一公开"监管结果` becomes `"""双随机、一公开""监管结果"`, which any CSV reader takes
 * for the text as printed. Newlines are unchanged, so line numbers still hold.
 */
export function requoteStrayQuotes(text: string, delimiter: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  const ends = (c: string | undefined): boolean => c === undefined || c === delimiter || c === '\n' || c === '\r';
  let out = '';
  let line = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (fieldStart && ch === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"')) j += text[j] === '"' ? 2 : 1;
      if (j < text.length && ends(text[j + 1])) {
        const field = text.slice(i, j + 1);
        line += field.split('\n').length - 1;
        out += field;
        i = j + 1;
      } else {
        let k = i;
        while (!ends(text[k])) k++;
        out += `"${text.slice(i, k).replace(/"/g, '""')}"`;
        lines.push(line);
        i = k;
      }
      fieldStart = false;
      continue;
    }
    if (ch === '\n') line++;
    out += ch;
    fieldStart = ch === delimiter || ch === '\n';
    i++;
  }
  return { text: out, lines };
}
