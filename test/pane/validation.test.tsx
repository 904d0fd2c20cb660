/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { renderWizard } from "./renderWizard";

const heading = () => screen.getByRole("heading", { level: 2 });
const next = () => screen.getByRole("button", { name: /^Next/ });

async function toTeamStep(user: ReturnType<typeof renderWizard>["user"]) {
  await user.click(next());
  expect(heading()).toHaveTextContent("In-house team");
}

test("a negative salary is named inline once the field is left, and blocks Next", async () => {
  const { user } = renderWizard();
  await toTeamStep(user);
  const salary = screen.getAllByLabelText("Salary (each)")[0];
  await user.type(salary, "-5000");
  expect(screen.queryByText(/must be 0 or more/)).toBeNull(); // not while typing the first time
  await user.tab();
  expect(screen.getByText("Salary (each) must be 0 or more (got -5000)")).toBeInTheDocument();
  expect(salary).toHaveAttribute("aria-invalid", "true");
  await user.click(next());
  expect(heading()).toHaveTextContent("In-house team");
  expect(salary).toHaveFocus();
  // Fixing it clears the message and lets the user on.
  await user.clear(salary);
  await user.type(salary, "85000");
  expect(screen.queryByText(/must be 0 or more/)).toBeNull();
  await user.click(next());
  expect(heading()).toHaveTextContent("CIO");
});

test("3000% benefits says the percentage is out of range, in percentages", async () => {
  const { user } = renderWizard();
  await toTeamStep(user);
  const benefits = screen.getByLabelText("Benefits (share of wages)");
  await user.clear(benefits);
  await user.type(benefits, "3000");
  await user.tab();
  expect(screen.getByText("Benefits (share of wages) must be between 0% and 100% (you entered 3000%)")).toBeInTheDocument();
});

test("an escalation below -100% and text in a number field are named", async () => {
  const { user } = renderWizard();
  await toTeamStep(user);
  const escalation = screen.getByLabelText("In-house cost escalation (per year)");
  await user.clear(escalation);
  await user.type(escalation, "-150");
  const other = screen.getByLabelText("Other annual in-house IT costs");
  await user.type(other, "a lot");
  await user.tab();
  expect(screen.getByText("In-house cost escalation (per year) must be above -100% and at most 100% (you entered -150%)")).toBeInTheDocument();
  expect(screen.getByText('Other annual in-house IT costs must be a number (got "a lot")')).toBeInTheDocument();
});

test("a 60-year horizon, a fractional headcount and a zero tenure are each named", async () => {
  const { user } = renderWizard();
  const horizon = screen.getByLabelText("Horizon (whole years, 1-50)");
  await user.clear(horizon);
  await user.type(horizon, "60{Tab}");
  expect(screen.getByText("Horizon (whole years, 1-50) must be 1 to 50 years (got 60)")).toBeInTheDocument();
  await user.clear(horizon);
  await toTeamStep(user);
  await user.clear(screen.getAllByLabelText("Headcount")[0]);
  await user.type(screen.getAllByLabelText("Headcount")[0], "1.5");
  await user.tab();
  expect(screen.getByText("Headcount must be a whole number (got 1.5)")).toBeInTheDocument();
  await user.clear(screen.getAllByLabelText("Headcount")[0]);
  await user.click(next());
  const tenure = screen.getByLabelText("Mean CIO tenure (months)");
  await user.clear(tenure);
  await user.type(tenure, "0{Tab}");
  expect(screen.getByText("Mean CIO tenure (months) must be more than 0 months (got 0)")).toBeInTheDocument();
});

test("the review step lists every remaining problem with a way back to its step, and Build stays disabled", async () => {
  const { user } = renderWizard();
  await toTeamStep(user);
  await user.type(screen.getAllByLabelText("Salary (each)")[0], "-1");
  const benefits = screen.getByLabelText("Benefits (share of wages)");
  await user.clear(benefits);
  await user.type(benefits, "150");
  // The progress indicator jumps anywhere; the review then says what is left to fix.
  await user.click(screen.getByRole("button", { name: /^Step 6:/ }));
  expect(heading()).toHaveTextContent("Review and build");
  expect(await screen.findByText("2 fields need fixing")).toBeInTheDocument();
  expect(screen.getByText(/Salary \(each\) must be 0 or more \(got -1\)/)).toBeInTheDocument();
  expect(screen.getByText(/Benefits \(share of wages\) must be between 0% and 100% \(you entered 150%\)/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Download workbook (.xlsx)" })).toBeDisabled();
  expect(screen.queryByTestId("headline")).toBeNull();
  await user.click(screen.getAllByRole("button", { name: "Go to In-house team" })[0]);
  expect(heading()).toHaveTextContent("In-house team");
  expect(screen.getByRole("button", { name: /^Step 2: In-house team, has errors/ })).toBeInTheDocument();
});

describe("text a workbook cannot hold, in every text field of the wizard", () => {
  // The same words as the CLI's `FIELD: reason` (userTextProblem), after the field's label.
  test.each([
    ["Company name", "Acme\uffff", "Company name has U+FFFF, a non-character, at character 5: a workbook cannot hold it"],
    ["Company name", "🦊 Fox\ufffe", "Company name has U+FFFE, a non-character, at character 6: a workbook cannot hold it"],
    ["Role", "Help\u0007desk", "Role has U+0007, a control character, at character 5: a workbook cannot hold it"],
    ["Role", "Lead\ud83d", "Role has U+D83D, half of a character without its other half, at character 5: a workbook cannot hold it"],
  ])("%s holding %j: the field says which character and where, and Next is refused", async (label, text, message) => {
    const { user } = renderWizard();
    if (label === "Role") await toTeamStep(user);
    const input = screen.getAllByLabelText(label)[0] as HTMLInputElement;
    await user.clear(input);
    // Pasted, as such characters arrive (they cannot be typed).
    input.focus();
    await user.paste(text);
    expect(input.value).toBe(text);
    await user.tab();
    expect(screen.getByText((content) => content.startsWith(message))).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
    const step = heading().textContent;
    await user.click(next());
    expect(heading()).toHaveTextContent(step!);
    expect(input).toHaveFocus();
  });

  test("a 120-emoji company name is 120 characters, not 240: accepted", async () => {
    const { user } = renderWizard();
    const input = screen.getByLabelText("Company name");
    await user.clear(input);
    input.focus();
    await user.paste("🦊".repeat(120));
    await user.tab();
    expect(screen.queryByText(/must be at most/)).toBeNull();
    await user.click(next());
    expect(heading()).toHaveTextContent("In-house team");
  });
});
