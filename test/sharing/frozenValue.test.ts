/** How a frozen value is written so that Excel stores exactly that value (and text stays text). */
import { frozenEntry } from "../../src/sharing/frozenValue";

test("numbers, booleans, blanks, error codes and plain words are written as they are", () => {
  expect([frozenEntry(1234.5), frozenEntry(-0.25), frozenEntry(true), frozenEntry(false)]).toEqual([1234.5, -0.25, true, false]);
  expect([frozenEntry(""), frozenEntry(null), frozenEntry(undefined)]).toEqual(["", "", ""]);
  expect(["#N/A", "#DIV/0!", "#VALUE!", "#NUM!"].map(frozenEntry)).toEqual(["#N/A", "#DIV/0!", "#VALUE!", "#NUM!"]);
  expect(["GREEN", "AMBER", "never", "Acme Ltd."].map(frozenEntry)).toEqual(["GREEN", "AMBER", "never", "Acme Ltd."]);
});

test("text Excel would read as a number, date, boolean or formula is written as a text formula", () => {
  expect(frozenEntry("00123")).toBe('="00123"');
  expect(frozenEntry("1/2")).toBe('="1/2"');
  expect(frozenEntry("TRUE")).toBe('="TRUE"');
  expect(frozenEntry("=A1")).toBe('="=A1"');
  expect(frozenEntry("-x")).toBe('="-x"');
  expect(frozenEntry("@home")).toBe('="@home"');
  expect(frozenEntry('say "hi" 2')).toBe('="say ""hi"" 2"');
});

test("a text longer than Excel's 255-character limit for one literal is joined from pieces", () => {
  const long = "9".repeat(300);
  expect(frozenEntry(long)).toBe(`="${"9".repeat(255)}"&"${"9".repeat(45)}"`);
});
