/**
 * Untrusted text as the app quotes it back: in notices, error messages and API answers. React and JSON already
 * stop it being read as markup or code; these also keep it from misleading the reader. Control and invisible
 * characters would vanish (a NUL), break the line, or turn the text around them right to left (U+202E), so they
 * are written out as \uXXXX; long input is cut, so a 6,000-character parameter does not flood the page.
 */

/** C0 and C1 controls, soft hyphen, Arabic letter mark, zero-width and bidirectional marks, line and paragraph separators, BOM. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
/** How many characters of a name a notice shows before cutting it. */
export const MAX_SHOWN_NAME = 60;

function escape(ch: string): string {
  // A code point is one character or a surrogate pair; a lone surrogate (length 1) cannot be shown either.
  const lone = ch.length === 1 && ch >= "\ud800" && ch <= "\udfff";
  return INVISIBLE.test(ch) || lone ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}` : ch;
}

/** The text with invisible characters written as \uXXXX, cut after `max` characters (whole code points) with "…". */
export function visibleText(s: string, max: number): string {
  const chars = Array.from(s);
  const cut = chars.length > max ? [...chars.slice(0, max), "…"] : chars;
  return cut.map(escape).join("");
}

/** A parameter or field name as a notice shows it; an empty name is said to be empty. */
export function visibleName(name: string): string {
  return name === "" ? "(no name)" : visibleText(name, MAX_SHOWN_NAME);
}

/** Untrusted input quoted inside a message: "value", visible and cut to `max` characters. */
export function quoteInput(s: string, max = 40): string {
  // escape() writes a backslash sequence that must survive as written, so quotes and backslashes go first.
  return `"${visibleText(s.replace(/\\/g, "\\\\").replace(/"/g, '\\"'), max)}"`;
}

/** How many problems one log line lists before summing up the rest. */
const MAX_LOGGED = 20;

/**
 * Problems with a request as one log line: each field and message, visible, so that a CR/LF in a parameter name
 * cannot forge a log line and one request with a thousand bad parameters cannot flood the log.
 */
export function describeProblems(problems: readonly { field: string; message: string }[]): string {
  const listed = problems
    .slice(0, MAX_LOGGED)
    .map((p) => `${visibleName(p.field)}: ${visibleText(p.message, 200)}`);
  const more = problems.length > MAX_LOGGED ? `; and ${problems.length - MAX_LOGGED} more` : "";
  return `${listed.join("; ")}${more}`;
}

/**
 * Why JSON.parse refused some text, for the person who sent it: a SyntaxError says where (and quotes a little of
 * the input, made visible); anything else is the engine's business and is not passed on.
 */
export function describeJsonError(error: unknown): string {
  return error instanceof SyntaxError
    ? visibleText(error.message, 160)
    : "the text could not be read as JSON";
}
