/** RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break; CRLF line ends. */

/** A value as one CSV field. */
export function csvField(value: string | number): string {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, with its CRLF. */
export const csvLine = (fields: readonly (string | number)[]): string =>
  `${fields.map(csvField).join(",")}\r\n`;

/** A name as a snake_case column: `influenceRate` → `influence_rate`, `south-caucasus` → `south_caucasus`. */
export function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toLowerCase();
}
