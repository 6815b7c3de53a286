// Generates the map page's world outline from a data package, so that no coastline is drawn by hand:
//   world-atlas (Natural Earth's 1:110m land, public domain, as TopoJSON; the package's licence is ISC),
//   turned into GeoJSON with topojson-client and rounded to 0.01 degree (about 1 km, finer than 1:110m).
// The package's rings are drawn on a sphere: a ring that crosses the antimeridian (Fiji, Chukotka, Wrangel Island)
// or goes round the pole (Antarctica) would be a line across the whole of a flat map. Such a ring is unwrapped
// (longitudes made continuous, a polar ring closed along the pole) and drawn again 360 degrees over.
// The source, version and licence are written into the file as foreign members of the FeatureCollection.
//
//   cd tools/world-outline && npm ci && node generate.mjs     # rewrites the outline, prints its size
//   node generate.mjs --check                                  # exit 1 when the committed outline is not theirs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const output = path.join(root, 'src/main/resources/org/diplokg/web/assets/world-110m.geojson');
const pkg = (name) => JSON.parse(readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8'));

const topojson = require('topojson-client');
const land = require('world-atlas/land-110m.json');
const atlas = pkg('world-atlas');
const client = pkg('topojson-client');

const round = (c) => (Array.isArray(c[0]) ? c.map(round) : c.map((v) => Math.round(v * 100) / 100));
function unwrap(ring) {
  const out = [ring[0]];
  let offset = 0;
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    offset += d > 180 ? -360 : d < -180 ? 360 : 0;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  if (offset !== 0) { // round the pole: close the ring along it
    const pole = ring.reduce((s, c) => s + c[1], 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1][0], pole], [out[0][0], pole], out[0]);
  }
  return out;
}

function flat(polygons) {
  const out = [];
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer.some((c, i) => i > 0 && Math.abs(c[0] - outer[i - 1][0]) > 180)) {
      out.push(polygon);
      continue;
    }
    const ring = unwrap(outer); // holes of such rings are left out (none at 1:110m)
    const lons = ring.map((c) => c[0]);
    out.push([ring]);
    for (const shift of [Math.max(...lons) > 180 ? -360 : 0, Math.min(...lons) < -180 ? 360 : 0]) {
      if (shift) {
        out.push([ring.map((c) => [c[0] + shift, c[1]])]);
      }
    }
  }
  return out;
}

const geometry = topojson.feature(land, land.objects.land);
const features = (geometry.type === 'FeatureCollection' ? geometry.features : [geometry]).map((f) => ({
  type: 'Feature', properties: {},
  geometry: {
    type: 'MultiPolygon',
    coordinates: round(flat(f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)),
  },
}));
const out = {
  type: 'FeatureCollection',
  generator: 'tools/world-outline/generate.mjs; do not edit',
  source: `world-atlas ${atlas.version} (licence ${atlas.license}), land-110m.json: Natural Earth 1:110m land`
    + ' (public domain, https://www.naturalearthdata.com)',
  converter: `topojson-client ${client.version} (licence ${client.license})`,
  features,
};
const text = JSON.stringify(out) + '\n';
if (process.argv.includes('--check')) {
  const same = readFileSync(output, 'utf8') === text;
  console.log(same ? 'the outline is the packages\' own' : 'the outline differs from the packages\'');
  process.exit(same ? 0 : 1);
}
writeFileSync(output, text);
console.log(`${path.relative(root, output)}: ${features.length} features, ${text.length} bytes`);
