/**
 * Spreadsheets for the console's exports: rows of plain cells written as CSV (RFC 4180, UTF-8 with a BOM) or XLSX
 * (streamed), with cells that a spreadsheet would run as a formula made harmless. It knows nothing of requests or
 * volunteers: each module picks its own rows and columns (and so decides what personal data leaves it).
 */
package org.wearetogether.exports;
