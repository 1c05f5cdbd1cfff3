// The PDF syntax the joining of a PDF typeset in parts rests on (src/write/pdf-syntax.ts): a
// reference is renumbered wherever it stands and nowhere else (not in a string, a name or a
// number), the parent-tree keys of pages and annotations move, every other byte stays; a file
// that is not as Typst writes it is refused, never half read.
import { describe, expect, it } from 'vitest';
import { PdfSyntaxError, readPdfFile, readValue, renumber, writeValue } from '../../src/write/pdf-syntax.js';
import { mergePdfs } from '../../src/write/pdf-merge.js';

const plus100 = (n: number) => n + 100;
const all = (s: string, shift = 0) => renumber(s, 0, s.length, plus100, shift);

describe('renumber', () => {
  it('renumbers references in dictionaries and arrays, keeping the white space', () => {
    expect(all('<<\n  /Parent 1 0 R\n  /Kids [12 0 R 13 0 R]\n>>')).toBe('<<\n  /Parent 101 0 R\n  /Kids [112 0 R 113 0 R]\n>>');
    expect(all('<</A 1 0 R/B[2 0 R]>>')).toBe('<</A 101 0 R/B[102 0 R]>>');
  });

  it('leaves strings alone, with nested and escaped parentheses, and hex strings', () => {
    const s = '<< /T (see 5 0 R \\) (and 6 0 R)) /Alt <FEFF0035> /K 7 0 R /E (a\\\\) /F 8 0 R >>';
    expect(all(s)).toBe('<< /T (see 5 0 R \\) (and 6 0 R)) /Alt <FEFF0035> /K 107 0 R /E (a\\\\) /F 108 0 R >>');
  });

  it('does not take numbers inside names or longer numbers for references', () => {
    expect(all('<< /Font << /f0 3796 0 R /F1 12 0 R >> /MediaBox [0 0 595.2756 841.8898] /Count 21 >>')).toBe(
      '<< /Font << /f0 3896 0 R /F1 112 0 R >> /MediaBox [0 0 595.2756 841.8898] /Count 21 >>',
    );
  });

  it('moves the parent-tree keys of pages and annotations, not other integers', () => {
    expect(all('<< /Type /Page /StructParents 31 /Parent 1 0 R >>', 500)).toBe('<< /Type /Page /StructParents 531 /Parent 101 0 R >>');
    expect(all('<< /Subtype /Link /StructParent 0 /P 4 0 R /Count 3 >>', 500)).toBe('<< /Subtype /Link /StructParent 500 /P 104 0 R /Count 3 >>');
  });

  it('renumbers only between from and to', () => {
    const s = '1 0 R 2 0 R 3 0 R';
    expect(renumber(s, 6, 11, plus100)).toBe('102 0 R');
  });
});

describe('readValue and writeValue', () => {
  it('read a dictionary into keys, references and atoms, and write it back', () => {
    const { value, end } = readValue('<< /Type /Pages /Count 2 /Kids [4 0 R 5 0 R] /T (a (b) c) >> rest', 0);
    expect(value.kind).toBe('dict');
    expect(end).toBe('<< /Type /Pages /Count 2 /Kids [4 0 R 5 0 R] /T (a (b) c) >>'.length);
    expect(writeValue(value, plus100)).toBe('<<\n  /Type /Pages\n  /Count 2\n  /Kids [104 0 R 105 0 R]\n  /T (a (b) c)\n>>');
  });

  it('refuse what is not a value', () => {
    expect(() => readValue('<< /A 1', 0)).toThrow(PdfSyntaxError);
    expect(() => readValue('>>', 0)).toThrow(PdfSyntaxError);
    expect(() => readValue('(open', 0)).toThrow(PdfSyntaxError);
  });
});

describe('files that are not as Typst writes them', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

  it('are refused: not a PDF, a cross-reference stream, an object not where the table says', () => {
    expect(() => readPdfFile(bytes('hello'))).toThrow(PdfSyntaxError);
    expect(() => readPdfFile(bytes('%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF'))).toThrow(/cross-reference table/);
    const body = '%PDF-1.7\n1 0 obj\n<< >>\nendobj\n';
    const table = `${body}xref\n0 2\n0000000000 65535 f \n0000000001 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF`;
    expect(() => readPdfFile(bytes(table))).toThrow(/object 1 expected/);
    // The same file with the right offset is read.
    expect(readPdfFile(bytes(table.replace('0000000001 00000 n', '0000000009 00000 n'))).starts[1]).toBe(9 + '1 0 obj'.length);
  });

  it('make the joining fail as a whole', () => {
    expect(() => mergePdfs([bytes('%PDF-1.7\n'), bytes('%PDF-1.7\n')], bytes('%PDF-1.7\n'))).toThrow(PdfSyntaxError);
  });
});
