// The province and city an agency's name places it in, through the gazetteer, with evidence; an
// option given by the user wins over the name. A name that several places share is reported.
import type { Evidence } from './catalogue.generated.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { placeOfName } from '../vocabulary/divisions.js';

export interface Placed {
  province: string | null;
  city: string | null;
  evidence: Evidence[];
  diagnostics: Diagnostic[];
}

export function placeAgency(name: string | null, options: { province?: string }): Placed {
  const evidence: Evidence[] = [];
  const diagnostics: Diagnostic[] = [];
  const place = name ? placeOfName(name) : ({ kind: 'none' } as const);
  if (place.kind === 'ambiguous') {
    const where = place.places.map((p) => `${p.province}${p.city ?? ''}`).join(', ');
    diagnostics.push(
      diagnostic('place-ambiguous', 'info', `${place.name} is a name of several places (${where}); none was chosen.`),
    );
  }
  const found = place.kind === 'found' ? place : null;
  let province: string | null = null;
  if (options.province) {
    province = options.province;
    evidence.push({ field: 'province', from: 'option', text: options.province });
  } else if (found) {
    province = found.province;
    evidence.push({ field: 'province', from: 'name', text: name! });
  }
  const city = found && found.province === province ? found.city : null;
  if (city) evidence.push({ field: 'city', from: 'name', text: name! });
  return { province, city, evidence, diagnostics };
}
