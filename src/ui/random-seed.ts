/** A fresh seed for a new game in the browser. */

/** Six letters and digits, easy to read out and type back. */
export function randomSeed(random: () => number = Math.random): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  let out = "";
  for (let i = 0; i < 6; i++) out += alphabet[Math.floor(random() * alphabet.length)] ?? "x";
  return out;
}
