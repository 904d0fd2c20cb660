/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { STEPS } from "../../src/taskpane/form/fields";
import { renderWizard } from "./renderWizard";

const heading = () => screen.getByRole("heading", { level: 2 });

test("Next and Back walk the six steps in order, moving focus to each step heading", async () => {
  const { user } = renderWizard();
  expect(heading()).toHaveTextContent("Company");
  expect(screen.getByRole("button", { name: /Back/ })).toBeDisabled();
  for (let i = 1; i < STEPS.length; i++) {
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(heading()).toHaveTextContent(STEPS[i].title);
    expect(heading()).toHaveFocus();
    expect(screen.getByText(`Step ${i + 1} of ${STEPS.length}: ${STEPS[i].title}`)).toBeInTheDocument();
  }
  expect(screen.queryByRole("button", { name: /^Next/ })).toBeNull();
  await user.click(screen.getByRole("button", { name: "Back" }));
  expect(heading()).toHaveTextContent(STEPS[STEPS.length - 2].title);
  expect(heading()).toHaveFocus();
});

test("the keyboard alone works: logical tab order, Enter goes to the next step", async () => {
  const { user } = renderWizard();
  // Tab order: the six step buttons, then the first field of the step.
  for (let n = 1; n <= STEPS.length; n++) {
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(new RegExp(`^Step ${n}:`));
  }
  await user.tab();
  expect(screen.getByLabelText("Company name")).toHaveFocus();
  await user.keyboard("Acme{Enter}");
  expect(heading()).toHaveTextContent("In-house team");
  expect(heading()).toHaveFocus();
  await user.tab();
  expect(screen.getAllByLabelText("Role")[0]).toHaveFocus();
  // Back by keyboard.
  act(() => screen.getByRole("button", { name: "Back" }).focus());
  await user.keyboard("{Enter}");
  expect(heading()).toHaveTextContent("Company");
  expect(screen.getByLabelText("Company name")).toHaveValue("Acme");
});

test("the progress indicator marks the current step and jumps back to an earlier one", async () => {
  const { user } = renderWizard();
  const stepButton = (n: number) => screen.getByRole("button", { name: new RegExp(`^Step ${n}:`) });
  expect(stepButton(1)).toHaveAttribute("aria-current", "step");
  await user.click(stepButton(3));
  expect(heading()).toHaveTextContent("CIO");
  expect(stepButton(3)).toHaveAttribute("aria-current", "step");
  expect(stepButton(1)).not.toHaveAttribute("aria-current");
  await user.click(stepButton(1));
  expect(heading()).toHaveTextContent("Company");
});

test("every control has an accessible name", async () => {
  const { user } = renderWizard();
  for (let i = 0; i < STEPS.length; i++) {
    for (const el of [...screen.queryAllByRole("textbox"), ...screen.queryAllByRole("combobox"), ...screen.queryAllByRole("button")]) {
      expect(el).toHaveAccessibleName();
    }
    if (i < STEPS.length - 1) await user.click(screen.getByRole("button", { name: /^Next/ }));
  }
});
