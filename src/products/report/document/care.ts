// The report's section on what the partners keep ready: Schutzkonzepte per sector and the
// InsoFa pool per municipality and field (data/care.ts).
import { formatDate } from '../../../i18n/format.js';
import { INSOFA_FIELD_LABELS, label, SCHUTZKONZEPT_LABELS, SECTOR_LABELS } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import type { Sector } from '../../../model/vocabulary.js';
import { REPORT_WORDS } from '../words.js';
import type { Report } from '../../../report-data/types.js';
import { num, type Block, type Section } from './blocks.js';

export function careSection(r: Report, lang: Lang): Section {
  const w = REPORT_WORDS[lang];
  const blocks: Block[] = [];
  const sectors = Object.entries(r.schutzkonzepte.by_sector);
  if (sectors.length === 0) blocks.push({ kind: 'subheading', text: w.schutzkonzepte }, { kind: 'paragraph', text: w.noSchutzkonzepte });
  else {
    const statuses = ['vorhanden', 'in_arbeit', 'fehlt', 'unbekannt'] as const;
    blocks.push({
      kind: 'table',
      id: 'schutzkonzepte',
      caption: w.schutzkonzepte,
      columns: [{ title: w.sector, wrap: 30 }, ...statuses.map((s) => ({ title: label(SCHUTZKONZEPT_LABELS, s, lang), align: 'right' as const }))],
      rows: sectors.map(([sector, counts]) => [{ text: label(SECTOR_LABELS, sector as Sector, lang) }, ...statuses.map((s) => num(counts[s]))]),
    });
  }
  if (r.schutzkonzepte.review_due > 0) {
    blocks.push({ kind: 'paragraph', text: `${w.schutzkonzeptReviewsDue(r.schutzkonzepte.review_due)}${r.schutzkonzepte.review_due_partners ? ':' : '.'}` });
    if (r.schutzkonzepte.review_due_partners)
      blocks.push({ kind: 'list', items: r.schutzkonzepte.review_due_partners.map((p) => ({ text: p.name, detail: formatDate(p.review, lang) })) });
  }
  const pool = r.insofa_pool;
  if (pool) {
    if (pool.total === 0) blocks.push({ kind: 'subheading', text: w.insofaPool }, { kind: 'paragraph', text: w.noInsofa });
    else {
      blocks.push({ kind: 'paragraph', text: w.insofaSummary(pool.total, pool.without_details, pool.refresher_due) });
      const fields = (m: string) =>
        Object.entries(pool.by_municipality[m]!.by_field)
          .map(([f, n]) => `${label(INSOFA_FIELD_LABELS, f as keyof typeof INSOFA_FIELD_LABELS, lang)} ${n}`)
          .join(', ') || '–';
      const gaps = (m: string) =>
        pool.gaps
          .filter((g) => g.municipality === m)
          .map((g) => label(INSOFA_FIELD_LABELS, g.field, lang))
          .join(', ') || '–';
      blocks.push({
        kind: 'table',
        id: 'insofa',
        caption: w.insofaPool,
        columns: [
          { title: REPORT_WORDS[lang].municipalities, wrap: 24 },
          { title: w.insofaTotal, align: 'right' },
          { title: w.insofaFields, wrap: 40 },
          { title: w.insofaGaps, wrap: 20 },
        ],
        rows: Object.keys(pool.by_municipality).map((m) => [{ text: m }, num(pool.by_municipality[m]!.total), { text: fields(m) }, { text: gaps(m) }]),
      });
    }
  }
  return { id: 'schutzkonzepte-insofa', title: w.care, blocks };
}
