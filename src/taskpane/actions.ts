/**
 * What the wizard can ask of its host, passed to the components as props (so they are tested
 * without Office): build the workbook in Excel, or download it as .xlsx outside Office.
 */
import type { Profile, ProfileInput } from "../model/profile";
import type { SharingMode, SharingReport } from "../sharing/report";

export interface BuildProgress {
  /** 0..1 when known; undefined shows an indeterminate bar. */
  fraction?: number;
  message: string;
}

export interface BuildOutcome {
  /** One-line summary, e.g. "Workbook built: 5 sheets". */
  title: string;
  /** What the user should know next, e.g. that tracked rows were kept. */
  detail?: string;
}

export interface PaneActions {
  host: "excel" | "standalone";
  /** Writes (Excel) or downloads (standalone) the workbook for a valid profile. Rejects with a readable Error. */
  build(profile: Profile, onProgress: (p: BuildProgress) => void): Promise<BuildOutcome>;
  /** Excel only: the inputs of a workbook Smartsource built before, or null. */
  readBack?(): Promise<ProfileInput | null>;
  /** Excel only: replaces the workbook's SMARTSOURCE.* formulas by native formulas or values. Rejects with a readable Error. */
  prepareForSharing?(mode: SharingMode, onProgress: (p: BuildProgress) => void): Promise<SharingReport>;
}

/** A readable message for anything a build may throw. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === "string" && e) return e;
  return "An unexpected error occurred.";
}
