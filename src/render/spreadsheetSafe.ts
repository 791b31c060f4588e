// A cell a spreadsheet would take for a formula — one that starts with =, +, -, @, a tab or a
// carriage return, as in =HYPERLINK("http://evil.example","x") — gets a leading apostrophe (OWASP's
// advice against CSV injection): Excel and LibreOffice then show the text and run nothing.
export const spreadsheetSafe = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
