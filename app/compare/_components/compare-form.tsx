import { type CompareView } from "@/lib/views/compare";
import { CountryPicker } from "./country-picker";

/**
 * The view's form: mineral, countries and the preset for costs. A plain GET form, so it works without JavaScript;
 * hidden fields carry the sort, the scale and the scenario's own values through a submit.
 */
export function CompareForm({ view }: { view: CompareView }) {
  const { form } = view;
  return (
    <form
      method="get"
      action="/compare"
      className="picker"
      aria-label="Choose a mineral, countries and scenario"
    >
      <div className="field">
        <label htmlFor="mineral">Mineral</label>
        <select id="mineral" name="mineral" defaultValue={view.params.mineral}>
          {form.minerals.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>
          Countries ({form.min} to {form.max})
        </legend>
        <CountryPicker options={form.countries} min={form.min} max={form.max} />
      </fieldset>
      <div className="field">
        <label htmlFor="preset">Scenario for costs</label>
        <select id="preset" name="preset" defaultValue={form.preset}>
          {form.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {form.hidden.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
