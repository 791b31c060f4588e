// The agency a catalogue belongs to and its province, each with the evidence it was read from:
// an option, the title, a publisher most items share, the provincial documents cited.
import type { Agency, Evidence, Item } from './catalogue.generated.js';
import { provinceOfCitation } from '../vocabulary/provinces.js';
import type { Result } from '../diagnostics.js';
import { placeAgency } from './placeAgency.js';
import { isCatalogueTitle } from '../vocabulary/titles.js';
import { append } from '../collections.js';

export interface CatalogueOptions {
  /** Overrides the inferred agency name. */
  agency?: string;
  /** Overrides the inferred province. */
  province?: string;
}

const AGENCY_SUFFIX = /(政府信息(主动)?公开|政务公开|信息公开|主动公开|基本目录|标准目录|目录).*$/;
const AGENCY_LIKE = /(局|委员会|委|厅|政府|办公室|中心|院|署|会)$/;

export function inferAgency(
  title: string | null,
  items: Item[],
  options: CatalogueOptions,
  fileName = '',
): Result<Agency> {
  // A file name that reads as a catalogue title (巴中市巴州区财政局政府信息主动公开基本目录.docx) names the agency.
  const stem = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim();
  const fromFile = isCatalogueTitle(stem) && stem.replace(AGENCY_SUFFIX, '') !== '' ? stem : null;
  const evidence: Evidence[] = [];
  let name: string | null = null;
  if (options.agency) {
    name = options.agency;
    evidence.push({ field: 'name', from: 'option', text: options.agency });
  } else if (title && title.replace(AGENCY_SUFFIX, '') !== '') {
    name = title.replace(AGENCY_SUFFIX, '').trim();
    evidence.push({ field: 'name', from: 'title', text: title });
  } else if (fromFile) {
    name = fromFile.replace(AGENCY_SUFFIX, '').trim();
    evidence.push({ field: 'name', from: 'file', text: fileName });
  } else {
    const counts = new Map<string, number>();
    for (const it of items) if (it.publisher) counts.set(it.publisher, (counts.get(it.publisher) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n >= items.length / 2 && AGENCY_LIKE.test(top) && !/(科|室|股)$/.test(top)) {
      name = top;
      evidence.push({ field: 'name', from: 'publisher', text: top });
    }
  }

  const placed = placeAgency(name, options);
  append(evidence, placed.evidence);
  let province = placed.province;
  if (province === null) {
    const votes = new Map<string, string[]>();
    for (const it of items) {
      for (const c of it.basis?.citations ?? []) {
        const p = provinceOfCitation(c.title, c.docNo);
        if (!p) continue;
        const texts = votes.get(p) ?? [];
        const text = c.quoted === false ? c.title : `《${c.title}》${c.docNo ? `（${c.docNo}）` : ''}`;
        if (!texts.includes(text)) texts.push(text);
        votes.set(p, texts);
      }
    }
    const best = [...votes].sort((a, b) => b[1].length - a[1].length)[0];
    if (best) {
      province = best[0];
      for (const text of best[1].slice(0, 3)) evidence.push({ field: 'province', from: 'basis', text });
    }
  }
  return { value: { name, province, city: placed.city, evidence }, diagnostics: placed.diagnostics };
}
