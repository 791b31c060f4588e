// How well does a cell's text fit a field? The alignment of drifted rows weighs these scores:
// a 《…》 citation is basis, "…工作日内" a time limit, a checkbox list channels, a √ a mark, a short
// office name the publisher. Scores run from -1 (cannot be) to 1 (surely is); a blank cell is 0
// everywhere, so blanks never pull a row out of place.
import { childField, FORM_WORDS, STAGES, TICK_KINDS, type FieldKind } from '../vocabulary/headers.js';
import { parseMarkedList } from '../fields/marks.js';
import { channelName } from '../fields/channels.js';

interface Features {
  blank: boolean;
  length: number;
  seq: boolean;
  mark: boolean; // a lone mark, or a mark followed by a short note
  list: 'channels' | 'audience' | 'mode' | 'level' | 'form' | 'other' | null;
  citation: boolean;
  lawWords: boolean;
  time: boolean;
  office: boolean;
  sentence: boolean; // has sentence punctuation
  enumerated: boolean;
  stage: boolean;
  modeWord: boolean;
  audienceWord: boolean;
  channelWords: boolean;
  /** Options of 公开形式 written out (全文发布、区分处理后发布). */
  formWords: boolean;
  /** A telephone number, or several. */
  phone: boolean;
}

// Cells repeat a lot (merged values, marks, blanks), so features are cached by text — bounded, so
// that a long-running process reading many documents does not grow without end.
const cache = new Map<string, Features>();
const CACHE_LIMIT = 50_000;

export function features(text: string): Features {
  const hit = cache.get(text);
  if (hit) return hit;
  const t = text.trim();
  const compact = t.replace(/\s+/g, '');
  const { lead, items } = parseMarkedList(t);
  const labelled = items.filter((i) => i.label !== '');
  const f: Features = {
    blank: compact === '' || /^[\u3000\u00a0]*$/.test(compact),
    length: compact.length,
    seq: /^\d{1,6}(\.\d{1,3})?$/.test(compact),
    mark:
      items.length > 0 &&
      labelled.length <= 1 &&
      lead === '' &&
      (labelled[0]?.label.length ?? 0) <= 40 &&
      !listKindOf(labelled),
    list:
      labelled.length >= 1 && (labelled.length >= 2 || listKindOf(labelled) !== null)
        ? (listKindOf(labelled) ?? 'other')
        : null,
    citation: /《[^》]+》/.test(t),
    lawWords: /(条例|法》|办法|规定|意见|通知|细则|方案|规划|决定)/.test(t),
    time:
      /\d+\s*个?\s*(工作日|日|天|小时|个月)|[一二两三四五六七八九十]+个?(工作日|日|天|个月|月)内|之日起|(实时|即时|及时|常年|长期)(公开|发布|更新)?[。.]?$|^同上[。.]?$|时限|法定时间/.test(
        compact,
      ) && compact.length <= 80,
    office:
      compact.length <= 25 &&
      !/[。；;]/.test(compact) &&
      /(局|科|室|办|中心|单位|部门|政府|委员会|委|股|处|所|站|队|组)$/.test(compact.replace(/[（(][^）)]*[）)]$/, '')),
    sentence: /[。；;：:，,]/.test(compact),
    enumerated: /^(\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[①-⑳])/.test(compact),
    stage: STAGES.test(compact),
    modeWord: /^(主动公开|主动|依申请公开|依申请)$/.test(compact),
    audienceWord: /^(全社会|面向全社会|社会公众|社会|公众|特定群体|特定群众|面向申请人)$/.test(compact),
    channelWords: compact.split(/[、，,；;]/).some((p) => channelName(p) !== null),
    formWords: compact.split(/[、，,；;/]/).every((p) => FORM_WORDS.test(p)),
    phone:
      /^(咨询电话|监督电话|举报电话|电话)?[：:]?(\(?0\d{2,3}\)?[-－]?)?\d{7,8}([、，,；;/\s]+(\(?0\d{2,3}\)?[-－]?)?\d{7,8})*$/.test(
        compact,
      ) ||
      /^1[3-9]\d{9}$/.test(compact) ||
      /^12345$/.test(compact),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}

