// The one-file element (`dist/coproduce-advisor.all.js`): the element with its French pack
// included, for hosts that want exactly one file and no sibling loads.
import './i18n/fr';

export * from './element';
