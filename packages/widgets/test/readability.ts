// A readability measure for Dutch, for the tests of plain language (issue 36; docs/sentences.md, "Plain language"):
// Flesch-Douma, the Dutch form of Flesch's Reading Ease (Douma 1960): 206.835 - 0.93 x words per sentence - 77 x
// syllables per word. 60 and above reads as "redelijk makkelijk", what we take for B1. Our choices, written down:
// - a sentence ends at ". ", "! ", "? ", "; " and ": " (a title's two halves are read as two sentences);
// - a syllable is a group of vowels (with "ij" as a vowel);
// - a number ("941.927", "16,6%") and a name (a word that starts with a capital) count as one syllable: a reader
//   knows the name of their own place, however long, and a number is read as a number.

const isWord = (w: string) => /[\p{L}\d]/u.test(w);

/** Syllables of one word, as the measure counts them. */
export function syllables(word: string): number {
  if (/^[\d.,%×–-]+$/.test(word) || /^\p{Lu}/u.test(word)) return 1;
  const groups = word.toLowerCase().match(/(?:ij|[aeiouyáéíóúàèëïöüêâô])+/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch-Douma of a text (higher is easier). */
export function fleschDouma(text: string): number {
  const words = text.split(/\s+/).filter(isWord);
  if (!words.length) return 100;
  const sentences = Math.max(1, text.split(/[.!?;:]\s+/).filter((s) => s.split(/\s+/).some(isWord)).length);
  const perWord = words.reduce((n, w) => n + syllables(w), 0) / words.length;
  return 206.835 - 0.93 * (words.length / sentences) - 77 * perWord;
}

/** What we take for B1. */
export const B1 = 60;
