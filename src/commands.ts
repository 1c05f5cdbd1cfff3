// The table of commands: each product's declaration (its spec.ts) and its module, loaded only
// when the command runs, so that start-up reads no more than the command line needs.
import type { Context } from './cli/context.js';
import type { CommandSpec, Invocation } from './cli/spec.js';
import { CONTACTS } from './products/contacts/spec.js';
import { DIRECTORY } from './products/directory/spec.js';
import { DATASHEET } from './products/datasheet/spec.js';
import { DOCS } from './products/docs/spec.js';
import { ADD } from './products/editing/add/spec.js';
import { IMPORT } from './products/editing/import/spec.js';
import { SET } from './products/editing/set/spec.js';
import { INIT } from './products/init/spec.js';
import { ATTENDANCE } from './products/meetings/attendance/spec.js';
import { CALENDAR } from './products/meetings/calendar/spec.js';
import { INVITE } from './products/meetings/invite/spec.js';
import { MEETINGS } from './products/meetings/list/spec.js';
import { SHEET } from './products/meetings/sheet/spec.js';
import { CERTIFICATE } from './products/certificate/spec.js';
import { PERSON } from './products/privacy/person/spec.js';
import { REVIEW } from './products/privacy/review/spec.js';
import { ERASE } from './products/privacy/erase/spec.js';
import { VERIFIED } from './products/privacy/verified/spec.js';
import { OVERVIEW } from './products/overview/spec.js';
import { REPORT } from './products/report/spec.js';
import { TRANSLATIONS } from './products/translations/spec.js';
import { VALIDATE } from './products/validate/spec.js';

/** In the order of the help's list. */
export const COMMANDS = {
  validate: VALIDATE,
  report: REPORT,
  overview: OVERVIEW,
  contacts: CONTACTS,
  directory: DIRECTORY,
  datasheet: DATASHEET,
  calendar: CALENDAR,
  meetings: MEETINGS,
  invite: INVITE,
  sheet: SHEET,
  attendance: ATTENDANCE,
  certificate: CERTIFICATE,
  init: INIT,
  person: PERSON,
  review: REVIEW,
  erase: ERASE,
  add: ADD,
  set: SET,
  verified: VERIFIED,
  import: IMPORT,
  translations: TRANSLATIONS,
  docs: DOCS,
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The groups of `netzwerk --help`, in their order; a command's place in its group is its place above. */
export const HELP_GROUPS = ['data', 'outputs', 'meetings', 'privacy', 'help'] as const;

export const GROUP_OF: Readonly<Record<CommandName, (typeof HELP_GROUPS)[number]>> = {
  validate: 'data',
  init: 'data',
  add: 'data',
  set: 'data',
  import: 'data',
  verified: 'data',
  report: 'outputs',
  overview: 'outputs',
  contacts: 'outputs',
  directory: 'outputs',
  datasheet: 'privacy',
  calendar: 'outputs',
  meetings: 'meetings',
  invite: 'meetings',
  sheet: 'meetings',
  attendance: 'meetings',
  certificate: 'meetings',
  person: 'privacy',
  review: 'privacy',
  erase: 'privacy',
  translations: 'data',
  docs: 'help',
};

interface Module<N extends CommandName> {
  run(ctx: Context, invocation: Invocation<(typeof COMMANDS)[N]>): Promise<number>;
}

/** Each command's module, loaded only when it runs (start-up stays small). */
export const MODULES: { [N in CommandName]: () => Promise<Module<N>> } = {
  validate: () => import('./products/validate/command.js'),
  report: () => import('./products/report/command.js'),
  overview: () => import('./products/overview/command.js'),
  contacts: () => import('./products/contacts/command.js'),
  directory: () => import('./products/directory/command.js'),
  datasheet: () => import('./products/datasheet/command.js'),
  calendar: () => import('./products/meetings/calendar/command.js'),
  meetings: () => import('./products/meetings/list/command.js'),
  invite: () => import('./products/meetings/invite/command.js'),
  sheet: () => import('./products/meetings/sheet/command.js'),
  attendance: () => import('./products/meetings/attendance/command.js'),
  certificate: () => import('./products/certificate/command.js'),
  init: () => import('./products/init/command.js'),
  person: () => import('./products/privacy/person/command.js'),
  review: () => import('./products/privacy/review/command.js'),
  erase: () => import('./products/privacy/erase/command.js'),
  add: () => import('./products/editing/add/command.js'),
  set: () => import('./products/editing/set/command.js'),
  verified: () => import('./products/privacy/verified/command.js'),
  import: () => import('./products/editing/import/command.js'),
  translations: () => import('./products/translations/command.js'),
  docs: () => import('./products/docs/command.js'),
};

/** A command line read: the command with its checked options, and the common `--today`. */
export type Call = { [N in CommandName]: { name: N; invocation: Invocation<(typeof COMMANDS)[N]>; common: { today?: string } } }[CommandName];
