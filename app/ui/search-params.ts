/** Next's `searchParams` object as URLSearchParams, keeping repeated parameters (a form's checkboxes) in order. */
export function toUrlSearchParams(raw: Readonly<Record<string, string | string[] | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

/** The same parameters without the named ones (e.g. the scenario alone, without a page's view parameters). */
export function withoutParams(params: URLSearchParams, names: readonly string[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (!names.includes(k)) out.append(k, v);
  return out;
}
