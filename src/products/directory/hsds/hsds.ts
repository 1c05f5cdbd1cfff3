// The public directory as Open Referral HSDS 3.0 (Human Services Data Specification): every
// institution an organization with its location, address, phone and the languages spoken there;
// every offer a service (an institution without offers: one service for what it is) with its
// ages, languages, areas, cost, hours and the location it is given at; the persons the public may
// see as contacts. Written twice: as HSDS's JSON (organizations.json, each organization with its
// locations, phones and contacts, services.json with what belongs to each service, as HSDS's
// schemas nest them) and as its tabular data package (one CSV per object and datapackage.json). Ids are UUID v5: the network's
// namespace from its id, each object's id from the partner's id and its place (formats/uuid.ts),
// so a re-export keeps them. Only what the public Wegweiser shows; texts stay German.
import { stringify } from 'csv-stringify/sync';
import { translationFile, translator, type Translator } from '../../../load/translations.js';
import { uuidV5, URL_NAMESPACE } from '../../../formats/uuid.js';
import { slugify } from '../../../model/slug.js';
import type { Directory, DirectoryEntry, DirectoryOffer } from '../build-directory.js';
import { publicSectorLabel } from '../words.js';
import { HSDS_TABLES, HSDS_VERSION, type HsdsTable, type HsdsTableName } from './tables.js';

type Value = string | number | undefined;
type Row = Record<string, Value>;
type HsdsTablesData = Record<HsdsTableName, Row[]>;

/** The namespace of a network's ids: a UUID v5 of its id in the URL namespace. */
const networkNamespace = (networkId: string): string => uuidV5(`https://netzwerk.invalid/${networkId}`, URL_NAMESPACE);

function hsdsTables(d: Directory, networkId: string): HsdsTablesData {
  const ns = networkNamespace(networkId);
  const t = translator(translationFile('de')!);
  const names = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' });
  const tables = Object.fromEntries(HSDS_TABLES.map((table) => [table.name, [] as Row[]])) as HsdsTablesData;
  const add = (table: HsdsTableName, row: Row) => void tables[table].push(row);
  const language = (key: string, code: string, owner: Row) => add('language', { id: uuidV5(key, ns), ...owner, name: names.of(code) ?? code, code });
  for (const entry of d.entries) {
    const id = (part: string) => uuidV5(`partner/${entry.id}${part}`, ns);
    const organizationId = id('');
    add('organization', { id: organizationId, name: entry.name, description: publicSectorLabel(t, entry.sector), email: entry.email, website: entry.website });
    if (entry.phone) add('phone', { id: id('/phone'), organization_id: organizationId, number: entry.phone, type: 'voice' });
    const a = entry.address;
    const locationId = a || entry.languages.length > 0 ? id('/location') : undefined;
    if (locationId) {
      add('location', { id: locationId, location_type: 'physical', organization_id: organizationId, name: entry.name });
      if (a?.street && a.city && a.postal_code)
        add('address', {
          id: id('/address'),
          location_id: locationId,
          address_1: a.street,
          city: a.city,
          state_province: 'Nordrhein-Westfalen',
          postal_code: a.postal_code,
          country: 'DE',
          address_type: 'physical',
        });
      for (const code of entry.languages) language(`partner/${entry.id}/location/language/${code}`, code, { location_id: locationId });
      const features = [...new Set(entry.offers.flatMap((o) => o.accessibility))];
      for (const f of features) add('accessibility', { id: id(`/accessibility/${f}`), location_id: locationId, description: t.t(`access_${f}`) });
    }
    entry.persons.forEach((p, i) => {
      const contactId = id(`/contact/${i + 1}`);
      add('contact', { id: contactId, organization_id: organizationId, name: p.name, title: p.function, email: p.email });
      if (p.phone) add('phone', { id: id(`/contact/${i + 1}/phone`), contact_id: contactId, number: p.phone, type: 'voice' });
    });
    const offers: DirectoryOffer[] = entry.offers.length > 0 ? [...entry.offers] : [general(entry, t)];
    const seen = new Map<string, number>();
    for (const offer of offers) {
      const base = slugify(offer.title) || 'angebot';
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const key = `/service/${base}${n > 1 ? `-${n}` : ''}`;
      const serviceId = id(key);
      add('service', {
        id: serviceId,
        organization_id: organizationId,
        name: offer.title,
        description: offer.description,
        url: offer.url,
        status: 'active',
        fees_description: offer.cost ? t.t(`cost_${offer.cost}`) : undefined,
        eligibility_description: offer.for.length > 0 ? offer.for.map((f) => t.t(`for_${f}`)).join(', ') : undefined,
        minimum_age: offer.ages?.from,
        maximum_age: offer.ages?.to,
      });
      for (const code of ['de', ...offer.languages]) language(`partner/${entry.id}${key}/language/${code}`, code, { service_id: serviceId });
      for (const area of offer.municipalities ?? entry.municipalities ?? [d.network.region])
        add('service_area', { id: id(`${key}/area/${area}`), service_id: serviceId, name: area });
      if (offer.cost === 'kostenlos')
        add('cost_option', { id: id(`${key}/cost`), service_id: serviceId, option: t.t('cost_kostenlos'), currency: 'EUR', amount: 0 });
      if (offer.hours) add('schedule', { id: id(`${key}/schedule`), service_id: serviceId, description: offer.hours });
      if (locationId) add('service_at_location', { id: id(`${key}/location`), service_id: serviceId, location_id: locationId });
    }
  }
  return tables;
}

