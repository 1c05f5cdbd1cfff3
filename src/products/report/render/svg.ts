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

const e = escapeHtml;
/** Horizontal bars: active partners per sector, largest first. */
export function sectorChart(r: Report, lang: Lang): string {
  const rows = SECTORS.filter((s) => r.partners.by_sector[s]).map((s) => ({ name: label(SECTOR_LABELS, s, lang), n: r.partners.by_sector[s]! }));
  rows.sort((a, b) => b.n - a.n);
  const labelW = Math.ceil(24 + Math.max(...rows.map((x) => [...x.name].length)) * 7.2);
  const barMax = 360;
  const rowH = 26;
  const top = 8;
  const width = labelW + barMax + 50;
  const height = top + rows.length * rowH + 8;
  const max = Math.max(...rows.map((x) => x.n));
  const title = REPORT_WORDS[lang].chartSectors;
  const desc = rows.map((x) => `${x.name}: ${x.n}`).join('; ');
  let svg = svgOpen(width, height, title, desc, 'bars');
  rows.forEach((x, i) => {
    const y = top + i * rowH;
    const w = Math.max(2, (x.n / max) * barMax);
    svg += `<g><title>${e(`${x.name}: ${x.n}`)}</title>`;
    svg += `<text x="${labelW - 10}" y="${y + 17}" text-anchor="end" class="label">${e(x.name)}</text>`;
    svg += `<rect x="${labelW}" y="${y + 4}" width="${fmt(w)}" height="${rowH - 8}" rx="3" class="bar"/>`;
    svg += `<text x="${fmt(labelW + w + 8)}" y="${y + 17}" class="value">${x.n}</text></g>\n`;
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

/** Vertical bars: participants of each held meeting, in date order. */
export function participantsChart(r: Report, lang: Lang): string {
  const held = r.meetings.list.filter((m) => m.status === 'held');
  const oneYear = r.period.from.slice(0, 4) === r.period.to.slice(0, 4);
  const left = 44;
  const plotW = 640;
  const plotH = 200;
  const top = 40;
  const slot = plotW / held.length;
  const rotate = slot < 46;
  const bottom = rotate ? 64 : 30;
  const width = left + plotW + 16;
  const height = top + plotH + bottom;
  const { max, step } = niceScale(Math.max(1, ...held.map((m) => m.participants ?? 0)));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const title = REPORT_WORDS[lang].chartParticipants;
  const desc = held.map((m) => `${formatDate(dayOf(m.start), lang)} ${m.title}: ${m.participants}`).join('; ');
  let svg = svgOpen(width, height, title, desc, 'columns');
  for (let v = 0; v <= max; v += step) {
    svg += `<line x1="${left}" x2="${left + plotW}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid"/>`;
    svg += `<text x="${left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end" class="axis">${fmt(v)}</text>\n`;
  }
  held.forEach((m, i) => {
    const v = m.participants ?? 0;
    const bw = Math.min(48, slot * 0.62);
    const cx = left + slot * i + slot / 2;
    const day = dayOf(m.start);
    const shown = oneYear ? formatDayMonth(day, lang) : formatDate(day, lang);
    const kind = m.type === 'netzwerktreffen' ? 'network' : m.qualification_offer ? 'training' : 'other';
    svg += `<g><title>${e(`${formatDate(day, lang)} · ${label(MEETING_TYPE_LABELS, m.type, lang)} · ${m.title}: ${v} ${REPORT_WORDS[lang].participants}`)}</title>`;
    svg += `<rect x="${fmt(cx - bw / 2)}" y="${fmt(y(v))}" width="${fmt(bw)}" height="${fmt(top + plotH - y(v))}" rx="2" class="bar ${kind}"/>`;
    svg += `<text x="${fmt(cx)}" y="${fmt(y(v) - 5)}" text-anchor="middle" class="value">${v}</text>`;
    svg += rotate
      ? `<text x="${fmt(cx)}" y="${top + plotH + 14}" text-anchor="end" transform="rotate(-45 ${fmt(cx)} ${top + plotH + 14})" class="axis">${e(shown)}</text></g>\n`
      : `<text x="${fmt(cx)}" y="${top + plotH + 18}" text-anchor="middle" class="axis">${e(shown)}</text></g>\n`;
  });
  svg += `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="baseline"/>\n`;
  // Legend: what the bar colours mean (the table below names each meeting's type as text).
  let lx = left;
  for (const [kind, text] of [
    ['network', REPORT_WORDS[lang].networkMeetings],
    ['training', REPORT_WORDS[lang].qualificationOffers],
    ['other', REPORT_WORDS[lang].otherTypes],
  ] as const) {
    svg += `<rect x="${fmt(lx)}" y="6" width="14" height="14" rx="2" class="bar ${kind}"/><text x="${fmt(lx + 20)}" y="18" class="legend">${e(text)}</text>`;
    lx += 40 + [...text].length * 7.2;
  }
  return svg + '\n</svg>';
}
