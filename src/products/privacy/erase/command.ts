// netzwerk erase [QUERY] [DIR] [--due] [--dry-run]: takes out of the files what must go under the
// data-care policy (model/policy.ts): with --due, the persons `review` lists for deletion (their
// partner left longer ago than the retention period); with QUERY, one named person. Through the
// writing path (network/change.ts): comments and untouched bytes kept, validated, all or nothing,
// the diff shown. It says what it removed, what it left for the user (a name inside a sentence),
// and whom it keeps because they are still needed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePath } from '../../../paths.js';
import { parseDocument, type Document } from 'yaml';
import type { Invocation } from '../../../cli/spec.js';
import { ERASE } from './spec.js';
import type { Context } from '../../../cli/context.js';
import { editNetwork, type NetworkSession } from '../../../network/change.js';
import { textOf } from '../../../edit/place.js';
import { folderFiles } from '../../../load/read-folder.js';
import { applyEdits } from '../../../edit/yaml-edit.js';
import { EditError, type Path } from '../../../edit/types.js';
import { UsageError } from '../../../errors.js';
import { t } from '../../../i18n/catalogue.js';
import { formatPath } from '../../../diagnostics.js';
import { dataCare } from '../../../model/policy.js';
import { distinctPersons } from '../../../model/match.js';
import { findPerson, personMatch, type Occurrence } from '../person/person.js';
import { letterPerson } from '../letter/letter.js';
import { planPerson, type PersonPlan } from './plan.js';
import { removalChanges } from './edits.js';

export async function run(ctx: Context, { args, options }: Invocation<typeof ERASE>): Promise<number> {
  let query = args.query?.trim();
  let dir = args.dir;
  if (options.due && query !== undefined) {
    // `erase --due FOLDER`: the one word is the folder
    if (dir !== undefined) throw new UsageError('usage.erase-both');
    dir = args.query;
    query = undefined;
  }
  // `erase FOLDER` without --due: a folder is not a person
  const folderOnly = query !== undefined && dir === undefined && existsSync(join(resolvePath(ctx.io.cwd, query), 'network.yaml'));
  if (!options.due && (query === undefined || folderOnly || query.replace(/[\s\-.,;()/@]/g, '') === '')) throw new UsageError('usage.erase-what');

  await editNetwork(ctx, dir, { dryRun: options.dryRun }, (session) => {
    const plans = query === undefined ? duePlans(session, ctx.today) : [queryPlan(session, ctx.today, query)];
    if (plans.length === 0) {
      ctx.say('erase.nothing-due');
      return [];
    }
    const source = sourceTexts(session);
    // each file parsed once, when a list in it is first asked about
    const documents = new Map<string, Document>();
    const lengthOf = (file: string, path: Path) => {
      if (!documents.has(file)) documents.set(file, parseDocument(source.get(file) ?? '', { version: '1.2' }));
      const data = documents.get(file)!.getIn(path);
      return data !== null && typeof data === 'object' && 'items' in data ? (data.items as unknown[]).length : 0;
    };
    for (const plan of plans) keepWhatCannotBeEdited(plan, source, lengthOf);
    if (query !== undefined && plans[0]!.needed.length > 0) throw new UsageError('usage.erase-needed', { name: plans[0]!.name, why: reasons(ctx, plans[0]!) });
    for (const plan of plans) tell(ctx, plan);
    return removalChanges(
      plans.flatMap((p) => p.removals),
      lengthOf,
    );
  });
  return 0;
}

/** The one person a query means, with everything of theirs (refused when it means several or none). */
function queryPlan(session: NetworkSession, today: string, query: string): PersonPlan {
  const { model, locate, texts } = session;
  const found = findPerson(model, query, today, locate, texts());
  const who = letterPerson(found, query);
  if (who.kind === 'none') throw new UsageError('usage.erase-none', { query });
  if (who.kind === 'several') {
    const list = who.persons.map((p) => describe(p[0]!));
    throw new UsageError('usage.erase-ambiguous', { query, count: who.persons.length, list });
  }
  const findings = findPerson(model, query, today, locate, texts(), undefined, personMatch(who));
  return planPerson(model, findings, who.name, who.emails);
}

/** The persons whose entries are due for deletion, each with only those entries taken out. */
function duePlans(session: NetworkSession, today: string): PersonPlan[] {
  const { model, locate, texts } = session;
  const due = dataCare(model, today)
    .filter((c) => c.care.state === 'delete')
    .map((c) => ({ name: c.person.name, email: c.person.email, origin: c.person.origin }));
  const entries = new Set(due.map((d) => `${d.origin.file}\u0000${formatPath([...d.origin.path, 'name'])}`));
  const only = (o: Occurrence) => entries.has(`${o.place.file}\u0000${o.place.path}`);
  return distinctPersons(due).map((records) => {
    const emails = [...new Set(records.flatMap((r) => (r.email ? [r.email] : [])))];
    const name = records[0]!.name;
    const findings = findPerson(model, name, today, locate, texts(), undefined, personMatch({ name, emails }));
    return planPerson(model, findings, name, emails, only);
  });
}

/** The text of every file of the network as read. */
function sourceTexts(session: NetworkSession): Map<string, string> {
  return new Map(folderFiles(session.folder).map((s) => [s.file, textOf(s.bytes)]));
}

/** A removal the edit layer cannot make (a name in a list in brackets) stays, for the user to take out. */
function keepWhatCannotBeEdited(plan: PersonPlan, source: ReadonlyMap<string, string>, lengthOf: (file: string, path: Path) => number): void {
  plan.removals = plan.removals.filter((r) => {
    try {
      for (const change of removalChanges([r], lengthOf)) if ('edits' in change) applyEdits(source.get(r.file) ?? '', change.edits);
      return true;
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      plan.left.push({ place: r.place, excerpt: r.text, why: 'layout' });
      return false;
    }
  });
}

function reasons(ctx: Context, plan: PersonPlan): string[] {
  return plan.needed.map((n) => t(ctx.lang, n.why === 'coordinator' ? 'erase.needed-coordinator' : 'erase.needed-signatory', { of: n.of }));
}

/** What happens to one person: kept (and why), or what goes and what stays. */
function tell(ctx: Context, plan: PersonPlan): void {
  const where = (p: { file: string; line: number }) => t(ctx.lang, 'where', { file: p.file, line: p.line });
  if (plan.needed.length > 0) {
    ctx.say('erase.kept', { name: plan.name, why: reasons(ctx, plan) });
    return;
  }
  for (const r of plan.removals) ctx.say(`erase.removed-${r.what}`, { text: r.text, of: r.of, where: where(r.place) });
  for (const l of plan.left) ctx.say(`erase.left-${l.why}`, { text: l.excerpt, name: plan.name, where: where(l.place) });
}

/** A person of an ambiguous query: name, institution, address, place. */
function describe(o: Occurrence): string {
  const name = 'name' in o ? o.name : '';
  const partner = 'partner' in o && o.partner ? `, ${o.partner.name}` : '';
  const email = 'email' in o && o.email ? ` <${o.email}>` : '';
  return `${name}${partner}${email} (${o.place.file}:${o.place.line})`;
}
