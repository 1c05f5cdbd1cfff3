// Who a contact list reaches and who it does not: a pure function of the network, the selection
// and today. Each active partner the selection asks for (by sector, municipality, or invitation
// to a meeting) is either reached through at least one person the audience may see (with an
// e-mail address, for an e-mail list) or missed, with the reason. `contacts` reports the misses
// on stderr; `invite` (a later command) reuses it, so that nobody is left out in silence.
import { visibleTo, type Audience } from './policy.js';
import type { IsoDate, Model, Partner } from './types.js';
import { AUDIENCES } from './policy.js';
import type { Visibility } from './vocabulary.js';
import { entriesOf, partnersWanted, rowsByPartner, selectContacts, type ContactRow, type ContactSelection } from './contact-rows.js';

/** Exchange (and so most Outlook installations) accepts at most this many recipients per message. */
export const RECIPIENT_LIMIT = 500;

type MissReason =
  /** Neither a contact person nor a coordinator is recorded for the partner. */
  | { kind: 'no-contact' }
  /** It has people, but none the audience may see; `widest` is the widest audience that would see one. */
  | { kind: 'hidden'; widest: Audience }
  /** Visible people, but none with an e-mail address (only for e-mail lists). */
  | { kind: 'no-email' };

interface Missed {
  partner: { id: string; name: string };
  reason: MissReason;
}

export interface Reach {
  /** The rows of the list (the selection's `insofa` applied). */
  rows: ContactRow[];
  /** Active partners the selection asks for, in the model's order (by name). */
  wanted: { id: string; name: string }[];
  /** Of those, the ones the list reaches through a visible person (with e-mail, if asked). */
  reached: { id: string; name: string }[];
  missed: Missed[];
}

/** `needEmail`: the list is an e-mail list, so a partner counts as reached only through an address. */
export function reach(model: Model, selection: ContactSelection, today: IsoDate, options: { needEmail: boolean }): Reach {
  const visible = selectContacts(model, { ...selection, insofa: false }, today);
  const rows = selection.insofa ? visible.filter((r) => r.insofa) : visible;
  const wanted = partnersWanted(model, selection, today);
  const reached: Reach['reached'] = [];
  const missed: Missed[] = [];
  const rowsOf = rowsByPartner(visible);
  for (const partner of wanted) {
    const ref = { id: partner.id, name: partner.name };
    const own = rowsOf.get(partner.id) ?? [];
    const reason = missReason(model, partner, own, selection.audience, options.needEmail);
    if (reason) missed.push({ partner: ref, reason });
    else reached.push(ref);
  }
  return { rows, wanted: wanted.map((p) => ({ id: p.id, name: p.name })), reached, missed };
}

function missReason(model: Model, partner: Partner, own: readonly ContactRow[], audience: Audience, needEmail: boolean): MissReason | undefined {
  if (own.length === 0) {
    const people = entriesOf(model, partner);
    if (people.length === 0) return { kind: 'no-contact' };
    return {
      kind: 'hidden',
      widest: widestAudience(
        people.map((p) => p.visibility),
        audience,
      ),
    };
  }
  if (needEmail && !own.some((r) => r.email?.trim())) return { kind: 'no-email' };
  return undefined;
}

/** The widest audience that sees at least one of these visibilities (narrower than `audience`, since none is visible to it). */
function widestAudience(visibilities: readonly Visibility[], audience: Audience): Audience {
  const wider = [...AUDIENCES].reverse().find((a) => a !== audience && visibilities.some((v) => visibleTo(v, a)));
  return wider ?? 'internal';
}
