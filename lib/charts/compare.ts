// TODO: transitional, for app/page.tsx until the overview imports them from lib/url/compare-params.
export { compareHref, DEFAULT_COMPARE_VIEW } from "../url/compare-params";
