/**
 * `createAdvisor` as `@coproduce/react` and `@coproduce/react/controller` export it: team
 * mode's evaluation passed in, so a team's view is in the state at once. The custom element
 * uses the controller's own, which loads it on first use of team mode.
 */
import { createAdvisor as createWith, type Advisor, type AdvisorOptions } from './controller';
import { teamSupport } from './team-support';

export function createAdvisor(options: AdvisorOptions = {}): Advisor {
  return createWith({ teamSupport, ...options });
}
