// The data of an answer to an Art. 15 request (`person --format letter`): the findings of the
// search plus what the letter needs from the network: who writes (the coordination and its
// office's address), to whom (the person and their institution), the data protection officer,
// the review and deletion rule, and how many partners receive network-wide lists.
import { isActive } from '../../../model/coverage.js';
import { coordinationFor } from '../../../model/policy.js';
import type { Address, DataProtectionOfficer, Model } from '../../../model/types.js';
import type { LetterForm, Salutation } from '../../../model/vocabulary.js';
import { distinctPersons, meant } from '../../../model/match.js';
import { personCandidates, type Occurrence, type PersonEntry, type PersonFindings, type UncheckedEntry } from '../person/person.js';

/**
 * The letter goes to one person, mostly a partner's contact: it names the coordinators the
 * network may see, and for the others their office (as invitations do, products/meetings/meeting-header.ts).
 */
const LETTER_AUDIENCE = 'network' as const;

interface LetterContact {
  name: string;
  function?: string;
  email?: string;
  phone?: string;
  organisation?: string;
}

export interface LetterData {
  findings: PersonFindings;
  network: string;
  /** The office the letter comes from: the first active coordinator's institution (else the first youth office). */
  sender: { organisation?: string; address?: Address };
  /** The person written to: the name found (else the query), how a letter addresses them, their institution and its address. */
  addressee: { name: string; salutation?: Salutation; organisation?: string; address?: Address };
  /** DIN 5008 form A or B (network.yaml `letter_form`): where the address field stands. */
  form: LetterForm;
  coordinators: LetterContact[];
  dpo?: DataProtectionOfficer;
  reviewMonths: number;
  retentionMonths: number;
  /** Active partners today: who receives lists released for the network. */
  activePartners: number;
  /** Different names among the person entries found: more than one may mean namesakes. */
  names: string[];
}

/**
 * Whom the letter is about. The letter answers ONE person (Art. 15 Abs. 4 DSGVO: nothing of a
 * third person), so the query must mean one: a full name means exactly that name (not "Annalena
 * Müller-Hoff" for "Anna Müller"), an address that address, `--partner` the persons at that
 * partner; several persons: the letter is refused and they are listed; none: the letter says so.
 */
export function letterPerson(
  findings: PersonFindings,
  query: string,
  partner?: string,
): { kind: 'one'; name: string; emails: string[] } | { kind: 'several'; persons: Occurrence[][] } | { kind: 'none' } {
  const candidates = personCandidates(findings);
  const persons = distinctPersons(meant(partner === undefined ? candidates : candidates.filter((c) => c.partner === partner), query));
  if (persons.length === 0) return { kind: 'none' };
  if (persons.length > 1) return { kind: 'several', persons: persons.map((p) => p.map((c) => c.occurrence)) };
  const one = persons[0]!;
  return { kind: 'one', name: one[0]!.name, emails: [...new Set(one.flatMap((c) => (c.email ? [c.email] : [])))] };
}

export function letterData(model: Model, findings: PersonFindings): LetterData {
  const persons = findings.occurrences.filter((o): o is PersonEntry => o.kind === 'contact' || o.kind === 'coordinator');
  const unchecked = findings.occurrences.filter((o): o is UncheckedEntry => o.kind === 'unchecked');
  const names = [
    ...new Set([...persons.map((p) => p.name), ...unchecked.map((u) => u.fields.find((f) => f.key === 'name')?.value).filter((n): n is string => !!n)]),
  ];
  const home = persons.find((p) => p.partner)?.partner;
  const salutation = persons.find((p) => p.name === names[0] && p.salutation !== undefined)?.salutation;
  const homePartner = home ? model.partnerById.get(home.id) : undefined;
  const coordination = coordinationFor(model, LETTER_AUDIENCE, findings.today);
  const activeOffice = (id: string) => [model.partnerById.get(id)].find((p) => p !== undefined && isActive(p, findings.today));
  const office =
    model.network.coordinators.map((c) => activeOffice(c.partner)).find((p) => p !== undefined) ?? model.partnerById.get(model.network.youth_offices[0] ?? '');
  return {
    findings,
    network: model.network.name,
    sender: { ...(office ? { organisation: office.name } : {}), ...(office?.address ? { address: office.address } : {}) },
    addressee: {
      name: names[0] ?? findings.query,
      ...(salutation !== undefined ? { salutation } : {}),
      ...(home ? { organisation: home.name } : {}),
      ...(homePartner?.address ? { address: homePartner.address } : {}),
    },
    coordinators: [
      ...coordination.persons.map((c) => ({
        name: c.name,
        ...(c.function !== undefined ? { function: c.function } : {}),
        ...(c.email !== undefined ? { email: c.email } : {}),
        ...(c.phone !== undefined ? { phone: c.phone } : {}),
        ...(model.partnerById.get(c.partner) ? { organisation: model.partnerById.get(c.partner)!.name } : {}),
      })),
      ...coordination.offices.map((o) => ({
        name: o.name,
        ...(o.email !== undefined ? { email: o.email } : {}),
        ...(o.phone !== undefined ? { phone: o.phone } : {}),
      })),
    ],
    ...(model.network.data_protection_officer ? { dpo: model.network.data_protection_officer } : {}),
    form: model.network.letter_form,
    reviewMonths: model.network.targets.review_contacts_after_months,
    retentionMonths: model.network.targets.retention_months_after_leaving,
    activePartners: model.partners.filter((p) => isActive(p, findings.today)).length,
    names,
  };
}
