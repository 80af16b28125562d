import { type Assumption, type Preset } from "@/lib/model/types";
import { describePreset } from "@/lib/views/scenario-text";
import { URL_VERSION, VERSION_PARAM } from "@/lib/url/scenario-params";

export interface ScenarioPickerProps {
  /** The page the form submits to (it reads the preset from its own query). */
  action: string;
  presets: readonly Preset[];
  /** The assumptions table, to write each preset's words from its values. */
  table: readonly Assumption[];
  current: string;
  /** Parameters to keep when the preset changes: assumptions the URL sets, and the page's view parameters. */
  keep: readonly (readonly [string, string])[];
  /** The button's text says what happens. */
  submitLabel: string;
}

/**
 * Preset picker as a plain GET form: works without JavaScript, keeps every other parameter of the address as
 * hidden fields, and leaves a shareable link behind.
 */
export function ScenarioPicker({ action, presets, table, current, keep, submitLabel }: ScenarioPickerProps) {
  return (
    <form method="get" action={action} className="picker scenario-picker">
      <fieldset>
        <legend>Scenario</legend>
        <div className="scenario-picker__options">
          {presets.map((p) => (
            <label key={p.id} className="scenario-picker__option">
              <input type="radio" name="preset" value={p.id} defaultChecked={p.id === current} />
              <span>
                <strong>{p.label}</strong>
                <span className="hint">{describePreset(table, p).lead}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <input type="hidden" name={VERSION_PARAM} value={String(URL_VERSION)} />
      {keep.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
