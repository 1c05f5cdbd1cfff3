// § 9 LKiSchG NRW in its own words: the tasks of the Koordinierungsstelle (Abs. 2 Nr. 1–4) and
// of the network (Abs. 3 Nr. 1–3), and the public information work, with an English rendering
// (not an official translation). Source: recht.nrw.de, SGV. NRW., as of 14.12.2024 (docs/report.md).
import type { Lang } from '../../i18n/lang.js';

type Pair = Readonly<Record<Lang, string>>;
export type TaskKey = 'abs2_nr1' | 'abs2_nr2' | 'abs2_nr3' | 'abs2_nr4' | 'abs3_nr1' | 'abs3_nr2' | 'abs3_nr3' | 'oeffentlichkeit';

/** Where each task stands in § 9. */
export const TASK_REF: Readonly<Record<TaskKey, Pair>> = {
  abs2_nr1: { de: '§ 9 Abs. 2 Nr. 1', en: '§ 9 (2) no. 1' },
  abs2_nr2: { de: '§ 9 Abs. 2 Nr. 2', en: '§ 9 (2) no. 2' },
  abs2_nr3: { de: '§ 9 Abs. 2 Nr. 3', en: '§ 9 (2) no. 3' },
  abs2_nr4: { de: '§ 9 Abs. 2 Nr. 4', en: '§ 9 (2) no. 4' },
  abs3_nr1: { de: '§ 9 Abs. 3 Nr. 1', en: '§ 9 (3) no. 1' },
  abs3_nr2: { de: '§ 9 Abs. 3 Nr. 2', en: '§ 9 (3) no. 2' },
  abs3_nr3: { de: '§ 9 Abs. 3 Nr. 3', en: '§ 9 (3) no. 3' },
  oeffentlichkeit: { de: 'Information der Öffentlichkeit*', en: 'Public information*' },
};

/** The statute's words (German) and their English rendering. */
export const TASK_LAW: Readonly<Record<TaskKey, Pair>> = {
  abs2_nr1: {
    de: 'die fachliche Begleitung des Netzwerkes in seiner Aufgabenwahrnehmung',
    en: 'professional support of the network in carrying out its tasks',
  },
  abs2_nr2: {
    de: 'die Koordinierung von Maßnahmen zur Sicherstellung der Netzwerkstrukturen, insbesondere der Netzwerktreffen',
    en: "coordinating measures that secure the network's structures, in particular the network meetings",
  },
  abs2_nr3: {
    de: 'die bedarfsgerechte Organisation regelmäßiger Fortbildungsangebote für die am Netzwerk Teilnehmenden',
    en: 'organising regular training offers for those taking part in the network, as needed',
  },
  abs2_nr4: {
    de: 'der Informationstransfer zu und aus sowie die Vertretung in anderen Netzwerken und Arbeitsgemeinschaften im Jugendamtsbezirk mit Berührungspunkten zum Kinderschutz',
    en: "passing information to and from other networks and working groups in the youth office's district that touch on child protection, and representing the network in them",
  },
  abs3_nr1: {
    de: 'die strukturelle Vernetzung der mit einer möglichen Kindeswohlgefährdung befassten Stellen im Jugendamtsbezirk',
    en: "structural networking of the bodies in the youth office's district that deal with a possible risk to a child's welfare",
  },
  abs3_nr2: {
    de: 'Absprachen zum Verfahren bei möglicher Kindeswohlgefährdung gemäß § 8a des Achten Buches Sozialgesetzbuch und § 4 des Gesetzes zur Kooperation und Information im Kinderschutz',
    en: "agreements on the procedure in case of a possible risk to a child's welfare under section 8a of Book Eight of the Social Code and section 4 of the Act on Cooperation and Information in Child Protection",
  },
  abs3_nr3: {
    de: 'die Herstellung von Transparenz über Mitteilungswege und die Übermittlung von Informationen gemäß § 4 des Gesetzes zur Kooperation und Information im Kinderschutz',
    en: 'transparency about the channels for reporting and for passing on information under section 4 of the Act on Cooperation and Information in Child Protection',
  },
  oeffentlichkeit: {
    de: 'bürgernahe Information der Öffentlichkeit über Verfahren, Strukturen und Ansprechpersonen im Kinderschutz',
    en: 'accessible information for the public about procedures, structures and contacts in child protection',
  },
};

