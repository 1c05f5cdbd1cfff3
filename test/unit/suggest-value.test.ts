// What `validate` suggests for a rejected value, and the one rule for ids (model/slug.ts, which
// `add` uses too). Every suggestion must itself be valid: tested on many made-up values.
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/prng.mjs';
import { isRealDate } from '../../src/model/dates.js';
import { isValidId, slugify } from '../../src/model/slug.js';
import { AGREEMENT_STATUSES, MEETING_STATUSES, MEETING_TYPES, SECTORS, VISIBILITIES } from '../../src/model/vocabulary.js';
import {
  booleanOf,
  buildReferenceIndex,
  endOnStartDay,
  enumValueOf,
  idOf,
  isoDateOf,
  isoDateTimeOf,
  numberOf,
  referenceOf,
} from '../../src/validate/suggest-value.js';

describe('slugify: an id from a name', () => {
  it.each([
    ['Polizeipräsidium Bochum', 'polizeipraesidium-bochum'],
    ['fh-münster', 'fh-muenster'],
    ['Straße der Kinder', 'strasse-der-kinder'],
    ['Caritas Moers/Xanten', 'caritas-moers-xanten'],
    ['Kerstin Lohmann-Şahin', 'kerstin-lohmann-sahin'],
    ['Sozialdienst katholischer Frauen (SkF) e.V.', 'sozialdienst-katholischer-frauen-skf-e-v'],
    ['fachtag_2024', 'fachtag-2024'],
    ['  Kita „Sonnenschein“ – Öffnungszeiten ', 'kita-sonnenschein-oeffnungszeiten'],
    ["Kinder's Day", 'kinders-day'],
    ['ÄÖÜ', 'aeoeue'],
    ['---', ''],
  ])('%s → %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });

  it('is always empty or a valid id, and stays as it is when slugged again', () => {
    const rand = prng(17);
    const chars = "aäbcdeéfghijklmnoöpqrsßtuüvwxyzAÄÖÜ0123456789 -_./()„“–'!?:;#";
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = Math.floor(rand() * 30); k > 0; k--) text += chars[Math.floor(rand() * chars.length)];
      const id = slugify(text);
      if (id !== '') expect(isValidId(id), JSON.stringify(text)).toBe(true);
      expect(slugify(id)).toBe(id);
    }
  });
});

