// `netzwerk meetings --format json`: the list as it is computed (src/calendar/agenda.ts), for other programs.
import type { AgendaItem } from '../calendar/agenda.js';
import type { IsoDate } from '../model/types.js';

export function renderMeetingsJson(items: readonly AgendaItem[], context: { network: { id: string; name: string }; today: IsoDate }): string {
  return `${JSON.stringify({ network: context.network, today: context.today, meetings: items }, null, 2)}\n`;
}
