import { createElement, useEffect, useRef, type CSSProperties } from 'react';
import type { AdvisorChangeDetail, AdvisorResultDetail, CoproduceAdvisorElement } from '../element/advisor-element';
import { defineAdvisorElement } from '../element/advisor-element';
import type { Locale, RuleSetChoice, TeamAnswers } from '../controller';

export interface CoproductionAdvisorProps {
  /** Which analyses to show: built-in keys or your own rule sets; all three built-in ones by default. */
  readonly ruleSets?: readonly RuleSetChoice[];
  readonly locale?: Locale;
  /** `auto` (the default) follows the reader's system setting; a docs site can set it to follow its own theme. */
  readonly theme?: 'auto' | 'light' | 'dark';
  /** `steps` (the default): one section at a time with a step list; `page`: every question on one page. */
  readonly layout?: 'steps' | 'page';
  /** Keep the answers in this browser (localStorage) under this key and restore them on load. Off unless set. */
  readonly persist?: string;
  /** Called whenever the answers change (the person, a restore, "Start again", undo): save them server-side here. */
  readonly onChange?: (detail: AdvisorChangeDetail) => void;
  /** Answers to start from (for example a saved profile). Read when the component mounts. */
  readonly initialAnswers?: Readonly<Record<string, unknown>>;
  /** Called whenever the advice changes, with the canonical results (id, version, hash). */
  readonly onResult?: (detail: AdvisorResultDetail) => void;
  /** `team`: several named respondents answer the same questions, and a Team view shows where they disagree. */
  readonly mode?: 'single' | 'team';
  /** Team mode: respondents to start from (names and answers). Read when the component mounts. */
  readonly initialTeam?: TeamAnswers;
  readonly className?: string;
  readonly style?: CSSProperties;
}

/**
 * The advisor as a React component. It renders the `<coproduce-advisor>` element, so
 * React and non-React portals get the same accessible, tested UI; all advice comes from
 * @coproduce/core and @coproduce/rules.
 */
export function CoproductionAdvisor({ ruleSets, locale, theme, layout, persist, mode, initialAnswers, initialTeam, onResult, onChange, className, style }: CoproductionAdvisorProps) {
  defineAdvisorElement();
  const ref = useRef<CoproduceAdvisorElement | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (initialAnswers) el.answers = initialAnswers;
    if (initialTeam) el.team = initialTeam;
    const listener = (e: Event) => onResultRef.current?.((e as CustomEvent<AdvisorResultDetail>).detail);
    el.addEventListener('coproduce-result', listener);
    const changed = (e: Event) => onChangeRef.current?.((e as CustomEvent<AdvisorChangeDetail>).detail);
    el.addEventListener('coproduce-change', changed);
    onResultRef.current?.({ answers: el.answers, locale: el.advisor.getState().locale, results: el.results });
    return () => {
      el.removeEventListener('coproduce-result', listener);
      el.removeEventListener('coproduce-change', changed);
    };
    // initialAnswers and initialTeam are read once, like a form's defaultValue
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const custom = ruleSets?.some((r) => typeof r !== 'string');
  useEffect(() => {
    // Rule sets of your own cannot travel in an attribute: hand them to the element directly.
    if (custom && ref.current && ruleSets) ref.current.ruleSets = ruleSets;
  }, [custom, ruleSets]);

  return createElement('coproduce-advisor', {
    ref,
    'rule-sets': custom ? undefined : ruleSets?.join(' '),
    locale,
    theme,
    layout,
    persist,
    mode,
    class: className,
    style,
  });
}
