// The Wegweiser's facts for search engines and other machines, as schema.org JSON-LD in the page's
// head: each institution as an Organization (address, general phone and e-mail, web site, the
// municipalities it serves, a ContactPoint with the languages spoken there, its offers as Services
// with their audience, ages, languages and whether they are free), and each upcoming public event
// as an Event with its eventStatus (a cancelled one stays, marked EventCancelled). Only what the
// public Wegweiser shows anyway: no person is named here. The same graph on every language's page.
import type { Directory, DirectoryEntry, DirectoryEvent, DirectoryOffer } from './build-directory.js';
import { offerLanguages } from './offers-html.js';

type Json = Record<string, unknown>;

/** The script element for the page's head (`<` escaped, so that no text of the data can end it). */
export function jsonLd(d: Directory): string {
  const graph = { '@context': 'https://schema.org', '@graph': [...d.entries.map((entry) => organization(d, entry)), ...d.events.map((m) => event(d, m))] };
  const json = JSON.stringify(graph, null, 1).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">\n${json}\n</script>`;
}

const compact = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

function organization(d: Directory, entry: DirectoryEntry): Json {
  const a = entry.address;
  const languages = ['de', ...offerLanguages(entry)];
  return compact({
    '@type': 'Organization',
    '@id': `#p-${entry.id}`,
    name: entry.name,
    address: a
      ? compact({ '@type': 'PostalAddress', streetAddress: a.street, postalCode: a.postal_code, addressLocality: a.city, addressCountry: 'DE' })
      : undefined,
    telephone: entry.phone,
    email: entry.email,
    url: entry.website,
    areaServed: (entry.municipalities ?? [d.network.region]).map((name) => ({ '@type': 'AdministrativeArea', name })),
    contactPoint:
      entry.phone || entry.email ? compact({ '@type': 'ContactPoint', telephone: entry.phone, email: entry.email, availableLanguage: languages }) : undefined,
    knowsLanguage: languages,
    makesOffer: entry.offers.map((o) => offer(o)),
  });
}

function offer(o: DirectoryOffer): Json {
  const ages = o.ages ?? {};
  return compact({
    '@type': 'Offer',
    price: o.cost === 'kostenlos' ? '0' : undefined,
    priceCurrency: o.cost === 'kostenlos' ? 'EUR' : undefined,
    url: o.url,
    itemOffered: compact({
      '@type': 'Service',
      name: o.title,
      description: o.description,
      audience:
        o.for.length > 0 || ages.from !== undefined || ages.to !== undefined
          ? compact({
              '@type': 'PeopleAudience',
              audienceType: o.for.length > 0 ? o.for.join(', ') : undefined,
              suggestedMinAge: ages.from,
              suggestedMaxAge: ages.to,
            })
          : undefined,
      availableChannel: { '@type': 'ServiceChannel', availableLanguage: ['de', ...o.languages] },
      areaServed: o.municipalities?.map((name) => ({ '@type': 'AdministrativeArea', name })),
    }),
  });
}

function event(d: Directory, m: DirectoryEvent): Json {
  const mode = m.location && m.online ? 'MixedEventAttendanceMode' : m.online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  const places = [
    ...(m.location
      ? [{ '@type': 'Place', name: m.location, address: { '@type': 'PostalAddress', addressRegion: d.network.region, addressCountry: 'DE' } }]
      : []),
    ...(m.online && /^https?:\/\//i.test(m.online) ? [{ '@type': 'VirtualLocation', url: m.online }] : []),
  ];
  return compact({
    '@type': 'Event',
    '@id': `#e-${m.id}-h`,
    name: m.title,
    startDate: m.start,
    endDate: m.end,
    eventStatus: m.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: places.length === 1 ? places[0] : places.length > 1 ? places : undefined,
    description: m.description,
    keywords: m.topics.length > 0 ? m.topics.join(', ') : undefined,
    organizer: { '@type': 'Organization', name: d.network.name },
  });
}
