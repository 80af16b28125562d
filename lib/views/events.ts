import { type MineralId } from "../data/common";
import { type MineralEvent } from "../data/events";

/** The dated events of the mineral and country profiles: which events a page lists, and how many of each kind. */

/** Words for each kind of event, shown as a text label beside the date (colour is never the only cue). */
export const EVENT_KIND_LABELS: Record<MineralEvent["kind"], string> = {
  agreement: "Agreement",
  "export-control": "Export control",
  "security-incident": "Security incident",
  tariff: "Tariff",
  investment: "Investment",
  policy: "Policy",
};

/**
 * Events that concern a country or a mineral, oldest first (ties by title), so the list reads as a timeline.
 * A partial date ("2024", "2024-08") sorts before the full dates of the same period.
 */
export function selectEvents(
  events: readonly MineralEvent[],
  filter: { country?: string; mineral?: MineralId },
): MineralEvent[] {
  return events
    .filter(
      (e) =>
        (filter.country === undefined || e.countries.includes(filter.country)) &&
        (filter.mineral === undefined || e.minerals.includes(filter.mineral)),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** How many events of each kind a list holds, in the order of EVENT_KIND_LABELS, kinds with none left out. */
export function countEventKinds(
  events: readonly MineralEvent[],
): { kind: MineralEvent["kind"]; label: string; count: number }[] {
  return (Object.keys(EVENT_KIND_LABELS) as MineralEvent["kind"][])
    .map((kind) => ({
      kind,
      label: EVENT_KIND_LABELS[kind],
      count: events.filter((e) => e.kind === kind).length,
    }))
    .filter((k) => k.count > 0);
}

/** How many events of each kind, in words: "2 security incidents, 1 agreement". */
export function eventKindsInWords(kinds: ReturnType<typeof countEventKinds>): string {
  return kinds.map((k) => `${k.count} ${k.label.toLowerCase()}${k.count === 1 ? "" : "s"}`).join(", ");
}
