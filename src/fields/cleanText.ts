// Cell text → clean text. Strips export debris (bookmarks, Markdown bold, autolinks) and says what
// it removed, so the caller can quote it in a diagnostic; trims each line; drops empty lines.

export interface CleanText {
  text: string;
  removed: string[];
}

const ARTEFACTS: Array<[RegExp, (m: string, ...groups: string[]) => string]> = [
  [/\[bookmark:[^\]]*\]/g, () => ''],
  [/\*\*([^*]+)\*\*/g, (_m, inner) => inner!],
  [/<(https?:\/\/[^>\s]+)>/g, (_m, url) => url!],
];

export function cleanText(raw: string): CleanText {
  const removed: string[] = [];
  let text = raw;
  for (const [pattern, replace] of ARTEFACTS) {
    text = text.replace(pattern, (m, ...groups: string[]) => {
      removed.push(m);
      return replace(m, ...groups);
    });
  }
  text = text
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
  return { text, removed };
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';
const CJK_GAP = new RegExp(`(?<=[${CJK}])[\\s\\u00a0]+(?=[${CJK}])`, 'g');

/**
 * A short name (a header, a path level, a stage) written in a narrow cell wraps: `一级\n目录`,
 * `政府工作部 门`. Between two CJK characters the break is layout, not text.
 */
export function joinWrapped(text: string): string {
  return text.replace(CJK_GAP, '').replace(/\s+/g, ' ').trim();
}
