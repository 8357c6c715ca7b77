// Reporting completeness of the run (submitted x/y, rate, on time, late, missing, unreadable, with
// errors) and the collapsible list of units that have not submitted.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Completeness, UnitStatusRow } from '../../../domain/consolidation/run-types';
import { registerDef } from '../../../domain/registers/definitions';
import type { RegisterUnion } from '../../../domain/registers/union';
import { formatNumber } from '../../../domain/numbers';
import { useLang, useStrings } from '../../context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    '& dd': { margin: 0, fontWeight: tokens.fontWeightSemibold },
    '& dt': { color: tokens.colorNeutralForeground2 },
  },
  pair: { display: 'contents' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface RunSummaryProps {
  completeness: Completeness;
  units: readonly UnitStatusRow[];
  /** The registers of the run: rows read and duplicates removed, each. */
  registers?: readonly RegisterUnion[];
}

export function RunSummary({ completeness: c, units, registers = [] }: RunSummaryProps) {
  const tc = useStrings().consolidation;
  const { lang } = useLang();
  const s = useStyles();
  const pct = (rate: number | null) =>
    rate === null ? '–' : formatNumber(rate, lang, { percent: true, maxDecimals: 1 });
  const missing = units.filter((u) => u.expected && u.state === 'missing');

  const facts: [string, string, string][] = [
    ['submitted', tc.submitted, `${c.received}/${c.expected}`],
    ['rate', tc.rate, pct(c.rate)],
    ['on-time', tc.onTime, `${c.onTime} (${pct(c.onTimeRate)})`],
    ['late', tc.late, String(c.late)],
    ['missing', tc.missing, String(c.missing)],
    ['unreadable', tc.unreadable, String(c.unreadable)],
    ['errors', tc.withErrors, String(c.withErrors)],
  ];
  if (c.unexpected > 0) facts.push(['unexpected', tc.unexpected, String(c.unexpected)]);
  for (const r of registers)
    facts.push([
      `register-${r.register}`,
      lang === 'vi' ? registerDef(r.register).nameVi : registerDef(r.register).nameEn,
      tc.registerCounts(r.rowsRead, r.items.length, r.duplicatesRemoved),
    ]);

  return (
    <section
      className={s.root}
      aria-labelledby="consolidation-summary-title"
      data-testid="consolidation-summary"
    >
      <Subtitle2 as="h3" id="consolidation-summary-title">
        {tc.summaryTitle}
      </Subtitle2>
      <dl className={s.facts}>
        {facts.map(([key, label, value]) => (
          <div key={key} className={s.pair} data-testid={`completeness-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {missing.length === 0 ? (
        <Body1>{tc.noneMissing}</Body1>
      ) : (
        <Accordion collapsible data-testid="consolidation-missing">
          <AccordionItem value="missing">
            <AccordionHeader size="small">{tc.missingUnits(missing.length)}</AccordionHeader>
            <AccordionPanel>
              <ul className={s.list}>
                {missing.map((u) => (
                  <li key={u.unitId} data-unit={u.unitId}>
                    {lang === 'vi' ? u.unitNameVi : u.unitNameEn}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
