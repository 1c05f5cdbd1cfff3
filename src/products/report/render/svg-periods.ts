// The charts that show participation and, with --compare, both periods: partners by sector of
// this and the other period, members and partners that took part by sector, and the key figures.
import { SECTOR_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { REPORT_WORDS } from '../words.js';
import { SECTORS } from '../../../model/vocabulary.js';
import type { Report } from '../../../report-data/types.js';
import { barChart, type Bar, type BarChart } from '../../../formats/svg-bars.js';
import { figureLabel, periodLabel } from '../document/compare.js';

const legendOf = (r: Report, lang: Lang) =>
  r.compare === null
    ? []
    : [
        { cls: 'bar', text: periodLabel(r.period, lang) },
        { cls: 'bar other-period', text: periodLabel(r.compare.period, lang) },
      ];

/** Partners by sector, this period and the compared one (without --compare: svg.ts's sectorChart). */
export const sectorCompareChart = (r: Report, lang: Lang): string => barChart(sectorCompareBars(r, lang));
export const participationChart = (r: Report, lang: Lang): string => barChart(participationBars(r, lang));
export const compareChart = (r: Report, lang: Lang): string => barChart(compareBars(r, lang));

/** The bars of partners by sector of both periods (the PDF draws them too: render/typst-charts.ts). */
export function sectorCompareBars(r: Report, lang: Lang): BarChart {
  const c = r.compare!;
  const [a, b] = [periodLabel(r.period, lang), periodLabel(c.period, lang)];
  const rows = SECTORS.filter((s) => r.partners.by_sector[s] || c.partners.by_sector[s]).map((s) => {
    const [now, then] = [r.partners.by_sector[s] ?? 0, c.partners.by_sector[s] ?? 0];
    const name = label(SECTOR_LABELS, s, lang);
    return {
      label: name,
      title: `${name}: ${a} ${now}, ${b} ${then}`,
      bars: [
        { value: now, text: String(now), cls: 'bar' },
        { value: then, text: String(then), cls: 'bar other-period' },
      ],
    };
  });
  return { title: REPORT_WORDS[lang].chartSectors, desc: rows.map((x) => x.title).join('; '), cls: 'bars', rows, legend: legendOf(r, lang) };
}

/** Per sector: the active partners (light) and, over them, those that took part (dark); with --compare a second pair for the other period. */
export function participationBars(r: Report, lang: Lang): BarChart {
  const p = r.participation;
  const other = r.compare?.participation;
  const rows = SECTORS.filter((s) => p.by_sector[s] || other?.by_sector[s]).map((s) => {
    const name = label(SECTOR_LABELS, s, lang);
    const now = p.by_sector[s] ?? { active: 0, attending: 0 };
    const bars: Bar[] = [
      { value: now.active, part: now.attending, text: REPORT_WORDS[lang].attendingOf(now.attending, now.active), cls: 'bar members', partCls: 'bar' },
    ];
    let title = `${name}: ${REPORT_WORDS[lang].attendingOf(now.attending, now.active)} ${REPORT_WORDS[lang].attended}`;
    if (other) {
      const then = other.by_sector[s] ?? { active: 0, attending: 0 };
      bars.push({
        value: then.active,
        part: then.attending,
        text: REPORT_WORDS[lang].attendingOf(then.attending, then.active),
        cls: 'bar members other-period',
        partCls: 'bar other-period',
      });
      title = `${name}: ${periodLabel(r.period, lang)} ${REPORT_WORDS[lang].attendingOf(now.attending, now.active)}, ${periodLabel(r.compare!.period, lang)} ${REPORT_WORDS[lang].attendingOf(then.attending, then.active)} ${REPORT_WORDS[lang].attended}`;
    }
    return { label: name, title, bars };
  });
  const legend = [
    { cls: 'bar members', text: REPORT_WORDS[lang].members },
    { cls: 'bar', text: REPORT_WORDS[lang].attended },
    ...(other ? [{ cls: 'bar other-period', text: periodLabel(r.compare!.period, lang) }] : []),
  ];
  return { title: REPORT_WORDS[lang].chartParticipation, desc: rows.map((x) => x.title).join('; '), cls: 'bars participation', rows, legend };
}

/** The key figures of both periods, each row to its own scale. */
export function compareBars(r: Report, lang: Lang): BarChart {
  const c = r.compare!;
  const [a, b] = [periodLabel(r.period, lang), periodLabel(c.period, lang)];
  const rows = c.figures.map((f) => {
    const name = figureLabel(f.key, lang);
    return {
      label: name,
      title: `${name}: ${a} ${f.current}, ${b} ${f.other}`,
      bars: [
        { value: f.current, text: String(f.current), cls: 'bar' },
        { value: f.other, text: String(f.other), cls: 'bar other-period' },
      ],
    };
  });
  return {
    title: REPORT_WORDS[lang].chartCompare(a, b),
    desc: `${REPORT_WORDS[lang].compareDesc()} ${rows.map((x) => x.title).join('; ')}`,
    cls: 'bars compare',
    rows,
    legend: legendOf(r, lang),
    perRow: true,
  };
}
