// Where an agency's name places it: China's provinces, prefecture-level cities and counties
// (data/divisions.json, GB/T 2260 names). A name is read from its start — 信阳市浉河区工信局 is in
// 信阳市, 河南省; 周村区科技局 in 淄博市, 山东省 — and a county name that several places share
// (朝阳区) is ambiguous: the places are reported, none is guessed.
import { readFileSync } from 'node:fs';
import { provinces as provinceList } from './provinces.js';

interface Division {
  province: string;
  /** The prefecture-level city, or null under a province-level grouping (市辖区, 省直辖县级行政区划). */
  city: string | null;
}

const GROUPINGS = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

let index: { cities: Map<string, Division[]>; counties: Map<string, Division[]> } | null = null;

function divisions(): NonNullable<typeof index> {
  if (index) return index;
  const data = JSON.parse(readFileSync(new URL('../../data/divisions.json', import.meta.url), 'utf8')) as {
    provinces: Record<string, Record<string, string[]>>;
  };
  const cities = new Map<string, Division[]>();
  const counties = new Map<string, Division[]>();
  const add = (map: Map<string, Division[]>, name: string, d: Division): void => {
    const list = map.get(name) ?? [];
    if (!list.some((x) => x.province === d.province && x.city === d.city)) list.push(d);
    map.set(name, list);
  };
  for (const [province, cityMap] of Object.entries(data.provinces)) {
    for (const [city, names] of Object.entries(cityMap)) {
      const real = GROUPINGS.test(city) ? null : city;
      if (real) add(cities, real, { province, city: real });
      for (const county of names) add(counties, county, { province, city: real });
    }
  }
  return (index = { cities, counties });
}

export type PlaceOfName =
  | { kind: 'found'; province: string; city: string | null }
  | { kind: 'ambiguous'; name: string; places: Division[] }
  | { kind: 'none' };

/** The longest division name the text starts with, among those the filter allows. */
function leading(text: string, map: Map<string, Division[]>, allow: (d: Division) => boolean) {
  for (let length = Math.min(text.length, 12); length >= 2; length--) {
    const places = map.get(text.slice(0, length))?.filter(allow);
    if (places && places.length > 0) return { name: text.slice(0, length), places };
  }
  return null;
}

export function placeOfName(name: string): PlaceOfName {
  let rest = name.replace(/^中共/, '');
  let province: string | null = null;
  for (const [full, short] of provinceList) {
    const prefix = rest.startsWith(full) ? full : rest.startsWith(short) ? short : null;
    if (prefix) {
      province = full;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  const { cities, counties } = divisions();
  const inProvince = (d: Division): boolean => province === null || d.province === province;
  const city = leading(rest, cities, inProvince);
  if (city && city.places.length > 1) return { kind: 'ambiguous', name: city.name, places: city.places };
  const inCity = (d: Division): boolean => inProvince(d) && (!city || d.city === city.places[0]!.city);
  const county = leading(city ? rest.slice(city.name.length) : rest, counties, inCity);
  if (county && county.places.length > 1) return { kind: 'ambiguous', name: county.name, places: county.places };
  const found = county?.places[0] ?? city?.places[0];
  if (found) return { kind: 'found', province: found.province, city: found.city };
  return province ? { kind: 'found', province, city: null } : { kind: 'none' };
}
