/**
 * Spreadsheets as the core sees them: tables of plain cells, read and written by the hosts
 * (exceljs for xlsx, a CSV reader). A day is a date cell; every other partial date is text.
 */
export type Cell = string | number | { day: string } | undefined;

export interface Table {
  /** The sheet's name (for CSV, the file's). */
  sheet: string;
  /** The header row first, then one row per item. */
  rows: Cell[][];
}

/** Where a problem of an imported spreadsheet is: a sheet, a 1-based row, a column letter. */
export interface CellPlace {
  sheet: string;
  row: number;
  column: string;
}

/** `A`, `B`, …, `Z`, `AA`: the column letters of spreadsheets, from a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A cell as text, as a reader sees it (a day as `2027-06-30`). */
export function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'object') return cell.day;
  return String(cell).trim();
}
