// Every command once: its arguments and options. From this table come commander's definition
// and help (src/cli/program.ts, texts from src/i18n/help.ts) and the typed, checked options each
// command module receives (main.ts wires a name to its module, loaded only when it runs).
import { AUDIENCES } from '../model/policy.js';
import { MEETING_STATUSES, MEETING_TYPES, SECTORS, VISIBILITIES } from '../model/vocabulary.js';
import { parseAlarm, parseBatch, parseCompare, parseCount, parseDateOrDateTime, parseDelimiter, parseLines, parseYear } from './option-parsers.js';
import { custom, date, flag, known, many, manyOf, maybeOneOf, negatable, oneOf, value, type Opt, type OptionsOf } from './options.js';

export interface Arg<K extends string = string> {
  key: K;
  required: boolean;
}

export interface CommandSpec {
  name: string;
  args: readonly Arg[];
  options: readonly Opt[];
}

const dir = { key: 'dir', required: false } as const;
const out = value('out', 'file');

/** The options every command has: the reference day and the language. */
export const COMMON = [date('today'), value('lang', 'lang')] as const;

export const COMMANDS = {
  validate: {
    name: 'validate',
    args: [dir],
    options: [oneOf('format', ['text', 'json'] as const, 'text'), flag('strict')],
  },
  report: {
    name: 'report',
    args: [dir],
    options: [
      custom('year', 'year', parseYear),
      date('from'),
      date('to'),
      maybeOneOf('format', ['text', 'md', 'html', 'json', 'pdf'] as const),
      oneOf('audience', AUDIENCES, 'network', 'audience'),
      custom('compare', 'compare', parseCompare),
      out,
    ],
  },
  contacts: {
    name: 'contacts',
    args: [dir],
    options: [
      maybeOneOf('format', ['csv', 'vcf', 'emails', 'xlsx'] as const),
      oneOf('audience', AUDIENCES, 'network', 'audience'),
      manyOf('sector', SECTORS, 'sector'),
      many('municipality', 'municipality'),
      flag('insofa'),
      value('meeting', 'id'),
      custom('delimiter', 'char', parseDelimiter, ';'),
      negatable('bom'),
      custom('batch', 'number', parseBatch),
      out,
    ],
  },
  directory: {
    name: 'directory',
    args: [dir],
    options: [maybeOneOf('format', ['html', 'csv', 'json', 'xlsx', 'pdf'] as const), oneOf('audience', ['network', 'public'] as const, 'network', 'audience'), out],
  },
  calendar: {
    name: 'calendar',
    args: [dir],
    options: [date('from'), date('to'), manyOf('type', MEETING_TYPES, 'type'), flag('public'), value('meeting', 'id'), custom('alarm', 'duration', parseAlarm), out],
  },
  meetings: {
    name: 'meetings',
    args: [dir],
    options: [date('from'), date('to'), flag('upcoming'), oneOf('format', ['text', 'json'] as const, 'text')],
  },
  // ---- the meeting cycle: invite → sign-in sheet → attendance (docs/meetings.md)
  invite: {
    name: 'invite',
    args: [{ key: 'meeting', required: true }, dir],
    options: [value('outDir', 'folder'), custom('batch', 'number', parseBatch, '500'), date('replyBy')],
  },
  sheet: {
    name: 'sheet',
    args: [{ key: 'meeting', required: true }, dir],
    options: [
      maybeOneOf('format', ['html', 'pdf', 'csv'] as const),
      out,
      custom('lines', 'number', parseLines('--lines', 1, 20), '2'),
      custom('guestLines', 'number', parseLines('--guest-lines', 0, 100), '8'),
    ],
  },
  attendance: {
    name: 'attendance',
    args: [{ key: 'meeting', required: true }, { key: 'list', required: true }, dir],
    options: [flag('dryRun')],
  },
  init: { name: 'init', args: [dir], options: [] },
  person: {
    name: 'person',
    args: [{ key: 'query', required: true }, dir],
    options: [maybeOneOf('format', ['text', 'json', 'letter'] as const), out],
  },
  review: {
    name: 'review',
    args: [dir],
    options: [maybeOneOf('format', ['text', 'csv', 'emails'] as const), out],
  },
  // ---- writing commands: they change the network's own files (src/cli/edit-network.ts)
  add: {
    name: 'add',
    args: [{ key: 'kind', required: true }, dir],
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
  },
  verified: {
    name: 'verified',
    args: [{ key: 'query', required: true }, dir],
    options: [date('date'), flag('dryRun')],
  },
  import: {
    name: 'import',
    args: [{ key: 'file', required: true }, dir],
    options: [flag('dryRun')],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

type ArgsOf<A extends readonly Arg[]> = { [P in A[number] as P['key']]: P['required'] extends true ? string : string | undefined };

/** What a command module's run() receives, typed from its declaration. */
export interface Invocation<N extends CommandName> {
  args: ArgsOf<(typeof COMMANDS)[N]['args']>;
  options: OptionsOf<(typeof COMMANDS)[N]['options']>;
}
