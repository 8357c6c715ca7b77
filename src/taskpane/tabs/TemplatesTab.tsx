// Tab placeholder until its issue lands; strings.ts says what it will do.
import { Panel, type TabProps } from './Panel';

export function TemplatesTab({ missing }: TabProps) {
  return <Panel id="templates" missing={missing} />;
}
