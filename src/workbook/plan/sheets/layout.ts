/** Layout pieces every sheet uses: section bands and the company subtitle. */
import { BlockBuilder, BuildContext, fx, lit } from "./common";
import { InputRefs } from "./inputs";
import { refText } from "./common";
import { SheetKey } from "../plan";

/** A full-width section band. */
export function section(b: BlockBuilder, title: string): number {
  return b.add(Array.from({ length: b.width }, (_, i) => lit(i === 0 ? title : null, "section")));
}

/**
 * "Company: <name>" read from the Inputs cell, so the name (user text) lives in exactly one
 * literal cell and never inside a formula.
 */
export function companySubtitle(ctx: BuildContext, inputs: InputRefs, from: SheetKey) {
  const name = refText(ctx, inputs.companyName, from);
  return fx(`IF(${name}="","Smartsource KPI workbook","Smartsource KPI workbook for "&${name})`, "subtitle");
}
