// The section "Netzwerk Frühe Hilfen (§ 3 KKG)" (`report --profile fruehe-hilfen`): the funding
// conditions with their evidence, the figures for the Sachbericht, the partners of § 3 Abs. 2 KKG
// and the NZFH's actor types with "eingebunden ja/nein" (report-data/fruehe-hilfen.ts counts).
import { formatDate, formatShare } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import { ACTOR_TYPE_LABELS, KKG_KIND_LABELS, NETWORK_KIND_LABELS } from '../../../i18n/labels-fruehe-hilfen.js';
import { label } from '../../../i18n/labels.js';
import type { ReportFruehHilfen } from '../../../report-data/fruehe-hilfen-types.js';
import type { Report, ReportEvidence } from '../../../report-data/types.js';
import { REPORT_WORDS } from '../words.js';
import { FH_WORDS } from '../words-fruehe-hilfen.js';
import { num, type Block, type Cell, type Section } from './blocks.js';

/** At most this many titles or names in one cell; the rest as "and N more". */
const MAX = 4;

export function fruehHilfenSection(r: Report, fh: ReportFruehHilfen, lang: Lang): Section {
  const w = FH_WORDS[lang];
  const nameOf = new Map(r.partners.list.map((p) => [p.id, p.name]));
  const list = (texts: string[]) => [...texts.slice(0, MAX), ...(texts.length > MAX ? [REPORT_WORDS[lang].andMore(texts.length - MAX)] : [])].join('; ');
  const names = (ids: readonly string[]) => list(ids.map((id) => nameOf.get(id) ?? id)) || '–';
  const evidence = (items: readonly ReportEvidence[]) =>
    list(items.map((i) => [i.title ?? i.id, i.date === null ? '' : ` (${formatDate(i.date, lang)})`, i.count === null ? '' : ` – ${i.count}`].join(''))) ||
    w.none;
  const c = fh.coordination;
  const f = fh.figures;

  const blocks: Block[] = [{ kind: 'paragraph', text: w.intro }];
  if (!fh.declared) blocks.push({ kind: 'paragraph', text: w.notDeclared, note: true });
  blocks.push(
    {
      kind: 'table',
      id: 'fh-voraussetzungen',
      caption: w.conditions,
      columns: [
        { title: w.condition, wrap: 34 },
        { title: w.evidence, wrap: 48 },
        { title: w.status, nowrap: true },
      ],
      rows: fh.conditions.map((x): Cell[] => [
        { text: w.conditionText[x.id] },
        {
          text:
            x.id === 'koordination'
              ? w.coordination(c.coordinators, c.fte === null ? null : formatShare(c.fte, lang), c.with_fte, c.qualified)
              : x.id === 'netzwerktreffen'
                ? `${w.meetingsAgainst(f.network_meetings_held, f.network_meetings_target)}: ${evidence(x.items)}`
                : evidence(x.items),
        },
        x.status === 'belegt' ? { text: w.evidenced, tone: 'ok' } : { text: w.noEvidence, tone: 'bad' },
      ]),
    },
    { kind: 'paragraph', text: w.conditionsNote, note: true },
    {
      kind: 'table',
      id: 'fh-sachbericht',
      caption: w.figures,
      columns: [
        { title: w.figure, wrap: 44 },
        { title: w.value, wrap: 30 },
      ],
      rows: [
        [{ text: w.meetingsHeld }, num(f.meetings_held)],
        [{ text: w.networkMeetings }, { text: w.heldOfTarget(f.network_meetings_held, f.network_meetings_target) }],
        [{ text: w.qualificationOffers }, { text: w.heldOfTarget(f.qualification_offers_held, f.qualification_offers_target) }],
        [{ text: w.participants }, num(f.participants)],
        [{ text: w.publicInformation }, num(f.public_information)],
        [{ text: w.participation }, { text: w.participationCount(f.participation_activities, f.participation_count) }],
      ],
    },
    {
      kind: 'table',
      id: 'fh-partner',
      caption: w.partnerKinds,
      columns: [
        { title: w.number, align: 'right' },
        { title: w.kkgKind, wrap: 40 },
        { title: w.members, align: 'right' },
        { title: w.attended, align: 'right' },
        { title: w.partners, wrap: 40 },
      ],
      rows: fh.partner_kinds.map((k, i) => [
        num(i + 1),
        { text: label(KKG_KIND_LABELS, k.id, lang) },
        num(k.members),
        { text: String(k.attending), tone: k.members > 0 && k.attending === 0 ? 'warn' : undefined },
        { text: names(k.partners) },
      ]),
    },
  );
  if (fh.unassigned.length > 0) blocks.push({ kind: 'paragraph', text: w.unassigned(names(fh.unassigned)), note: true });
  blocks.push(
    {
      kind: 'table',
      id: 'fh-akteure',
      caption: w.actorTypes,
      columns: [
        { title: w.actorType, wrap: 44 },
        { title: w.members, align: 'right' },
        { title: w.attended, align: 'right' },
        { title: w.eingebunden, nowrap: true },
      ],
      rows: fh.actor_types.map((a) => [
        { text: label(ACTOR_TYPE_LABELS, a.id, lang) },
        num(a.members),
        num(a.attending),
        a.members === 0 ? { text: `${w.no} (${w.noMember})`, tone: 'muted' } : a.eingebunden ? { text: w.yes, tone: 'ok' } : { text: w.no, tone: 'bad' },
      ]),
    },
    { kind: 'paragraph', text: w.actorNote, note: true },
  );
  return { id: 'fruehe-hilfen', title: w.section, blocks };
}

/** The overview's facts of the profile's data: the kind when it is not only Kinderschutz, the coordination's staff share when given. */
export function profileFacts(r: Report, lang: Lang): { label: string; value: string }[] {
  const n = r.network;
  const facts: { label: string; value: string }[] = [];
  if (n.kind.join() !== 'kinderschutz') facts.push({ label: FH_WORDS[lang].kind, value: n.kind.map((k) => label(NETWORK_KIND_LABELS, k, lang)).join(', ') });
  if (n.coordination_fte !== null) facts.push({ label: FH_WORDS[lang].staffShare, value: formatShare(n.coordination_fte, lang) });
  return facts;
}
