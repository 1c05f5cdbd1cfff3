// A deterministic synthetic network in the contract's format (docs/format.md), for the benchmark.
// Scale 1 = 1,000 partners × 3 contacts (one file per partner), 1,000 meetings, 100 agreements.
// Same scale = byte-identical folder (own PRNG, fixed seed; no dates from the clock).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './prng.mjs';

const SECTORS = [
  'jugendamt',
  'freie_jugendhilfe',
  'kita',
  'schule',
  'schulverwaltung',
  'gesundheitsamt',
  'krankenhaus',
  'heilberufe',
  'sozialpaediatrie',
  'beratungsstelle',
  'schwangerschaftsberatung',
  'suchtberatung',
  'sozialpsychiatrie',
  'gewaltschutz',
  'familienbildung',
  'eingliederungshilfe',
  'sozialleistungen',
  'polizei',
  'ordnungsbehoerde',
  'familiengericht',
  'staatsanwaltschaft',
  'verfahrensbeistand',
  'fruehe_hilfen',
  'sonstige',
];
const MEETING_TYPES = [
  'netzwerktreffen',
  'auftakt',
  'fachtag',
  'fortbildung',
  'arbeitskreis',
  'steuerungsgruppe',
  'fallkonferenz',
  'informationsveranstaltung',
  'sonstige',
];
const AGREEMENT_TYPES = ['kooperationsvereinbarung', 'vereinbarung_8a', 'leitbild', 'verfahrensabsprache', 'datenschutz', 'sonstige'];
const FIRST = ['Anna', 'Jörg', 'Süleyman', 'Maria', 'Lukas', 'Özlem', 'Jürgen', 'Käthe', 'Paul', 'Miriam', 'Björn', 'Ayşe', 'Nils', 'Grete', 'Tobias', 'Lea'];
const LAST = [
  'Müller',
  'Schäfer',
  'Yılmaz',
  'Becker',
  'Hoffmann',
  'Weiß',
  'Krüger',
  'Schröder',
  'Neumann',
  'Groß',
  'Kaya',
  'Wagner',
  'Brandt',
  'Vogel',
  'Lange',
  'Peters',
];
const MUNICIPALITY_COUNT = 24;

const pad = (n, w = 2) => String(n).padStart(w, '0');
const q = (s) => JSON.stringify(s); // a YAML 1.2 double-quoted scalar

