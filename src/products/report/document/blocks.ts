// The blocks a report document is made of (facts, tables, lists, charts), with every label
// already in the reader's language; report-document.ts puts the sections together.
import type { Cell, Column, Tone } from '../../../formats/text-table.js';
import type { Lang } from '../../../i18n/lang.js';

export type { Cell, Tone };

/** The charts: inline SVG in the HTML (render/svg*.ts), drawn by Typst in the PDF (render/typst-charts.ts). */
export type ChartKind = 'sectors' | 'matrix' | 'participants' | 'participation' | 'compare';

export type Block =
  | { kind: 'facts'; rows: { label: string; value: string; tone?: Tone; data?: boolean }[] }
  | { kind: 'figures'; items: { label: string; value: string; detail?: string; tone?: Tone }[] }
  | { kind: 'paragraph'; text: string; note?: boolean; plainOnly?: boolean; data?: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: { text: string; detail?: string }[] }
  /** `plainOnly`: text, Markdown and the PDF; the HTML shows a chart instead. */
  | { kind: 'table'; id: string; caption: string; columns: Column[]; rows: Cell[][]; plainOnly?: boolean }
  /** A chart drawn from the report data (none in text and Markdown). */
  | { kind: 'chart'; chart: ChartKind };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  lang: Lang;
  title: string;
  /** Whom the report is for, after its title (empty for the public): ` – Intern – nicht zur Weitergabe`, ` für die Netzwerkpartner`. */
  audienceTitle: string;
  /** The same on the cover (empty for the public). */
  audienceMark: string;
  /** What a printed page's footer says: the report, its period and audience, the network. */
  footer: string;
  networkName: string;
  subtitle: string;
  sections: Section[];
}

export const num = (n: number): Cell => ({ text: String(n) });
