/** One line under every input step: the TCO saving, recomputed by the model as the user types. */
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { computeHeadline } from "../../model/headline";
import { Profile } from "../../model/profile";
import { formatMoney, formatPercent } from "../format";

const useStyles = makeStyles({
  box: {
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

export function LiveSummary({ profile }: { profile: Profile | null }) {
  const s = useStyles();
  if (!profile) return <Body1 className={s.box}>Fix the highlighted fields to see the figures.</Body1>;
  const h = computeHeadline(profile);
  const pct = h.tcoSavingPct === null ? "" : ` (${formatPercent(h.tcoSavingPct)})`;
  return (
    <Body1 className={s.box} data-testid="live-summary">
      {`${profile.horizonYears}-year saving from outsourcing: `}
      <strong>{`${formatMoney(h.tcoSaving, profile.company.currency)}${pct}`}</strong>
    </Body1>
  );
}
