// Many catalogues related through one list of disclosure topics (data/topics.json): each item is
// assigned the topic whose terms it names (in its name first, else in its content), or none, with
// the score; then which agency covers which topic (grouped by province, city or agency), and how alike
// agencies are in the topics they cover (Jaccard).
import { readFileSync } from 'node:fs';
import type { Catalogue, Item } from '../model/catalogue.generated.js';
import type { CatalogueComparison } from '../model/compare.generated.js';
import { matchText } from '../diff/matchText.js';

export interface Topic {
  id: string;
  name: string;
  terms: string[];
}

let builtIn: Topic[] | null = null;
export function topics(): Topic[] {
  builtIn ??= (
    JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')) as { topics: Topic[] }
  ).topics;
  return builtIn;
}

export interface CompareOptions {
  groupBy?: 'province' | 'city' | 'agency';
  topics?: Topic[];
  /** Score from which an item is assigned a topic (default 0.5). */
  threshold?: number;
}

interface Term {
  topic: number;
  text: string;
}

/** The best topic for an item: a term found whole in its own name scores 1, in the path above it 0.8, in its content 0.6; longer terms win ties. */
export function assignTopic(
  item: Item,
  terms: readonly Term[],
): { topic: number | null; score: number; term: string | null } {
  const own = matchText(item.path[item.path.length - 1] ?? '');
  const parents = matchText(item.path.slice(0, -1).join(''));
  const content = matchText((item.content ?? '').slice(0, 80));
  let best = { topic: null as number | null, score: 0, term: null as string | null, length: 0 };
  for (const t of terms) {
    const score = own.includes(t.text) ? 1 : parents.includes(t.text) ? 0.8 : content.includes(t.text) ? 0.6 : 0;
    if (score > best.score || (score === best.score && score > 0 && t.text.length > best.length))
      best = { topic: t.topic, score, term: t.text, length: t.text.length };
  }
  return { topic: best.topic, score: best.score, term: best.term };
}

export function compare(catalogues: readonly Catalogue[], options: CompareOptions = {}): CatalogueComparison {
  const list = options.topics ?? topics();
  const threshold = options.threshold ?? 0.5;
  const terms: Term[] = list
    .flatMap((t, k) => [t.name, ...t.terms].map((text) => ({ topic: k, text: matchText(text) })))
    .filter((t) => t.text.length >= 2);
  const groupBy = options.groupBy ?? 'province';
  // Agencies in province (then city) order, so a heatmap's columns group by place.
  const byPlace = (p: string | null, q: string | null): number =>
    p === q ? 0 : p === null ? 1 : q === null ? -1 : p.localeCompare(q); // unknown places last
  const byProvince = (x: Catalogue, y: Catalogue): number =>
    byPlace(x.agency.province, y.agency.province) || (groupBy === 'city' ? byPlace(x.agency.city, y.agency.city) : 0);
  const order = catalogues
    .map((c, i) => ({ c, i }))
    .sort(
      (x, y) =>
        (groupBy !== 'agency' ? byProvince(x.c, y.c) : 0) ||
        (x.c.agency.name ?? '').localeCompare(y.c.agency.name ?? '') ||
        x.i - y.i,
    );
  const coverage = list.map(() => order.map(() => 0));
  const covered = order.map(() => new Set<number>());
  const assignments: CatalogueComparison['assignments'] = [];
  const agencies = order.map(({ c }, a) => {
    const key = `${c.agency.name ?? c.source.name}｜${c.source.name}`;
    let assigned = 0;
    for (const item of c.items) {
      const { topic, score } = assignTopic(item, terms);
      const hit = topic !== null && score >= threshold;
      if (hit) {
        coverage[topic]![a]!++;
        covered[a]!.add(topic);
        assigned++;
      }
      assignments.push({
        agency: key,
        item: item.id,
        topic: hit ? list[topic]!.id : null,
        score,
        rows: item.source.rows,
        label: item.path.join(' / ') || (item.content ?? '').slice(0, 30),
      });
    }
    return {
      key,
      name: c.agency.name,
      province: c.agency.province,
      city: c.agency.city,
      source: c.source.name,
      items: c.items.length,
      assigned,
    };
  });
  // Jaccard over topic bitsets: a few word operations per pair, nothing allocated in the loop.
  const words = Math.ceil(list.length / 32);
  const bits = covered.map((topics) => {
    const set = new Uint32Array(words);
    for (const t of topics) set[t >>> 5]! |= 1 << (t & 31);
    return set;
  });
  const similarity = bits.map((x) =>
    bits.map((y) => {
      let both = 0;
      let either = 0;
      for (let w = 0; w < words; w++) {
        both += popcount(x[w]! & y[w]!);
        either += popcount(x[w]! | y[w]!);
      }
      return either === 0 ? 0 : Math.round((both / either) * 1000) / 1000;
    }),
  );
  return {
    kind: 'catalogue-comparison',
    schemaVersion: 2,
    groupBy,
    agencies,
    topics: list.map(({ id, name }) => ({ id, name })),
    coverage,
    similarity,
    assignments,
  };
}

/** Set bits of a 32-bit word. */
function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
