// Package tagger finds time expressions in plain text and normalizes them
// to TIMEX3 values, TempEval-3 style: "30 September 2015" -> 2015-09-30,
// "late November" -> 2024-11 (mod END), "49 years" -> P49Y, "every year"
// -> SET P1Y, "two days later" -> a date anchored to the last one mentioned.
//
// It is pure and deterministic: no markdown knowledge, no I/O, no clock.
// The reference date (the publication date, Options.DCT) is passed in;
// relative expressions that cannot be resolved keep X placeholders and get
// a Note.
//
// Design, after goldmark's inline parsers: one pass tokenizes the bytes
// (words, numbers with their suffixes, punctuation; URLs skipped whole);
// a word's table entry is found once per token through a precompiled map
// keyed by its lower-case form and guarded by a first-byte table. Only
// trigger tokens (numbers, month and weekday names, a fixed set of
// lower-case words) start rules; each rule looks a bounded number of tokens
// ahead and the longest match wins, so tagging is linear in the input.
//
// Partial dates ("January 21") take their year from the reference date and
// the tense of the sentence: the nearest tense marker decides whether it
// looks back or ahead. Narrative text (no DCT, or a past-tense paragraph
// about a date two or more years away from it) counts from the last date
// mentioned instead, and Timex.Anchor records which one.
package tagger
