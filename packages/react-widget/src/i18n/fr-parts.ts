import { hasLocalePart, localePart, registerLocalePart } from '@coproduce/rules/i18n';

/** The locale-pack part holding the French of team mode alone. */
const TEAM = 'widget-team';

/**
 * Register French widget words: team mode's when `team`, else the rest. The standalone
 * element loads the two in either order (the French pack, the team-mode file), so each
 * completes the 'widget' part with the other when it is there: the widget reads that one
 * part, whole once both are loaded.
 */
export function registerFrench(words: Readonly<Record<string, string>>, team: boolean): void {
  if (team) registerLocalePart('fr', TEAM, words);
  const part = (name: string) => (hasLocalePart('fr', name) ? localePart<Readonly<Record<string, string>>>('fr', name) : undefined);
  const rest = team ? part('widget') : words;
  if (rest) registerLocalePart('fr', 'widget', { ...rest, ...part(TEAM) });
}
