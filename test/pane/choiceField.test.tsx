/** @jest-environment jsdom */
/**
 * A choice added to the catalog alone (profile v2's outsourcing.pricing.basis) appears in the
 * wizard's step of its section as a list of its options' labels, with its default, and the
 * choice reaches the profile that is built; a read-back value outside the list is shown.
 */
jest.mock("../../src/model/profileFields", () => jest.requireActual("../helpers/pricingBasis").catalogWithPricingBasis());

import { screen, within } from "@testing-library/react";
import { getPath } from "../../src/model/path";
import { STEPS } from "../../src/taskpane/form/fields";
import { validate, formFromProfileInput } from "../../src/taskpane/form/formState";
import { fakeActions, renderWizard } from "./renderWizard";

const next = () => screen.getByRole("button", { name: /^Next/ });
const hintOf = (el: HTMLElement) =>
  (el.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

test("the outsourcing step lists the options by label, starts on the default, and the choice is built", async () => {
  expect(STEPS.find((s) => s.id === "outsourcing")!.fields.slice(0, 2)).toEqual(["outsourcing.annualFee", "outsourcing.pricing.basis"]);
  const actions = fakeActions();
  const { user } = renderWizard(actions);
  for (let i = 0; i < 3; i++) await user.click(next());
  const basis = screen.getByLabelText("Pricing basis");
  expect(within(basis).getAllByRole("option").map((o) => [o.getAttribute("value"), o.textContent])).toEqual([
    ["annual", "Per year"],
    ["monthly", "Per month"],
    ["perUserMonthly", "Per user per month"],
  ]);
  expect(basis).toHaveValue("monthly");
  expect(hintOf(basis)).toBe("Default Per month. How the provider's quote is written.");
  await user.selectOptions(basis, "Per user per month");
  await user.click(screen.getByRole("button", { name: /^Step 6:/ }));
  // The review step is loaded lazily: on a loaded machine that takes more than findBy's default second.
  await user.click(await screen.findByRole("button", { name: "Download workbook (.xlsx)" }, { timeout: 20_000 }));
  expect(actions.build).toHaveBeenCalledTimes(1);
  expect(getPath(actions.build.mock.calls[0][0], "outsourcing.pricing.basis")).toBe("perUserMonthly");
});

test("a value read back from outside the list is kept, shown in the list and named as an error", async () => {
  const form = formFromProfileInput({ schemaVersion: 1, outsourcing: { pricing: { basis: "weekly" } } } as never);
  expect(form.values["outsourcing.pricing.basis"]).toBe("weekly");
  expect(validate(form).errors.get("outsourcing.pricing.basis")).toBe('Pricing basis must be one of annual, monthly, perUserMonthly (got "weekly")');
  const { user } = renderWizard(fakeActions(), form);
  await user.click(screen.getByRole("button", { name: /^Step 4:/ }));
  const basis = screen.getByLabelText("Pricing basis");
  expect(basis).toHaveValue("weekly");
  expect(within(basis).getAllByRole("option").map((o) => o.textContent)).toEqual(["weekly", "Per year", "Per month", "Per user per month"]);
});
