/**
 * Every defined name that holds a profile value, with the path it holds: the catalog's fields
 * and list columns (on the Inputs sheet) and the KPI targets (on the scorecard). The Office
 * read-back reads these; the plan writes the same names with the same paths (NamePlan.profilePath).
 */
import { KPIS } from "../../model/kpiCatalog";
import { columnPath, PROFILE_FIELDS, PROFILE_LISTS } from "../../model/profileFields";
import { targetName } from "./sheets/kpi";

export interface InputName {
  name: string;
  /** The profile path: "inHouse.benefitsRate", "targets.slaAttainment", or for a list column "inHouse.staff[].salary". */
  path: string;
  /** The cell holds text (a text or choice field), not a number. */
  text: boolean;
  /** For a list column's range: the list's path and the column's path inside a row. */
  list?: { path: string; column: string };
}

const isText = (kind: string): boolean => kind === "text" || kind === "choice";

export const INPUT_NAMES: readonly InputName[] = [
  ...PROFILE_FIELDS.map((f) => ({ name: f.name, path: f.path, text: isText(f.kind) })),
  ...PROFILE_LISTS.flatMap((l) => l.columns.map((c) => ({ name: c.name, path: columnPath(l, c), text: isText(c.kind), list: { path: l.path, column: c.path } }))),
  ...KPIS.map((k) => ({ name: targetName(k.id), path: `targets.${k.id}`, text: false })),
];
