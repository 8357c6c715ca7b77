// "Chỉ tiêu" tab: already lists the plan's deadlines; target comparison comes with its issue.
import { Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../context';
import { Panel, type TabProps } from './Panel';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL } });

export function TargetsTab({ missing }: TabProps) {
  const t = useStrings();
  const s = useStyles();
  return (
    <Panel id="targets" missing={missing}>
      <Caption1Strong as="h3">{t.targetsFacts.title}</Caption1Strong>
      <ul className={s.list} data-testid="targets-facts">
        {t.targetsFacts.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Panel>
  );
}
