// The edit layer's text splicing (src/edit/): new entries formatted like their neighbours, and
// every byte it does not touch left as it was (checked as: the old text minus the new lines).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from '../../src/edit/yaml-edit.js';
import { EditError } from '../../src/edit/types.js';

/** The lines of `after` that are not in `before`, when before is after minus a contiguous block. */
function added(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  expect(a.length - i - j, 'no line of the old text was changed').toBe(0);
  return b.slice(i, b.length - j).join('\n');
}

const PARTNERS = `# yaml-language-server: $schema=../../schemas/partners.schema.json
# Partner (ein Kommentar, der bleibt)

- id: jugendamt-a   # Kommentar am Ende einer Zeile
  name: Jugendamt A
  sector: jugendamt
  municipalities: [Aheim]
  address:
    street: Markt 1
    postal_code: "12345"
  contacts:
    - name: Anna Beispiel
      phone: "01234 5678"
      visibility: network

# --- Schulen -----
- id: schule-b
  name: 'Schule B'
  sector: schule
  tags: [ganztag]
  contacts:
    - name: Bernd Muster
      email: b.muster@schule-b.example
# Ende der Liste
`;

describe('append to a list', () => {
  it('a partner at the end: same indentation, blank line between items, flow lists and quoting like the neighbours', () => {
    const after = applyEdits(PARTNERS, [
      {
        op: 'append',
        path: [],
        item: {
          id: 'kita-c',
          name: 'Kita C',
          sector: 'kita',
          municipalities: ['Aheim', 'Beheim'],
          address: { street: 'Weg 2', postal_code: '01067' },
          joined: '2026-11-23',
          contacts: [{ name: 'Clara Probe', phone: '0123 4' }],
        },
      },
    ]);
    expect(added(PARTNERS, after)).toBe(
      [
        '',
        '- id: kita-c',
        '  name: Kita C',
        '  sector: kita',
        '  municipalities: [Aheim, Beheim]',
        '  address:',
        '    street: Weg 2',
        '    postal_code: "01067"',
        '  joined: 2026-11-23',
        '  contacts:',
        '    - name: Clara Probe',
        '      phone: "0123 4"',
      ].join('\n'),
    );
    // the closing comment stays at the end, after the new entry
    expect(after.endsWith('      phone: "0123 4"\n# Ende der Liste\n')).toBe(true);
  });

  it('a contact under a partner in the middle of the file', () => {
    const after = applyEdits(PARTNERS, [{ op: 'append', path: [0, 'contacts'], item: { name: 'Dora Neu', email: 'd.neu@a.example', mobile: '0151 000' } }]);
    expect(added(PARTNERS, after)).toBe(['    - name: Dora Neu', '      email: d.neu@a.example', '      mobile: "0151 000"'].join('\n'));
    expect(parse(after)[0].contacts).toHaveLength(2);
  });

  it('a list key the entry does not have yet (contacts, attendance) is added with the list', () => {
    const text = '- id: a\n  name: A\n  sector: kita\n- id: b\n  name: B\n  sector: kita\n  contacts:\n  - name: X\n';
    const after = applyEdits(text, [{ op: 'append', path: [0, 'contacts'], item: { name: 'Neu' } }]);
    // the file writes lists under a key without indentation: so does the new one
    expect(added(text, after)).toBe('  contacts:\n  - name: Neu');
  });

  it('an empty key (`contacts:`) gets the list below it', () => {
    const text = '- id: a\n  name: A\n  contacts:\n  sector: kita\n';
    const after = applyEdits(text, [{ op: 'append', path: [0, 'contacts'], item: { name: 'Neu' } }]);
    expect(after).toBe('- id: a\n  name: A\n  contacts:\n    - name: Neu\n  sector: kita\n');
  });

  it('flow items stay flow items: `- {partner: x, persons: 2}`', () => {
    const text = '- id: m\n  attendance:\n    - {partner: a, persons: 2}\n    - {partner: b, persons: 1}\n  guests: 3\n';
    const after = applyEdits(text, [{ op: 'append', path: [0, 'attendance'], item: { partner: 'c', persons: 4 } }]);
    expect(added(text, after)).toBe('    - {partner: c, persons: 4}');
  });

  it('a flow list `[a, b]` gets `, c` before its bracket', () => {
    const text = 'id: a\nname: A\nsector: kita\ntags: [eins, zwei]   # Schlagwörter\n';
    expect(applyEdits(text, [{ op: 'append', path: ['tags'], item: 'drei' }])).toBe(
      'id: a\nname: A\nsector: kita\ntags: [eins, zwei, drei]   # Schlagwörter\n',
    );
  });

  it('keeps CRLF line ends, and adds a line end to a file without a final one', () => {
    const crlf = '- id: a\r\n  name: A\r\n  sector: kita\r\n';
    const after = applyEdits(crlf, [{ op: 'append', path: [], item: { id: 'b', name: 'B', sector: 'kita' } }]);
    expect(after).toBe(`${crlf}- id: b\r\n  name: B\r\n  sector: kita\r\n`);
    const open = '- id: a\n  name: A\n  sector: kita';
    expect(applyEdits(open, [{ op: 'append', path: [], item: { id: 'b', name: 'B', sector: 'kita' } }])).toBe(`${open}\n- id: b\n  name: B\n  sector: kita\n`);
  });

  it('multi-line text becomes a block `|` indented under its key', () => {
    const text = '- id: a\n  title: A\n';
    const after = applyEdits(text, [{ op: 'append', path: [], item: { id: 'b', title: 'B', description: 'Zeile 1\nZeile 2' } }]);
    expect(parse(after)[1].description).toBe('Zeile 1\nZeile 2');
    expect(added(text, after)).toMatch(/^- id: b\n {2}title: B\n {2}description: \|-?\n {4}Zeile 1\n {4}Zeile 2$/);
  });

  it('quotes what YAML would misread: yes/no words, numbers, leading special characters', () => {
    const text = '- name: A\n';
    const after = applyEdits(text, [{ op: 'append', path: [], item: { name: 'true', function: '- Leitung', email: '123', street: '#1 Hof' } }]);
    expect(parse(after)[1]).toEqual({ name: 'true', function: '- Leitung', email: '123', street: '#1 Hof' });
  });
});

