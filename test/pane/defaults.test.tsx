/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { KPIS } from "../../src/model/kpiCatalog";
import { defaultProfile } from "../../src/model/profile";
import { renderWizard } from "./renderWizard";

// The defaults the schema fills in: what the wizard must show (as percentages where they are rates).
const d = defaultProfile();
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const next = () => screen.getByRole("button", { name: /^Next/ });
/** The hint text tied to an input (aria-describedby). */
function hintOf(label: string): string {
  const input = screen.getAllByLabelText(label)[0];
  return (input.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

test("each field shows its schema default and the source of that default", async () => {
  const { user } = renderWizard();
  expect(screen.getByLabelText("Currency (ISO code)")).toHaveValue(d.company.currency);
  expect(hintOf("Currency (ISO code)")).toBe(`Default ${d.company.currency}. Formats every money figure.`);
  expect(hintOf("Annual revenue")).toContain("Default $0");
  // Horizon and discount rate are asked with the company, before any step shows a total.
  expect(hintOf("Horizon (whole years, 1-50)")).toContain(`Default ${d.horizonYears} years`);
  expect(screen.getByLabelText("Discount rate (per year)")).toHaveValue(String(d.discountRate * 100));

  await user.click(next());
  expect(screen.getByLabelText("Benefits (share of wages)")).toHaveValue(String(d.inHouse.benefitsRate * 100));
  expect(hintOf("Benefits (share of wages)")).toMatch(new RegExp(`^Default ${pct(d.inHouse.benefitsRate)}\\. BLS Employer Costs`));
  expect(hintOf("Overhead (share of wages)")).toMatch(new RegExp(`^Default ${pct(d.inHouse.overheadRate)}\\. Space, equipment, software seats, management time\\. 15% is a Smartsource assumption`));
  expect(hintOf("In-house cost escalation (per year)")).toContain(`Default ${pct(d.inHouse.escalation)}`);
  expect(screen.getAllByLabelText("Role")[0]).toHaveValue(d.inHouse.staff[0].role);
  expect(screen.getAllByLabelText("Headcount")[0]).toHaveValue(String(d.inHouse.staff[0].count));

  await user.click(next());
  expect(screen.getByLabelText("Mean CIO tenure (months)")).toHaveValue(String(d.cio.tenureMonths));
  expect(hintOf("Mean CIO tenure (months)")).toMatch(new RegExp(`^Default ${d.cio.tenureMonths} months\\. Small firms ≈24 months \\(the figure CFOs quote\\)\\. Large firms: Korn Ferry 4\\.3-4\\.6 yrs`));

  await user.click(next());
  expect(hintOf("Governance (share of fee)")).toMatch(new RegExp(`^Default ${pct(d.outsourcing.governanceRate)}\\. Retained vendor management: 3-8%`));

  await user.click(next());
  // KPI targets sit in a collapsed section; opened, each shows the catalog's default target.
  await user.click(screen.getByRole("button", { name: "Scorecard targets (optional)" }));
  const sla = KPIS.find((k) => k.id === "slaAttainment")!;
  expect(hintOf(`${sla.label} (%)`)).toMatch(new RegExp(`^Default ${pct(sla.target!)}\\. ${sla.definition.slice(0, 20)}`));
  const perEmployee = KPIS.find((k) => k.id === "itSpendPerEmployee")!;
  expect(perEmployee.target).toBeNull();
  expect(hintOf(perEmployee.label)).toMatch(/^No default: informational until you set one/);
});

test("money hints follow the chosen currency", async () => {
  const { user } = renderWizard();
  await user.selectOptions(screen.getByLabelText("Currency (ISO code)"), "EUR");
  expect(hintOf("Annual revenue")).toContain(`Default ${new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(0)}`);
});
