/**
 * RFC 4180 CSV that is also safe to open in a spreadsheet, with either
 * separator: English Excel splits cells on ",", French Excel on ";" (the
 * list separator of the locale), so a cell "Nice title;=1+1" becomes two cells
 * there, the second a formula.
 */

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or CR that hides
 * one) as a formula: such cells get a leading apostrophe so they stay text.
 * So does every such character that would start a cell after a separator
 * (spaces and quotes in between count for nothing).
 */
export function neutraliseFormula(value: string): string {
  const start = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return start.replace(/([,;][\s"]*)(?=[=+\-@])/g, "$1'");
}

/** Quoted when it holds a quote, a line break or either separator, so that no reader splits it. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
