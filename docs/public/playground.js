// Shows the advisor's canonical result as JSON next to it (an external script: CSP-friendly).
const advisor = document.getElementById('advisor');
const out = document.querySelector('#result-json code');
const show = (results) => (out.textContent = JSON.stringify(results, null, 2));
advisor.addEventListener('coproduce-result', (e) => show(e.detail.results));
customElements.whenDefined('coproduce-advisor').then(() => show(advisor.results));
