// `netzwerk meetings --format json`: the list as it is computed (src/products/meetings/list/agenda.ts), for other programs.
import type { AgendaItem } from './agenda.js';
import type { IsoDate } from '../../../model/types.js';
import { plainDiagnostic } from '../../../formats/diagnostics.js';

export function renderMeetingsJson(items: readonly AgendaItem[], context: { network: { id: string; name: string }; today: IsoDate }): string {
  const meetings = items.map((m) => ({ ...m, warnings: m.warnings.map(plainDiagnostic) }));
  return `${JSON.stringify({ network: context.network, today: context.today, meetings }, null, 2)}\n`;
}
