// netzwerk add partner|contact|meeting|activity [DIR] [--FIELD VALUE]… [--dry-run]
import { parseCount, parseDateOrDateTime } from '../../../cli/option-parsers.js';
import { custom, date, flag, known, many, manyOf, value } from '../../../cli/options.js';
import { DIR, type CommandSpec } from '../../../cli/spec.js';
import { MEETING_STATUSES, SECTORS, VISIBILITIES } from '../../../model/vocabulary.js';

export const ADD = {
  name: 'add',
  args: [{ key: 'kind', required: true }, DIR],
  options: [
    value('id', 'id'),
    // partner
    value('name', 'text'),
    known('sector', SECTORS, 'sector'),
    many('municipality', 'municipality'),
    value('street', 'text'),
    value('postalCode', 'text'),
    value('city', 'text'),
    value('website', 'url'),
    value('email', 'email'),
    value('phone', 'phone'),
    date('joined'),
    many('tag', 'text'),
    // contact
    value('partner', 'id'),
    value('function', 'text'),
    value('mobile', 'phone'),
    flag('insofa'),
    known('visibility', VISIBILITIES, 'visibility'),
    date('consent'),
    date('verified'),
    // meeting and activity
    value('title', 'text'),
    value('type', 'type'),
    custom('start', 'datetime', parseDateOrDateTime),
    custom('end', 'datetime', parseDateOrDateTime),
    known('status', MEETING_STATUSES, 'status'),
    value('location', 'text'),
    value('online', 'url'),
    many('organizer', 'id'),
    manyOf('invitedSector', SECTORS, 'sector'),
    many('invitedPartner', 'id'),
    many('topic', 'text'),
    flag('public'),
    flag('qualificationOffer'),
    value('minutes', 'text'),
    date('date'),
    value('body', 'text'),
    custom('count', 'number', parseCount),
    value('url', 'url'),
    value('description', 'text'),
    flag('dryRun'),
  ],
} as const satisfies CommandSpec;
