import type { Citation, EvidenceLevel } from './model/citation';
import type { Effect } from './model/outcome';
import type { AnswerValue } from './model/question';
import type { RuleSetKind } from './model/rule-set';

export const RESULT_FORMAT = 'coproduce/result@1' as const;

/** `complete`: no further answer can change which rules fire. `provisional`: some could. */
export type ResultStatus = 'complete' | 'provisional' | 'insufficient-information';

export interface VerdictSummary {
  /** A band id, an option id (ranking rule sets) or `insufficient-information`. */
  readonly id: string;
  readonly label: string;
  readonly summary: string;
  /** The score behind the verdict; null when there is too little information to give one. */
  readonly score: number | null;
  readonly citations: readonly Citation[];
  /** Verdict rule sets of format 2: how many of the fired signals point for and against (what the score means). */
  readonly signals?: { readonly for: number; readonly against: number };
  /** Register rule sets of format 2: how many risks were flagged at each severity. */
  readonly flags?: { readonly high: number; readonly medium: number; readonly low: number };
  /**
   * A higher band was reached by the score but its condition does not hold yet, so the
   * verdict stayed lower: the questions that condition reads, open ones first.
   */
  readonly needsAnswer?: readonly string[];
  /** Ranking with no clear fit: the options level at the top. */
  readonly tied?: readonly { readonly option: string; readonly label: string }[];
}

/** Guidance every result of a rule set shows once: the scope and limits of its advice. */
export interface NoteItem {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly citations: readonly Citation[];
}

export interface DecidingAnswer {
  readonly question: string;
  readonly label: string;
  readonly answer: AnswerValue;
}

export interface OutcomeResult {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
  readonly effect: Effect;
  readonly citations: readonly Citation[];
}

export interface RuleResult {
  readonly id: string;
  /** `undetermined`: it depends on questions not yet answered (listed in `waitingOn`). */
  readonly status: 'fired' | 'not-fired' | 'undetermined';
  readonly explanation: string;
  /** The answers that decided the rule's status. */
  readonly decidedBy: readonly DecidingAnswer[];
  readonly waitingOn: readonly string[];
  readonly outcomes: readonly OutcomeResult[];
  readonly citations: readonly Citation[];
  /** The weakest evidence level among the rule's citations, if the source qualifies it. */
  readonly evidence?: EvidenceLevel;
}

export interface RankedResult {
  readonly option: string;
  readonly label: string;
  readonly summary: string;
  readonly score: number;
  /** How well the setting supports the option (rule sets with feasibility fits); it orders options of equal fit. */
  readonly feasibility?: number;
  /** Whether the option's defining conditions hold: `open` while they wait on answers. Absent when it has none. */
  readonly definition?: 'met' | 'not-met' | 'open';
  readonly rank: number;
  /** Rules that moved this option up or down. */
  readonly because: readonly string[];
  readonly citations: readonly Citation[];
}

export interface RiskFlag {
  readonly outcome: string;
  readonly rule: string;
  readonly label: string;
  readonly detail: string;
  readonly category: string;
  readonly stage?: string;
  readonly severity: 'low' | 'medium' | 'high';
  readonly mitigations: readonly { readonly id: string; readonly title: string; readonly text: string; readonly citations: readonly Citation[] }[];
  readonly citations: readonly Citation[];
}

export interface AdviceItem {
  readonly outcome: string;
  readonly rule: string;
  readonly level: 'info' | 'warning' | 'requirement';
  readonly label: string;
  readonly detail: string;
  readonly citations: readonly Citation[];
}

export interface UnansweredQuestion {
  readonly question: string;
  readonly label: string;
  /** True when some answer to this question alone would change the verdict. */
  readonly couldChangeVerdict: boolean;
  /** Verdict ids this question's answers could lead to (given the other answers). */
  readonly reachableVerdicts: readonly string[];
  /** Largest difference in score between its possible answers. */
  readonly scoreSpread: number;
  /** True when some answer to it would add a requirement (advice that applies whatever the verdict). Format-2 rule sets. */
  readonly couldAddRequirement?: boolean;
}

export interface VerdictChange {
  readonly question: string;
  readonly label: string;
  readonly from: AnswerValue | null;
  readonly to: AnswerValue;
  readonly verdict: { readonly id: string; readonly label: string };
  /** "If X were Y, the verdict would become Z." */
  readonly sentence: string;
}

export interface EvaluationResult {
  readonly format: typeof RESULT_FORMAT;
  readonly ruleSet: { readonly id: string; readonly version: string; readonly hash: string; readonly kind: RuleSetKind; readonly title: string };
  readonly status: ResultStatus;
  /** True unless the status is `complete`. */
  readonly provisional: boolean;
  /** The validated answers, in question order. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly answered: number;
  readonly verdict: VerdictSummary;
  /** Ranking rule sets: every option, best first. Empty otherwise. */
  readonly ranking: readonly RankedResult[];
  /** Register rule sets: the risks flagged by the answers. Empty otherwise. */
  readonly risks: readonly RiskFlag[];
  readonly advice: readonly AdviceItem[];
  /** Guidance shown with every result of this rule set, once (rule sets of format 2). */
  readonly notes?: readonly NoteItem[];
  /** Every rule, fired or not, in rule-set order. */
  readonly rules: readonly RuleResult[];
  /** Unanswered questions, those most able to change the verdict first. */
  readonly unanswered: readonly UnansweredQuestion[];
  /** Single-answer changes that would change the verdict. */
  readonly whatWouldChange: readonly VerdictChange[];
}
