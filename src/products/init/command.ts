// netzwerk init [DIR]: a small, commented starter network, set up for VS Code's YAML help.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Invocation } from '../../cli/spec.js';
import { INIT } from './spec.js';
import { resolveDir, type Context } from '../../cli/context.js';
import { FileError } from '../../errors.js';
import { programFolderAround } from '../../load/program-folder.js';
import { SCHEMA_FOLDER } from './schema-folders.js';
import { addMonths } from '../../model/dates.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { shellArg } from '../../paths.js';

const SCHEMA_DIR = '.netzwerk/schemas';
const SCHEMAS = ['network', 'partners', 'meetings', 'agreements', 'activities'] as const;
/** The first line that tells the editor the file's schema; `../` for files in a collection folder. */
const modeline = (name: string, inFolder = false) => `# yaml-language-server: $schema=${inFolder ? '../' : ''}${SCHEMA_DIR}/${name}.schema.json\n`;

/** How a new entry starts in the editor, and the first line of a file in the collection's folder. */
const collectionHelp = (name: string, snippet: string) => `# Neuer Eintrag: eine Zeile mit „- “ beginnen und Strg+Leertaste drücken, dann „${snippet}“ wählen.
# Eine Datei im Ordner ${name}/ (statt oder neben dieser Liste) beginnt mit der Zeile
#   ${modeline(name, true)}`;

/**
 * Every entry `init` writes is a sample (`sample: true`): left out of every output and named by
 * `validate` until it is replaced or deleted (model/samples.ts). With --empty only what the files
 * need stays: the youth office and the coordinator that network.yaml requires.
 */
const SAMPLE_LINE = '# Beispiel: durch eigene Angaben ersetzen und die Zeile „sample: true“ löschen, oder den Eintrag löschen';

