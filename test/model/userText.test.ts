/** User text: characters counted as people see them; characters XML cannot hold refused with their position; excerpts. */
import { describeValue, excerpt } from "../../src/model/excerpt";
import { formatErrors, parseProfile } from "../../src/model/profile";
import { characterCount, findForbidden, userTextProblem } from "../../src/model/userText";

const FAMILY = "👨‍👩‍👧‍👦"; // 4 people joined by 3 zero-width joiners: 11 UTF-16 units, 1 character
const E_ACUTE = "e\u0301"; // e + combining acute: 2 units, 1 character

describe("characterCount", () => {
  it.each([
    ["", 0],
    ["Acme", 4],
    [FAMILY, 1],
    [E_ACUTE.repeat(3), 3],
    ["🦊🦊", 2],
    ["🇫🇷", 1], // a flag: two regional indicators
  ])("%j has %d characters", (text, n) => expect(characterCount(text)).toBe(n));
});

describe("findForbidden", () => {
  it.each<[string, number, string]>([
    ["\ufffe", 1, "U+FFFE, a non-character"],
    [`${FAMILY}x\uffff`, 3, "U+FFFF, a non-character"],
    ["ab\ud800", 3, "U+D800, half of a character without its other half"],
    ["\udc00ab", 1, "U+DC00, half of a character without its other half"],
    [`${E_ACUTE}\u0000`, 2, "U+0000, a control character"],
    ["a\rb", 2, "U+000D, a control character"],
    ["x\u001f", 2, "U+001F, a control character"],
    ["DEL\u007f", 4, "U+007F, a control character"],
    ["NEL\u0085", 4, "U+0085, a control character"],
  ])("%j: character %d is %s", (text, position, what) => expect(findForbidden(text)).toEqual({ position, what }));

  it.each(["tab\there", "two\nlines", "🦊", "\ufffd", "\u{10ffff}", "\u{1fffe}", "NBSP\u00a0", "<b>&amp;'\"", "\u202eevil"])("%j is allowed (XML 1.0 Char)", (text) => {
    expect(findForbidden(text)).toBeNull();
  });
});

describe("in the profile", () => {
  const errors = (input: unknown) => {
    const r = parseProfile(input);
    return r.ok ? [] : formatErrors(r.errors);
  };

  it("120 family emoji fit a 120-character company name; 121 do not", () => {
    expect(errors({ schemaVersion: 1, company: { name: FAMILY.repeat(120) } })).toEqual([]);
    expect(errors({ schemaVersion: 1, company: { name: FAMILY.repeat(121) } })[0]).toMatch(/^company\.name: must be at most 120 characters \(has 121\) \(got "/);
  });

  it("the same rule and words for the CLI and the pane (userTextProblem)", () => {
    expect(userTextProblem("Acme\uffff", 120)).toBe("has U+FFFF, a non-character, at character 5: a workbook cannot hold it");
    expect(errors({ schemaVersion: 1, inHouse: { staff: [{ role: "ok" }, { role: "x\u0008" }] } })).toEqual([
      'inHouse.staff[1].role: has U+0008, a control character, at character 2: a workbook cannot hold it (got "x\\u0008")',
    ]);
  });
});

describe("excerpt and describeValue", () => {
  it("cuts long text between characters, never inside a surrogate pair or a cluster", () => {
    expect(excerpt("a".repeat(100))).toBe(`"${"a".repeat(40)}…"`);
    expect(excerpt("🦊".repeat(100))).toBe(`"${"🦊".repeat(20)}…"`);
    expect(excerpt("x" + FAMILY.repeat(10))).toBe(`"x${FAMILY.repeat(3)}…"`);
  });

  it("escapes what would break or garble the line", () => {
    expect(excerpt('a"b\\c\nd\u202ee\ud800')).toBe('"a\\"b\\\\c\\u000ad\\u202ee\\ud800"');
  });

  it("describes nested values within a few dozen characters, whatever their size or depth", () => {
    expect(describeValue([])).toBe("[]");
    expect(describeValue({ a: 1, b: [true, null] })).toBe('{"a":1,"b":[true,null]}');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(describeValue(deep)).toBe("[[[[…]]]]");
    const wide = describeValue(Array.from({ length: 1e5 }, (_, i) => i));
    expect(wide.length).toBeLessThan(60);
    expect(wide.endsWith(",…]")).toBe(true);
  });
});
