/** The step indicator: numbered buttons (jump to a step) and "Step n of 6", current step marked for screen readers. */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STEPS } from "../form/fields";

const useStyles = makeStyles({
  list: { display: "flex", gap: "4px", listStyleType: "none", margin: 0, padding: 0 },
  item: { flex: "1 1 0", minWidth: 0 },
  step: { width: "100%", minWidth: 0, height: "28px", paddingLeft: 0, paddingRight: 0 },
  done: { borderBottom: `3px solid ${tokens.colorBrandStroke1}` },
  caption: { display: "block", marginTop: "4px", color: tokens.colorNeutralForeground2 },
});

export interface StepProgressProps {
  current: number;
  /** Steps whose fields have an error. */
  invalid: ReadonlySet<number>;
  onGo(index: number): void;
}

export function StepProgress({ current, invalid, onGo }: StepProgressProps) {
  const s = useStyles();
  return (
    <nav aria-label="Wizard steps">
      <ol className={s.list}>
        {STEPS.map((step, i) => {
          const state = invalid.has(i) ? ", has errors" : i < current ? ", visited" : "";
          return (
            <li key={step.id} className={s.item}>
              <Button
                className={mergeClasses(s.step, i < current && s.done)}
                size="small"
                appearance={i === current ? "primary" : "secondary"}
                aria-current={i === current ? "step" : undefined}
                aria-label={`Step ${i + 1}: ${step.title}${state}`}
                title={step.title}
                onClick={() => onGo(i)}
              >
                {invalid.has(i) ? `${i + 1}!` : String(i + 1)}
              </Button>
            </li>
          );
        })}
      </ol>
      <Caption1 className={s.caption}>{`Step ${current + 1} of ${STEPS.length}: ${STEPS[current].title}`}</Caption1>
    </nav>
  );
}
