// The words of the report's Frühe-Hilfen section (`--profile fruehe-hilfen`), one object per
// language. The vocabulary (actor types, the partners of § 3 Abs. 2 KKG) comes from
// src/i18n/labels-fruehe-hilfen.ts; the conditions are said in our own words (docs/report.md says
// why: their official wording could not be confirmed).
import type { Lang } from '../../i18n/lang.js';
import type { ConditionId } from '../../report-data/fruehe-hilfen-types.js';

const de = {
  // facts of the overview
  kind: 'Art des Netzwerks',
  staffShare: 'Stellenanteil der Koordination',
  section: 'Netzwerk Frühe Hilfen (§ 3 KKG)',
  intro:
    'Was ein Netzwerk Frühe Hilfen berichtet: die Fördervoraussetzungen der Bundesstiftung Frühe Hilfen mit den Belegen des Zeitraums, die Zahlen für den Sachbericht, die Partner nach § 3 Abs. 2 KKG und die Akteurstypen des Nationalen Zentrums Frühe Hilfen (NZFH) mit ihrer Teilnahme.',
  notDeclared: 'network.yaml nennt das Netzwerk nicht als Netzwerk Frühe Hilfen (kind: fruehe_hilfen); der Abschnitt steht hier, weil er angefordert wurde.',
  conditions: 'Fördervoraussetzungen der Bundesstiftung Frühe Hilfen',
  condition: 'Voraussetzung',
  evidence: 'Beleg',
  status: 'Status',
  evidenced: 'belegt',
  noEvidence: 'kein Beleg',
  conditionText: {
    koordination: 'Netzwerkkoordination mit Stellenanteil und Qualifikation',
    vereinbarung: 'schriftliche Vereinbarung (Kooperation, Leitbild, Verfahren), die gilt',
    netzwerktreffen: 'regelmäßige Netzwerktreffen',
    beteiligung: 'Beteiligung von Familien (z. B. Elternbefragung)',
  } satisfies Record<ConditionId, string>,
  coordination: (persons: number, fte: string | null, withFte: number, qualified: number) =>
    `${persons} ${persons === 1 ? 'Person' : 'Personen'}; Stellenanteil ${fte === null ? 'nicht angegeben' : `zusammen ${fte}${withFte < persons ? ` (bei ${withFte} von ${persons} angegeben)` : ''}`}; ${qualified} mit Qualifikation`,
  meetingsAgainst: (held: number, target: number | null) =>
    target === null ? `${held} stattgefunden, kein Ziel festgelegt (mindestens 1)` : `${held} von Soll ${target}`,
  none: 'keiner im Zeitraum',
  conditionsNote:
    'Die Voraussetzungen sind hier mit eigenen Worten wiedergegeben; ihren genauen Wortlaut (Leistungsleitlinien der Bundesstiftung, Förderrichtlinien des Landes) bitte dort nachlesen. „Belegt“ heißt: Die Daten enthalten einen Beleg, nicht: Die Voraussetzung ist geprüft erfüllt.',
  figures: 'Zahlen für den Sachbericht',
  figure: 'Kennzahl',
  value: 'Wert',
  meetingsHeld: 'Stattgefundene Veranstaltungen',
  networkMeetings: 'Netzwerktreffen',
  qualificationOffers: 'Qualifizierungsangebote',
  participants: 'Teilnehmende',
  publicInformation: 'Information der Öffentlichkeit (Belege)',
  participation: 'Beteiligung von Familien',
  heldOfTarget: (held: number, target: number | null) => (target === null ? `${held} (kein Ziel)` : `${held} von Soll ${target}`),
  participationCount: (entries: number, count: number) => `${entries} ${entries === 1 ? 'Eintrag' : 'Einträge'}${count > 0 ? `, Anzahl ${count}` : ''}`,
  partnerKinds: 'Partner nach § 3 Abs. 2 KKG',
  number: 'Nr.',
  kkgKind: 'Art (Wortlaut des Gesetzes)',
  members: 'Mitglieder',
  attended: 'mit Teilnahme',
  partners: 'Partner',
  unassigned: (names: string) =>
    `Ohne Zuordnung zu § 3 Abs. 2 KKG (weder Akteurstyp noch Bereich sagen sie): ${names}. Mit actor_type in partners.yaml lassen sie sich zuordnen.`,
  actorTypes: 'Akteurstypen des NZFH: in die Netzwerkarbeit eingebunden?',
  actorType: 'Akteurstyp',
  eingebunden: 'eingebunden',
  yes: 'ja',
  no: 'nein',
  noMember: 'kein Mitglied',
  actorNote:
    'Eingebunden heißt: Mindestens ein Partner dieses Typs hat an einer im Zeitraum stattgefundenen Veranstaltung teilgenommen. Der Typ steht in partners.yaml unter actor_type; fehlt er, gilt der Bereich, wo er eindeutig ist (ein Jugendamt zählt als Allgemeiner Sozialdienst).',
};

