// The in-Excel shell: header, a banner listing tabs this Excel cannot run, the tab list and panel.
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { ExcelServices } from '../app/ports';
import { useEnv, useStrings } from './context';
import { TAB_IDS, missingRequirements, type FeatureRequirement, type TabId } from './features';
import { Header } from './Header';
import type { TabProps } from './tabs/Panel';

// Each tab is its own chunk, fetched when first shown: the pane starts with the shell only. The
// first tab's chunk is requested right away, while the shell renders.
const templatesTab = import(/* webpackChunkName: "tab-templates" */ './tabs/TemplatesTab');
const PANELS: Record<TabId, ComponentType<TabProps>> = {
  templates: lazy(() => templatesTab.then((m) => ({ default: m.TemplatesTab }))),
  validation: lazy(() =>
    import(/* webpackChunkName: "tab-validation" */ './tabs/ValidationTab').then((m) => ({
      default: m.ValidationTab,
    })),
  ),
  consolidation: lazy(() =>
    import(/* webpackChunkName: "tab-consolidation" */ './tabs/ConsolidationTab').then((m) => ({
      default: m.ConsolidationTab,
    })),
  ),
  targets: lazy(() =>
    import(/* webpackChunkName: "tab-targets" */ './tabs/TargetsTab').then((m) => ({
      default: m.TargetsTab,
    })),
  ),
};

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  tabs: { flexWrap: 'wrap' },
  // Narrow padding: the four tabs fit on one line down to the narrowest task pane (320 px).
  tab: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function Shell({ services }: { services: ExcelServices }) {
  const t = useStrings();
  const s = useStyles();
  const { host } = useEnv();
  const [tab, setTab] = useState<TabId>('templates');

  const missing = Object.fromEntries(TAB_IDS.map((id) => [id, missingRequirements(host, id)])) as Record<
    TabId,
    FeatureRequirement[]
  >;
  const unavailable = TAB_IDS.filter((id) => missing[id].length > 0);
  const Panel = PANELS[tab];

  return (
    <>
      <Header services={services} />
      <main className={s.body}>
        {unavailable.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="unavailable-banner">
            <MessageBarBody>
              <MessageBarTitle>{t.unavailableTitle}</MessageBarTitle>
              <ul className={s.list}>
                {unavailable.flatMap((id) =>
                  missing[id].map((r) => (
                    <li key={`${id}-${r.feature}`}>
                      {t.unavailableTab(t.tabs[id], t.features[r.feature], r.set, r.version)}
                    </li>
                  )),
                )}
              </ul>
              {t.unavailableHint}
            </MessageBarBody>
          </MessageBar>
        )}
        <TabList
          size="small"
          className={s.tabs}
          aria-label={t.tabsLabel}
          selectedValue={tab}
          onTabSelect={(_e, data) => setTab(data.value as TabId)}
        >
          {TAB_IDS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`} className={s.tab}>
              {t.tabs[id]}
              {missing[id].length > 0 ? ' ⚠' : ''}
            </Tab>
          ))}
        </TabList>
        <section
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          data-testid={`panel-${tab}`}
        >
          <Suspense fallback={<Spinner size="small" label={t.loadingTab} data-testid="tab-loading" />}>
            <Panel missing={missing[tab]} />
          </Suspense>
        </section>
      </main>
    </>
  );
}
