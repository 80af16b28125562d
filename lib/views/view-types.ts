import { type Status } from "../data/constants";

/** A headline number of a page section, with where it comes from. */
export interface KeyFigure {
  label: string;
  value: string;
  /** What it counts, its year, or a caveat. */
  note?: string;
  /** The publication behind it, linked from the page. */
  sourceId?: string;
  status?: Status;
}
