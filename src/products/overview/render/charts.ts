// The overview's charts (HTML): the share of networks covering each category of § 9 Abs. 4 and of
// those where a partner of it attended, and the share with evidence for each task of § 9. Drawn by
// the shared bar chart (formats/svg-bars.ts); each bar says its share and its count.
import { formatPercent } from '../../../i18n/format.js';
import { CATEGORY_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { barChart, type Bar } from '../../../formats/svg-bars.js';
import type { Overview } from '../types.js';
import { OVERVIEW_WORDS } from '../words.js';

/** A share as a bar out of 100, written as "76 %" (the counts: in the row's title and the table below). */
function shareBar(part: number, whole: number, cls: string, lang: Lang): Bar {
  return { value: whole === 0 ? 0 : (part / whole) * 100, text: whole === 0 ? '–' : formatPercent(part, whole, lang), cls };
}
const counted = (part: number, whole: number, lang: Lang) =>
  whole === 0 ? '–' : `${formatPercent(part, whole, lang)} (${OVERVIEW_WORDS[lang].ofTotal(part, whole)})`;

export function categoriesChart(o: Overview, lang: Lang): string {
  const w = OVERVIEW_WORDS[lang];
  const rows = o.categories.map((c) => {
    const name = label(CATEGORY_LABELS, c.id, lang);
    const bars = [
      shareBar(c.covered, c.networks, 'bar', lang),
      shareBar(c.attended ?? 0, c.attended === null ? 0 : c.networks_with_attendance, 'bar attended', lang),
    ];
    const attended = c.attended === null ? '–' : counted(c.attended, c.networks_with_attendance, lang);
    return { label: name, title: `${name}: ${w.covered} ${counted(c.covered, c.networks, lang)}, ${w.attended} ${attended}`, bars };
  });
  return barChart({
    title: w.chartCategories,
    desc: w.chartCategoriesDesc,
    cls: 'bars',
    rows,
    legend: [
      { cls: 'bar', text: w.covered },
      { cls: 'bar attended', text: w.attended },
    ],
    max: 100,
    labelWidth: 400,
  });
}

export function tasksChart(o: Overview, lang: Lang): string {
  const w = OVERVIEW_WORDS[lang];
  const rows = o.tasks.map((t) => {
    const name = `${w.taskShort[t.id]}: ${w.taskName[t.id]}`;
    const bar = shareBar(t.belegt, t.networks, 'bar', lang);
    return { label: name, title: `${name}: ${counted(t.belegt, t.networks, lang)}`, bars: [bar] };
  });
  return barChart({ title: w.chartTasks, desc: w.chartTasksDesc, cls: 'bars', rows, legend: [], max: 100, labelWidth: 400 });
}
