import { type ButtonHTMLAttributes } from "react";

export interface FocusableButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  "disabled" | "type"
> {
  /** Nothing to do now (e.g. Undo with no history): announced as unavailable and ignores presses. */
  unavailable: boolean;
}

/**
 * A button that stays in the Tab order while it is unavailable: `aria-disabled` rather than `disabled`. A button that
 * disables itself by being pressed — Undo taking the last step back, Move up reaching the top — would otherwise drop
 * keyboard focus onto the page, and the reader would have to find their place again. Screen readers still announce it
 * as unavailable, and presses do nothing.
 */
export function FocusableButton({ unavailable, onClick, ...rest }: FocusableButtonProps) {
  return (
    <button
      {...rest}
      type="button"
      aria-disabled={unavailable || undefined}
      onClick={unavailable ? undefined : onClick}
    />
  );
}
