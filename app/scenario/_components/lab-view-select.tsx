"use client";

import { memo } from "react";
import { countryName } from "@/lib/data/country-names";
import { type ModelData } from "@/lib/model/model-data";
import { COMPETITORS, type LabView } from "@/lib/url/lab-state";

/** What the lab's charts show: the mineral and the competitor. Memoised: a slider step leaves it as it is. */
export const LabViewSelect = memo(function LabViewSelect({
  minerals,
  mineral,
  competitor,
  onView,
}: {
  minerals: ModelData["minerals"];
  mineral: LabView["mineral"];
  competitor: LabView["competitor"];
  onView: (v: Partial<LabView>) => void;
}) {
  return (
    <div className="lab__view" role="group" aria-label="What the charts show">
      <label>
        Mineral
        <select value={mineral} onChange={(e) => onView({ mineral: e.target.value as LabView["mineral"] })}>
          {minerals.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.costBasis === "assumption" ? " (costs assumed)" : ""}
            </option>
          ))}
        </select>
      </label>
      <label>
        Competitor
        <select
          value={competitor}
          onChange={(e) => onView({ competitor: e.target.value as LabView["competitor"] })}
        >
          {COMPETITORS.map((c) => (
            <option key={c} value={c}>
              {countryName(c)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
