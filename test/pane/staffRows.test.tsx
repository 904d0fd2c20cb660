/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { renderWizard } from "./renderWizard";

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
