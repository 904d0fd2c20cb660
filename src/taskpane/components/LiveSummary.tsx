/**
 * One line under every input step, recomputed by the model as the user types: the TCO saving,
 * or, until there is an outsourcing quote to compare with, the in-house TCO; on the CIO step,
 * the in-house CIO (turnover included) against the virtual CIO.
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

export function LiveSummary({ profile, topic = "tco" }: { profile: Profile | null; topic?: "tco" | "cio" }) {
  const s = useStyles();
  if (!profile) return <Body1 className={s.box}>Fix the highlighted fields to see the figures.</Body1>;
  const h = computeHeadline(profile);
  const money = (v: number) => formatMoney(v, profile.company.currency);
  const years = `${profile.horizonYears}-year`;
  if (topic === "cio")
    return (
      <Body1 className={s.box} data-testid="live-summary">
        {`${years} CIO cost, in-house with turnover: `}
        <strong>{money(h.cioInHouse)}</strong>
        {"; virtual: "}
        <strong>{money(h.cioVirtual)}</strong>
      </Body1>
    );
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
