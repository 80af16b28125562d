import { type FieldMessage } from "@/lib/model/scenario";

/**
 * The notice a page shows when parts of its address could not be used: each parameter named with what was done
 * instead. role="alert" so a screen reader announces it on load; the page below still renders.
 */
export function UrlNotice({ warnings }: { warnings: readonly FieldMessage[] }) {
  if (!warnings.length) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">
        {warnings.length === 1 ? "One part" : `${warnings.length} parts`} of this page&apos;s address could not be used as given:
      </p>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.field}-${i}`}>
            <code>{w.field}</code>: {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
