/**
 * Reading and writing a profile field by its path: the one walk over nested objects that the
 * schema's error report, the wizard, the Inputs sheet and the read-back share.
 */

/** A dotted path ("inHouse.benefitsRate") or its keys (["inHouse", "staff", 0, "salary"]). */
export type Path = string | readonly (string | number)[];

const keysOf = (path: Path): readonly (string | number)[] => (typeof path === "string" ? path.split(".") : path);

/** The value at `path`, or undefined where any step is missing or not an object. */
export function getPath(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of keysOf(path)) v = v != null && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** Sets the value at `path`, creating the objects on the way. */
export function setPath(root: Record<string, unknown>, path: Path, value: unknown): void {
  const keys = keysOf(path);
  let o: Record<string | number, unknown> = root;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string | number, unknown>;
  o[keys[keys.length - 1]] = value;
}
