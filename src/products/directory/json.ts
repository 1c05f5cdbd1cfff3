// The directory as JSON for a municipal web site (docs/directory.md describes every key): the
// same entries as every other format, with the words of the chosen language beside each key
// (sector_label, theme_label, group titles) so that a page can show them as they are. Absent
// values are null, so every entry has the same keys.
import type { Directory, DirectoryEntry, DirectoryPerson } from './build-directory.js';
import { eventTypeLabel, publicSectorLabel, themeText, themeTitle } from './words.js';
import { label, SECTOR_LABELS } from '../../i18n/labels.js';
import type { Sector } from '../../model/vocabulary.js';
import type { Theme } from './themes.js';
import type { PageLocale } from './page-locale.js';

/** Raised when a key changes its meaning or disappears; new keys keep the version. */
const DIRECTORY_JSON_VERSION = 1;

export function renderDirectoryJson(directory: Directory, options: { locale: PageLocale }): string {
  const loc = options.locale;
  const lang = loc.tag;
  const sectorLabel = (s: Sector) => (directory.audience === 'public' ? publicSectorLabel(loc.t, s) : label(SECTOR_LABELS, s, loc.lang));
  const ids = (entries: readonly DirectoryEntry[]) => entries.map((e) => e.id);
  const json = {
    version: DIRECTORY_JSON_VERSION,
    network: directory.network,
    audience: directory.audience,
    lang,
    as_of: directory.today,
    groups: directory.groups.map((g) => ({
      id: g.key,
      title: directory.audience === 'public' ? themeTitle(loc.t, g.key as Theme) : label(SECTOR_LABELS, g.key as Sector, loc.lang),
      text: directory.audience === 'public' ? themeText(loc.t, g.key as Theme) : null,
      entries: ids(g.entries),
    })),
    municipalities: directory.towns.map((t) => ({ name: t.name, id: t.slug, entries: ids(t.entries) })),
    whole_region: ids(directory.wholeRegion),
    entries: directory.entries.map((e) => ({
      id: e.id,
      name: e.name,
      sector: e.sector,
      sector_label: sectorLabel(e.sector),
      theme: e.theme,
      theme_label: themeTitle(loc.t, e.theme),
      municipalities: e.municipalities ?? null,
      address: e.address ? { street: e.address.street ?? null, postal_code: e.address.postal_code ?? null, city: e.address.city ?? null } : null,
      phone: e.phone ?? null,
      email: e.email ?? null,
      website: e.website ?? null,
      insofa: e.insofa ?? null,
      insofa_fields: e.insofaFields ?? [],
      insofa_languages: e.insofaLanguages ?? [],
      verified: e.verified ?? null,
      languages: e.languages,
      offers: e.offers.map((o) => ({
        title: o.title,
        description: o.description ?? null,
        for: o.for,
        ages: o.ages ? { from: o.ages.from ?? null, to: o.ages.to ?? null } : null,
        languages: o.languages,
        cost: o.cost ?? null,
        anonymous: o.anonymous,
        hours: o.hours ?? null,
        accessibility: o.accessibility,
        municipalities: o.municipalities ?? null,
        url: o.url ?? null,
        translations: o.translations,
      })),
      contacts: e.persons.map(person),
    })),
    insofa: ids(directory.insofa),
    coordination: {
      contacts: directory.coordination.persons.map((p) => ({ ...person(p), partner: p.partner.id })),
      offices: ids(directory.coordination.offices),
    },
    events: directory.events.map((m) => ({
      id: m.id,
      title: m.title,
      type: m.type,
      type_label: eventTypeLabel(loc.t, m.type),
      status: m.status,
      start: m.start,
      end: m.end ?? null,
      all_day: m.allDay,
      location: m.location ?? null,
      online: m.online ?? null,
      description: m.description ?? null,
      topics: m.topics,
    })),
    // --hide-unconfirmed: the entries left out, so that whoever publishes the file knows who is missing
    hidden: directory.hidden.map((h) => ({ id: h.id, name: h.name })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

const person = (p: DirectoryPerson) => ({
  name: p.name,
  function: p.function ?? null,
  email: p.email ?? null,
  phone: p.phone ?? null,
  insofa: p.insofa,
  coordinator: p.coordinator,
});
