/**
 * Styles, adopted by the shadow root as a constructed stylesheet: isolated from the host
 * page, allowed under a strict Content-Security-Policy (no inline <style>), themable
 * through CSS custom properties and ::part(). Colours meet WCAG 2.2 AA contrast in both
 * themes. Layout follows the element's own width (container queries), not the viewport:
 * a 600 px portal column gets one column even on a wide screen.
 */
const dark = `
  --coproduce-bg: #15181d;
  --coproduce-fg: #eef1f5;
  --coproduce-muted: #b8c0cc;
  --coproduce-border: #4a5260;
  --coproduce-panel: #1f242b;
  --coproduce-accent: #8ab4f8;
  --coproduce-accent-fg: #0b1220;
  --coproduce-for: #7fd394;
  --coproduce-against: #ffb4a9;
  --coproduce-warn: #ffcf8a;
  color-scheme: dark;
`;

export const css = `
:host {
  --coproduce-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  --coproduce-bg: #ffffff;
  --coproduce-fg: #1b1f24;
  --coproduce-muted: #4b5563;
  --coproduce-border: #c4cad3;
  --coproduce-panel: #f5f7fa;
  --coproduce-accent: #0b57d0;
  --coproduce-accent-fg: #ffffff;
  --coproduce-for: #146c2e;
  --coproduce-against: #a3261b;
  --coproduce-warn: #8a4b00;
  --coproduce-radius: 8px;
  color-scheme: light;
  display: block;
  container: coproduce-advisor / inline-size;
  color: var(--coproduce-fg);
  background: var(--coproduce-bg);
  font-family: var(--coproduce-font);
  font-size: 1rem;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { ${dark} } }
:host([theme='dark']) { ${dark} }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.advisor { padding: 1rem; }
header { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: baseline; justify-content: space-between; margin-bottom: 0.75rem; }
h2 { font-size: 1.4rem; margin: 0; }
h3 { font-size: 1.15rem; margin: 0 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
p { margin: 0.25rem 0; }
.intro, .help, .muted { color: var(--coproduce-muted); }
.help { font-size: 0.9rem; margin: 0.1rem 0 0.4rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; align-items: start; }
.main { min-width: 0; }

/* Steps: a wrapping list of sections with their answered/total. */
.steps ol { list-style: none; margin: 0 0 0.75rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.steps li { margin: 0; }
button.step { background: transparent; color: var(--coproduce-fg); border: 1px solid var(--coproduce-border); display: inline-flex; flex-direction: column; align-items: flex-start; padding: 0.3rem 0.6rem; text-align: left; line-height: 1.25; }
button.step[aria-current='step'] { border: 2px solid var(--coproduce-accent); background: var(--coproduce-panel); font-weight: 600; }
.step-count { font-size: 0.8rem; color: var(--coproduce-muted); font-weight: 400; }

form fieldset.group { border: 1px solid var(--coproduce-border); border-radius: var(--coproduce-radius); margin: 0 0 1rem; padding: 0.75rem 1rem; min-width: 0; }
form fieldset.group > legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.25rem; }
.question { margin: 0.75rem 0; }
fieldset.question { border: 0; padding: 0; margin: 1rem 0; min-width: 0; }
fieldset.question > legend, label.qlabel { font-weight: 600; padding: 0; }
.choices { display: flex; flex-direction: column; gap: 0.2rem; }
.choices label { display: inline-flex; gap: 0.4rem; align-items: flex-start; cursor: pointer; }
.number { display: flex; gap: 0.5rem; align-items: center; }
.error { color: var(--coproduce-against); font-weight: 600; margin: 0.3rem 0; }
.error::before { content: '⚠ '; }
[aria-invalid='true'] { border-color: var(--coproduce-against) !important; border-width: 2px !important; }
input, select, button { font: inherit; color: inherit; }
input[type='text'], select { background: var(--coproduce-bg); border: 1px solid var(--coproduce-border); border-radius: 6px; padding: 0.3rem 0.5rem; min-height: 2.25rem; }
.number input { width: 8rem; }
input[type='radio'], input[type='checkbox'] { width: 1.1rem; height: 1.1rem; margin-top: 0.2rem; accent-color: var(--coproduce-accent); }
button { background: var(--coproduce-accent); color: var(--coproduce-accent-fg); border: 0; border-radius: 6px; padding: 0.45rem 0.9rem; cursor: pointer; min-height: 2.25rem; }
button.secondary { background: transparent; color: var(--coproduce-accent); border: 1px solid var(--coproduce-accent); }
button.link { background: transparent; color: var(--coproduce-accent); padding: 0.1rem 0; min-height: 1.5rem; text-decoration: underline; }
:focus-visible { outline: 3px solid var(--coproduce-accent); outline-offset: 2px; }
legend:focus, h3:focus, h2:focus { outline: none; }
legend:focus-visible, [tabindex='-1']:focus-visible { outline: 3px solid var(--coproduce-accent); }
.step-nav { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; justify-content: space-between; margin: 0.5rem 0 1rem; }
.step-nav > span { flex: 1; text-align: center; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.actions.end { justify-content: flex-end; }
.panel { background: var(--coproduce-panel); border: 1px solid var(--coproduce-border); border-radius: var(--coproduce-radius); padding: 0.75rem 1rem; }
.notices { display: grid; gap: 0.5rem; margin-bottom: 0.75rem; }
.notices:empty { display: none; }
.problems { border-left: 4px solid var(--coproduce-warn); }
.undo-bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }

/* The summary: a bar at the bottom of the screen on narrow containers, a sticky column on wide ones. */
.summary { background: var(--coproduce-panel); border: 1px solid var(--coproduce-border); border-radius: var(--coproduce-radius); padding: 0.5rem 0.75rem; position: sticky; bottom: 0; z-index: 1; }
.summary-title { display: none; font-size: 1rem; }
.summary-toggle { width: 100%; text-align: left; background: transparent; color: var(--coproduce-fg); font-weight: 700; padding: 0.1rem 0; min-height: 1.75rem; }
.summary-toggle::after { content: ' ▴'; }
.summary-toggle[aria-expanded='true']::after { content: ' ▾'; }
.verdicts { list-style: none; padding: 0; margin: 0.25rem 0 0.5rem; display: grid; gap: 0.5rem; }
.verdicts li { display: grid; margin: 0; }
.rs-title { font-size: 0.85rem; color: var(--coproduce-muted); }
.verdicts .verdict { font-size: 1.05rem; }
.verdicts .status { font-size: 0.85rem; }
.rs-short { display: none; }
/* Below the two-column layout the bar is stuck to the bottom of the screen. Collapsed, it is
   short: each verdict on one line at most, led by its rule set's short name, side by side where
   they fit (a long verdict is cut with an ellipsis; the open bar and the report give it in full); open, the full titles, statuses and
   the way to the report. A control focused just above it is scrolled clear of it (the
   collapsed bar is about 5.5rem; the element's focusin handler covers an open one). */
@container coproduce-advisor not (min-width: 900px) {
  .main :is(input, select, button, legend, summary, a, [tabindex]) { scroll-margin-bottom: 7rem; }
  .summary:has([aria-expanded='false']) { padding-block: 0.25rem 0.4rem; }
  [aria-expanded='false'] + .summary-body .verdicts { display: flex; flex-wrap: wrap; gap: 0 1.25rem; margin: 0; font-size: 0.85rem; line-height: 1.35; }
  [aria-expanded='false'] + .summary-body :is(.rs-title, .status, .verdicts + button) { display: none; }
  [aria-expanded='false'] + .summary-body li { display: flex; gap: 0.4rem; min-width: 0; max-width: 100%; white-space: nowrap; }
  [aria-expanded='false'] + .summary-body .rs-short { display: block; flex: none; }
  [aria-expanded='false'] + .summary-body .verdict { min-width: 0; overflow: hidden; text-overflow: ellipsis; font-size: inherit; }
  .rs-short { color: var(--coproduce-muted); }
}
@container coproduce-advisor (max-width: 599px) {
  .steps ol { flex-wrap: nowrap; overflow-x: auto; padding-bottom: 0.35rem; scroll-snap-type: x proximity; position: relative; }
  .steps li { flex: none; scroll-snap-align: start; }
  header { margin-bottom: 0.5rem; }
  .intro { font-size: 0.9rem; }
}
@container coproduce-advisor (min-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem); gap: 1.5rem; }
  .summary { top: 0.5rem; bottom: auto; padding: 1rem; }
  .summary-title { display: block; }
  .summary-toggle { display: none; }
}

/* The report (structure from the shared report module's renderDom). */
.check { display: inline-flex; gap: 0.4rem; align-items: flex-start; margin-top: 0.5rem; }
.report-chrome { margin: 0.25rem 0 1rem; padding-bottom: 0.75rem; border-bottom: 1px solid var(--coproduce-border); }
.report .project { display: grid; gap: 0.25rem; margin-bottom: 0.75rem; max-width: 30rem; }
.report-chrome > .actions { margin: 0 0 0.5rem; }
.recheck-row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-start; }
.recheck > summary { cursor: pointer; color: var(--coproduce-accent); padding: 0.25rem 0; min-height: 1.75rem; }
.recheck-body { display: grid; gap: 0.25rem; margin: 0.25rem 0 0.5rem; max-width: 30rem; }
.recheck-body input[type='file'] { max-width: 100%; }
/* Long links and words (a licence URL) wrap: a phone never scrolls sideways. */
.report-body { max-width: 48rem; overflow-wrap: anywhere; }
.coproduce-report h1 { font-size: 1.4rem; margin: 0.5rem 0; }
.coproduce-report h2 { font-size: 1.2rem; margin: 1.25rem 0 0.4rem; border-bottom: 1px solid var(--coproduce-border); }
.coproduce-report h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.coproduce-report .note { color: var(--coproduce-muted); }
.coproduce-report .tag { font-weight: 700; color: var(--coproduce-warn); }
.coproduce-report dl { display: grid; grid-template-columns: fit-content(55%) minmax(8rem, 1fr); gap: 0.2rem 1rem; margin: 0.5rem 0; }
.coproduce-report dl > div { display: contents; }
.coproduce-report dt { font-weight: 600; }
.coproduce-report dd { margin: 0; }
.coproduce-report table { border-collapse: collapse; margin: 0.5rem 0; }
.coproduce-report th, .coproduce-report td { border: 1px solid var(--coproduce-border); padding: 0.2rem 0.5rem; text-align: left; }
.coproduce-report .cites { font-size: 0.85rem; }
.coproduce-report a { color: var(--coproduce-accent); }
.coproduce-report .notes, .coproduce-report .sources { font-size: 0.9rem; }
.coproduce-report q { font-style: italic; color: var(--coproduce-muted); }
.coproduce-report .licence { color: var(--coproduce-muted); }
/* Team mode: the respondents panel and the Team view. Agreement is words and a symbol, never colour alone. */
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.team-panel { margin-bottom: 1rem; display: grid; gap: 0.5rem; }
.team-add { display: grid; gap: 0.25rem; max-width: 30rem; }
.team-add .row { display: flex; gap: 0.5rem; }
.team-add input { flex: 1; min-width: 0; }
#team-notice:empty { display: none; }
.problem { color: var(--coproduce-fg); }
#team-notice.problem { border-left: 4px solid var(--coproduce-warn); padding-left: 0.5rem; font-weight: 600; }
.team-picker { border: 0; padding: 0; margin: 0; min-width: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.team-picker legend { font-weight: 600; padding: 0; margin-bottom: 0.25rem; }
.team-picker label { display: inline-flex; gap: 0.35rem; align-items: flex-start; cursor: pointer; overflow-wrap: anywhere; }
.team-file { display: grid; gap: 0.25rem; }
.team-file input { max-width: 100%; }
.team-panel > button { justify-self: start; }
.team-head { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; justify-content: space-between; }
.team-view table { border-collapse: collapse; margin: 0.5rem 0; }
.team-view caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
.team-view th, .team-view td { border: 1px solid var(--coproduce-border); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.team-scroll { overflow-x: auto; max-width: 100%; }
.team-verdicts { width: 100%; min-width: 30rem; }
.team-verdicts td, .team-verdicts th { min-width: 7rem; }
.team-verdicts .agreed-row { font-weight: 600; background: var(--coproduce-panel); }
.team-grid { overflow-x: auto; max-width: 100%; margin: 0.75rem 0; }
.team-grid table { min-width: 32rem; font-size: 0.92rem; }
.team-grid tbody th { min-width: 12rem; font-weight: 600; }
.team-grid td { min-width: 6rem; }
.team-grid .status { white-space: nowrap; }
.team-grid .status.contested { font-weight: 700; }
.team-grid tr[data-status='contested'] > * { background: var(--coproduce-panel); }
.changes { display: block; font-weight: 400; font-size: 0.85rem; color: var(--coproduce-warn); }
.team-agenda li > .changes { margin: 0.1rem 0; }
.team-agenda .sub { margin-top: 0.25rem; color: var(--coproduce-muted); font-size: 0.9rem; }
ul, ol { margin: 0.25rem 0; padding-left: 1.25rem; }
li { margin: 0.3rem 0; }

/* Print: the report alone on A4, every section open, no form, no buttons, no instructions. */
@page { size: A4; margin: 18mm 16mm; }
@media print {
  :host { --coproduce-bg: #fff; --coproduce-fg: #000; --coproduce-muted: #333; --coproduce-panel: #fff; --coproduce-accent: #000; color-scheme: light; background: #fff; color: #000; font-size: 11pt; }
  header, .notices, .form-view, .team-view, .summary, .no-print, dialog { display: none !important; }
  .report { display: block !important; }
  .layout { display: block; }
  .advisor { padding: 0; }
  .report-body { max-width: none; }
  details.technical > summary { list-style: none; font-weight: 700; }
  /* The technical details print only when open (the person asked for every detail): a printed page is plain words first. */
  details.technical:not([open]) { display: none; }
  h1, h2, h3 { break-after: avoid; }
  li, dl, table { break-inside: avoid; }
  a { color: #000; }
}
`;
