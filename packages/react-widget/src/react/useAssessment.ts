import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Advisor, AdvisorOptions, AdvisorState } from '../controller';
import { createAdvisor } from '../create-advisor';

type Actions = 'setAnswer' | 'setAnswers' | 'setDraft' | 'setLocale' | 'setRuleSets' | 'goTo' | 'next' | 'back' | 'setView' | 'setProjectName' | 'reset' | 'undo' | 'toDecisionRecord' | 'toMarkdown';

export interface UseAssessment extends Pick<Advisor, Actions> {
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
    setDraft: advisor.setDraft,
    setLocale: advisor.setLocale,
    setRuleSets: advisor.setRuleSets,
    goTo: advisor.goTo,
    next: advisor.next,
    back: advisor.back,
    setView: advisor.setView,
    setProjectName: advisor.setProjectName,
    reset: advisor.reset,
    undo: advisor.undo,
    toDecisionRecord: advisor.toDecisionRecord,
    toMarkdown: advisor.toMarkdown,
  };
}
