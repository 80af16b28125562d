import { describe, expect, it } from "vitest";
import { describeJsonError, describeProblems, quoteInput, visibleName, visibleText } from "./visible";

describe("visibleText", () => {
  it("leaves ordinary text, including non-Latin scripts and emoji, as it is", () => {
    expect(visibleText("crp-pk", 60)).toBe("crp-pk");
    expect(visibleText("نرخ ریسک パキスタン 💥", 60)).toBe("نرخ ریسک パキスタン 💥");
  });

  it("writes out controls, bidirectional overrides, zero-width characters and a BOM", () => {
    expect(visibleText("nul\u0000byte", 60)).toBe("nul\\u0000byte");
    expect(visibleText("\u202eevil\u202c", 60)).toBe("\\u202eevil\\u202c");
    expect(visibleText("a\r\nSet-Cookie", 60)).toBe("a\\u000d\\u000aSet-Cookie");
    expect(visibleText("zero\u200bwidth\ufeff", 60)).toBe("zero\\u200bwidth\\ufeff");
    expect(visibleText("line\u2028sep\u0085", 60)).toBe("line\\u2028sep\\u0085");
  });

  it("cuts long text at whole code points and marks the cut", () => {
    expect(visibleText("x".repeat(100), 60)).toBe(`${"x".repeat(60)}…`);
    // 💥 is two UTF-16 units; cutting must not split it into a lone surrogate.
    expect(visibleText("💥💥💥", 2)).toBe("💥💥…");
    expect(visibleText("\ud83d", 5)).toBe("\\ud83d");
  });
});

describe("visibleName and quoteInput", () => {
  it("says an empty name is empty", () => {
    expect(visibleName("")).toBe("(no name)");
  });

  it("quotes input with quotes and backslashes escaped, so a quoted value cannot end the quotation", () => {
    expect(quoteInput('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteInput("a\\u0000")).toBe('"a\\\\u0000"');
    expect(quoteInput("a\u0000")).toBe('"a\\u0000"');
    expect(quoteInput("y".repeat(50))).toBe(`"${"y".repeat(40)}…"`);
  });
});

describe("describeProblems", () => {
  it("writes one line per request, with names made visible and a long list summed up", () => {
    expect(describeProblems([{ field: "a\r\nforged: line", message: "unknown parameter" }])).toBe(
      "a\\u000d\\u000aforged: line: unknown parameter",
    );
    const many = Array.from({ length: 25 }, (_, i) => ({ field: `p${i}`, message: "bad" }));
    const line = describeProblems(many);
    expect(line).toMatch(/^p0: bad; p1: bad; .*p19: bad; and 5 more$/);
    expect(line).not.toContain("\n");
  });
});

describe("describeJsonError", () => {
  it("passes on the parser's account of a syntax error, made visible, and nothing else", () => {
    let syntax: unknown;
    try {
      JSON.parse('{"a":\u202e');
    } catch (e) {
      syntax = e;
    }
    expect(describeJsonError(syntax)).toMatch(/JSON/);
    expect(describeJsonError(syntax)).not.toContain("\u202e");
    expect(describeJsonError(new RangeError("Maximum call stack size exceeded"))).toBe(
      "the text could not be read as JSON",
    );
  });
});
