// 公开渠道和载体: a list of channels, as marked boxes or as plain text. Labels are matched to the
// channel vocabulary (DOMAIN.md) by name or alias; free-text channels are kept with known: false.
import type { Channel } from '../model/catalogue.generated.js';
import { parseMarkedList } from './marks.js';
import { channelVocabulary } from '../vocabulary/channels.js';

export { channelVocabulary };

const lookup = new Map<string, string>();
for (const [name, aliases] of channelVocabulary) {
  lookup.set(key(name), name);
  for (const a of aliases) lookup.set(key(a), name);
}
const byLength = [...lookup.keys()].sort((a, b) => b.length - a.length);

function key(label: string): string {
  return label
    .replace(/[\s\u3000]/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/[，,。；;：:]+$/, '');
}

/** The vocabulary name for a label: exact or alias, else a vocabulary name the label starts with. */
export function channelName(label: string): string | null {
  const k = key(label);
  const exact = lookup.get(k) ?? lookup.get(label.replace(/[\s\u3000]/g, ''));
  if (exact) return exact;
  const prefix = byLength.find((v) => v.length >= 3 && k.startsWith(v) && k.length - v.length <= 4);
  return prefix ? lookup.get(prefix)! : null;
}

export interface ParsedChannels {
  channels: Channel[];
  symbolFont: boolean;
}

/** Parse one or more channel cells (an exporter may split one list over two cells). */
export function parseChannels(texts: readonly string[]): ParsedChannels {
  const channels: Channel[] = [];
  let symbolFont = false;
  for (const text of texts) {
    const { lead, items } = parseMarkedList(text);
    for (const label of splitPlain(lead)) channels.push(channel(label, true));
    for (const item of items) {
      symbolFont ||= item.symbolFont;
      // Several labels after one mark, apart on their own lines or by wide spaces: the mark
      // belongs to the first, the rest are plain text (listed, so checked).
      const [first, ...rest] = item.label
        .split(/\n|\s{2,}|\u3000+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (first === undefined) continue;
      channels.push(channel(first, item.state === 'checked'));
      for (const label of rest) channels.push(channel(label, true));
    }
  }
  return { channels, symbolFont };
}

function channel(label: string, checked: boolean): Channel {
  const name = channelName(label);
  return { name: name ?? label, label, checked, known: name !== null };
}

/** Plain-text channel lists separate with 、，；/newlines or wide spaces; `/` belongs to names. */
function splitPlain(text: string): string[] {
  return text
    .split(/[、，,；;\n]|\s{2,}|\u3000+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