describe('dates and times', () => {
  it.each([
    ['13.03.2024', '2024-03-13'],
    ['13.3.24', '2024-03-13'],
    ['06.12.2023', '2023-12-06'],
    ['6.12.23', '2023-12-06'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/13', '2024-03-13'],
    ['31.09.2024', undefined], // no such day: nothing is suggested
    ['29.02.2023', undefined],
    ['29.02.2024', '2024-02-29'],
    ['März 2024', undefined],
  ])('date %s → %s', (text, iso) => {
    expect(isoDateOf(text)).toBe(iso);
  });

  it.each([
    ['06.12.2023 14:00', '2023-12-06 14:00'],
    ['13.3.24 9:30', '2024-03-13 09:30'],
    ['13.03.2024, 14 Uhr', '2024-03-13 14:00'],
    ['13.03.2024 um 14.30 Uhr', '2024-03-13 14:30'],
    ['2024-03-13 14 Uhr', '2024-03-13 14:00'],
    ['13.03.2024', '2024-03-13'],
    ['13.03.2024 25:00', undefined],
    ['13.03.2024 14', undefined],
  ])('date and time %s → %s', (text, iso) => {
    expect(isoDateTimeOf(text)).toBe(iso);
  });

  it('an end written as a time takes the day of a start with a time, never of an all-day start', () => {
    expect(endOnStartDay('16:30', '2024-03-13 14:00')).toBe('2024-03-13 16:30');
    expect(endOnStartDay('16 Uhr', '2024-03-13T14:00')).toBe('2024-03-13 16:00');
    expect(endOnStartDay('9.15', '2024-03-13 08:00')).toBe('2024-03-13 09:15');
    expect(endOnStartDay('16:30', '2024-03-13')).toBeUndefined();
    expect(endOnStartDay('16:30', '13.03.2024 14:00')).toBeUndefined();
    expect(endOnStartDay('24:30', '2024-03-13 14:00')).toBeUndefined();
  });

  it('a suggested date is always a day in the calendar', () => {
    const rand = prng(23);
    for (let n = 0; n < 3000; n++) {
      const [d, m, y] = [Math.floor(rand() * 40), Math.floor(rand() * 15), Math.floor(rand() * 100)];
      const iso = isoDateOf(`${d}.${m}.${y}`);
      if (iso !== undefined) expect(isRealDate(iso), `${d}.${m}.${y} → ${iso}`).toBe(true);
    }
  });
});

describe('true and false', () => {
  it.each([
    ['ja', true],
    ['Ja', true],
    ['wahr', true],
    ['yes', true],
    ['nein', false],
    ['falsch', false],
    ['NO', false],
    ['vielleicht', undefined],
  ])('%s → %s', (word, value) => {
    expect(booleanOf(word)).toBe(value);
  });
});

describe('numbers written as text', () => {
  it('reads a German decimal comma and quoted digits, never a word or a fraction where a whole number is expected', () => {
    expect(numberOf('4,3', false)).toBe('4.3');
    expect(numberOf(' 4.25 ', false)).toBe('4.25');
    expect(numberOf('12', true)).toBe('12');
    expect(numberOf('4,3', true)).toBeUndefined();
    expect(numberOf('vier', false)).toBeUndefined();
    expect(numberOf('4,3,2', false)).toBeUndefined();
    expect(numberOf('', false)).toBeUndefined();
  });
});

describe('the value of a list for its German (or English) name', () => {
  it.each([
    ['geplant', MEETING_STATUSES, 'planned'],
    ['stattgefunden', MEETING_STATUSES, 'held'],
    ['abgesagt', MEETING_STATUSES, 'cancelled'],
    ['intern', VISIBILITIES, 'internal'],
    ['Netzwerk', VISIBILITIES, 'network'],
    ['öffentlich', VISIBILITIES, 'public'],
    ['Entwurf', AGREEMENT_STATUSES, 'draft'],
    ['in Unterzeichnung', AGREEMENT_STATUSES, 'in_signature'],
    ['in Kraft', AGREEMENT_STATUSES, 'in_force'],
    ['abgelaufen', AGREEMENT_STATUSES, 'expired'],
    ['gekündigt', AGREEMENT_STATUSES, 'terminated'],
    ['in force', AGREEMENT_STATUSES, 'in_force'],
    ['Jobcenter', SECTORS, 'sozialleistungen'],
    ['Schulträger', SECTORS, 'schulverwaltung'],
    ['Frühe Hilfen', SECTORS, 'fruehe_hilfen'],
    ['Polizei', SECTORS, 'polizei'],
    ['polzei', SECTORS, 'polizei'],
    ['Auftaktveranstaltung', MEETING_TYPES, 'auftakt'],
    ['Fachtag', MEETING_TYPES, 'fachtag'],
  ])('%s → %s', (word, allowed, value) => {
    expect(enumValueOf(word, allowed)).toBe(value);
  });

  it('suggests only values of the list', () => {
    for (const word of ['stattgefunden', 'Entwurf', 'öffentlich', 'Jugendamt', 'xyz']) {
      const value = enumValueOf(word, MEETING_STATUSES);
      if (value !== undefined) expect(MEETING_STATUSES).toContain(value);
    }
  });
});

describe('ids and references', () => {
  const index = buildReferenceIndex({
    partners: [
      { id: 'polizeipraesidium-bochum', name: 'Polizeipräsidium Bochum – Kriminalprävention/Opferschutz' },
      { id: 'fh-münster', name: 'Fachhochschule Münster' },
      { id: 'jugendamt-herne', name: 'Stadt Herne – Jugendamt' },
      { id: 'kita-a', name: 'Kita Sonnenschein' },
      { id: 'kita-b', name: 'Kita Sonnenschein' },
    ],
    meetings: [],
    agreements: [],
    activities: [],
  });

  it('an id written wrong: its slug', () => {
    expect(idOf('fh-münster')).toBe('fh-muenster');
    expect(idOf('Jugendamt Herne')).toBe('jugendamt-herne');
    expect(idOf('jugendamt-herne')).toBeUndefined();
  });

  it('a reference by name: the id of the partner with that name (or the beginning of it)', () => {
    expect(referenceOf('Stadt Herne – Jugendamt', 'partners', index)).toEqual({ id: 'jugendamt-herne', name: 'Stadt Herne – Jugendamt' });
    expect(referenceOf('Polizeipräsidium Bochum', 'partners', index)).toEqual({ id: 'polizeipraesidium-bochum' });
    expect(referenceOf('Fachhochschule Münster', 'partners', index)).toEqual({ id: 'fh-muenster', name: 'Fachhochschule Münster' });
    // two partners of that name: no guess
    expect(referenceOf('Kita Sonnenschein', 'partners', index)?.name).toBeUndefined();
  });

  it('never suggests an id that is not valid (a partner written `fh-münster` is suggested as `fh-muenster`)', () => {
    expect(referenceOf('fh-muenstr', 'partners', index)).toEqual({ id: 'fh-muenster' });
    expect(referenceOf('fh-münster', 'partners', index)).toEqual({ id: 'fh-muenster' });
    for (const value of ['fh-mnster', 'jugendamt-hern', 'polizei', 'kita', 'FH Münster', 'x']) {
      const ref = referenceOf(value, 'partners', index);
      if (ref) expect(isValidId(ref.id) && index.ids.partners.has(ref.id), `${value} → ${ref.id}`).toBe(true);
    }
  });
});
