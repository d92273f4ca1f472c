import type { Citation } from './model/citation';
import type { AnswerValue } from './model/question';
import type { EvaluationResult, ResultStatus, VerdictSummary } from './result';

export const GROUP_RESULT_FORMAT = 'coproduce/group-result@1' as const;

/** At most this many respondents in one group evaluation. */
export const MAX_RESPONDENTS = 50;
/** A respondent's name has at most this many characters. */
export const MAX_NAME_LENGTH = 80;

/** One respondent's own verdict, exactly as `evaluate` gives it for their answers alone. */
export interface RespondentVerdict {
  /** The respondent's name as given: data to show as text, never markup. */
  readonly name: string;
  readonly status: ResultStatus;
  /** How many questions this respondent answered. */
  readonly answered: number;
  readonly verdict: VerdictSummary;
}

/** One distinct answer to a question and who gave it. */
export interface Position {
  readonly answer: AnswerValue;
  /** The respondents who gave this answer, in respondent order. */
  readonly respondents: readonly string[];
}

/**
 * - `agreed`: everyone who answered gave the same answer (blank answers do not disagree);
 * - `contested`: two or more different answers were given;
 * - `unanswered`: nobody answered.
 */
export type AgreementStatus = 'agreed' | 'contested' | 'unanswered';

/** A question, the answers the team gave it and whether they agree. */
export interface QuestionAgreement {
  readonly question: string;
  readonly label: string;
  readonly status: AgreementStatus;
  /** True when the status is `agreed`. */
  readonly agree: boolean;
  /** Each respondent's answer in respondent order (null: left blank). The questions × respondents grid. */
  readonly byRespondent: readonly { readonly respondent: string; readonly answer: AnswerValue | null }[];
  /** The distinct answers, most respondents first (ties: the answer given first). */
  readonly positions: readonly Position[];
  /** Respondents who left the question blank. */
  readonly blank: readonly string[];
}

/** The verdict if the team adopted one answer to a contested question (other contested questions still open). */
export interface Adoption {
  readonly answer: AnswerValue;
  /** Whose view this answer is. */
  readonly respondents: readonly string[];
  readonly verdict: { readonly id: string; readonly label: string };
  /** The score behind that verdict; null when there is too little information for one. */
  readonly score: number | null;
  /** True when other open questions could still change this verdict. */
  readonly provisional: boolean;
  /** "If the team adopts the view of Priya on "…" ("…"), the verdict is "…"." Plain text. */
  readonly sentence: string;
}

/** A contested question whose answers, adopted one at a time on top of the agreed answers, lead to different verdicts. */
export interface Disagreement {
  readonly question: string;
  readonly label: string;
  /** One entry per distinct answer given, in the order of `QuestionAgreement.positions`. */
  readonly adoptions: readonly Adoption[];
}

/** A contested question to discuss, with what it moves and the guidance it rests on. */
export interface AgendaItem {
  readonly question: string;
  readonly label: string;
  /** True when the answers given lead to different verdicts (it is also listed in `disagreements`). */
  readonly changesVerdict: boolean;
  /** The distinct verdicts the answers given lead to, in the order first reached. */
  readonly verdicts: readonly { readonly id: string; readonly label: string }[];
  /** How far apart the scores under the answers given are (0 when none gives a score). */
  readonly scoreSpread: number;
  readonly positions: readonly Position[];
  /**
   * The guidance this question rests on: the question's own citations, then those of the
   * rules whose outcome the answers given decide differently (each citation once).
   */
  readonly citations: readonly Citation[];
}

export interface GroupResult {
  readonly format: typeof GROUP_RESULT_FORMAT;
  readonly ruleSet: EvaluationResult['ruleSet'];
  /** Each respondent's own verdict, in the order the respondents were given. */
  readonly respondents: readonly RespondentVerdict[];
  /** True when every respondent reaches the same verdict. */
  readonly verdictsAgree: boolean;
  /** Every question, in rule-set order. */
  readonly questions: readonly QuestionAgreement[];
  /** The answers everyone who answered agrees on (contested and unanswered questions left out). */
  readonly agreedAnswers: Readonly<Record<string, AnswerValue>>;
  /** `evaluate` on the agreed answers alone: contested questions stay open (unanswered). */
  readonly agreed: EvaluationResult;
  /** The contested questions that change the verdict, in agenda order, with the verdict under each answer given. */
  readonly disagreements: readonly Disagreement[];
  /** Every contested question, those that move the verdicts most first. */
  readonly agenda: readonly AgendaItem[];
  readonly counts: {
    readonly respondents: number;
    readonly questions: number;
    readonly agreed: number;
    readonly contested: number;
    readonly unanswered: number;
    /** Contested questions that change the verdict. */
    readonly changingVerdict: number;
  };
}
