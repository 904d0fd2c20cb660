/**
 * How a rebuild recognises the sheets Smartsource made, and which names new sheets get.
 *
 * Each Smartsource sheet is marked by a hidden workbook-scoped defined name
 * (SS_Sheet_<key> = 'Sheet'!$A$1) rather than a worksheet custom property: a name follows its
 * sheet when the user renames it, is read in the same round trip as the sheet list, is not
 * copied onto a duplicate the user makes of the sheet, and an .xlsx writer can write it too.
 * A sheet without a mark is foreign and is never touched, whatever its name.
 */
import { SheetKey, markerName } from "../plan/plan";
import { splitReference } from "../plan/a1";

export interface LoadedName {
  name: string;
  formula: string;
}

/** Keys whose marker points at a sheet that still exists, with that sheet's current name. */
export function ownedSheets(keys: readonly SheetKey[], sheetNames: readonly string[], names: readonly LoadedName[]): Partial<Record<SheetKey, string>> {
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n]));
  const sheets = new Map(sheetNames.map((s) => [s.toLowerCase(), s]));
  const owned: Partial<Record<SheetKey, string>> = {};
  const claimed = new Set<string>();
  for (const key of keys) {
    const marker = byName.get(markerName(key).toLowerCase());
    const ref = marker && splitReference(String(marker.formula));
    const sheet = ref ? sheets.get(ref.sheet.toLowerCase()) : undefined;
    // Two markers on one sheet (hand-edited names): the first key keeps it.
    if (sheet && !claimed.has(sheet.toLowerCase())) {
      owned[key] = sheet;
      claimed.add(sheet.toLowerCase());
    }
  }
  return owned;
}

/** Sheet names are at most 31 characters. */
function withSuffix(base: string, n: number): string {
  const suffix = ` (${n})`;
  return base.slice(0, 31 - suffix.length) + suffix;
}

export interface NameChoice {
  /** The name each sheet has once the build is done. */
  final: Record<SheetKey, string>;
  /** Keys of sheets this build creates, with the temporary name they are built under. */
  temp: Partial<Record<SheetKey, string>>;
}

/**
 * Owned sheets keep their current name (the user may have renamed them); a new sheet takes the
 * planned name, or "Name (2)", "Name (3)"… when a foreign sheet holds it. New sheets are built
 * under a temporary name and renamed only when everything was written.
 */
export function chooseSheetNames(
  planned: Readonly<Record<SheetKey, string>>,
  owned: Partial<Record<SheetKey, string>>,
  existing: readonly string[],
  nonce: string,
): NameChoice {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  const final = {} as Record<SheetKey, string>;
  const temp: Partial<Record<SheetKey, string>> = {};
  for (const key of Object.keys(planned) as SheetKey[]) {
    const mine = owned[key];
    if (mine) {
      final[key] = mine;
      continue;
    }
    let candidate = planned[key];
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = withSuffix(planned[key], n);
    taken.add(candidate.toLowerCase());
    final[key] = candidate;
  }
  for (const key of Object.keys(planned) as SheetKey[]) {
    if (owned[key]) continue;
    let t = `~SS build ${nonce} ${key}`.slice(0, 31);
    for (let n = 2; taken.has(t.toLowerCase()); n++) t = withSuffix(`~SS build ${nonce} ${key}`, n);
    taken.add(t.toLowerCase());
    temp[key] = t;
  }
  return { final, temp };
}