function listKindOf(items: ReadonlyArray<{ label: string }>): Features['list'] {
  const kinds = new Set(
    items.map((i) => {
      const child = childField(i.label);
      if (child?.startsWith('audience')) return 'audience';
      if (child?.startsWith('mode')) return 'mode';
      if (child === 'level.tick') return 'level';
      if (FORM_WORDS.test(i.label.replace(/\s+/g, ''))) return 'form';
      return channelName(i.label) !== null ? 'channels' : 'other';
    }),
  );
  for (const k of ['audience', 'mode', 'level', 'form', 'channels'] as const) if (kinds.has(k)) return k;
  return null;
}

/** The score of a cell's text in a column of the given field (null: a column with no header). */
export function scoreCell(text: string, field: FieldKind | null | 'extra'): number {
  const f = features(text);
  if (f.blank) return 0;
  if (field === null) return -0.7;
  if (field === 'extra') return 0.1;
  if (field === 'contact') return f.phone ? 1 : f.mark || f.list || f.citation ? -1 : f.length <= 40 ? -0.3 : -0.8;
  if (f.phone) return field === 'note' ? 0 : -0.8;
  const long = f.length > 30;
  if (TICK_KINDS.has(field)) {
    if (f.mark) return 0.8;
    if (f.list) return -0.8;
    if (f.citation || f.seq) return -1;
    if (f.time) return -0.7;
    if (f.office) return -0.5;
    return long ? -0.6 : 0; // free text instead of a tick
  }
  switch (field) {
    case 'seq':
      return f.seq ? 1 : -1;
    case 'stage':
      return f.stage ? 1 : f.mark || f.list || f.citation ? -1 : f.length <= 8 && !f.sentence ? 0.2 : -0.6;
    case 'path':
      if (f.mark || f.list || f.citation || f.seq) return -0.8;
      if (f.time) return -0.5;
      if (long || f.sentence) return -0.4;
      // Item names are short; the longer a phrase, the likelier it is content.
      return f.enumerated ? 0.1 : f.length <= 10 ? 0.5 : f.length <= 20 ? 0.35 : 0.2;
    case 'content':
      if (f.mark || f.list || f.seq) return -1;
      if (f.citation) return 0.1;
      if (f.time) return -0.2;
      if (f.enumerated) return 0.6;
      if (long || f.sentence) return 0.7;
      return f.office ? -0.1 : 0.4;
    case 'basis':
    case 'requirement':
      if (f.citation) return 1;
      if (f.mark || f.list || f.seq) return -1;
      if (f.time) return field === 'requirement' ? 0.8 : -0.6;
      if (f.office) return -0.6;
      return f.lawWords ? 0.5 : -0.3;
    case 'timeLimit':
      return f.time ? 1 : f.mark || f.list || f.citation ? -1 : long ? -0.8 : -0.6;
    case 'publisher':
      if (f.office) return 0.9;
      if (f.citation || f.mark || f.list || f.seq) return -1;
      if (f.time) return -0.6;
      return long || f.sentence ? -0.8 : 0.1;
    case 'channels':
      if (f.list === 'channels' || f.list === 'other') return 1;
      if (f.list) return -0.5;
      if (f.channelWords && f.length <= 60 && !f.citation) return 0.8;
      return -0.6;
    case 'audience':
      return f.list === 'audience' || f.audienceWord ? 1 : f.mark ? 0.3 : -0.6;
    case 'mode':
      return f.list === 'mode' || f.modeWord ? 1 : f.mark ? 0.3 : -0.7;
    case 'form':
      return f.list === 'form' || f.formWords ? 1 : f.mark ? 0.3 : -0.7;
    case 'level':
      return f.list === 'level' ? 1 : f.mark ? 0.3 : -0.6;
    case 'note':
      return f.mark ? -0.3 : 0.1;
    default:
      return 0;
  }
}

/** Fields whose column may take two neighbouring cells (a channel list split over two cells). */
export function joinable(field: FieldKind | null | 'extra'): boolean {
  return field === 'channels' || field === 'content' || field === 'basis' || field === 'note';
}
