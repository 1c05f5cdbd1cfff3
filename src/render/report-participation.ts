// The section "Teilnahme": who of the active partners took part in the period's meetings, per
// sector (a chart in HTML, a table in text and Markdown) and per category of § 9 Abs. 4, with
// the categories covered on paper only, and the partners without any attendance.
import { CATEGORY_LABELS, CATEGORY_LAW, SECTOR_LABELS, label } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { formatPercent } from '../i18n/format.js';
import { REPORT_PHRASES as P, rl } from '../i18n/report-labels.js';
import { CATEGORIES, SECTORS } from '../model/vocabulary.js';
import type { Report } from '../report/types.js';
import { num, type Block, type Cell, type Section } from './report-blocks.js';

export function participationSection(r: Report, lang: Lang): Section {
  const p = r.participation;
  const blocks: Block[] = [];
  if (p.active === 0) return { id: 'teilnahme', title: rl('participation', lang), blocks: [{ kind: 'paragraph', text: rl('noPartners', lang) }] };
  blocks.push({ kind: 'paragraph', text: P.participationSummary(p.attending, p.active, lang) });
  if (p.held_with_attendance < p.held_meetings) blocks.push({ kind: 'paragraph', text: P.attendanceMissing(p.held_meetings - p.held_with_attendance, p.held_meetings, lang), note: true });
  const share = (attending: number, active: number): Cell => ({ text: formatPercent(attending, active, lang), tone: attending === 0 ? 'bad' : undefined });
  blocks.push({ kind: 'chart', chart: 'participation' });
  blocks.push({
    kind: 'table',
    id: 'teilnahme-sektoren',
    caption: rl('participationBySector', lang),
    plainOnly: true,
    columns: [{ title: rl('sector', lang), wrap: 34 }, { title: rl('members', lang), align: 'right' }, { title: rl('attended', lang), align: 'right' }, { title: rl('share', lang), align: 'right' }],
    rows: SECTORS.filter((s) => p.by_sector[s]).map((s) => {
      const x = p.by_sector[s]!;
      return [{ text: label(SECTOR_LABELS, s, lang) }, num(x.active), num(x.attending), share(x.attending, x.active)];
    }),
  });
  blocks.push({
    kind: 'table',
    id: 'teilnahme-kategorien',
    caption: rl('participationByCategory', lang),
    columns: [{ title: rl('number', lang), align: 'right' }, { title: rl('category', lang), wrap: 46 }, { title: rl('members', lang), align: 'right' }, { title: rl('attended', lang), align: 'right' }, { title: rl('flag', lang), wrap: 22 }],
    rows: CATEGORIES.map((c, i) => {
      const x = p.by_category[c];
      const flag: Cell = x.flagged ? { text: rl('flagged', lang), tone: 'warn' } : x.active === 0 ? { text: rl('notCoveredShort', lang), tone: 'muted' } : { text: '' };
      return [num(i + 1), { text: label(CATEGORY_LAW, c, lang) }, num(x.active), num(x.attending), flag];
    }),
  });
  if (p.flagged.length > 0) blocks.push({ kind: 'paragraph', text: P.flaggedSummary(p.flagged.map((c) => label(CATEGORY_LABELS, c, lang)).join(', '), lang) });
  const nameOf = new Map(r.partners.list.map((x) => [x.id, x]));
  if (p.inactive.length === 0) blocks.push({ kind: 'paragraph', text: rl('allAttended', lang) });
  else {
    blocks.push({
      kind: 'table',
      id: 'ohne-teilnahme',
      caption: rl('withoutAttendance', lang),
      columns: [{ title: rl('partner', lang), wrap: 56 }, { title: rl('sector', lang), wrap: 30 }],
      rows: p.inactive.map((id) => [{ text: nameOf.get(id)?.name ?? id }, { text: label(SECTOR_LABELS, nameOf.get(id)!.sector, lang) }]),
    });
  }
  return { id: 'teilnahme', title: rl('participation', lang), blocks };
}
