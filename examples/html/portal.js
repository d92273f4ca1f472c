// The host page reads the advice through the element's event: answers never leave the
// browser unless the portal decides to send them.
const advisor = document.getElementById('advisor');
const saved = document.getElementById('saved');
advisor.addEventListener('coproduce-result', (e) => {
  const { criteria } = e.detail.results;
  if (criteria) saved.textContent = `Current advice on co-production: ${criteria.verdict.label} (rule set version ${criteria.ruleSet.version}).`;
});
