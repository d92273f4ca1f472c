/**
 * The report as plain data: every word already chosen and localised, so that the text,
 * Markdown and HTML renderers (and the widget's DOM renderer) only map structure to a
 * format. Nothing here is markup: a renderer that uses textContent can show all of it.
 */
import type { Locale } from '../i18n';

export const REPORT_FORMAT = 'coproduce/report@1' as const;

/** Numbers of the citations (in `Report.notes`) that back a piece of text. */
export type CiteRefs = readonly number[];

export interface HeadingBlock {
  readonly type: 'heading';
  /** 1 is the report title; 2 a section; 3 a rule set's sub-section. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
  /** A stable anchor, derived from the structure, never from user text. */
  readonly anchor?: string;
}

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: string;
  /** `strong`: a verdict line; `note`: a status or a caveat, shown quieter. */
  readonly tone?: 'strong' | 'note';
  readonly cites?: CiteRefs;
}

export interface ListItem {
  /** A one-word kind shown first ("High", "Required"), set apart from the lead. */
  readonly tag?: string;
  /** A short title shown in bold before the text, followed by a colon. */
  readonly lead?: string;
  readonly text: string;
  readonly cites?: CiteRefs;
  /** Secondary lines under the item (mitigations, for instance). */
  readonly sub?: readonly ListItem[];
}

export interface ListBlock {
  readonly type: 'list';
  readonly ordered?: boolean;
  readonly items: readonly ListItem[];
}

export interface KeyValueBlock {
  readonly type: 'key-value';
  readonly items: readonly { readonly key: string; readonly value: string }[];
}

export interface TableBlock {
  readonly type: 'table';
  readonly caption?: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** One numbered citation: where in which source, and what it says there. */
export interface Note {
  readonly n: number;
  /** "Oliver et al. 2019, Table 2, row 3". */
  readonly text: string;
  /** The evidence level in plain words ("the authors' early thoughts"), when the source qualifies it. */
  readonly evidence?: string;
  /**
   * The guidance the citation carries, in this tool's words: a paraphrase, never the source's
   * wording, so it is shown as such ("In our words: …"), never in quotation marks.
   */
  readonly quote?: string;
  /** The guidance id (shown only in the detailed report). */
  readonly guidance: string;
  /** Key of the source in `Report.sources`. */
  readonly source: string;
}

export interface NotesBlock {
  readonly type: 'notes';
  readonly items: readonly Note[];
}

/** One full bibliographic reference. */
export interface SourceEntry {
  readonly key: string;
  readonly reference: string;
  /** An https://doi.org/ link, when the source has a DOI. */
  readonly url?: string;
  /** The licence note, when the source has a licence to honour (CC BY: attribution). */
  readonly licence?: string;
}

export interface SourcesBlock {
  readonly type: 'sources';
  readonly items: readonly SourceEntry[];
}

/** Ids, versions, hashes and raw scores: shown collapsed, or only in the detailed report. */
export interface TechnicalBlock {
  readonly type: 'technical';
  readonly summary: string;
  readonly blocks: readonly (HeadingBlock | KeyValueBlock | ListBlock | TableBlock | ParagraphBlock)[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | KeyValueBlock | TableBlock | NotesBlock | SourcesBlock | TechnicalBlock;

export interface Report {
  readonly format: typeof REPORT_FORMAT;
  readonly locale: Locale;
  readonly detail: boolean;
  /** The one-minute report (see `ReportInput.brief`). */
  readonly brief?: boolean;
  readonly title: string;
  /** The date the report is for, ISO (YYYY-MM-DD). */
  readonly date: string;
  /** Everything, in reading order; the first block is the level-1 title. */
  readonly blocks: readonly Block[];
}