describe('several appends to one list at once', () => {
  const partner = (n: number) => ({
    id: `kita-${n}`,
    name: `Kita ${n}`,
    sector: 'kita',
    municipalities: ['Aheim'],
    contacts: [{ name: `Person ${n}`, phone: `0123 ${n}` }],
  });
  const contact = (n: number) => ({ name: `Kontakt ${n}`, email: `k${n}@kita.example`, mobile: `0151 ${n}` });
  const appends = (path: (string | number)[], items: unknown[]) => items.map((item) => ({ op: 'append' as const, path, item: item as never }));
  const cases: [string, string, Parameters<typeof applyEdits>[1]][] = [
    ['partners at the end, a blank line between items', PARTNERS, appends([], [partner(1), partner(2), partner(3)])],
    [
      'contacts in the middle of the file, then at its end',
      PARTNERS,
      [...appends([0, 'contacts'], [contact(1), contact(2)]), ...appends([1, 'contacts'], [contact(3), contact(4)])],
    ],
    [
      'a list of one item, without blank lines',
      '- id: a\n  name: A\n',
      appends(
        [],
        [
          { id: 'b', name: 'B' },
          { id: 'c', name: 'C' },
          { id: 'd', name: 'D' },
        ],
      ),
    ],
    [
      'a list key the entry does not have yet',
      '- id: a\n  name: A\n  sector: kita\n- id: b\n  contacts:\n  - name: X\n',
      appends([0, 'contacts'], [contact(1), contact(2), contact(3)]),
    ],
    ['an empty key', '- id: a\n  name: A\n  contacts:\n  sector: kita\n', appends([0, 'contacts'], [contact(1), contact(2)])],
    [
      'flow items',
      '- id: m\n  attendance:\n    - {partner: a, persons: 2}\n  guests: 3\n',
      appends(
        [0, 'attendance'],
        [
          { partner: 'b', persons: 1 },
          { partner: 'c', persons: 4 },
        ],
      ),
    ],
    ['a flow list', 'id: a\ntags: [eins]   # Schlagwörter\n', appends(['tags'], ['zwei', 'drei', 'vier'])],
    ['an empty flow list', 'id: a\ntags: []\n', appends(['tags'], ['zwei', 'drei'])],
    [
      'CRLF line ends and no final one',
      '- id: a\r\n  name: A\r\n\r\n- id: b\r\n  name: B',
      appends(
        [],
        [
          { id: 'c', name: 'C' },
          { id: 'd', name: 'D' },
        ],
      ),
    ],
    [
      'comments after the last item, at its column and deeper',
      '- id: a\n  contacts:\n    - name: X\n      # zu X\n    # danach\n# Ende\n',
      appends([0, 'contacts'], [contact(1), contact(2)]),
    ],
    [
      'appends with a change between them',
      PARTNERS,
      [
        ...appends([0, 'contacts'], [contact(1)]),
        { op: 'set', path: [0], values: { name: 'Jugendamt A-Stadt' } },
        ...appends([0, 'contacts'], [contact(2), contact(3)]),
      ],
    ],
  ];

  it.each(cases)('give the same text as one at a time: %s', (_, text, edits) => {
    const oneByOne = edits.reduce((current, edit) => applyEdits(current, [edit]), text);
    expect(applyEdits(text, edits)).toBe(oneByOne);
  });
});

