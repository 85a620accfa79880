/**
 * CSV as RFC 4180 writes it: a header row, commas between fields, CRLF between rows, and quotes
 * around any field holding a comma, quote or line break (quotes inside doubled). Spreadsheets open
 * it as UTF-8 because of the byte order mark at the start.
 */

/** Tells spreadsheet programs the file is UTF-8, so names such as "King's Lynn" stay intact. */
export const byteOrderMark = '\uFEFF';

/** One field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole file: the header row, then one row per record, each with a value for every column. */
export function toCsv<Column extends string>(columns: readonly Column[], rows: readonly Record<Column, string>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

/** Reads CSV back into rows of fields, so tests check the file as a spreadsheet would read it. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(byteOrderMark) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
