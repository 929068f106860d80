// CSV in and out: quoting, formulas neutralised on export, quoted commas/quotes/line breaks and a BOM on import.
import { strict as assert } from 'node:assert';
import { parseCsv, toCsv } from '../../server/content/csv.js';

describe('csv', () => {
  it('quotes what needs it and neutralises spreadsheet formulas, but not negative numbers', () => {
    assert.equal(toCsv([['a,b', 'say "hi"', '=SUM(A1)', -3, '-4', null]]), '"a,b","say ""hi""",\'=SUM(A1),-3,-4,\r\n');
  });

  it('reads quoted fields with commas, quotes and line breaks, CRLF or LF, and a BOM', () => {
    assert.deepEqual(parseCsv('\uFEFFa,b\r\n"x, y","he said ""no""\nthen"\n1,\n'), [['a', 'b'], ['x, y', 'he said "no"\nthen'], ['1', '']]);
  });

  it('round-trips what it writes', () => {
    const rows = [['id', 'note'], ['1', 'line one\nline two'], ['2', '"quoted"']];
    assert.deepEqual(parseCsv(toCsv(rows)), rows);
  });

  it('refuses an unterminated quote', () => {
    assert.throws(() => parseCsv('a,"b\n'), /unterminated/);
  });
});
