// netzwerk add partner|contact|meeting|activity [DIR] [--FIELD VALUE]… [--dry-run]
// A new entry without writing YAML: the values come from the options (on a terminal, missing
// required ones are asked for), the id from the name, the entry goes where the network keeps
// that collection (src/edit/place.ts), and the edit layer checks the whole network before writing.
import type { Invocation } from '../../../cli/spec.js';
import { ADD, ADD_ACTIVITY, ADD_CONTACT, ADD_MEETING, ADD_OFFER, ADD_PARTNER } from './spec.js';
import type { Opt, OptionsOf } from '../../../cli/options.js';
import type { Context } from '../../../cli/context.js';
import { askerFor, type Asker } from '../../../cli/ask.js';
import { editNetwork, openNetwork, type NetworkSession } from '../../../network/change.js';
import { parseDateOrDateTime } from '../../../cli/option-parsers.js';
import { dateOption, knownPartner, knownValue } from '../../../cli/option-values.js';
import { listOption } from '../values.js';
import { uniqueId } from '../../../edit/ids.js';
import { KEY_ORDER, ordered } from '../../../edit/order.js';
import { placeNew, type Change } from '../../../edit/place.js';
import type { Value } from '../../../edit/types.js';
import { UsageError } from '../../../errors.js';
import { t } from '../../../i18n/catalogue.js';
import {
  ACTIVITY_TYPE_LABELS,
  label,
  MEETING_STATUS_LABELS,
  MEETING_TYPE_LABELS,
  SECTOR_LABELS,
  VISIBILITY_LABELS,
  type Labels,
} from '../../../i18n/labels.js';
import type { Lang } from '../../../i18n/lang.js';
import { isDateOnly } from '../../../model/dates.js';
import type { Model } from '../../../model/types.js';
import { sameName } from '../../../model/match.js';
import { ACTIVITY_TYPES, MEETING_STATUSES, MEETING_TYPES, SECTORS, VISIBILITIES } from '../../../model/vocabulary.js';

type Options<S extends { options: readonly Opt[] }> = OptionsOf<S['options']>;

const flagOf = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const given = (value: unknown) => value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);

export async function run(ctx: Context, invocation: Invocation<typeof ADD>): Promise<number> {
  const asker = await askerFor(ctx.io, t(ctx.lang, 'ask.keys'));
  const options = { ...invocation.options };
  const plan = (session: NetworkSession, ask: Asker | undefined): Promise<Change> => {
    // Each kind its planner, with its own options (the copy above: questions on a terminal fill it in).
    if (invocation.kind === 'partner') return partnerPlanner(ctx, session, options as Options<typeof ADD_PARTNER>, ask);
    if (invocation.kind === 'contact') return contactPlanner(ctx, session, options as Options<typeof ADD_CONTACT>, ask);
    if (invocation.kind === 'meeting') return meetingPlanner(ctx, session, options as Options<typeof ADD_MEETING>, ask);
    if (invocation.kind === 'offer') return offerPlanner(ctx, session, options as Options<typeof ADD_OFFER>, ask);
    return activityPlanner(ctx, session, options as Options<typeof ADD_ACTIVITY>, ask);
  };
  // On a terminal the questions come first, without holding the folder's lock while the user thinks;
  // the entry is then planned again from the files as they are under the lock.
  if (asker) await plan(openNetwork(ctx, invocation.args.dir), asker);
  await editNetwork(ctx, invocation.args.dir, { dryRun: options.dryRun }, async (session) => [await plan(session, undefined)]);
  return 0;
}

type Planner<S extends { options: readonly Opt[] }> = (ctx: Context, session: NetworkSession, o: Options<S>, asker: Asker | undefined) => Promise<Change>;

/** Asks for each missing required value on a terminal; without one, names all missing options (exit 2). */
async function require<O extends object>(
  kind: string,
  o: O,
  asker: Asker | undefined,
  questions: readonly (readonly [keyof O & string, (a: Asker) => Promise<unknown>])[],
): Promise<void> {
  const missing = questions.filter(([key]) => !given(o[key]));
  if (missing.length === 0) return;
  if (!asker) throw new UsageError('usage.add-missing', { kind, options: missing.map(([key]) => flagOf(key)).join(', ') });
  for (const [key, ask] of missing) (o as Record<string, unknown>)[key] = await ask(asker);
}

const notEmpty = (lang: Lang) => (answer: string) => (answer === '' ? t(lang, 'ask.required') : undefined);

function choices<T extends string>(values: readonly T[], labels: Labels<T>, lang: Lang) {
  return values.map((value) => ({ value, name: `${label(labels, value, lang)} (${value})` }));
}

