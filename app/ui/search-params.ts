/**
 * Next's `searchParams` object as URLSearchParams, keeping repeated parameters (a form's checkboxes) in order.
 * Next builds that object on a plain `{}`, so `?constructor=1` arrives as [Object, "1"]: only strings come from the
 * address, and anything else is dropped rather than reported as a second value the reader never gave. (`?__proto__=`
 * does not arrive at all.)
 */
export function toUrlSearchParams(raw: Readonly<Record<string, unknown>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") params.append(key, v);
  }
  return params;
}

/** The same parameters without the named ones (e.g. the scenario alone, without a page's view parameters). */
export function withoutParams(params: URLSearchParams, names: readonly string[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (!names.includes(k)) out.append(k, v);
  return out;
}
