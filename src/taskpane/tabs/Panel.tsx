// Shared layout of a tab: title, what the tab does, and why it is unavailable on this Excel.
import {
  Body1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useStrings } from '../context';
import type { FeatureRequirement, TabId } from '../features';

export interface TabProps {
  /** Requirement sets this Excel lacks for the tab (empty: available). */
  missing: readonly FeatureRequirement[];
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '& p, & h2, & h3': { margin: 0 },
  },
});

/** `ready`: the tab works (no "coming soon" note); the unavailable warning still shows when needed. */
export function Panel({
  id,
  missing,
  children,
  ready = false,
}: TabProps & { id: TabId; children?: ReactNode; ready?: boolean }) {
  const t = useStrings();
  const s = useStyles();
  const text = t.panels[id];
  const intent: MessageBarIntent = missing.length > 0 ? 'warning' : 'info';
  return (
    <div className={s.root}>
      <Subtitle2 as="h2">{text.title}</Subtitle2>
      {text.body.map((p) => (
        <Body1 as="p" key={p}>
          {p}
        </Body1>
      ))}
      {children}
      {(!ready || missing.length > 0) && (
        <MessageBar intent={intent} layout="multiline">
          <MessageBarBody>
            {missing.length > 0
              ? missing
                  .map((r) => t.unavailableTab(t.tabs[id], t.features[r.feature], r.set, r.version))
                  .join(' ') +
                ' ' +
                t.unavailableHint
              : t.comingSoon}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
