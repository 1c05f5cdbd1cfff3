// Warnings: things a coordinator should look at, not errors in the data. The one implementation
// behind `validate`'s warnings and the report's "Hinweise"; whose data are due for review or
// deletion comes from the data-care policy (model/policy.ts), which review and person ask too.
import { formatDate } from '../i18n/format.js';
import { CATEGORY_LABELS, INSOFA_FIELD_LABELS, label } from '../i18n/labels.js';
import { coverage, hasEnded } from '../model/coverage.js';
import { dayOf } from '../model/dates.js';
import { agreementReviewPending, dataCare } from '../model/policy.js';
import { insofaPool, isDue, poolMembers, refresher } from '../model/insofa-pool.js';
import { isSampleMission, withoutSamples } from '../model/samples.js';
import { schutzkonzeptReviewsDue } from '../model/schutzkonzept.js';
import type { IsoDate, Model, Origin } from '../model/types.js';
import type { Reporter } from './reporter.js';

/** `minutes` and `document` are a link or a path relative to the network folder. */
const isLink = (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value);

/** `exists` answers whether a path relative to the network folder is a file there. */
export function collectWarnings(stored: Model, today: IsoDate, r: Reporter, exists: (path: string) => boolean): void {
  const lang = r.lang;
  sampleWarnings(stored, r);
  // The rest about the network as the outputs see it: a sample school covers no category.
  const model = withoutSamples(stored).model;
  const targets = model.network.targets;

  for (const m of model.meetings) {
    const day = dayOf(m.start);
    const params = { title: m.title, date: formatDate(m.start, lang) };
    if (m.status === 'planned' && day < today) r.warning(m.origin, ['status'], 'meeting-planned-past', params, m.title);
    if (m.status === 'held' && day > today) r.warning(m.origin, ['status'], 'meeting-held-future', params, m.title);
    if (m.status === 'held' && day <= today && m.attendance.length === 0 && m.guests === 0)
      r.warning(m.origin, ['status'], 'meeting-held-no-attendance', params, m.title);
    if (m.status === 'planned') {
      m.invited?.partners?.forEach((id, i) => {
        const p = model.partnerById.get(id);
        if (p?.left !== undefined && p.left <= day)
          r.warning(m.origin, ['invited', 'partners', i], 'meeting-invites-departed', { ...params, partner: p.name, left: formatDate(p.left, lang) }, m.title);
      });
    }
    if (m.evaluation !== undefined) {
      // Feedback forms come back from a meeting that took place, from at most everyone who came.
      const participants = m.attendance.reduce((sum, a) => sum + a.persons, 0) + m.guests;
      if (m.status !== 'held') r.warning(m.origin, ['evaluation'], 'evaluation-not-held', params, m.title);
      else if (participants > 0 && m.evaluation.forms > participants)
        r.warning(m.origin, ['evaluation', 'forms'], 'evaluation-forms-over-participants', { ...params, forms: m.evaluation.forms, participants }, m.title);
    }
    if (m.minutes !== undefined && !isLink(m.minutes) && !exists(m.minutes)) r.warning(m.origin, ['minutes'], 'file-not-found', { path: m.minutes }, m.title);
    // BRIEF: a case conference is recorded by date, format and institutions only, never the case.
    if (m.type === 'fallkonferenz') {
      for (const key of ['description', 'topics', 'minutes'] as const) {
        if (m[key] !== undefined && m[key]!.length > 0) r.warning(m.origin, [key], 'fallkonferenz-details', { key }, m.title);
      }
    }
  }

  for (const { person, partner, care } of dataCare(model, today)) {
    const name = person.name;
    // Said about the partner, never the person: the report's wider audiences see only this.
    const about = partner?.name;
    if (care.state === 'never') r.warning(person.origin, ['name'], 'contact-not-verified', { name }, about);
    else if (care.state === 'due')
      r.warning(
        person.origin,
        ['verified'],
        'contact-review-due',
        { name, verified: formatDate(care.verified, lang), months: targets.review_contacts_after_months },
        about,
      );
    else if (care.state === 'delete') {
      r.warning(
        person.origin,
        ['name'],
        'contact-retention',
        { partner: partner!.name, name, left: formatDate(care.left, lang), months: targets.retention_months_after_leaving },
        about,
      );
    }
    if ((care.state === 'ok' || care.state === 'never' || care.state === 'due') && !person.email && !person.phone && !('mobile' in person && person.mobile))
      r.warning(person.origin, ['name'], 'contact-unreachable', { name }, about);
  }

  for (const a of model.agreements) {
    if (agreementReviewPending(a, today))
      r.warning(a.origin, ['review'], 'agreement-review-due', { title: a.title, review: formatDate(a.review!, lang) }, a.title);
    if (!hasEnded(a.status)) {
      a.parties.forEach((party, i) => {
        const p = model.partnerById.get(party.partner);
        if (party.signed === undefined && p?.left !== undefined && p.left <= today) {
          r.warning(a.origin, ['parties', i, 'partner'], 'agreement-party-left', { title: a.title, partner: p.name, left: formatDate(p.left, lang) }, a.title);
        }
      });
    }
    if (a.document !== undefined && !isLink(a.document) && !exists(a.document))
      r.warning(a.origin, ['document'], 'file-not-found', { path: a.document }, a.title);
  }

  for (const p of schutzkonzeptReviewsDue(model, today))
    r.warning(
      p.origin,
      ['schutzkonzept', 'review'],
      'schutzkonzept-review-due',
      { partner: p.name, review: formatDate(p.schutzkonzept!.review!, lang) },
      p.name,
    );
  for (const { contact, partner } of poolMembers(model, today)) {
    const course = refresher(contact, targets.insofa_refresher_years);
    if (course && isDue(course, today))
      r.warning(
        contact.origin,
        ['insofa'],
        'insofa-refresher-due',
        { name: contact.name, last: formatDate(course.last, lang), years: targets.insofa_refresher_years },
        partner.name,
      );
  }
  // One warning per field, naming its municipalities
  const gaps = insofaPool(model, today).gaps;
  for (const field of [...new Set(gaps.map((g) => g.field))]) {
    const municipalities = gaps.filter((g) => g.field === field).map((g) => g.municipality);
    const shown = label(INSOFA_FIELD_LABELS, field, lang);
    r.add(
      'warning',
      model.network.origin.file,
      ['region', 'municipalities'],
      'insofa-pool-gap',
      { municipalities: municipalities.join(', '), field: shown },
      { about: shown },
    );
  }

  // § 9 Abs. 2 Nr. 4: representing the network counts only when it says where.
  for (const a of model.activities) {
    if (a.type === 'vertretung' && a.body === undefined) r.warning(a.origin, ['type'], 'activity-body-missing', { title: a.title }, a.title);
  }

  // A translation of the Wegweiser's free text older than its German text: "Übersetzung veraltet".
  for (const p of model.partners) {
    const outdated = (updated: IsoDate | undefined, translations: Readonly<Record<string, { source_date: IsoDate }>>, at: (string | number)[]) => {
      for (const [language, tr] of Object.entries(translations)) {
        if (updated !== undefined && tr.source_date < updated)
          r.warning(
            p.origin,
            [...at, 'translations', language, 'source_date'],
            'translation-outdated',
            { language, source: formatDate(tr.source_date, lang), updated: formatDate(updated, lang) },
            p.name,
          );
      }
    };
    outdated(p.updated, p.translations, []);
    p.offers.forEach((o, i) => outdated(o.updated, o.translations, ['offers', i]));
  }

  // The accessibility statement names what is not accessible when the Wegweiser is not fully so (EU model, § 10b Abs. 2 BGG NRW).
  const access = model.network.accessibility;
  if (access?.status !== undefined && access.status !== 'vollstaendig' && access.issues.length === 0)
    r.warning(model.network.origin, ['accessibility', 'status'], 'accessibility-issues-missing', { status: access.status });

  // The categories of § 9 Abs. 4 LKiSchG NRW are a Netzwerk Kinderschutz's; a network that is only
  // a Netzwerk Frühe Hilfen (kind: fruehe_hilfen) is not asked for them.
  // Points at targets.required_categories when it is there, else at the closest node that is.
  const missing = model.network.kind.includes('kinderschutz') ? coverage(model, today).missing : [];
  for (const category of missing) {
    const categoryLabel = label(CATEGORY_LABELS, category, lang);
    r.add(
      'warning',
      model.network.origin.file,
      ['targets', 'required_categories'],
      'category-missing',
      { label: categoryLabel, id: category },
      { shownPath: [], about: categoryLabel },
    );
  }
}

