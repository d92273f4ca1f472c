/**
 * Numbered citations: each distinct place in a source gets one number, in order of first
 * use, and every number resolves to a note; the notes name the source, which the source
 * list gives in full.
 */
import type { Citation, Source } from '@coproduce/core';
import type { Locale } from '../i18n';
import { evidenceWords, rt } from './messages';
import type { Note, SourceEntry } from './model';

/** A citation as the lead's rule sets will carry it: the guidance text may come with it. */
type CitationWithText = Citation & { readonly text?: string };

export class CitationIndex {
  readonly #notes: Note[] = [];
  readonly #byKey = new Map<string, number>();
  readonly #sources: Readonly<Record<string, Source>>;
  readonly #locale: Locale;

  readonly #byGuidance: boolean;

  /** `byGuidance`: one note per guidance id too (the detailed report shows the ids). */
  constructor(sources: Readonly<Record<string, Source>>, locale: Locale, byGuidance = false) {
    this.#sources = sources;
    this.#locale = locale;
    this.#byGuidance = byGuidance;
  }

  /** Numbers for a list of citations (deduplicated, in order). */
  cite(cs: readonly Citation[] | undefined): number[] {
    const out: number[] = [];
    for (const c of cs ?? []) {
      const n = this.#one(c as CitationWithText);
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }

  #one(c: CitationWithText): number {
    const key = [c.source, c.place, c.text ?? '', this.#byGuidance ? c.guidance : ''].join('\u0000');
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    const n = this.#notes.length + 1;
    const src = this.#sources[c.source];
    const who = src ? shortReference(src.reference) : c.source;
    const note: Note = {
      n,
      text: `${who}, ${c.place}`,
      guidance: c.guidance,
      source: c.source,
      ...(c.evidence ? { evidence: rt(this.#locale, 'evidence', { level: evidenceWords(this.#locale, c.evidence) }) } : {}),
      ...(typeof c.text === 'string' && c.text ? { quote: c.text } : {}),
    };
    this.#notes.push(note);
    this.#byKey.set(key, n);
    return n;
  }

  get notes(): readonly Note[] {
    return this.#notes;
  }

  /** The full references of every source a note cites, in order of first citation. */
  sources(): SourceEntry[] {
    const keys: string[] = [];
    for (const n of this.#notes) if (!keys.includes(n.source)) keys.push(n.source);
    return keys.map((key) => {
      const s = this.#sources[key];
      if (!s) return { key, reference: key };
      const url = doiUrl(s.doi);
      return {
        key,
        reference: s.reference,
        ...(url ? { url } : {}),
        ...(s.licence ? { licence: rt(this.#locale, 'licence', { licence: s.licence }) } : {}),
      };
    });
  }
}

/** "Oliver K, Kothari A, Mays N (2019). The dark side…" → "Oliver et al. 2019". */
export function shortReference(reference: string): string {
  const year = /\((\d{4})\)/.exec(reference)?.[1];
  const m = /^([A-Z][\p{L}'’-]+) [A-Z]{1,3}\b/u.exec(reference);
  if (m) {
    const authorsEnd = reference.search(/\(\d{4}\)|\. /);
    const authors = (authorsEnd > 0 ? reference.slice(0, authorsEnd) : reference).split(',').filter((a) => a.trim()).length;
    const who = authors > 2 ? `${m[1]} et al.` : authors === 2 ? reference.slice(0, authorsEnd).split(',').map((a) => a.trim().split(' ')[0]).join(' & ') : m[1]!;
    return year ? `${who} ${year}` : who;
  }
  // No "Surname I" at the start (an unattributed source): its title up to the first stop.
  const head = reference.split(/[.:(]/)[0]!.trim();
  const short = head.length > 60 ? `${head.slice(0, 57)}…` : head;
  return year ? `${short} ${year}` : short;
}

/** `doi:10.x/y`, `10.x/y` or a doi.org URL → `https://doi.org/10.x/y`. */
export function doiUrl(doi: string | undefined): string | undefined {
  if (!doi) return undefined;
  // Only the characters DOIs are made of: anything else is not linked.
  const m = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+)$/i.exec(doi.trim());
  return m ? `https://doi.org/${m[1]}` : undefined;
}
