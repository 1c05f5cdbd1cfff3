// netzwerk add partner|contact|meeting|activity|offer [DIR] [--FIELD VALUE]… [--dry-run]: each kind a
// subcommand with its own options (and its own help: `netzwerk add partner --help`).
import { parseAge, parseCount, parseDateOrDateTime } from '../../../cli/option-parsers.js';
import { custom, date, flag, known, many, manyCustom, manyOf, value } from '../../../cli/options.js';
import { parseLanguage } from './language-option.js';
import { MEETING_STATUS_LABELS, VISIBILITY_LABELS } from '../../../i18n/labels.js';
import { amountOption, hoursFrom, listOption, STATUS_WORDS, teachingUnitsFrom, VISIBILITY_WORDS } from '../values.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';
import { ACCESS_FEATURES, MEETING_STATUSES, OFFER_AUDIENCES, VISIBILITIES } from '../../../model/vocabulary.js';
import { sectorOption } from '../sectors.js';

/** Every kind has these: the id to use instead of one made from the name, and the dry run. */
const EVERY = [value('id', 'id'), flag('dryRun')] as const;

export const ADD_PARTNER = {
  name: 'partner',
  args: [DIR],
  options: [
    value('name', 'text'),
    custom('sector', 'sector', (v) => sectorOption('--sector', v)),
    many('municipality', 'municipality'),
    value('street', 'text'),
    value('postalCode', 'text'),
    value('city', 'text'),
    value('website', 'url'),
    value('email', 'email'),
    value('phone', 'phone'),
    date('joined'),
    many('tag', 'text'),
    { ...many('language', 'language'), parse: (raw: unknown) => many('language', 'language').parse(raw).map(parseLanguage) },
    ...EVERY,
  ],
} as const satisfies CommandSpec;

export const ADD_CONTACT = {
  name: 'contact',
  args: [DIR],
  options: [
    value('partner', 'id'),
    value('name', 'text'),
    value('function', 'text'),
    value('email', 'email'),
    value('phone', 'phone'),
    value('mobile', 'phone'),
    flag('insofa'),
    custom('visibility', 'visibility', (v) => listOption('--visibility', v, VISIBILITIES, VISIBILITY_LABELS, VISIBILITY_WORDS)),
    date('consent'),
    date('verified'),
    ...EVERY,
  ],
} as const satisfies CommandSpec;

export const ADD_MEETING = {
  name: 'meeting',
  args: [DIR],
  options: [
    value('title', 'text'),
    value('type', 'type'),
    custom('start', 'datetime', parseDateOrDateTime),
    custom('end', 'datetime', parseDateOrDateTime),
    custom('status', 'status', (v) => listOption('--status', v, MEETING_STATUSES, MEETING_STATUS_LABELS, STATUS_WORDS)),
    value('location', 'text'),
    value('online', 'url'),
    many('organizer', 'id'),
    manyCustom('invitedSector', 'sector', (v) => sectorOption('--invited-sector', v)),
    many('invitedPartner', 'id'),
    many('topic', 'text'),
    flag('public'),
    flag('qualificationOffer'),
    custom('hours', 'number', (v) => amountOption('--hours', v, hoursFrom)),
    custom('teachingUnits', 'number', (v) => amountOption('--teaching-units', v, teachingUnitsFrom)),
    many('learningContent', 'text'),
    value('minutes', 'text'),
    value('description', 'text'),
    ...EVERY,
  ],
} as const satisfies CommandSpec;

export const ADD_ACTIVITY = {
  name: 'activity',
  args: [DIR],
  options: [
    value('title', 'text'),
    value('type', 'type'),
    date('date'),
    custom('start', 'datetime', parseDateOrDateTime),
    custom('end', 'datetime', parseDateOrDateTime),
    value('body', 'text'),
    custom('count', 'number', parseCount),
    value('url', 'url'),
    value('description', 'text'),
    ...EVERY,
  ],
} as const satisfies CommandSpec;

/** An offer of a partner (FORMAT.md, third stage): appended to the partner's offers, the date of its German text today. */
export const ADD_OFFER = {
  name: 'offer',
  args: [DIR],
  options: [
    value('partner', 'id'),
    value('title', 'text'),
    value('description', 'text'),
    manyOf('for', OFFER_AUDIENCES, 'for'),
    custom('ageFrom', 'number', parseAge),
    custom('ageTo', 'number', parseAge),
    { ...many('language', 'language'), parse: (raw: unknown) => many('language', 'language').parse(raw).map(parseLanguage) },
    known('cost', ['kostenlos', 'gebuehr'] as const, 'cost'),
    flag('anonymous'),
    value('hours', 'text'),
    manyOf('accessibility', ACCESS_FEATURES, 'access'),
    many('municipality', 'municipality'),
    value('url', 'url'),
    flag('dryRun'),
  ],
} as const satisfies CommandSpec;

export const ADD = {
  name: 'add',
  args: [{ key: 'kind', required: true }, DIR],
  options: [],
  subcommands: [ADD_PARTNER, ADD_CONTACT, ADD_MEETING, ADD_ACTIVITY, ADD_OFFER],
} as const satisfies CommandSpec;