type Words = typeof de;

const en: Words = {
  kind: 'Kind of network',
  staffShare: 'Staff share of the coordination',
  section: 'Early childhood intervention network (Frühe Hilfen, § 3 KKG)',
  intro:
    "What an early childhood intervention network reports: the funding conditions of the Bundesstiftung Frühe Hilfen with the period's evidence, the figures for the annual report, the partners under § 3 (2) KKG and the actor types of the Nationales Zentrum Frühe Hilfen (NZFH) with their attendance.",
  notDeclared: 'network.yaml does not name the network a Frühe Hilfen network (kind: fruehe_hilfen); the section is here because it was asked for.',
  conditions: 'Funding conditions of the Bundesstiftung Frühe Hilfen',
  condition: 'Condition',
  evidence: 'Evidence',
  status: 'Status',
  evidenced: 'evidenced',
  noEvidence: 'no evidence',
  conditionText: {
    koordination: 'network coordination with a staff share and a qualification',
    vereinbarung: 'a written agreement (cooperation, mission statement, procedures) in force',
    netzwerktreffen: 'regular network meetings',
    beteiligung: 'participation of families (e.g. a survey of parents)',
  },
  coordination: (persons, fte, withFte, qualified) =>
    `${persons} ${persons === 1 ? 'person' : 'persons'}; staff share ${fte === null ? 'not given' : `${fte} in all${withFte < persons ? ` (given for ${withFte} of ${persons})` : ''}`}; ${qualified} with a qualification`,
  meetingsAgainst: (held, target) => (target === null ? `${held} held, no target set (at least 1)` : `${held} of target ${target}`),
  none: 'none in the period',
  conditionsNote:
    'The conditions are given in our own words here; please read their exact wording where they are set (the Bundesstiftung’s guidelines, the Land’s funding rules). “Evidenced” means: the data hold evidence, not: the condition has been checked and met.',
  figures: 'Figures for the annual report',
  figure: 'Figure',
  value: 'Value',
  meetingsHeld: 'Meetings held',
  networkMeetings: 'Network meetings',
  qualificationOffers: 'Qualification offers',
  participants: 'Participants',
  publicInformation: 'Public information (evidence)',
  participation: 'Participation of families',
  heldOfTarget: (held, target) => (target === null ? `${held} (no target)` : `${held} of target ${target}`),
  participationCount: (entries, count) => `${entries} ${entries === 1 ? 'entry' : 'entries'}${count > 0 ? `, count ${count}` : ''}`,
  partnerKinds: 'Partners under § 3 (2) KKG',
  number: 'No.',
  kkgKind: 'Kind (in the law’s words)',
  members: 'Members',
  attended: 'Attended',
  partners: 'Partners',
  unassigned: (names) => `Not assigned to § 3 (2) KKG (neither actor type nor sector tells): ${names}. An actor_type in partners.yaml assigns them.`,
  actorTypes: 'Actor types of the NZFH: involved in the network’s work?',
  actorType: 'Actor type',
  eingebunden: 'Involved',
  yes: 'yes',
  no: 'no',
  noMember: 'no member',
  actorNote:
    'Involved means: at least one partner of this type attended a meeting held in the period. The type is actor_type in partners.yaml; without it the sector counts where it allows only one (a youth welfare office counts as general social services).',
};

export const FH_WORDS: Record<Lang, Words> = { de, en };
