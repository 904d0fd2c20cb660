/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { parseProfile } from "../../src/model/profile";
import { staffCapMessage } from "../../src/taskpane/components/StaffRows";
import { STAFF_FIELDS, STAFF_ROW_CAP } from "../../src/taskpane/form/fields";
import { formFromProfileInput } from "../../src/taskpane/form/formState";
import { fakeActions, renderWizard } from "./renderWizard";

const rows = () => screen.getAllByRole("group", { name: /^Staff row \d+$/ });

async function onTeamStep() {
  const r = renderWizard();
  await r.user.click(screen.getByRole("button", { name: /^Next/ }));
  return r;
}

test("staff rows are added (focus on the new role) and removed (focus to Add), renumbered, and reach the profile", async () => {
  const { user } = await onTeamStep();
  expect(rows()).toHaveLength(1);
  await user.click(screen.getByRole("button", { name: "Add staff row" }));
  expect(rows()).toHaveLength(2);
  const second = within(rows()[1]);
  expect(second.getByLabelText("Role")).toHaveFocus();
  await user.keyboard("Network engineer");
  await user.type(second.getByLabelText("Salary (each)"), "90,000");
  await user.clear(second.getByLabelText("Headcount"));
  await user.type(second.getByLabelText("Headcount"), "2");
  await user.click(screen.getByRole("button", { name: "Add staff row" }));
  await user.keyboard("Help desk");
  expect(rows()).toHaveLength(3);
  expect(screen.getByRole("status")).toHaveTextContent("Staff row 3 added");

  // Remove the first row: the others move up and are renumbered.
  await user.click(screen.getByRole("button", { name: "Remove staff row 1 (IT generalist)" }));
  expect(rows()).toHaveLength(2);
  expect(screen.getByRole("button", { name: "Add staff row" })).toHaveFocus();
  expect(within(rows()[0]).getByLabelText("Role")).toHaveValue("Network engineer");
  expect(screen.getByRole("button", { name: "Remove staff row 2 (Help desk)" })).toBeInTheDocument();
});

test("an error stays on its row when a row above is removed", async () => {
  const { user } = await onTeamStep();
  await user.click(screen.getByRole("button", { name: "Add staff row" }));
  await user.keyboard("Contractor");
  const salary = within(rows()[1]).getByLabelText("Salary (each)");
  await user.type(salary, "-10{Tab}");
  expect(within(rows()[1]).getByText("Salary (each) must be 0 or more (got -10)")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Remove staff row 1 (IT generalist)" }));
  expect(rows()).toHaveLength(1);
  expect(within(rows()[0]).getByLabelText("Role")).toHaveValue("Contractor");
  expect(within(rows()[0]).getByText("Salary (each) must be 0 or more (got -10)")).toBeInTheDocument();
});

test("all rows can be removed (no in-house team) and the wizard still moves on", async () => {
  const { user } = await onTeamStep();
  await user.click(screen.getByRole("button", { name: /^Remove staff row 1/ }));
  expect(screen.queryAllByRole("group", { name: /^Staff row/ })).toHaveLength(0);
  await user.click(screen.getByRole("button", { name: /^Next/ }));
  expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("CIO");
});

describe("the staff-row cap", () => {
  const withRows = (n: number) => formFromProfileInput({ schemaVersion: 1, inHouse: { staff: Array.from({ length: n }, (_, i) => ({ role: `Role ${i + 1}`, salary: 50_000 })) } });

  test("the pane's cap is the profile schema's limit, 1,000 rows", () => {
    const staff = (n: number) => ({ schemaVersion: 1, inHouse: { staff: Array.from({ length: n }, () => ({})) } });
    expect(STAFF_ROW_CAP).toBe(1000);
    expect(parseProfile(staff(STAFF_ROW_CAP)).ok).toBe(true);
    expect(parseProfile(staff(STAFF_ROW_CAP + 1)).ok).toBe(false);
    expect(staffCapMessage(STAFF_ROW_CAP)).toBe("1,000 staff rows is the most a workbook takes. Combine roles paid the same into one row and set its headcount.");
  });

  // A cap of 4 stands for 1,000 here: jsdom would take minutes to render a thousand rows (the
  // bench measures the pane at 1,000 in Chromium).
  test("at the cap, Add is disabled with a friendly message; rows can still be removed", async () => {
    const cap = 4;
    const { user } = renderWizard(fakeActions(), withRows(cap - 1), cap);
    await user.click(screen.getByRole("button", { name: /^Next/ }));
    expect(screen.queryByText(staffCapMessage(cap))).toBeNull();
    const add = screen.getByRole("button", { name: "Add staff row" });
    act(() => {
      add.click();
      add.click(); // a second click in the same frame must not pass the cap
    });
    expect(rows()).toHaveLength(cap);
    expect(screen.getByText(staffCapMessage(cap))).toBeInTheDocument();
    expect(add).toHaveAttribute("aria-disabled", "true");
    expect(add).toHaveAccessibleDescription(staffCapMessage(cap));
    await user.click(add);
    expect(rows()).toHaveLength(cap);
    await user.click(screen.getByRole("button", { name: "Remove staff row 1 (Role 1)" }));
    expect(rows()).toHaveLength(cap - 1);
    expect(screen.queryByText(staffCapMessage(cap))).toBeNull();
  });

  test("over the cap (read back from a workbook): a sentence, not the schema's dump; the review lists 10 problems and sums up the rest", async () => {
    const form = withRows(STAFF_ROW_CAP + 1);
    form.staff.slice(0, 30).forEach((r) => (r.salary = "-1"));
    const { user } = renderWizard(fakeActions(), form);
    await user.click(screen.getByRole("button", { name: /^Step 6:/ }));
    const title = await screen.findByText("31 fields need fixing");
    const list = within(title.parentElement as HTMLElement).getAllByRole("listitem");
    expect(list).toHaveLength(11);
    expect(list[0]).toHaveTextContent(/^Staff rows: at most 1,000 \(there are 1,001\)\. Remove rows or combine roles paid the same\./);
    expect(list[1]).toHaveTextContent(`${STAFF_FIELDS.salary.label} must be 0 or more (got -1)`);
    expect(list[10]).toHaveTextContent("and 21 more on In-house team");
    expect(document.body.textContent).not.toMatch(/inHouse\.staff|got \[/);
  });
});
