import { type MapChart } from "@/lib/charts/map";
import { BACKGROUND_COLOUR, INK_COLOUR, MAP_NO_DATA_COLOUR } from "@/lib/charts/palette";
import { worldShapes } from "@/lib/charts/world-geometry";
import { paint } from "./paint";
import { FONT } from "./plot";
import "./map-plot.css";

/** The band under the map where a hovered or focused country's value is written. */
const CAPTION_HEIGHT = 30;

/**
 * Draws a map model as SVG on the server (a server component: the browser gets the drawn paths, never the world
 * geometry). Countries with data are coloured by bin, each a focusable image named with its country, value, status
 * and source (also its `<title>`, the hover tooltip); hovering or focusing one writes the same in the caption band
 * under the map (CSS only, so it works without JavaScript). Countries without data are hatched and hidden from
 * assistive technology: the frame lists them as not shown.
 */
export function MapPlot({ map }: { map: MapChart }) {
  const { shapes, width, height } = worldShapes();
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const hatch = `${map.id}-hatch`;
  const noData = new Set(map.noData);
  const total = height + CAPTION_HEIGHT;
  return (
    <svg
      viewBox={`0 0 ${width} ${total}`}
      width="100%"
      role="group"
      aria-label={map.alt}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={FONT}
      fontSize="15"
      color={INK_COLOUR}
      className="chart map"
      data-testid={`chart-${map.id}-plot`}
    >
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect width="5" height="5" {...paint(BACKGROUND_COLOUR)} />
          <line x1="0" y1="0" x2="0" y2="5" {...paint(undefined, MAP_NO_DATA_COLOUR)} strokeWidth="1.2" />
        </pattern>
      </defs>
      <rect x="0" y="0" width={width} height={total} {...paint(BACKGROUND_COLOUR)} />
      <g aria-hidden="true">
        {shapes
          .filter((s) => noData.has(s.id))
          .map((s) => (
            <path
              key={s.id}
              d={s.d}
              fill={`url(#${hatch})`}
              {...paint(undefined, MAP_NO_DATA_COLOUR)}
              strokeWidth="0.5"
            />
          ))}
      </g>
      {map.countries.map((c) => {
        const shape = byId.get(c.shapeId);
        if (!shape) return null;
        return (
          <g key={c.code} className="map__country" tabIndex={0} role="img" aria-label={c.label}>
            <title>{c.label}</title>
            <path d={shape.d} {...paint(c.colour, BACKGROUND_COLOUR)} strokeWidth="0.6" />
            {shape.tiny ? (
              <circle
                cx={shape.centroid[0]}
                cy={shape.centroid[1]}
                r="3.5"
                {...paint(c.colour, BACKGROUND_COLOUR)}
              />
            ) : null}
            <g className="map__tip" aria-hidden="true">
              <rect x="0" y={height} width={width} height={CAPTION_HEIGHT} {...paint(BACKGROUND_COLOUR)} />
              <text x="6" y={height + 20} {...paint(INK_COLOUR)}>
                {c.label}
              </text>
            </g>
          </g>
        );
      })}
    </svg>
  );
}
