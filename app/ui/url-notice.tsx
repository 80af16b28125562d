import { type FieldMessage } from "@/lib/model/scenario";
import { describeProblems, visibleName } from "@/lib/text/visible";

/** Server side: the same problems in the log, as one warning naming the route and each parameter (no stack: the link is the cause). */
export function logAddressProblems(route: string, warnings: readonly FieldMessage[]) {
  if (warnings.length)
    console.warn(`${route}: parts of the address could not be used: ${describeProblems(warnings)}`);
}

/**
 * The notice a page shows when parts of its address could not be used: each parameter named with what was done
 * instead. role="alert" so a screen reader announces it on load; the page below still renders. Names come from the
 * address, so they are shown visibly (controls and direction overrides written out, long ones cut).
 */
export function UrlNotice({ warnings }: { warnings: readonly FieldMessage[] }) {
  if (!warnings.length) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">
        {warnings.length === 1 ? "One part" : `${warnings.length} parts`} of this page&apos;s address could
        not be used as given:
      </p>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.field}-${i}`}>
            <code>{visibleName(w.field)}</code>: {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
