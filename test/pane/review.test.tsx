/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { computeHeadline } from "../../src/model/headline";
import { parseProfile, Profile, ProfileInput } from "../../src/model/profile";
import { fakeActions, renderWizard } from "./renderWizard";

type User = ReturnType<typeof renderWizard>["user"];
const next = (user: User) => user.click(screen.getByRole("button", { name: /^Next/ }));
async function set(user: User, label: string, text: string) {
  const el = screen.getAllByLabelText(label)[0];
  await user.clear(el);
  if (text) await user.type(el, text);
}

// Independent display formats: whole currency units and one-decimal percentages.
const money = (v: number, currency: string) => new Intl.NumberFormat(undefined, { style: "currency", currency, maximumFractionDigits: 0 }).format(v);
const percent = (v: number) => new Intl.NumberFormat(undefined, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

/** The review table as { label: text }. */
function reviewFigures(): Record<string, string> {
  const table = screen.getByTestId("headline");
  return Object.fromEntries(within(table).getAllByRole("row").map((r) => [within(r).getByRole("rowheader").textContent, within(r).getByRole("cell").textContent]));
}

/** What the user types below, as the profile it means (percentages as fractions). */
const entered: ProfileInput = {
  schemaVersion: 1,
  company: { name: "Acme =1+1 Ltd", currency: "EUR", revenue: 12_000_000, employees: 85 },
  horizonYears: 4,
  discountRate: 0.07,
  inHouse: {
    staff: [
      { role: "IT manager", salary: 95_000, count: 1 },
      { role: "Help desk", salary: 48_000, count: 2 },
    ],
    benefitsRate: 0.3,
    overheadRate: 0.15,
    otherAnnualCosts: 40_000,
    escalation: 0.03,
  },
  cio: { salary: 160_000, tenureMonths: 30, vcioMonthlyRetainer: 6_500, vcioEscalation: 0.03 },
  outsourcing: { annualFee: 210_000, escalation: 0.025, governanceRate: 0.05, retainedAnnualCosts: 12_000, transitionCost: 35_000, exitCost: 10_000 },
  benefits: { annual: 400_000 },
  targets: {},
};

async function enterProfile(user: User) {
  await set(user, "Company name", "Acme =1+1 Ltd");
  await user.selectOptions(screen.getByLabelText("Currency (ISO code)"), "EUR");
  await set(user, "Annual revenue", "12,000,000");
  await set(user, "Employees (whole firm)", "85");
  await set(user, "Horizon (whole years, 1-50)", "4");
  await set(user, "Discount rate (per year)", "7");
  await next(user);
  await set(user, "Role", "IT manager");
  await set(user, "Salary (each)", "95000");
  await user.click(screen.getByRole("button", { name: "Add staff row" }));
  const row2 = within(screen.getByRole("group", { name: "Staff row 2" }));
  await user.type(row2.getByLabelText("Role"), "Help desk");
  await user.type(row2.getByLabelText("Salary (each)"), "48000");
  await user.type(row2.getByLabelText("Headcount"), "2");
  await set(user, "Benefits (share of wages)", "30");
  await set(user, "Other annual in-house IT costs", "40000");
  await next(user);
  await set(user, "In-house CIO salary", "160000");
  await set(user, "Mean CIO tenure (months)", "30");
  await set(user, "Virtual CIO monthly retainer", "6500");
  await next(user);
  await set(user, "Annual outsourcing fee", "210000");
  await set(user, "Fee escalation (per year)", "2.5");
  await set(user, "Governance (share of fee)", "5%");
  await set(user, "Retained in-house costs (per year)", "12000");
  await set(user, "Transition cost (one-off)", "35000");
  await set(user, "Exit cost (end of horizon)", "10000");
  await next(user);
  await set(user, "Annual benefits attributed to IT", "400000");
  await next(user);
}

function expectedProfile(input: ProfileInput): Profile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.reason}`).join("; "));
  return r.profile;
}

test("the review shows computeHeadline's figures for the entered profile, in its currency, and Build gets that profile", async () => {
  const actions = fakeActions();
  const { user } = renderWizard(actions);
  await enterProfile(user);
  expect(await screen.findByTestId("headline")).toBeInTheDocument();
  const p = expectedProfile(entered);
  const h = computeHeadline(p);
  const f = reviewFigures();
  expect(f["TCO in-house"]).toBe(money(h.tcoInHouse, "EUR"));
  expect(f["TCO outsourced"]).toBe(money(h.tcoOutsourced, "EUR"));
  expect(f["Saving from outsourcing"]).toBe(`${money(h.tcoSaving, "EUR")} (${percent(h.tcoSavingPct!)})`);
  expect(f["Break-even"]).toBe(h.breakEvenMonths === null ? "never" : `${h.breakEvenMonths} months`);
  expect(f["CIO continuity cost"]).toBe(money(h.cioContinuityCost, "EUR"));
  expect(f["In-house CIO, turnover included"]).toBe(money(h.cioInHouse, "EUR"));
  expect(f["Virtual CIO"]).toBe(money(h.cioVirtual, "EUR"));
  expect(screen.getByText("Over 4 years, discounted at 7.0% a year, in EUR.")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Download workbook (.xlsx)" }));
  await screen.findByText("Downloaded “test.xlsx”");
  expect(actions.build).toHaveBeenCalledTimes(1);
  expect(actions.build.mock.calls[0][0]).toEqual(p);
});

test("a hand-worked case: one person at 100,000, 42% + 15% loading, a 106,000 outsourced cost, 1 year undiscounted", async () => {
  const { user } = renderWizard();
  await set(user, "Horizon (whole years, 1-50)", "1");
  await set(user, "Discount rate (per year)", "0");
  await next(user);
  await set(user, "Salary (each)", "100000");
  await next(user);
  await next(user);
  await set(user, "Annual outsourcing fee", "100000");
  await next(user);
  await next(user);
  await screen.findByTestId("headline");
  const f = reviewFigures();
  // In-house: 100,000 × (1 + 0.42 + 0.15) = 157,000. Outsourced: 100,000 × 1.06 = 106,000. Saving 51,000 = 32.5% of 157,000.
  expect(f["TCO in-house"]).toBe(money(157_000, "USD"));
  expect(f["TCO outsourced"]).toBe(money(106_000, "USD"));
  expect(f["Saving from outsourcing"]).toBe(`${money(51_000, "USD")} (${percent(51_000 / 157_000)})`);
  // No transition cost: paid back at once.
  expect(f["Break-even"]).toBe("0 months");
});

test("the figures follow the inputs as the user types (live summary on every step)", async () => {
  const { user } = renderWizard();
  await next(user);
  await set(user, "Salary (each)", "100000");
  const summary = () => screen.getByTestId("live-summary").textContent;
  const at = (fee: number, cio = 0) =>
    computeHeadline(expectedProfile({ schemaVersion: 1, inHouse: { staff: [{ salary: 100_000 }] }, cio: { salary: cio, vcioMonthlyRetainer: 4_000 }, outsourcing: { annualFee: fee } }));
  // No quote yet: the in-house TCO alone.
  expect(summary()).toBe(`5-year in-house TCO: ${money(at(0).tcoInHouse, "USD")}`);
  await next(user);
  // The CIO step compares the two CIO options.
  await set(user, "Virtual CIO monthly retainer", "4000");
  await set(user, "In-house CIO salary", "120000");
  const c = at(0, 120_000);
  expect(c.cioContinuityCost).toBeGreaterThan(0);
  expect(summary()).toBe(`5-year CIO cost, in-house with turnover: ${money(c.cioInHouse, "USD")}; virtual: ${money(c.cioVirtual, "USD")}`);
  await set(user, "In-house CIO salary", "");
  await next(user);
  await set(user, "Annual outsourcing fee", "80000");
  expect(summary()).toBe(`5-year saving from outsourcing: ${money(at(80_000).tcoSaving, "USD")} (${percent(at(80_000).tcoSavingPct!)})`);
  await user.type(screen.getByLabelText("Annual outsourcing fee"), "0");
  expect(summary()).toContain(money(at(800_000).tcoSaving, "USD"));
  await set(user, "Transition cost (one-off)", "-1");
  expect(screen.queryByTestId("live-summary")).toBeNull();
  expect(screen.getByText("Fix the highlighted fields to see the figures.")).toBeInTheDocument();
});

test("Build shows progress while it runs, then a failure message that explains, and can be retried", async () => {
  let fail!: (e: Error) => void;
  let report!: (p: { fraction?: number; message: string }) => void;
  const actions = fakeActions({
    host: "excel",
    build: jest.fn(
      (_p, onProgress) =>
        new Promise((_, reject) => {
          fail = reject;
          report = onProgress;
        }),
    ),
  });
  const { user } = renderWizard(actions);
  await user.click(screen.getByRole("button", { name: /^Step 6:/ }));
  await user.click(await screen.findByRole("button", { name: "Build workbook" }));
  expect(screen.getByRole("button", { name: "Build workbook" })).toBeDisabled();
  act(() => report({ fraction: 0.5, message: "Writing the TCO sheet…" }));
  expect(await screen.findByText("Writing the TCO sheet…")).toBeInTheDocument();
  expect(screen.getByRole("progressbar", { name: "Build progress" })).toHaveAttribute("aria-valuenow", "0.5");
  await act(async () => fail(new Error("The workbook is in cell-edit mode: press Esc in Excel and try again.")));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("The workbook was not built");
  expect(alert).toHaveTextContent("The workbook is in cell-edit mode: press Esc in Excel and try again.");
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(screen.getByRole("button", { name: "Build workbook" })).toBeEnabled();
});

test("in Excel, the inputs of a built workbook are read back into the form and Build becomes Rebuild", async () => {
  const stored: ProfileInput = { schemaVersion: 1, company: { name: "Globex", currency: "GBP" }, inHouse: { benefitsRate: 0.35, staff: [{ role: "Sysadmin", salary: 70_000, count: 3 }] } };
  const actions = fakeActions({ host: "excel", readBack: jest.fn(async () => stored), build: jest.fn(async () => ({ title: "Workbook rebuilt", detail: "Your 12 tracked rows were kept." })) });
  const { user } = renderWizard(actions);
  expect(await screen.findByText(/Inputs read back from this workbook/)).toBeInTheDocument();
  expect(screen.getByLabelText("Company name")).toHaveValue("Globex");
  expect(screen.getByLabelText("Currency (ISO code)")).toHaveValue("GBP");
  await next(user);
  expect(screen.getByLabelText("Benefits (share of wages)")).toHaveValue("35");
  expect(screen.getByLabelText("Role")).toHaveValue("Sysadmin");
  expect(screen.getByLabelText("Headcount")).toHaveValue("3");
  await user.click(screen.getByRole("button", { name: /^Step 6:/ }));
  await user.click(await screen.findByRole("button", { name: "Rebuild workbook" }));
  expect(await screen.findByText("Your 12 tracked rows were kept.")).toBeInTheDocument();
  expect(actions.build.mock.calls[0][0]).toEqual(expectedProfile(stored));
});

test("read-back never overwrites what the user already typed: it offers to load instead", async () => {
  let answer!: (p: ProfileInput) => void;
  const actions = fakeActions({ host: "excel", readBack: () => new Promise((r) => (answer = r)) });
  const { user } = renderWizard(actions);
  await user.type(screen.getByLabelText("Company name"), "Typed first");
  await act(async () => answer({ schemaVersion: 1, company: { name: "Stored" } }));
  const load = await screen.findByRole("button", { name: "Load them" });
  expect(screen.getByLabelText("Company name")).toHaveValue("Typed first");
  await user.click(load);
  expect(screen.getByLabelText("Company name")).toHaveValue("Stored");
});

test("a failed read-back is explained, and invalid stored inputs are shown with their errors", async () => {
  const failing = fakeActions({ host: "excel", readBack: jest.fn(async () => Promise.reject(new Error("The Inputs sheet is protected."))) });
  const first = renderWizard(failing);
  expect(await screen.findByText(/Could not read the inputs back from this workbook: The Inputs sheet is protected\./)).toBeInTheDocument();
  first.unmount();

  const invalid = fakeActions({ host: "excel", readBack: jest.fn(async () => ({ schemaVersion: 1, inHouse: { overheadRate: 2 } }) as ProfileInput) });
  const { user } = renderWizard(invalid);
  await screen.findByText(/Inputs read back/);
  await next(user); // refused: the stored value is invalid and is shown
  await waitFor(() => expect(screen.getByText("Overhead (share of wages) must be between 0% and 100% (you entered 200%)")).toBeInTheDocument());
});

test("two clicks in one frame (a script's two click() calls) build once", async () => {
  let finish: () => void = () => undefined;
  const actions = fakeActions({ build: jest.fn(() => new Promise((resolve) => (finish = () => resolve({ title: "Downloaded “test.xlsx”" })))) });
  const { user } = renderWizard(actions);
  await user.click(screen.getByRole("button", { name: /^Step 6:/ }));
  const button = await screen.findByRole("button", { name: "Download workbook (.xlsx)" });
  act(() => {
    button.click();
    button.click();
  });
  expect(actions.build).toHaveBeenCalledTimes(1);
  await act(async () => finish());
  await screen.findByText("Downloaded “test.xlsx”");
  // Once finished, the button works again.
  await user.click(button);
  expect(actions.build).toHaveBeenCalledTimes(2);
});