export function generateNetwork(dir, scale = 1, seed = 20261123) {
  const rand = prng(seed);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const date = (fromYear, years) => `${fromYear + int(years)}-${pad(1 + int(12))}-${pad(1 + int(28))}`;

  const partnerCount = 1000 * scale;
  const meetingCount = 1000 * scale;
  const agreementCount = 100 * scale;
  const municipalities = Array.from({ length: MUNICIPALITY_COUNT }, (_, i) => `Gemeinde ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''} am Rhein`);

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'partners'), { recursive: true });

  const partners = [];
  for (let i = 0; i < partnerCount; i++) {
    const sector = i < 6 ? 'jugendamt' : SECTORS[i % SECTORS.length];
    const id = `${sector.replace(/_/g, '-')}-${pad(i, 6)}`;
    partners.push({ id, sector });
  }
  const youthOffices = partners.slice(0, 6).map((p) => p.id);

  const network = [
    '# Synthetische Benchmark-Daten: alle Personen und Einrichtungen frei erfunden.',
    `id: bench-${String(scale).replace('.', '-')}`,
    `name: Netzwerk Kinderschutz Benchmark (Skala ${scale})`,
    'founded: 2022-05-01',
    'timezone: Europe/Berlin',
    'region:',
    '  name: Kreis Benchmark',
    '  municipalities:',
    ...municipalities.map((m) => `    - ${m}`),
    'youth_offices:',
    ...youthOffices.map((id) => `  - ${id}`),
    'coordinators:',
    ...youthOffices.flatMap((id, i) => [
      `  - name: ${FIRST[i]} ${LAST[i]}`,
      `    partner: ${id}`,
      '    function: Netzwerkkoordination Kinderschutz',
      `    email: koordination${i}@bench.example`,
      `    phone: "0281 555-${pad(i, 4)}"`,
      '    verified: 2026-06-01',
    ]),
    'targets:',
    '  network_meetings_per_year: 3',
    '  qualification_offers_per_year: 3',
    '  review_contacts_after_months: 12',
    'mission_statement: >-',
    '  Wir schützen Kinder gemeinsam: schnell, verbindlich und über die Grenzen der Institutionen hinweg.',
    '',
  ];
  writeFileSync(join(dir, 'network.yaml'), network.join('\n'));

  partners.forEach(({ id, sector }, i) => {
    const muni = municipalities[i % MUNICIPALITY_COUNT];
    const lines = [
      `id: ${id}`,
      `name: ${q(`Einrichtung ${i} ${sector} – ${muni}`)}`,
      `sector: ${sector}`,
      ...(i % 3 === 0 ? [] : ['municipalities:', `  - ${muni}`, ...(i % 5 === 0 ? [`  - ${municipalities[(i + 7) % MUNICIPALITY_COUNT]}`] : [])]),
      'address:',
      `  street: Hauptstraße ${1 + (i % 200)}`,
      `  postal_code: "${pad(40000 + (i % 9000), 5)}"`,
      `  city: ${muni}`,
      `website: https://www.einrichtung-${i}.example/`,
      `joined: ${date(2020, 2)}`,
      ...(i % 97 === 13 ? [`left: ${date(2024, 2)}`] : []),
      `tags: [${pick(['kinderschutz', 'fruehe-hilfen', 'schule'])}, bench]`,
      'contacts:',
    ];
    for (let k = 0; k < 3; k++) {
      const visibility = pick(['internal', 'network', 'network', 'public']);
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      lines.push(
        `  - name: ${name}`,
        `    function: ${pick(['Leitung', 'Fachberatung', 'Schulsozialarbeit', 'Sachbearbeitung', 'Insoweit erfahrene Fachkraft'])}`,
        `    email: person${k}.${i}@einrichtung-${i}.example`,
        `    phone: "0${2000 + (i % 900)} ${pad(i * 3 + k, 6)}"`,
        ...(k === 0 && i % 11 === 0 ? ['    insofa: true'] : []),
        `    visibility: ${visibility}`,
        ...(visibility === 'public' ? [`    consent: ${date(2023, 3)}`] : []),
        ...(rand() < 0.9 ? [`    verified: ${date(2025, 2)}`] : []),
      );
    }
    writeFileSync(join(dir, 'partners', `${id}.yaml`), lines.join('\n') + '\n');
  });

  const meetings = [];
  for (let i = 0; i < meetingCount; i++) {
    const type = MEETING_TYPES[i % MEETING_TYPES.length];
    const year = 2022 + (i % 6);
    const day = `${year}-${pad(1 + int(12))}-${pad(1 + int(28))}`;
    const allDay = type === 'fachtag';
    const hour = 8 + int(8);
    const status = year < 2026 ? pick(['held', 'held', 'held', 'cancelled']) : pick(['planned', 'planned', 'cancelled']);
    meetings.push(
      `- id: treffen-${pad(i, 6)}`,
      `  title: ${q(`${type} Nr. ${i}: Kinderschutz im Gespräch`)}`,
      `  type: ${type}`,
      `  start: ${allDay ? day : `${day} ${pad(hour)}:00`}`,
      `  end: ${allDay ? day : `${day} ${pad(hour + 2)}:30`}`,
      `  status: ${status}`,
      `  location: ${q(`Rathaus ${municipalities[i % MUNICIPALITY_COUNT]}, Sitzungssaal ${1 + (i % 4)}`)}`,
      `  organizers: [${partners[i % 6].id}]`,
      ...(i % 2 === 0 ? ['  invited:', `    sectors: [${SECTORS[i % SECTORS.length] === 'jugendamt' ? 'kita' : SECTORS[i % SECTORS.length]}, jugendamt]`] : []),
      ...(status === 'held'
        ? [
            '  attendance:',
            ...Array.from({ length: 3 }, (_, k) => `    - {partner: ${partners[(i * 7 + k * 13) % partnerCount].id}, persons: ${1 + int(4)}}`),
            `  guests: ${int(5)}`,
          ]
        : []),
      ...(type === 'informationsveranstaltung' ? ['  public: true'] : []),
      `  topics: [${q('Schutzauftrag nach § 8a SGB VIII')}, ${q(`Thema ${i % 17}`)}]`,
      ...(i % 4 === 0 ? [`  revision: ${int(3)}`] : []),
    );
  }
  writeFileSync(join(dir, 'meetings.yaml'), meetings.join('\n') + '\n');

  const agreements = [];
  for (let i = 0; i < agreementCount; i++) {
    const type = AGREEMENT_TYPES[i % AGREEMENT_TYPES.length];
    const status = pick(['in_force', 'in_force', 'in_signature', 'draft', 'expired']);
    agreements.push(
      `- id: vereinbarung-${pad(i, 5)}`,
      `  title: ${q(`${type} Nr. ${i}`)}`,
      `  type: ${type}`,
      `  status: ${status}`,
      `  effective: ${date(2022, 3)}`,
      `  review: ${date(2026, 2)}`,
      '  parties:',
      `    - {partner: ${partners[i % 6].id}, signed: ${date(2022, 2)}, signatory: Amtsleitung}`,
      ...Array.from({ length: 9 }, (_, k) => {
        const p = partners[6 + ((i * 31 + k * 101) % (partnerCount - 6))];
        return status === 'in_force' || k % 2 === 0 ? `    - {partner: ${p.id}, signed: ${date(2022, 2)}, signatory: Leitung}` : `    - {partner: ${p.id}}`;
      }),
    );
  }
  writeFileSync(join(dir, 'agreements.yaml'), agreements.join('\n') + '\n');
  return dir;
}

// `node bench/generate.mjs [scale] [dir]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.argv[2] ?? 1);
  const dir = process.argv[3] ?? join(new URL('.', import.meta.url).pathname, 'out', `scale-${scale}`);
  generateNetwork(dir, scale);
  console.log(dir);
}
