// Inline SVG charts for the HTML report: plain markup, no scripts, no external references.
// Every chart carries a <title> and a text description, and marks meaning with text, not only colour.
import { CATEGORY_LABELS, MEETING_TYPE_LABELS, SECTOR_LABELS, label } from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { REPORT_WORDS } from '../words.js';
import { formatDate, formatDayMonth } from '../../../i18n/format.js';
import { dayOf } from '../../../model/dates.js';
import { CATEGORIES, SECTORS } from '../../../model/vocabulary.js';
import type { Report } from '../../../report-data/types.js';
import { escapeHtml } from '../../../formats/page.js';
import { matrixMark } from '../document/document.js';
import { fmt, niceScale, svgOpen } from '../../../formats/svg-base.js';
import type { BarChart } from '../../../formats/svg-bars.js';

const e = escapeHtml;
/** Active partners per sector, largest first: the bars (the PDF draws them too, render/typst-charts.ts). */
export function sectorBars(r: Report, lang: Lang): BarChart {
  const rows = SECTORS.filter((s) => r.partners.by_sector[s]).map((s) => ({ name: label(SECTOR_LABELS, s, lang), n: r.partners.by_sector[s]! }));
  rows.sort((a, b) => b.n - a.n);
  return {
    title: REPORT_WORDS[lang].chartSectors,
    desc: rows.map((x) => `${x.name}: ${x.n}`).join('; '),
    cls: 'bars',
    rows: rows.map((x) => ({ label: x.name, title: `${x.name}: ${x.n}`, bars: [{ value: x.n, text: String(x.n), cls: 'bar' }] })),
    legend: [],
  };
}

/** Horizontal bars: active partners per sector, largest first. */
export function sectorChart(r: Report, lang: Lang): string {
  const chart = sectorBars(r, lang);
  const labelW = Math.ceil(24 + Math.max(...chart.rows.map((x) => [...x.label].length)) * 7.2);
  const barMax = 360;
  const rowH = 26;
  const top = 8;
  const width = labelW + barMax + 50;
  const height = top + chart.rows.length * rowH + 8;
  const max = Math.max(...chart.rows.map((x) => x.bars[0]!.value));
  let svg = svgOpen(width, height, chart.title, chart.desc, 'bars');
  chart.rows.forEach((x, i) => {
    const y = top + i * rowH;
    const n = x.bars[0]!.value;
    const w = Math.max(2, (n / max) * barMax);
    svg += `<g><title>${e(x.title)}</title>`;
    svg += `<text x="${labelW - 10}" y="${y + 17}" text-anchor="end" class="label">${e(x.label)}</text>`;
    svg += `<rect x="${labelW}" y="${y + 4}" width="${fmt(w)}" height="${rowH - 8}" rx="3" class="bar"/>`;
    svg += `<text x="${fmt(labelW + w + 8)}" y="${y + 17}" class="value">${n}</text></g>\n`;
  });
  return svg + '</svg>';
}

/** The municipality × category grid: ✓ on green, ✗ on hatched red, – on grey. */
export function matrixChart(r: Report, lang: Lang): string {
  const ms = r.network.region.municipalities;
  const labelW = Math.min(220, 20 + Math.max(...ms.map((m) => [...m].length)) * 7.4);
  const cell = 38;
  const rowH = 26;
  const head = 30;
  const legendH = 40;
  const width = Math.ceil(labelW + CATEGORIES.length * cell + 10);
  const height = head + ms.length * rowH + legendH;
  let covered = 0;
  let missing = 0;
  let body = '';
  CATEGORIES.forEach((c, j) => {
    const x = labelW + j * cell + cell / 2;
    body += `<text x="${fmt(x)}" y="20" text-anchor="middle" class="colhead"><title>${e(`${j + 1}: ${label(CATEGORY_LABELS, c, lang)}`)}</title>${j + 1}</text>`;
  });
  body += '\n';
  ms.forEach((m, i) => {
    const y = head + i * rowH;
    body += `<text x="${fmt(labelW - 10)}" y="${y + 18}" text-anchor="end" class="label">${e(m)}</text>`;
    CATEGORIES.forEach((c, j) => {
      const mark = matrixMark(r, m, c);
      if (mark.state === 'covered') covered++;
      if (mark.state === 'missing') missing++;
      const x = labelW + j * cell;
      const state =
        mark.state === 'covered' ? REPORT_WORDS[lang].covered : mark.state === 'missing' ? REPORT_WORDS[lang].missing : REPORT_WORDS[lang].notRequired;
      body +=
        `<g class="cell ${mark.state}"><title>${e(`${m} – ${label(CATEGORY_LABELS, c, lang)}: ${state}`)}</title>` +
        `<rect x="${fmt(x + 2)}" y="${y + 2}" width="${cell - 4}" height="${rowH - 4}" rx="3"/>` +
        `<text x="${fmt(x + cell / 2)}" y="${y + 18}" text-anchor="middle">${mark.mark}</text></g>`;
    });
    body += '\n';
  });
  const ly = head + ms.length * rowH + 14;
  const legend = [
    ['covered', '✓', REPORT_WORDS[lang].covered],
    ['missing', '✗', REPORT_WORDS[lang].missing],
    ['none', '–', REPORT_WORDS[lang].notRequired],
  ] as const;
  let lx = labelW;
  for (const [state, mark, text] of legend) {
    body += `<g class="cell ${state}"><rect x="${fmt(lx)}" y="${ly}" width="30" height="20" rx="3"/><text x="${fmt(lx + 15)}" y="${ly + 15}" text-anchor="middle">${mark}</text></g>`;
    body += `<text x="${fmt(lx + 38)}" y="${ly + 15}" class="legend">${e(text)}</text>`;
    lx += 48 + [...text].length * 7.5;
  }
  const defs =
    '<defs><pattern id="hatch-missing" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    '<rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>\n';
  return svgOpen(width, height, REPORT_WORDS[lang].matrix, REPORT_WORDS[lang].matrixDesc(covered, missing), 'matrix') + defs + body + '\n</svg>';
}

