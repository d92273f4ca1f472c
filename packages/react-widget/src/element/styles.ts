/**
 * Styles, adopted by the shadow root as a constructed stylesheet: isolated from the host
 * page, allowed under a strict Content-Security-Policy (no inline <style>), themable
 * through CSS custom properties. Colours meet WCAG 2.2 AA contrast in both themes.
 */
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
  display: block;
  color: var(--coproduce-fg);
  background: var(--coproduce-bg);
  font-family: var(--coproduce-font);
  font-size: 1rem;
  line-height: 1.5;
}
:host([theme='dark']) {
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
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.advisor { padding: 1rem; }
header { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: baseline; justify-content: space-between; margin-bottom: 1rem; }
h2 { font-size: 1.4rem; margin: 0; }
h3 { font-size: 1.15rem; margin: 0 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
p { margin: 0.25rem 0; }
.intro, .help, .muted { color: var(--coproduce-muted); }
.help { font-size: 0.9rem; margin: 0.1rem 0 0.4rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
@container (max-width: 760px) { .layout { grid-template-columns: 1fr; } }
@media (max-width: 760px) { .layout { grid-template-columns: 1fr; } }
form fieldset.group { border: 1px solid var(--coproduce-border); border-radius: var(--coproduce-radius); margin: 0 0 1rem; padding: 0.75rem 1rem; }
form fieldset.group > legend { font-weight: 700; padding: 0 0.25rem; }
.question { margin: 0.75rem 0; }
.question[hidden] { display: none; }
fieldset.question { border: 0; padding: 0; margin: 0.75rem 0; min-width: 0; }
fieldset.question > legend, label.qlabel { font-weight: 600; padding: 0; }
.choices { display: flex; flex-direction: column; gap: 0.2rem; }
.choices label { display: inline-flex; gap: 0.4rem; align-items: flex-start; cursor: pointer; }
input, select, button { font: inherit; color: inherit; }
input[type='number'], select { background: var(--coproduce-bg); border: 1px solid var(--coproduce-border); border-radius: 6px; padding: 0.3rem 0.5rem; min-height: 2.25rem; }
input[type='radio'], input[type='checkbox'] { width: 1.1rem; height: 1.1rem; margin-top: 0.2rem; accent-color: var(--coproduce-accent); }
button { background: var(--coproduce-accent); color: var(--coproduce-accent-fg); border: 0; border-radius: 6px; padding: 0.45rem 0.9rem; cursor: pointer; min-height: 2.25rem; }
button.secondary { background: transparent; color: var(--coproduce-accent); border: 1px solid var(--coproduce-accent); }
:focus-visible { outline: 3px solid var(--coproduce-accent); outline-offset: 2px; }
.results { display: grid; gap: 1rem; }
.panel { background: var(--coproduce-panel); border: 1px solid var(--coproduce-border); border-radius: var(--coproduce-radius); padding: 1rem; }
.verdict { font-size: 1.2rem; font-weight: 700; }
.status { font-size: 0.9rem; }
ul, ol { margin: 0.25rem 0; padding-left: 1.25rem; }
li { margin: 0.3rem 0; }
.for { color: var(--coproduce-for); font-weight: 600; }
.against { color: var(--coproduce-against); font-weight: 600; }
.warn { color: var(--coproduce-warn); font-weight: 600; }
.cite { display: block; font-size: 0.85rem; color: var(--coproduce-muted); }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.problems { border-left: 4px solid var(--coproduce-against); padding-left: 0.75rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  form, .actions, header label { display: none; }
  .layout { grid-template-columns: 1fr; }
  .panel { break-inside: avoid; border-color: #888; }
}
`;