describe('set keys of an entry', () => {
  it('replaces a present value in place, with its quoting and the comment after it', () => {
    const text = '- name: A\n  verified: 2024-01-01   # zuletzt\n  visibility: "network"\n';
    const after = applyEdits(text, [{ op: 'set', path: [0], values: { verified: '2026-11-23', visibility: 'public' } }]);
    expect(after).toBe('- name: A\n  verified: 2026-11-23   # zuletzt\n  visibility: "public"\n');
  });

  it('adds a missing key after the last one, or where the key order puts it, above the comments that belong to the next key', () => {
    const text = '- name: A\n  email: a@b.example\n  # Telefon fehlt noch\n  visibility: network\n';
    const after = applyEdits(text, [
      {
        op: 'set',
        path: [0],
        values: { verified: '2026-11-23', phone: '0123 4' },
        order: ['name', 'function', 'email', 'phone', 'mobile', 'insofa', 'visibility', 'consent', 'verified'],
      },
    ]);
    expect(after).toBe('- name: A\n  email: a@b.example\n  phone: "0123 4"\n  # Telefon fehlt noch\n  visibility: network\n  verified: 2026-11-23\n');
  });

  it('sets a key in a flow map item (attendance: {partner, persons})', () => {
    const text = 'attendance:\n  - {partner: a, persons: 2}\n';
    expect(applyEdits(text, [{ op: 'set', path: ['attendance', 0], values: { persons: 5 } }])).toBe('attendance:\n  - {partner: a, persons: 5}\n');
    expect(applyEdits(text, [{ op: 'set', path: ['attendance', 0], values: { note: 'x' } }])).toBe('attendance:\n  - {partner: a, persons: 2, note: x}\n');
  });

  it('replaces a list or map: a flow one stays on its line, a block list keeps its indentation and the lines around it', () => {
    const flow = '- id: a\n  languages: [tr, ar]   # geprüft\n  sector: kita\n';
    expect(applyEdits(flow, [{ op: 'set', path: [0], values: { languages: ['tr', 'ar', 'ru'] } }])).toBe(
      '- id: a\n  languages: [tr, ar, ru]   # geprüft\n  sector: kita\n',
    );
    const block = '- id: a\n  # Sprachen der Beratung\n  languages:\n    - tr\n    - ar\n  sector: kita\n';
    expect(applyEdits(block, [{ op: 'set', path: [0], values: { languages: ['pl'] } }])).toBe(
      '- id: a\n  # Sprachen der Beratung\n  languages:\n    - pl\n  sector: kita\n',
    );
    // a map in flow form (an offer's ages): a key dropped, the padding as written
    const ages = '- title: A\n  ages: { from: 0, to: 6 }  # laut Flyer\n';
    expect(applyEdits(ages, [{ op: 'set', path: [0], values: { ages: { from: 1 } } }])).toBe('- title: A\n  ages: { from: 1 }  # laut Flyer\n');
  });

  it('works on the top-level map of a one-entry file', () => {
    const text = '# Kopf\nid: a\nname: A\nsector: kita\n';
    expect(applyEdits(text, [{ op: 'set', path: [], values: { website: 'https://a.example' } }])).toBe(
      '# Kopf\nid: a\nname: A\nsector: kita\nwebsite: https://a.example\n',
    );
  });
});

