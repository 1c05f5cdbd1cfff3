// netzwerk add partner|contact|meeting|activity [DIR] [--FIELD VALUE]… [--dry-run]: each kind a
// subcommand with its own options (and its own help: `netzwerk add partner --help`).
import { parseCount, parseDateOrDateTime } from '../../../cli/option-parsers.js';
import { custom, date, flag, many, manyCustom, value } from '../../../cli/options.js';
import { MEETING_STATUS_LABELS, VISIBILITY_LABELS } from '../../../i18n/labels.js';
import { listOption, STATUS_WORDS, VISIBILITY_WORDS } from '../values.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';
import { MEETING_STATUSES, VISIBILITIES } from '../../../model/vocabulary.js';
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

export const ADD = {
  name: 'add',
  args: [{ key: 'kind', required: true }, DIR],
  options: [],
  subcommands: [ADD_PARTNER, ADD_CONTACT, ADD_MEETING, ADD_ACTIVITY],
} as const satisfies CommandSpec;
