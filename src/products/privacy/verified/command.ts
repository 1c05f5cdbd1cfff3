// netzwerk verified QUERY [DIR] [--date DATE] [--dry-run]: after a review round, records that a
// person's data were confirmed. The person is found as the Art. 15 letter finds them
// (model/match.ts: a full name means that name, else the beginnings of words); one person may
// stand in several places (coordinator and contact): all get the date. A query that fits several
// persons changes nothing and lists them (exit 2: say which one).
import type { Invocation } from '../../../cli/spec.js';
import { VERIFIED } from './spec.js';
import type { Context } from '../../../cli/context.js';
import { editNetwork } from '../../../network/change.js';
import { KEY_ORDER } from '../../../edit/order.js';
import type { Change } from '../../../edit/place.js';
import { UsageError } from '../../../errors.js';
import { t } from '../../../i18n/catalogue.js';
import { formatDate } from '../../../i18n/format.js';
import type { Contact, Coordinator, Partner } from '../../../model/types.js';
import { distinctPersons, meant, type Named } from '../../../model/match.js';

interface Entry extends Named {
  person: Contact | Coordinator;
  partner: Partner | undefined;
  coordinator: boolean;
}

export async function run(ctx: Context, { args, options }: Invocation<typeof VERIFIED>): Promise<number> {
  const query = args.query.trim();
  if (query.replace(/[\s\-.,;()/@]/g, '') === '') throw new UsageError('usage.verified-query');
  const date = options.date ?? ctx.today;
  if (date > ctx.today) throw new UsageError('usage.verified-future', { date, today: ctx.today });
  await editNetwork(ctx, args.dir, { dryRun: options.dryRun }, async (session) => {
    const { model } = session;

    const records: Entry[] = [
      ...model.network.coordinators.map((c) => ({ person: c, partner: model.partnerById.get(c.partner), coordinator: true, name: c.name, email: c.email })),
      ...model.partners.flatMap((p) => p.contacts.map((c) => ({ person: c, partner: p, coordinator: false, name: c.name, email: c.email }))),
    ];
    const entries = meant(records, query);
    if (entries.length === 0) throw new UsageError('usage.verified-none', { query });

    const persons = distinctPersons(entries);
    const where = (e: Entry) => t(ctx.lang, 'where', { file: e.person.origin.file, line: session.locate(e.person.origin, ['name']).line });
    const describe = (e: Entry) => `${e.person.name}${e.partner ? `, ${e.partner.name}` : ''}${e.person.email ? ` <${e.person.email}>` : ''} (${where(e)})`;
    if (persons.length > 1) {
      throw new UsageError('usage.verified-ambiguous', { query, count: persons.length, list: entries.map(describe) });
    }

    const shown = formatDate(date, ctx.lang);
    for (const e of entries)
      ctx.say('verified.entry', {
        entry: describe(e),
        date: shown,
        before: e.person.verified === undefined ? undefined : formatDate(e.person.verified, ctx.lang),
      });
    const changes: Change[] = entries
      .filter((e) => e.person.verified !== date)
      .map((e) => ({
        file: e.person.origin.file,
        edits: [{ op: 'set', path: e.person.origin.path, values: { verified: date }, order: e.coordinator ? KEY_ORDER.coordinator : KEY_ORDER.contact }],
      }));
    return changes;
  });
  return 0;
}
