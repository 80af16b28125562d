import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world110 from "world-atlas/countries-110m.json";
import world50 from "world-atlas/countries-50m.json";
import { countryName } from "../data/country-names";
import { alpha2OfNumeric, ISO_NUMERIC } from "../data/iso-numeric";

/**
 * The world's country shapes for the map view, projected once: Natural Earth's 1:110m countries (world-atlas) in
 * the Equal Earth projection, an equal-area projection, so a country's area on the map is true to its area on the
 * ground and large producers are not inflated by their latitude. Server only: the map is drawn as SVG on the
 * server, and no geometry travels to the browser beyond the drawn paths.
 */

/** The drawing's width in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 960;

/** Antarctica (ISO 010) holds no country's output and would take a sixth of the height. */
const LEFT_OUT = new Set(["010"]);

/** Below this projected area (px²) a country is also marked with a dot, so it can be seen, hovered and focused. */
const TINY_AREA = 6;

export interface MapShape {
  /** ISO 3166-1 numeric id ("152"), or the shape's name for the few Natural Earth leaves without one. */
  id: string;
  /** The dataset's code ("CL") where the data name the country. */
  code?: string;
  name: string;
  /** The SVG path, in whole SVG units (about a third of a degree at this width, finer than 1:110m shapes; more digits only add bytes). */
  d: string;
  /** Where a dot marks a tiny country (and where nothing else is drawn for it). */
  centroid: readonly [number, number];
  /** True when the shape is too small to see at this scale. */
  tiny: boolean;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The countries of a world-atlas file as GeoJSON; only those `keep` accepts are converted. */
function features(topology: unknown, keep: (id: string) => boolean): Feature<Geometry, { name: string }>[] {
  const t = topology as Countries;
  const geometries = t.objects.countries.geometries.filter((g) => keep(String(g.id)));
  const collection = { ...t.objects.countries, geometries };
  return (feature(t, collection) as FeatureCollection<Geometry, { name: string }>).features;
}

let cached: { shapes: MapShape[]; height: number } | null = null;

/**
 * Every shape on the map, with the map's height. Countries the data name that 1:110m leaves out (Singapore) are
 * taken from the 1:50m file, so every country in the data has a shape.
 */
export function worldShapes(): { shapes: readonly MapShape[]; width: number; height: number } {
  if (!cached) {
    const coarse = features(world110, (id) => !LEFT_OUT.has(id));
    const have = new Set(coarse.map((f) => String(f.id)));
    const wanted = new Set(Object.values(ISO_NUMERIC).filter((id) => !have.has(id)));
    const fine = wanted.size ? features(world50, (id) => wanted.has(id)) : [];
    const all = [...coarse, ...fine];
    const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: "FeatureCollection", features: all });
    const path = geoPath(projection).digits(0);
    const [[, top], [, bottom]] = path.bounds({ type: "FeatureCollection", features: all });
    const shapes = all.map<MapShape>((f) => {
      const id = f.id === undefined ? f.properties.name : String(f.id);
      const code = alpha2OfNumeric(id);
      const [x, y] = path.centroid(f);
      return {
        id,
        ...(code ? { code } : {}),
        name: code ? countryName(code) : f.properties.name,
        d: path(f) ?? "",
        centroid: [Number(x.toFixed(1)), Number(y.toFixed(1))],
        tiny: path.area(f) < TINY_AREA,
      };
    });
    cached = { shapes, height: Math.ceil(bottom - Math.min(0, top)) };
  }
  return { shapes: cached.shapes, width: MAP_WIDTH, height: cached.height };
}
