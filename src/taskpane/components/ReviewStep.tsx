/**
 * Review and build: the headline results computed live by the model (computeHeadline), the
 * problems still to fix (each with a link to its step), and the Build / Download panel.
 * Loaded lazily: the first step does not need it.
 */
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { computeHeadline } from "../../model/headline";
import { Profile } from "../../model/profile";
import { PaneActions } from "../actions";
import { StepId, STEPS } from "../form/fields";
import { formatMoney, formatMonths, formatPercent } from "../format";
import { BuildPanel } from "./BuildPanel";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: "left", paddingBottom: "6px", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: "6px 8px 6px 0", verticalAlign: "top" },
  td: { textAlign: "right", padding: "6px 0", fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap", verticalAlign: "top" },
  tr: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  key: { backgroundColor: tokens.colorNeutralBackground3 },
  problems: { margin: "4px 0 0", paddingLeft: "18px" },
  section: { display: "grid", gap: "12px" },
});

export interface Problem {
  key: string;
  message: string;
  step: StepId;
}

export interface ReviewStepProps {
  profile: Profile | null;
  problems: Problem[];
  actions: PaneActions | null;
  alreadyBuilt: boolean;
  onGoToStep(step: StepId): void;
}

export default function ReviewStep({ profile, problems, actions, alreadyBuilt, onGoToStep }: ReviewStepProps) {
  const s = useStyles();
  return (
    <div className={s.section}>
      {profile ? <Figures profile={profile} /> : <Problems problems={problems} onGoToStep={onGoToStep} />}
      <BuildPanel actions={actions} profile={profile} alreadyBuilt={alreadyBuilt} />
      {actions?.host === "standalone" && (
        <Body1>The .xlsx holds native Excel formulas only: it opens in Excel without the add-in, with live figures.</Body1>
      )}
    </div>
  );
}

function Figures({ profile }: { profile: Profile }) {
  const s = useStyles();
  const h = computeHeadline(profile);
  const money = (v: number) => formatMoney(v, profile.company.currency);
  const saving = h.tcoSavingPct === null ? money(h.tcoSaving) : `${money(h.tcoSaving)} (${formatPercent(h.tcoSavingPct)})`;
  const rows: [string, string, boolean?][] = [
    ["TCO in-house", money(h.tcoInHouse)],
    ["TCO outsourced", money(h.tcoOutsourced)],
    ["Saving from outsourcing", saving, true],
    ["Break-even", formatMonths(h.breakEvenMonths), true],
    ["CIO continuity cost", money(h.cioContinuityCost)],
    ["In-house CIO, turnover included", money(h.cioInHouse)],
    ["Virtual CIO", money(h.cioVirtual)],
  ];
  return (
    <table className={s.table} data-testid="headline">
      <caption className={s.caption}>
        {`Over ${profile.horizonYears} years, discounted at ${formatPercent(profile.discountRate)} a year, in ${profile.company.currency}.`}
      </caption>
      <tbody>
        {rows.map(([label, value, key]) => (
          <tr key={label} className={mergeClasses(s.tr, key && s.key)}>
            <th scope="row" className={s.th}>
              {label}
            </th>
            <td className={s.td}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The review lists this many problems; a thousand bad rows are summed up, not listed. */
export const MAX_LISTED_PROBLEMS = 10;

function Problems({ problems, onGoToStep }: { problems: Problem[]; onGoToStep(step: StepId): void }) {
  const s = useStyles();
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problems.length === 1 ? "1 field needs fixing" : `${problems.length.toLocaleString("en-US")} fields need fixing`}</MessageBarTitle>
        <ul className={s.problems}>
          {problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (
            <li key={p.key}>
              {p.message}{" "}
              <Button appearance="transparent" size="small" onClick={() => onGoToStep(p.step)}>
                {`Go to ${STEPS.find((x) => x.id === p.step)?.title ?? p.step}`}
              </Button>
            </li>
          ))}
          {more > 0 && <li>{`and ${more.toLocaleString("en-US")} more on ${[...new Set(problems.slice(MAX_LISTED_PROBLEMS).map((p) => STEPS.find((x) => x.id === p.step)?.title ?? p.step))].join(", ")}`}</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
