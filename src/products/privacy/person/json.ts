// `netzwerk person --format json`: the findings as data, for records of an Art. 15 answer.
import type { Occurrence, PersonFindings } from './person.js';

export function renderPersonJson(findings: PersonFindings): string {
  const out = {
    query: findings.query,
    network: findings.network,
    today: findings.today,
    occurrences: findings.occurrences.map(occurrence),
    incomplete: { unreadable_files: findings.incomplete.unreadable, entries_with_errors: findings.incomplete.failed },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function occurrence(o: Occurrence): Record<string, unknown> {
  const where = { kind: o.kind, file: o.place.file, line: o.place.line, path: o.place.path, matched_by: o.matchedBy };
  switch (o.kind) {
    case 'coordinator':
    case 'contact':
      return {
        ...where,
        name: o.name,
        salutation: o.salutation ?? null,
        function: o.function ?? null,
        email: o.email ?? null,
        phone: o.phone ?? null,
        mobile: o.mobile ?? null,
        insofa: o.insofa,
        partner: o.partner ?? null,
        visibility: o.visibility,
        consent: o.consent ?? null,
        verified: o.verified ?? null,
        fte: o.fte ?? null,
        qualifications: o.qualifications.map((q) => ({ title: q.title, provider: q.provider ?? null, date: q.date ?? null })),
        data: snake(o.data),
        lists: { contacts: o.audiences, calendar_organizer: o.calendars, report_overview: o.report },
      };
    case 'signatory':
      return {
        ...where,
        name: o.name,
        partner: o.partner ?? null,
        agreement: o.agreement,
        signed: o.signed ?? null,
        lists: { contacts: [], calendar_organizer: [], report_overview: false },
      };
    case 'organisation':
      return { ...where, name: o.name, partner: o.partner, sector: o.sector, address: o.address ?? null, website: o.website ?? null };
    case 'mention':
      return { ...where, text: o.text, excerpt: o.excerpt };
    case 'unchecked':
      return { ...where, item: o.item, fields: Object.fromEntries(o.fields.map((f) => [f.key, f.value])) };
  }
}

const snake = (value: object) => Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
