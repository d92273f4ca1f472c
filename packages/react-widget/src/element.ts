// Side-effect entry: registers <coproduce-advisor>. Bundled with everything it needs into
// dist/coproduce-advisor.js, one ES module file for any page.
import { defineAdvisorElement } from './element/advisor-element';

defineAdvisorElement();

export { CoproduceAdvisorElement, defineAdvisorElement, type AdvisorChangeDetail, type AdvisorResultDetail } from './element/advisor-element';
export { createAdvisor, type Advisor, type AdvisorState, type DecisionRecord } from './controller';
