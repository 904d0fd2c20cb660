/**
 * Every data-validation rule of the plan says what it allows: the bounds its error message states
 * are the rule's bounds (a score "from 1 to 5" must not accept 0), and "whole" appears exactly
 * when the rule takes whole numbers only.
 */
import { buildPlan } from "../../src/workbook/plan/buildPlan";
import { ValidationRule } from "../../src/workbook/plan/plan";
import { SMALL_FIRM } from "./fixtures";

const NUM = String.raw`(-?\d[\d,]*(?:\.\d+)?%?)`;

/** "-99.99%" → -0.9999, "10,000" → 10000. */
function numberOf(text: string): number {
  const n = Number(text.replace(/[,%]/g, ""));
  return text.endsWith("%") ? n / 100 : n;
}

/** The bounds a message states: "from A to B" or "(A to B)", "A [unit] or more", "at most B", or none. */
function statedBounds(message: string): { min?: number; max?: number } {
  const between = new RegExp(String.raw`(?:from |\()${NUM} to ${NUM}`).exec(message);
  if (between) return { min: numberOf(between[1]), max: numberOf(between[2]) };
  const atLeast = new RegExp(String.raw`${NUM}(?: [a-z]+)? or more`).exec(message);
  if (atLeast) return { min: numberOf(atLeast[1]) };
  const atMost = new RegExp(String.raw`at most ${NUM}`).exec(message);
  if (atMost) return { max: numberOf(atMost[1]) };
  return {};
}

const close = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)));

test("the message reader itself: bounds as the messages write them", () => {
  expect(statedBounds("Enter a score from 1 to 5.")).toEqual({ min: 1, max: 5 });
  expect(statedBounds("Enter a yearly rate from -99.99% to 100% (3% or 0.03).")).toEqual({ min: -99.99 / 100, max: 1 });
  expect(statedBounds("Enter months (0 to 1200).")).toEqual({ min: 0, max: 1200 });
  expect(statedBounds("Enter hours (0 to 10,000).")).toEqual({ min: 0, max: 10000 });
  expect(statedBounds("Enter a whole number of tickets (0 or more).")).toEqual({ min: 0 });
  expect(statedBounds("Enter a tenure of 0.01 months or more.")).toEqual({ min: 0.01 });
  expect(statedBounds("Enter an amount.")).toEqual({});
});

test("every validation message states exactly its rule's bounds and kind", () => {
  const plan = buildPlan(SMALL_FIRM);
  const seen: { where: string; rule: ValidationRule }[] = plan.sheets.flatMap((s) => s.validations.map((v) => ({ where: `${s.name}!${v.range}`, rule: v.rule })));
  expect(seen.length).toBeGreaterThan(20);
  const wrong = seen.flatMap(({ where, rule }) => {
    if (rule.kind === "list") return rule.items.every((i) => rule.message.includes(i)) ? [] : [`${where}: "${rule.message}" does not name the choices`];
    const stated = statedBounds(rule.message);
    const problems: string[] = [];
    if (!close(stated.min, rule.min) || !close(stated.max, rule.max))
      problems.push(`${where}: "${rule.message}" states ${JSON.stringify(stated)} but the rule allows ${JSON.stringify({ min: rule.min, max: rule.max })}`);
    if ((rule.kind === "whole") !== /\bwhole\b/.test(rule.message)) problems.push(`${where}: "${rule.message}" and a ${rule.kind} rule`);
    return problems;
  });
  expect(wrong).toEqual([]);
});

test("the customer-satisfaction target takes a score from 1 to 5, not 0", () => {
  const plan = buildPlan(SMALL_FIRM);
  const kpi = plan.sheets.find((s) => s.key === "kpi")!;
  const scores = kpi.validations.filter((v) => v.rule.message === "Enter a score from 1 to 5.");
  expect(scores).toHaveLength(1);
  expect(scores[0].rule).toMatchObject({ kind: "decimal", min: 1, max: 5 });
});
