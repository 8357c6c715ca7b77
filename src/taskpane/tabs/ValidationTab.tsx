// Tab placeholder until its issue lands; strings.ts says what it will do.
import { Panel, type TabProps } from './Panel';

export function ValidationTab({ missing }: TabProps) {
  return <Panel id="validation" missing={missing} />;
}
