import ExcelJS from 'exceljs';
import type { Cell, Table } from '../../core';

/** Writes the tables as an .xlsx workbook: bold frozen header rows, days as dates, numbers as numbers. */
export async function writeXlsx(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jalon';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of table.rows) {
      sheet.addRow(
        row.map((cell) =>
          cell !== undefined && typeof cell === 'object' ? new Date(`${cell.day}T00:00:00Z`) : (cell ?? null),
        ),
      );
    }
    sheet.getRow(1).font = { bold: true };
    table.rows[0]?.forEach((_, c) => {
      const column = sheet.getColumn(c + 1);
      column.width = Math.min(60, Math.max(10, ...table.rows.map((r) => textLength(r[c]) + 2)));
      if (table.rows.slice(1).some((r) => typeof r[c] === 'object' && r[c] !== undefined)) column.numFmt = 'yyyy-mm-dd';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function textLength(cell: Cell): number {
  return cell === undefined ? 0 : typeof cell === 'object' ? cell.day.length : String(cell).length;
}

/** Reads every sheet of an .xlsx workbook as tables of plain cells (formulas by their result, dates as days). */
export async function readXlsx(bytes: Buffer): Promise<Table[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = plainCell(cell.value);
      });
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { sheet: sheet.name, rows };
  });
}

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return { day: value.toISOString().slice(0, 10) };
  if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  return undefined;
}
