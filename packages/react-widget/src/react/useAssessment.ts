import { useEffect, useRef, useSyncExternalStore } from 'react';
import { createAdvisor, type Advisor, type AdvisorOptions, type AdvisorState } from '../controller';

export interface UseAssessment extends Pick<Advisor, 'setAnswer' | 'setAnswers' | 'setLocale' | 'setRuleSets' | 'reset' | 'toDecisionRecord' | 'toMarkdown'> {
  readonly state: AdvisorState;
}

/**
 * Headless: the advisor's state for portals that draw their own form. One advisor per
 * component instance; `options` are read once (change locale or rule sets with the setters).
 */
export function useAssessment(options: AdvisorOptions = {}): UseAssessment {
  const ref = useRef<Advisor | null>(null);
  ref.current ??= createAdvisor(options);
  const advisor = ref.current;
  const state = useSyncExternalStore(advisor.subscribe, advisor.getState, advisor.getState);
  useEffect(() => {
    if (options.locale) advisor.setLocale(options.locale);
  }, [advisor, options.locale]);
  return {
    state,
    setAnswer: advisor.setAnswer,
    setAnswers: advisor.setAnswers,
    setLocale: advisor.setLocale,
    setRuleSets: advisor.setRuleSets,
    reset: advisor.reset,
    toDecisionRecord: advisor.toDecisionRecord,
    toMarkdown: advisor.toMarkdown,
  };
}