/** The participants of each held meeting, in date order, as bars (the PDF draws them too, render/typst-charts.ts). */
export function participantsBars(r: Report, lang: Lang): BarChart {
  const held = r.meetings.list.filter((m) => m.status === 'held');
  const oneYear = r.period.from.slice(0, 4) === r.period.to.slice(0, 4);
  return {
    title: REPORT_WORDS[lang].chartParticipants,
    desc: held.map((m) => `${formatDate(dayOf(m.start), lang)} ${m.title}: ${m.participants}`).join('; '),
    cls: 'columns',
    rows: held.map((m) => {
      const v = m.participants ?? 0;
      const day = dayOf(m.start);
      const kind = m.type === 'netzwerktreffen' ? 'network' : m.qualification_offer ? 'training' : 'other';
      return {
        label: oneYear ? formatDayMonth(day, lang) : formatDate(day, lang),
        title: `${formatDate(day, lang)} · ${label(MEETING_TYPE_LABELS, m.type, lang)} · ${m.title}: ${v} ${REPORT_WORDS[lang].participants}`,
        bars: [{ value: v, text: String(v), cls: `bar ${kind}` }],
      };
    }),
    legend: [
      { cls: 'bar network', text: REPORT_WORDS[lang].networkMeetings },
      { cls: 'bar training', text: REPORT_WORDS[lang].qualificationOffers },
      { cls: 'bar other', text: REPORT_WORDS[lang].otherTypes },
    ],
  };
}

/** Vertical bars: participants of each held meeting, in date order. */
export function participantsChart(r: Report, lang: Lang): string {
  const chart = participantsBars(r, lang);
  const left = 44;
  const plotW = 640;
  const plotH = 200;
  const top = 40;
  const slot = plotW / chart.rows.length;
  const rotate = slot < 46;
  const bottom = rotate ? 64 : 30;
  const width = left + plotW + 16;
  const height = top + plotH + bottom;
  const { max, step } = niceScale(Math.max(1, ...chart.rows.map((m) => m.bars[0]!.value)));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  let svg = svgOpen(width, height, chart.title, chart.desc, 'columns');
  for (let v = 0; v <= max; v += step) {
    svg += `<line x1="${left}" x2="${left + plotW}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid"/>`;
    svg += `<text x="${left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end" class="axis">${fmt(v)}</text>\n`;
  }
  chart.rows.forEach((row, i) => {
    const bar = row.bars[0]!;
    const v = bar.value;
    const bw = Math.min(48, slot * 0.62);
    const cx = left + slot * i + slot / 2;
    svg += `<g><title>${e(row.title)}</title>`;
    svg += `<rect x="${fmt(cx - bw / 2)}" y="${fmt(y(v))}" width="${fmt(bw)}" height="${fmt(top + plotH - y(v))}" rx="2" class="${bar.cls}"/>`;
    svg += `<text x="${fmt(cx)}" y="${fmt(y(v) - 5)}" text-anchor="middle" class="value">${v}</text>`;
    svg += rotate
      ? `<text x="${fmt(cx)}" y="${top + plotH + 14}" text-anchor="end" transform="rotate(-45 ${fmt(cx)} ${top + plotH + 14})" class="axis">${e(row.label)}</text></g>\n`
      : `<text x="${fmt(cx)}" y="${top + plotH + 18}" text-anchor="middle" class="axis">${e(row.label)}</text></g>\n`;
  });
  svg += `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="baseline"/>\n`;
  // Legend: what the bar colours mean (the table below names each meeting's type as text).
  let lx = left;
  for (const item of chart.legend) {
    svg += `<rect x="${fmt(lx)}" y="6" width="14" height="14" rx="2" class="${item.cls}"/><text x="${fmt(lx + 20)}" y="18" class="legend">${e(item.text)}</text>`;
    lx += 40 + [...item.text].length * 7.2;
  }
  return svg + '\n</svg>';
}