const partnerPlanner: Planner<typeof ADD_PARTNER> = async (ctx, session, o, asker) => {
  const lang = ctx.lang;
  await require('partner', o, asker, [
    ['name', (a) => a.text(t(lang, 'ask.partner-name'), { check: notEmpty(lang) })],
    ['sector', (a) => a.choose(t(lang, 'ask.sector'), choices(SECTORS, SECTOR_LABELS, lang))],
  ]);
  const { model, folder } = session;
  const municipalities = o.municipality.map((m) => knownValue('--municipality', m, model.network.region.municipalities));
  const id = o.id ?? uniqueId(o.name!, new Set(model.partners.map((p) => p.id)));
  const address = ordered({ street: o.street, postal_code: o.postalCode, city: o.city }, KEY_ORDER.address);
  const entry = ordered(
    {
      id,
      name: o.name,
      sector: o.sector,
      municipalities: municipalities.length > 0 ? municipalities : undefined,
      address: Object.keys(address).length > 0 ? address : undefined,
      website: o.website,
      email: o.email,
      phone: o.phone,
      joined: o.joined ?? ctx.today,
      tags: o.tag.length > 0 ? o.tag : undefined,
      languages: o.language.length > 0 ? [...new Set(o.language)] : undefined,
    },
    KEY_ORDER.partner,
  );
  return placeNew(folder, 'partners', id, entry as Value);
};

/** On a terminal: which partner, chosen from the list of all, by name and id. */
const askPartner = (a: Asker, model: Model, question: string) =>
  a.choose(
    question,
    model.partners.map((p) => ({ value: p.id, name: `${p.name} (${p.id})` })),
  );

/** An offer at a partner: appended to its offers, with today as the date of its German text (`updated`). */
const offerPlanner: Planner<typeof ADD_OFFER> = async (ctx, session, o, asker) => {
  const lang = ctx.lang;
  const { model } = session;
  await require('offer', o, asker, [
    ['partner', (a) => askPartner(a, model, t(lang, 'ask.offer-partner'))],
    ['title', (a) => a.text(t(lang, 'ask.title'), { check: notEmpty(lang) })],
  ]);
  const partner = knownPartner(model, '--partner', o.partner!);
  if (partner.offers.some((offer) => sameName(offer.title, o.title!))) throw new UsageError('usage.add-offer-title', { partner: partner.name, title: o.title });
  const municipalities = o.municipality.map((m) => knownValue('--municipality', m, model.network.region.municipalities));
  const ages = ordered({ from: o.ageFrom, to: o.ageTo }, ['from', 'to']);
  const entry = ordered(
    {
      title: o.title,
      description: o.description,
      for: o.for.length > 0 ? o.for : undefined,
      ages: Object.keys(ages).length > 0 ? ages : undefined,
      languages: o.language.length > 0 ? [...new Set(o.language)] : undefined,
      cost: o.cost,
      anonymous: o.anonymous ? true : undefined,
      hours: o.hours,
      accessibility: o.accessibility.length > 0 ? o.accessibility : undefined,
      municipalities: municipalities.length > 0 ? municipalities : undefined,
      url: o.url,
      updated: ctx.today,
    },
    KEY_ORDER.offer,
  );
  return { file: partner.origin.file, edits: [{ op: 'append', path: [...partner.origin.path, 'offers'], item: entry as Value }] };
};

const contactPlanner: Planner<typeof ADD_CONTACT> = async (ctx, session, o, asker) => {
  const lang = ctx.lang;
  const { model } = session;
  await require('contact', o, asker, [
    ['partner', (a) => askPartner(a, model, t(lang, 'ask.partner'))],
    ['name', (a) => a.text(t(lang, 'ask.contact-name'), { check: notEmpty(lang) })],
  ]);
  if (asker && o.visibility === undefined)
    o.visibility = await asker.choose(t(lang, 'ask.visibility'), choices(VISIBILITIES, VISIBILITY_LABELS, lang), 'internal');
  if (asker && o.visibility === 'public' && o.consent === undefined) {
    o.consent = await asker.text(t(lang, 'ask.consent'), { check: (a) => (dateOrUndefined(a) ? undefined : t(lang, 'ask.date')) });
  }
  const partner = knownPartner(model, '--partner', o.partner!);
  const twin = partner.contacts.find((c) => (o.email && c.email?.toLowerCase() === o.email.toLowerCase()) || sameName(c.name, o.name!));
  if (twin) throw new UsageError('usage.contact-exists', { name: twin.name, partner: partner.name });
  const entry = ordered(
    {
      name: o.name,
      function: o.function,
      email: o.email,
      phone: o.phone,
      mobile: o.mobile,
      insofa: o.insofa || undefined,
      visibility: o.visibility,
      consent: o.consent,
      verified: o.verified ?? ctx.today,
    },
    KEY_ORDER.contact,
  );
  return { file: partner.origin.file, edits: [{ op: 'append', path: [...partner.origin.path, 'contacts'], item: entry as Value }] };
};

