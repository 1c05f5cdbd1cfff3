// What `erase` takes out of the files for one person, from what `person` finds about them
// (person.ts): their entries as coordinator or contact, their name as signatory of an agreement
// that has ended, and their name or address where it stands alone in a free-text field (a topic,
// a place, a description of only that). A name inside a sentence, or in the name of an institution,
// is left for the user to decide. A person still needed is not erased at all: a coordinator of an
// active office, a signatory of an agreement that has not ended. What the report counts (an
// institution's attendance, numbers of participants) names no person and stays as it is.
import { isActive } from '../../../model/coverage.js';
import { hasEnded } from '../../../model/coverage.js';
import { sameName } from '../../../model/match.js';
import type { Model } from '../../../model/types.js';
import type { Path } from '../../../edit/types.js';
import type { Occurrence, PersonFindings, Place } from '../person/person.js';

/** One thing taken out: its place in the files, and the path of what goes. */
export interface Removal {
  what: 'contact' | 'coordinator' | 'signatory' | 'text';
  place: Place;
  file: string;
  path: Path;
  /** The name, or the text that goes. */
  text: string;
  /** The institution (contact, coordinator, signatory), or the agreement's title. */
  of?: string;
}

/** A place that names the person and stays: a sentence, an institution's name, a layout the program cannot edit. */
interface Left {
  place: Place;
  excerpt: string;
  why: 'sentence' | 'organisation' | 'field' | 'layout';
}

/** Why a person is kept whole. */
type Needed = { why: 'coordinator'; of: string } | { why: 'signatory'; of: string };

export interface PersonPlan {
  name: string;
  removals: Removal[];
  left: Left[];
  /** Set when the person is still needed: then nothing of theirs is removed. */
  needed: Needed[];
}

/** Free-text keys whose whole value may go when it is only the person's name or address. */
const STANDALONE_KEYS = new Set(['location', 'description', 'minutes', 'body', 'function']);
/** Lists whose items may go when an item is only the name (the key goes with its last item). */
const STANDALONE_LISTS = new Set(['topics', 'tags']);

/** A path of the files from a Place's path (`parties[1].signatory` → ['parties', 1, 'signatory']). */
function pathOf(place: Place): Path {
  const out: (string | number)[] = [];
  for (const m of place.path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/**
 * The plan for one person: `findings` are what person.ts found for exactly them (personMatch),
 * `emails` their addresses. `only` limits the entries taken out (for `--due`: the entries of
 * departed partners; the person's name stays elsewhere while they have other entries).
 */
export function planPerson(model: Model, findings: PersonFindings, name: string, emails: readonly string[], only?: (o: Occurrence) => boolean): PersonPlan {
  const plan: PersonPlan = { name, removals: [], left: [], needed: [] };
  const today = findings.today;
  const entryOf = (o: Occurrence) => o.kind === 'contact' || o.kind === 'coordinator';
  const partial = only !== undefined && findings.occurrences.some((o) => entryOf(o) && !only(o));
  for (const o of findings.occurrences) {
    const path = pathOf(o.place);
    if (o.kind === 'coordinator') {
      const partner = o.partner ? model.partnerById.get(o.partner.id) : undefined;
      if (partner && isActive(partner, today)) plan.needed.push({ why: 'coordinator', of: partner.name });
      else if (!only || only(o))
        plan.removals.push({ what: 'coordinator', place: o.place, file: o.place.file, path: path.slice(0, -1), text: o.name, of: o.partner?.name ?? '' });
    } else if (o.kind === 'contact') {
      if (!only || only(o))
        plan.removals.push({ what: 'contact', place: o.place, file: o.place.file, path: path.slice(0, -1), text: o.name, of: o.partner?.name ?? '' });
    } else if (o.kind === 'signatory') {
      if (!hasEnded(o.agreement.status)) plan.needed.push({ why: 'signatory', of: o.agreement.title });
      else if (!partial) plan.removals.push({ what: 'signatory', place: o.place, file: o.place.file, path, text: o.name, of: o.agreement.title });
    } else if (o.kind === 'organisation') {
      if (!partial) plan.left.push({ place: o.place, excerpt: o.name, why: 'organisation' });
    } else if (o.kind === 'mention' && !partial) {
      const alone = sameName(o.text.trim(), name) || emails.some((e) => e.toLowerCase() === o.text.trim().toLowerCase());
      const key = path.at(-1);
      const listed = typeof key === 'number' && STANDALONE_LISTS.has(String(path.at(-2)));
      if (alone && (listed || (typeof key === 'string' && STANDALONE_KEYS.has(key))))
        plan.removals.push({ what: 'text', place: o.place, file: o.place.file, path, text: o.text.trim() });
      else plan.left.push({ place: o.place, excerpt: o.excerpt, why: alone ? 'field' : 'sentence' });
    }
  }
  if (plan.needed.length > 0) plan.removals = [];
  return plan;
}
