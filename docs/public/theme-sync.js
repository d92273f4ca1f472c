// Keeps every <coproduce-advisor> on the page in the docs' theme. Starlight records the reader's
// choice (light, dark, or the system's) as <html data-theme="light|dark">; the widget takes the
// same values in its `theme` attribute. An external script, so the docs work under a strict CSP.
(() => {
  const root = document.documentElement;
  const sync = () => {
    const theme = root.dataset.theme === 'dark' ? 'dark' : 'light';
    for (const el of document.querySelectorAll('coproduce-advisor')) if (el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
  };
  new MutationObserver(sync).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', sync);
  else sync();
})();