/** The samples of `netzwerk init` still in the files: one warning per file, at its first sample, naming them all. */
function sampleWarnings(model: Model, r: Reporter): void {
  const samples: { origin: Origin; name: string }[] = [
    ...model.network.coordinators.filter((c) => c.sample).map((c) => ({ origin: c.origin, name: c.name })),
    ...model.partners.flatMap((p) => [
      ...(p.sample ? [{ origin: p.origin, name: p.name }] : []),
      ...p.contacts.filter((c) => c.sample && !p.sample).map((c) => ({ origin: c.origin, name: c.name })),
    ]),
    ...model.meetings.filter((m) => m.sample).map((m) => ({ origin: m.origin, name: m.title })),
    ...model.agreements.filter((a) => a.sample).map((a) => ({ origin: a.origin, name: a.title })),
    ...model.activities.filter((a) => a.sample).map((a) => ({ origin: a.origin, name: a.title })),
  ];
  if (isSampleMission(model.network.mission_statement)) r.warning(model.network.origin, ['mission_statement'], 'sample-mission-statement');
  const byFile = new Map<string, typeof samples>();
  for (const s of samples) byFile.set(s.origin.file, [...(byFile.get(s.origin.file) ?? []), s]);
  for (const [file, list] of byFile) r.warning(list[0]!.origin, ['sample'], 'samples-present', { file, names: list.map((s) => s.name).join(', ') });
}
