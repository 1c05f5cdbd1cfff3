// The section "Teilnahme": who of the active partners took part in the period's meetings, per
// sector (a chart in HTML, a table in text and Markdown) and per category of § 9 Abs. 4, with
// the categories covered on paper only, and the partners without any attendance.
import { CATEGORY_LABELS, CATEGORY_LAW, SECTOR_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { formatPercent } from '../../../i18n/format.js';
import { REPORT_WORDS } from '../words.js';
import { CATEGORIES, SECTORS } from '../../../model/vocabulary.js';
import type { Report } from '../../../report-data/types.js';
import { num, type Block, type Cell, type Section } from './blocks.js';

export function participationSection(r: Report, lang: Lang): Section {
  const p = r.participation;
  const blocks: Block[] = [];
  if (p.active === 0) return { id: 'teilnahme', title: REPORT_WORDS[lang].participation, blocks: [{ kind: 'paragraph', text: REPORT_WORDS[lang].noPartners }] };
  blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].participationSummary(p.attending, p.active) });
  if (p.held_with_attendance < p.held_meetings)
    blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].attendanceMissing(p.held_meetings - p.held_with_attendance, p.held_meetings), note: true });
  const share = (attending: number, active: number): Cell => ({ text: formatPercent(attending, active, lang), tone: attending === 0 ? 'bad' : undefined });
  blocks.push({ kind: 'chart', chart: 'participation' });
  blocks.push({
    kind: 'table',
    id: 'teilnahme-sektoren',
    caption: REPORT_WORDS[lang].participationBySector,
    plainOnly: true,
    columns: [
      { title: REPORT_WORDS[lang].sector, wrap: 34 },
      { title: REPORT_WORDS[lang].members, align: 'right' },
      { title: REPORT_WORDS[lang].attended, align: 'right' },
      { title: REPORT_WORDS[lang].share, align: 'right' },
    ],
    rows: SECTORS.filter((s) => p.by_sector[s]).map((s) => {
      const x = p.by_sector[s]!;
      return [{ text: label(SECTOR_LABELS, s, lang) }, num(x.active), num(x.attending), share(x.attending, x.active)];
    }),
  });
  blocks.push({
    kind: 'table',
    id: 'teilnahme-kategorien',
    caption: REPORT_WORDS[lang].participationByCategory,
    columns: [
      { title: REPORT_WORDS[lang].number, align: 'right' },
      { title: REPORT_WORDS[lang].category, wrap: 46 },
      { title: REPORT_WORDS[lang].members, align: 'right' },
      { title: REPORT_WORDS[lang].attended, align: 'right' },
      { title: REPORT_WORDS[lang].flag, wrap: 22 },
    ],
    rows: CATEGORIES.map((c, i) => {
      const x = p.by_category[c];
      const flag: Cell = x.flagged
        ? { text: REPORT_WORDS[lang].flagged, tone: 'warn' }
        : x.active === 0
          ? { text: REPORT_WORDS[lang].notCoveredShort, tone: 'muted' }
          : { text: '' };
      return [num(i + 1), { text: label(CATEGORY_LAW, c, lang) }, num(x.active), num(x.attending), flag];
    }),
  });
  if (p.flagged.length > 0)
    blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].flaggedSummary(p.flagged.map((c) => label(CATEGORY_LABELS, c, lang)).join(', ')) });
  const nameOf = new Map(r.partners.list.map((x) => [x.id, x]));
  if (p.inactive.length === 0) blocks.push({ kind: 'paragraph', text: REPORT_WORDS[lang].allAttended });
  else {
    blocks.push({
      kind: 'table',
      id: 'ohne-teilnahme',
      caption: REPORT_WORDS[lang].withoutAttendance,
      columns: [
        { title: REPORT_WORDS[lang].partner, wrap: 56 },
        { title: REPORT_WORDS[lang].sector, wrap: 30 },
      ],
      rows: p.inactive.map((id) => [{ text: nameOf.get(id)?.name ?? id, data: true }, { text: label(SECTOR_LABELS, nameOf.get(id)!.sector, lang) }]),
    });
  }
  return { id: 'teilnahme', title: REPORT_WORDS[lang].participation, blocks };
}