/** What an institution without offers is there for, as one service: its kind in plain words, for its area. */
function general(entry: DirectoryEntry, t: Translator): DirectoryOffer {
  return { title: publicSectorLabel(t, entry.sector), for: [], languages: [], anonymous: false, accessibility: [], translations: {} };
}

/**
 * HSDS's JSON, its objects as HSDS's schemas nest them: the organizations with their phones,
 * contacts and locations (organization.json, location.json), and the services with their
 * languages, areas, cost, schedules and locations (service.json), each pointing to its organization.
 */
function hsdsJson(tables: HsdsTablesData): { organizations: object[]; services: object[] } {
  const clean = (row: Row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
  const of = (table: HsdsTableName, key: string, id: Value) => tables[table].filter((r) => r[key] === id);
  const organizations = tables.organization.map((org) => ({
    ...clean(org),
    phones: of('phone', 'organization_id', org.id).map(clean),
    contacts: of('contact', 'organization_id', org.id).map((c) => ({ ...clean(c), phones: of('phone', 'contact_id', c.id).map(clean) })),
    locations: of('location', 'organization_id', org.id).map((l) => ({
      ...clean(l),
      addresses: of('address', 'location_id', l.id).map(clean),
      languages: of('language', 'location_id', l.id).map(clean),
      accessibility: of('accessibility', 'location_id', l.id).map(clean),
    })),
  }));
  const services = tables.service.map((s) => ({
    ...clean(s),
    languages: of('language', 'service_id', s.id).map(clean),
    service_areas: of('service_area', 'service_id', s.id).map(clean),
    cost_options: of('cost_option', 'service_id', s.id).map(clean),
    schedules: of('schedule', 'service_id', s.id).map(clean),
    service_at_locations: of('service_at_location', 'service_id', s.id).map(clean),
  }));
  return { organizations, services };
}

/** The folder's files: organizations.json, services.json, one CSV per HSDS object, datapackage.json. */
export function hsdsFiles(d: Directory, networkId: string): { name: string; content: string }[] {
  const tables = hsdsTables(d, networkId);
  const json = hsdsJson(tables);
  const files = [
    { name: 'organizations.json', content: `${JSON.stringify(json.organizations, null, 2)}\n` },
    { name: 'services.json', content: `${JSON.stringify(json.services, null, 2)}\n` },
  ];
  for (const table of HSDS_TABLES) {
    const rows = tables[table.name].map((row) => table.columns.map((c) => (row[c] === undefined ? '' : String(row[c]))));
    files.push({ name: table.path, content: stringify([[...table.columns], ...rows], { record_delimiter: 'windows' }) });
  }
  files.push({ name: 'datapackage.json', content: `${JSON.stringify(dataPackage(d, networkId), null, 2)}\n` });
  return files;
}

function dataPackage(d: Directory, networkId: string): object {
  return {
    profile: 'tabular-data-package',
    name: `${networkId}-hsds`,
    title: `${d.network.name}: HSDS ${HSDS_VERSION}`,
    version: HSDS_VERSION,
    resources: (HSDS_TABLES as readonly HsdsTable[]).map((table) => ({
      name: table.name,
      path: table.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        primaryKey: 'id',
        fields: table.columns.map((name) => ({
          name,
          type: table.types?.[name] ?? 'string',
          ...(name === 'id' || name.endsWith('_id') ? { format: 'uuid' } : {}),
          ...(name === 'id' ? { constraints: { required: true, unique: true } } : {}),
        })),
        foreignKeys: Object.entries(table.references ?? {}).map(([field, target]) => ({
          fields: field,
          reference: { resource: target, fields: 'id' },
        })),
      },
    })),
  };
}
