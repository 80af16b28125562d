import { DEFAULT_PRESET } from "@/lib/model/presets";
import { PRESET_PARAM } from "@/lib/url/scenario-params";

/**
 * The query a prerendered default view stands for: none for the default preset (so its links and notices are those
 * of the bare address), `?preset=<id>` for the others.
 */
export async function prerenderedQuery(params: Promise<{ preset: string }>): Promise<Record<string, string>> {
  const { preset } = await params;
  return preset === DEFAULT_PRESET ? {} : { [PRESET_PARAM]: preset };
}
