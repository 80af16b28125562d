"use client";

import { memo, useEffect, useId, useState } from "react";
import { formatNumber } from "@/lib/charts/format";
import { assumptionName } from "@/lib/views/scenario-text";
import { type Assumption } from "@/lib/model/types";
import { StatusBadge } from "@/app/ui/status-badge";

export interface AssumptionControlProps {
  a: Assumption;
  value: number;
  presetValue: number;
  sourceLabel: string;
  onChange: (key: string, value: number) => void;
  onReset: (key: string) => void;
}

function display(a: Assumption, x: number): string {
  if (a.kind === "switch") return x >= 0.5 ? "on" : "off";
  if (a.kind === "choice") return a.options?.find((o) => o.value === x)?.label ?? String(x);
  return `${formatNumber(x)} ${a.unit}`;
}

/**
 * One assumption: a slider (or switch or choice) named "Country — quantity (unit)", an exact-value field, a marker
 * and a one-click reset when it differs from the preset, and the basis with a link to its source. Native range
 * inputs give the keyboard steps (arrows, Page Up/Down, Home/End). Memoised: moving one slider re-renders only it.
 */
export const AssumptionControl = memo(function AssumptionControl({
  a,
  value,
  presetValue,
  sourceLabel,
  onChange,
  onReset,
}: AssumptionControlProps) {
  const id = useId();
  const name = assumptionName(a);
  const changed = value !== presetValue;
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(String(value));
  }, [value]);

  const commitText = () => {
    const trimmed = text.trim();
    const x = Number(trimmed);
    if (trimmed === "" || !Number.isFinite(x)) {
      setError(`Enter a number between ${formatNumber(a.min)} and ${formatNumber(a.max)}.`);
      return;
    }
    if (x < a.min || x > a.max) {
      const clamped = Math.min(a.max, Math.max(a.min, x));
      setError(
        `${formatNumber(x)} is outside ${formatNumber(a.min)}–${formatNumber(a.max)}; set to ${formatNumber(clamped)}.`,
      );
      onChange(a.key, clamped);
      return;
    }
    setError(null);
    onChange(a.key, x);
  };

  return (
    <div className={`assumption${changed ? " assumption--changed" : ""}`} data-key={a.key}>
      <div className="assumption__head">
        {a.kind === "switch" ? (
          <label className="assumption__switch">
            <input
              id={id}
              type="checkbox"
              checked={value >= 0.5}
              onChange={(e) => onChange(a.key, e.target.checked ? 1 : 0)}
            />
            {name}
          </label>
        ) : (
          <label htmlFor={id} className="assumption__label">
            {name}
          </label>
        )}
        {changed ? (
          <span className="assumption__changed">
            <span className="assumption__dot" aria-hidden="true" />
            <span className="visually-hidden">Changed from the preset.</span>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onReset(a.key);
                // The button goes once the value is back to the preset's: keep the keyboard on this assumption.
                document.getElementById(id)?.focus();
              }}
              aria-label={`Reset ${name} to ${display(a, presetValue)}`}
            >
              Reset
            </button>
          </span>
        ) : null}
      </div>
      {a.kind === "choice" ? (
        <select id={id} value={value} onChange={(e) => onChange(a.key, Number(e.target.value))}>
          {a.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : a.kind === "number" ? (
        <div className="assumption__inputs">
          <input
            id={id}
            type="range"
            min={a.min}
            max={a.max}
            step={a.step}
            value={value}
            aria-valuetext={display(a, value)}
            onChange={(e) => onChange(a.key, Number(e.target.value))}
          />
          <input
            className="assumption__exact"
            type="text"
            inputMode="decimal"
            aria-label={`${name}, exact value`}
            aria-invalid={error ? true : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={commitText}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitText();
            }}
          />
        </div>
      ) : null}
      {error ? (
        <p className="assumption__error" role="alert">
          {error}
        </p>
      ) : null}
      <details className="assumption__help">
        <summary>Basis{changed ? ` · preset ${display(a, presetValue)}` : ""}</summary>
        <p>
          {a.basis} <StatusBadge status={a.status} /> Source:{" "}
          <a href={`/sources#${a.sourceId}`}>{sourceLabel}</a>. Range for sensitivity {formatNumber(a.low)}–
          {formatNumber(a.high)}.
        </p>
      </details>
    </div>
  );
});
