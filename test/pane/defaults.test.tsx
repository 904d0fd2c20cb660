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
  expect(screen.getByLabelText("Currency")).toHaveValue(d.company.currency);
  expect(hintOf("Currency")).toContain(`Default ${d.company.currency}`);
  expect(hintOf("Annual revenue")).toContain("Default $0");

  await user.click(next());
  expect(screen.getByLabelText("Benefits and payroll taxes (% of salary)")).toHaveValue(String(d.inHouse.benefitsRate * 100));
  expect(hintOf("Benefits and payroll taxes (% of salary)")).toMatch(new RegExp(`^Default ${pct(d.inHouse.benefitsRate)}\\. BLS Employer Costs`));
  expect(hintOf("Overhead (% of salary)")).toMatch(new RegExp(`^Default ${pct(d.inHouse.overheadRate)}\\. Smartsource assumption`));
  expect(hintOf("Yearly in-house cost increase (%)")).toContain(`Default ${pct(d.inHouse.escalation)}`);
  expect(screen.getAllByLabelText("Role")[0]).toHaveValue(d.inHouse.staff[0].role);
  expect(screen.getAllByLabelText("Headcount")[0]).toHaveValue(String(d.inHouse.staff[0].count));

  await user.click(next());
  expect(screen.getByLabelText("Average CIO tenure (months)")).toHaveValue(String(d.cio.tenureMonths));
  expect(hintOf("Average CIO tenure (months)")).toMatch(new RegExp(`^Default ${d.cio.tenureMonths} months\\. What small-firm CFOs quote; large firms: 4\\.3-4\\.6 years \\(Korn Ferry\\)`));

  await user.click(next());
  expect(hintOf("Governance (% of fee)")).toMatch(new RegExp(`^Default ${pct(d.outsourcing.governanceRate)}\\. Literature: 3-8%`));
  expect(hintOf("Horizon (years)")).toContain(`Default ${d.horizonYears} years`);

  await user.click(next());
  expect(screen.getByLabelText("Discount rate (%)")).toHaveValue(String(d.discountRate * 100));
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
  await user.selectOptions(screen.getByLabelText("Currency"), "EUR");
  expect(hintOf("Annual revenue")).toContain(`Default ${new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(0)}`);
});