describe('remove a list item or a key', () => {
  const MEETING = [
    '- id: t',
    '  status: held',
    '  attendance:',
    '    # vom Jugendamt kamen zwei',
    '    - {partner: a, persons: 2}',
    '    - {partner: b, persons: 1}   # Schulleitung',
    '    - partner: c',
    '      persons: 3',
    '  # eine Referentin von außen',
    '  guests: 1',
    '  topics: [x]',
    '',
  ].join('\n');

  it('an item with its line (and the comment at its end), the comment line above it stays', () => {
    expect(applyEdits(MEETING, [{ op: 'remove', path: [0, 'attendance', 1] }])).toBe(MEETING.replace('    - {partner: b, persons: 1}   # Schulleitung\n', ''));
    expect(applyEdits(MEETING, [{ op: 'remove', path: [0, 'attendance', 0] }])).toBe(MEETING.replace('    - {partner: a, persons: 2}\n', ''));
  });

  it('a block item with all its lines, several from the last', () => {
    const after = applyEdits(MEETING, [
      { op: 'remove', path: [0, 'attendance', 2] },
      { op: 'remove', path: [0, 'attendance', 0] },
    ]);
    expect(after).toBe(MEETING.replace('    - {partner: a, persons: 2}\n', '').replace('    - partner: c\n      persons: 3\n', ''));
    expect(parse(after)[0].attendance).toEqual([{ partner: 'b', persons: 1 }]);
  });

  it('a key with its whole value; a key that is not there is nothing to do', () => {
    const after = applyEdits(MEETING, [{ op: 'remove', path: [0, 'attendance'] }]);
    expect(after).toBe(MEETING.replace(/ {2}attendance:\n(?: {4}.*\n)+/, ''));
    expect(applyEdits(MEETING, [{ op: 'remove', path: [0, 'minutes'] }])).toBe(MEETING);
  });

  it('refuses what it cannot cut out as lines: an item of a flow list, the first key of an item, the last item of a list', () => {
    expect(() => applyEdits(MEETING, [{ op: 'remove', path: [0, 'topics', 0] }])).toThrow(EditError);
    expect(() => applyEdits(MEETING, [{ op: 'remove', path: [0, 'id'] }])).toThrow(EditError);
    // an empty `attendance:` would be null, not an empty list: the check of the result refuses it
    const one = '- id: t\n  attendance:\n    - {partner: a, persons: 2}\n';
    expect(() => applyEdits(one, [{ op: 'remove', path: [0, 'attendance', 0] }])).toThrow(EditError);
  });
});

describe('refuses rather than guesses', () => {
  it('a path that is not a list, or a map value that is a block of text', () => {
    expect(() => applyEdits('- id: a\n  name: A\n', [{ op: 'append', path: [0, 'name'], item: 'x' }])).toThrow(EditError);
    expect(() => applyEdits('- id: a\n  note: |\n    x\n', [{ op: 'set', path: [0], values: { note: 'y' } }])).toThrow(EditError);
    expect(() => applyEdits('- id: a\n  name: [', [{ op: 'set', path: [0], values: { x: 'y' } }])).toThrow(EditError);
  });
});