/** What counts as evidence for each task (report-data/tasks.ts), in plain words. */
export const TASK_RULE: Readonly<Record<TaskKey, Pair>> = {
  abs2_nr1: {
    de: 'stattgefundene Sitzungen der Steuerungsgruppe und der Arbeitskreise, eingetragene Fachberatungen',
    en: 'meetings held of the steering group and the working groups, advice to professionals recorded',
  },
  abs2_nr2: { de: 'stattgefundene Netzwerktreffen und Auftaktveranstaltungen', en: 'network meetings and kick-off events held' },
  abs2_nr3: {
    de: 'stattgefundene Qualifizierungsangebote; „belegt“, wenn es mindestens so viele sind wie das Jahresziel (anteilig für den Zeitraum), und mindestens eines',
    en: 'training offers held; "evidenced" when there are at least as many as the yearly target (pro rata for the period), and at least one',
  },
  abs2_nr4: {
    de: 'Vertretungen des Netzwerks in anderen Gremien, bei denen das Gremium genannt ist',
    en: 'representations of the network in other bodies that name the body',
  },
  abs3_nr1: {
    de: 'Kategorien des § 9 Abs. 4, von denen Partner an einer stattgefundenen Veranstaltung teilgenommen haben (was nur ein Jugendamt abdeckt, zählt als Jugendamt); „belegt“ ab zwei',
    en: 'categories of § 9 (4) whose partners took part in a meeting held (what only a youth office covers counts as the youth office); "evidenced" from two',
  },
  abs3_nr2: {
    de: 'am Ende des Zeitraums geltende Verfahrensabsprachen und Vereinbarungen nach § 8a SGB VIII',
    en: 'procedural agreements and agreements under section 8a SGB VIII in force at the end of the period',
  },
  abs3_nr3: {
    de: 'am Ende des Zeitraums geltende Verfahrensabsprachen und Datenschutzvereinbarungen; Partner, deren insoweit erfahrene Fachkräfte für das Netzwerk freigegeben sind',
    en: 'procedural and data protection agreements in force at the end of the period; partners whose experienced specialists (InsoFa) are released to the network',
  },
  oeffentlichkeit: {
    de: 'eingetragene Öffentlichkeitsarbeit (Flyer, Internetseite, Presse, Infostand), stattgefundene öffentliche Veranstaltungen und Informationsveranstaltungen',
    en: 'public information recorded (flyer, web page, press, stand), public meetings and information events held',
  },
};

export const TASK_NOTES = {
  whatCounts: { de: 'Was als Beleg zählt', en: 'What counts as evidence' },
  intro: {
    de: 'Abs. 2 nennt die Aufgaben der Koordinierungsstelle, Abs. 3 die des Netzwerks. „belegt“ heißt: Die Daten des Zeitraums enthalten Belege dafür (welche zählen, steht unter der Tabelle); es sagt nichts darüber, wie gut eine Aufgabe erfüllt wurde. „kein Beleg“ heißt: Es ist nichts eingetragen, das sie belegt.',
    en: 'Paragraph 2 names the tasks of the coordination office, paragraph 3 those of the network. "evidenced" means that the data of the period contain evidence (below the table: what counts); it says nothing about how well a task was done. "no evidence" means that nothing recorded shows it.',
  },
  source: {
    de: 'Wortlaut: § 9 LKiSchG NRW (SGV. NRW., Stand 14.12.2024). * Die Information der Öffentlichkeit nennen die Kommunen als Aufgabe des Netzwerks; sie ist keine der Nummern von Abs. 2 und 3.',
    en: 'Wording: § 9 LKiSchG NRW (SGV. NRW., as of 14.12.2024), in an unofficial English rendering. * Municipalities name public information as a task of the network; it is none of the numbered items of paragraphs 2 and 3.',
  },
} as const satisfies Record<string, Pair>;