// Comments stand on their own line above what they explain: a comment after a value keeps the
// editor from suggesting values once the value is deleted.
function starterFiles(today: string, empty: boolean): Record<string, string> {
  const year = today.slice(0, 4);
  const meetingDay = addMonths(today, 1);
  return {
    'network.yaml': `${modeline('network')}# Das Netzwerk Kinderschutz (§ 9 LKiSchG NRW). Alles mit „#“ ist ein Kommentar.
# Bitte die Beispielwerte durch Ihre eigenen ersetzen. Prüfen: „netzwerk validate“ in diesem Ordner.
# Kurzname: Kleinbuchstaben, Ziffern, Bindestriche
id: netzwerk-kinderschutz-musterstadt
name: Netzwerk Kinderschutz Musterstadt
founded: ${today}
timezone: Europe/Berlin
region:
  # Kreis oder Stadt
  name: Musterstadt
  # die Kommunen, für die das Netzwerk da ist
  municipalities:
    - Musterstadt
# Kennungen der Jugendämter (aus partners.yaml)
youth_offices:
  - jugendamt-musterstadt
# die Koordinierungsstelle
coordinators:
  - name: Erika Musterfrau
    partner: jugendamt-musterstadt
    ${SAMPLE_LINE}
    sample: true
    function: Koordination Netzwerk Kinderschutz
    email: e.musterfrau@musterstadt.example
    # Telefonnummern immer in Anführungszeichen
    phone: "01234 567-000"
    verified: ${today}
targets:
  # Netzwerktreffen im Jahr
  network_meetings_per_year: 2
  # Fortbildungen und Fachtage im Jahr
  qualification_offers_per_year: 3
  # Kontaktdaten spätestens nach so vielen Monaten prüfen
  review_contacts_after_months: 12
# Das Leitbild, sobald es beschlossen ist (die Zeichen „# “ vor den zwei Zeilen löschen):
# mission_statement: |
#   Wir arbeiten gemeinsam für den Schutz von Kindern und Jugendlichen in Musterstadt.
`,
    'partners.yaml': `${modeline('partners')}# Die Partner des Netzwerks. Kontakte sind „internal“ (nur intern), solange nichts anderes
# eingetragen ist; „public“ (öffentlich) nur mit Datum der Einwilligung unter consent.
${collectionHelp('partners', 'Neuer Partner')}- id: jugendamt-musterstadt
  name: Jugendamt der Stadt Musterstadt
  ${SAMPLE_LINE}
  sample: true
  sector: jugendamt
  address:
    street: Rathausplatz 1
    # Postleitzahlen immer in Anführungszeichen
    postal_code: "12345"
    city: Musterstadt
  joined: ${today}
  contacts:
    - name: Erika Musterfrau
      function: Koordination Netzwerk Kinderschutz
      email: e.musterfrau@musterstadt.example
      phone: "01234 567-000"
      # wer die Person in Listen sieht: internal, network oder public
      visibility: network
      verified: ${today}
${
  empty
    ? ''
    : `- id: grundschule-am-park
  name: Grundschule am Park
  ${SAMPLE_LINE}
  sample: true
  sector: schule
  joined: ${today}
  contacts:
    - name: Max Mustermann
      function: Schulleitung
      email: schulleitung@grundschule-am-park.example
      verified: ${today}
`
}`,
    'meetings.yaml': `${modeline('meetings')}# Netzwerktreffen, Fachtage, Fortbildungen … (status: planned, held oder cancelled)
${collectionHelp('meetings', 'Neues Treffen')}${
      empty
        ? ''
        : `- id: netzwerktreffen-${year}-1
  title: Erstes Netzwerktreffen
  ${SAMPLE_LINE}
  sample: true
  type: netzwerktreffen
  start: ${meetingDay} 14:00
  end: ${meetingDay} 16:30
  status: planned
  location: Rathaus Musterstadt, Sitzungssaal
  organizers: [jugendamt-musterstadt]
  topics:
    - Vorstellung der Partner
    - Ziele des Netzwerks
`
    }`,
    'agreements.yaml': `${modeline('agreements')}# Kooperationsvereinbarungen und andere Vereinbarungen des Netzwerks
${collectionHelp('agreements', 'Neue Vereinbarung')}${
      empty
        ? ''
        : `- id: kooperationsvereinbarung
  title: Kooperationsvereinbarung Netzwerk Kinderschutz Musterstadt
  ${SAMPLE_LINE}
  sample: true
  type: kooperationsvereinbarung
  status: draft
  parties:
    - partner: jugendamt-musterstadt
    - partner: grundschule-am-park
`
    }`,
    'activities.yaml': `${modeline('activities')}# Die Arbeit der Koordinierungsstelle außerhalb von Terminen (type: vertretung,
# oeffentlichkeitsarbeit, fachberatung oder sonstige). Nur Anzahlen und Gremien, nie Namen von
# Personen und nie Angaben zu Kindern, Familien oder Fällen.
${collectionHelp('activities', 'Neue Aktivität')}${
      empty
        ? ''
        : `- id: ${year}-flyer-netzwerk
  title: Flyer „Netzwerk Kinderschutz Musterstadt“ an Kitas und Schulen verteilt
  ${SAMPLE_LINE}
  sample: true
  type: oeffentlichkeitsarbeit
  date: ${today}
  # Anzahl, z. B. verteilte Flyer oder Fachberatungen
  count: 200
`
    }`,
    '.vscode/settings.json': `${JSON.stringify(
      {
        'yaml.schemas': {
          [`${SCHEMA_DIR}/network.schema.json`]: ['network.yaml'],
          [`${SCHEMA_DIR}/partners.schema.json`]: ['partners.yaml', 'partners/**/*.yaml', 'partners/**/*.yml'],
          [`${SCHEMA_DIR}/meetings.schema.json`]: ['meetings.yaml', 'meetings/**/*.yaml', 'meetings/**/*.yml'],
          [`${SCHEMA_DIR}/agreements.schema.json`]: ['agreements.yaml', 'agreements/**/*.yaml', 'agreements/**/*.yml'],
          [`${SCHEMA_DIR}/activities.schema.json`]: ['activities.yaml', 'activities/**/*.yaml', 'activities/**/*.yml'],
        },
        'files.encoding': 'utf8',
        '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
      },
      null,
      2,
    )}\n`,
  };
}

export async function run(ctx: Context, { args, options }: Invocation<typeof INIT>): Promise<number> {
  const dir = args.dir;
  const root = resolveDir(ctx, dir);
  // Not into the program's folder, nor below it: an update replaces that folder (and a clone's
  // files would mix with the network's). The examples there are copied, not started in.
  const program = programFolderAround(root);
  if (program !== undefined) throw new FileError('file.init-program-folder', { dir: dir ?? '.', program });
  if (await exists(join(root, 'network.yaml'))) throw new FileError('file.init-exists', { dir: dir ?? '.' });
  const files = starterFiles(ctx.today, options.empty);
  // The schemas travel with the network folder, so the editor help works on every machine; their
  // explanations and messages are in the language of the command.
  for (const name of SCHEMAS) {
    files[`${SCHEMA_DIR}/${name}.schema.json`] = await readFile(new URL(`${SCHEMA_FOLDER[ctx.lang]}${name}.schema.json`, PACKAGE_ROOT), 'utf8');
  }
  const written: string[] = [];
  const skipped: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const path = join(root, file);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, { flag: 'wx' });
      written.push(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') skipped.push(file);
      else throw new FileError('file.init-failed', { file: relative(ctx.io.cwd, path), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  }
  ctx.say('init.created', { dir: dir ?? '.' });
  for (const f of written) ctx.io.stdout.write(`  ${f}\n`);
  for (const f of skipped) ctx.say('init.skipped', { file: f });
  ctx.io.stdout.write('\n');
  ctx.say('init.next', { arg: dir === undefined ? undefined : shellArg(dir), prog: ctx.prog });
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