const dateOrUndefined = (answer: string) => {
  try {
    return dateOption('--date', answer);
  } catch {
    return undefined;
  }
};

const meetingPlanner: Planner<typeof ADD_MEETING> = async (ctx, session, o, asker) => {
  const lang = ctx.lang;
  await require('meeting', o, asker, [
    ['title', (a) => a.text(t(lang, 'ask.title'), { check: notEmpty(lang) })],
    ['type', (a) => a.choose(t(lang, 'ask.meeting-type'), choices(MEETING_TYPES, MEETING_TYPE_LABELS, lang))],
    ['start', (a) => a.text(t(lang, 'ask.start'), { check: (x) => (validDateTime(x) ? undefined : t(lang, 'ask.datetime')) })],
  ]);
  const type = listOption('--type', o.type!, MEETING_TYPES, MEETING_TYPE_LABELS);
  // Something still to come is planned; for a day gone by, what happened must be said.
  if (o.status === undefined && o.start!.slice(0, 10) > ctx.today) o.status = 'planned';
  await require('meeting', o, asker, [['status', (a) => a.choose(t(lang, 'ask.status'), choices(MEETING_STATUSES, MEETING_STATUS_LABELS, lang), 'held')]]);
  const { model, folder } = session;
  const id = o.id ?? uniqueId(`${o.start!.slice(0, 7)} ${o.title}`, new Set(model.meetings.map((m) => m.id)));
  const invited = ordered(
    {
      sectors: o.invitedSector.length > 0 ? o.invitedSector : undefined,
      partners: o.invitedPartner.length > 0 ? partnerIds(model, '--invited-partner', o.invitedPartner) : undefined,
    },
    ['sectors', 'partners'],
  );
  const entry = ordered(
    {
      id,
      title: o.title,
      type,
      start: o.start,
      end: o.end,
      status: o.status,
      location: o.location,
      online: o.online,
      organizers: o.organizer.length > 0 ? partnerIds(model, '--organizer', o.organizer) : undefined,
      invited: Object.keys(invited).length > 0 ? invited : undefined,
      qualification_offer: o.qualificationOffer || undefined,
      public: o.public || undefined,
      topics: o.topic.length > 0 ? o.topic : undefined,
      description: o.description,
      minutes: o.minutes,
      hours: o.hours,
      teaching_units: o.teachingUnits,
      learning_content: o.learningContent.length > 0 ? [...new Set(o.learningContent)] : undefined,
    },
    KEY_ORDER.meeting,
  );
  return placeNew(folder, 'meetings', id, entry as Value);
};

/** The ids of the partners the words name, each once. */
const partnerIds = (model: Model, option: string, queries: readonly string[]) => [...new Set(queries.map((q) => knownPartner(model, option, q).id))];

const validDateTime = (answer: string) => {
  try {
    return parseDateOrDateTime(answer);
  } catch {
    return undefined;
  }
};

const activityPlanner: Planner<typeof ADD_ACTIVITY> = async (ctx, session, o, asker) => {
  const lang = ctx.lang;
  const dated = o.date !== undefined || o.start !== undefined;
  await require('activity', o, asker, [
    ['title', (a) => a.text(t(lang, 'ask.title'), { check: notEmpty(lang) })],
    ['type', (a) => a.choose(t(lang, 'ask.activity-type'), choices(ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, lang))],
    ...(dated
      ? []
      : [['date', (a: Asker) => a.text(t(lang, 'ask.activity-date'), { check: (x) => (dateOrUndefined(x) ? undefined : t(lang, 'ask.date')) })] as const]),
  ]);
  const type = listOption('--type', o.type!, ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS);
  for (const key of ['start', 'end'] as const) {
    if (o[key] !== undefined && !isDateOnly(o[key]!)) throw new UsageError('usage.activity-day', { option: flagOf(key), value: o[key] });
  }
  if (o.date !== undefined && (o.start !== undefined || o.end !== undefined)) throw new UsageError('usage.activity-date-and-range');
  if (asker && type === 'vertretung' && o.body === undefined) o.body = (await asker.text(t(lang, 'ask.body'))) || undefined;
  const { model, folder } = session;
  const id = o.id ?? uniqueId(`${(o.date ?? o.start ?? ctx.today).slice(0, 7)} ${o.title}`, new Set(model.activities.map((a) => a.id)));
  const entry = ordered(
    { id, title: o.title, type, date: o.date, start: o.start, end: o.end, body: o.body, count: o.count, url: o.url, description: o.description },
    KEY_ORDER.activity,
  );
  return placeNew(folder, 'activities', id, entry as Value);
};
