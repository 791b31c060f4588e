// What differs between two matched items, field by field.
import type { Item } from '../model/catalogue.generated.js';
import type { Change } from '../model/diff.generated.js';
import { matchText } from './matchText.js';

/**
 * What differs between two matched items, field by field. The publisher (a bureau's own office
 * names) differs between any two agencies, so it is compared only when asked.
 */
export function changes(a: Item, b: Item, options: { publisher?: boolean } = {}): Change[] {
  const out: Change[] = [];
  // Every field compared here is a string, number, boolean or null.
  const field = (
    name: string,
    x: string | number | boolean | null | undefined,
    y: string | number | boolean | null | undefined,
  ): void => {
    if ((x ?? null) !== (y ?? null)) out.push({ field: name, a: x ?? null, b: y ?? null });
  };
  const compact = (t: string | null): string => (t ?? '').replace(/\s+/g, '');
  if (compact(a.content) !== compact(b.content)) field('content', a.content, b.content);
  if (options.publisher) field('publisher', a.publisher, b.publisher);
  field('timeLimit.days', a.timeLimit?.days, b.timeLimit?.days);
  field('timeLimit.unit', a.timeLimit?.unit, b.timeLimit?.unit);
  field('audience.public', a.audience.public, b.audience.public);
  field('audience.specific', a.audience.specific, b.audience.specific);
  field('mode.proactive', a.mode.proactive, b.mode.proactive);
  field('mode.onRequest', a.mode.onRequest, b.mode.onRequest);
  const ticked = (it: Item): string[] => it.channels.filter((c) => c.checked).map((c) => c.name);
  setChanges(out, 'channels', ticked(a), ticked(b));
  const cited = (it: Item): string[] => (it.basis?.citations ?? []).map((c) => c.docNo ?? matchText(c.title));
  setChanges(out, 'citations', cited(a), cited(b));
  return out;
}

function setChanges(out: Change[], name: string, a: string[], b: string[]): void {
  const added = [...new Set(b.filter((x) => !a.includes(x)))];
  const removed = [...new Set(a.filter((x) => !b.includes(x)))];
  if (added.length > 0) out.push({ field: `${name}.added`, a: null, b: added });
  if (removed.length > 0) out.push({ field: `${name}.removed`, a: removed, b: null });
}
