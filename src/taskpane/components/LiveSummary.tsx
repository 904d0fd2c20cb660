/**
 * One line under every input step, recomputed by the model as the user types: the TCO saving,
 * or, until there is an outsourcing quote to compare with, the in-house TCO.
 */
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
  const money = (v: number) => formatMoney(v, profile.company.currency);
  const years = `${profile.horizonYears}-year`;
  if (profile.outsourcing.annualFee === 0)
    return (
      <Body1 className={s.box} data-testid="live-summary">
        {`${years} in-house TCO: `}
        <strong>{money(h.tcoInHouse)}</strong>
      </Body1>
    );
  const pct = h.tcoSavingPct === null ? "" : ` (${formatPercent(h.tcoSavingPct)})`;
  return (
    <Body1 className={s.box} data-testid="live-summary">
      {`${years} saving from outsourcing: `}
      <strong>{`${money(h.tcoSaving)}${pct}`}</strong>
    </Body1>
  );
}
