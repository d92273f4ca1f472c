import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CoproductionAdvisor, useAssessment } from '@coproduce/react';
import { examples } from '@coproduce/rules/examples';

/** The full advisor, pre-filled with a worked example, reporting its verdict to the page. */
function Portal() {
  const [verdict, setVerdict] = useState('');
  return (
    <main style={{ maxWidth: 1200, margin: '0 auto', padding: '1.5rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Funder portal: engagement plan</h1>
      <CoproductionAdvisor
        locale="en"
        initialAnswers={examples[3].profile}
        onResult={(d) => setVerdict(d.results.criteria ? d.results.criteria.verdict.label : '')}
      />
      <p id="portal-verdict" role="status">Portal sees: {verdict}</p>
      <QuickCheck />
    </main>
  );
}

/** A portal's own one-question form on the headless hook. */
function QuickCheck() {
  const { state, setAnswer } = useAssessment({ ruleSets: ['brokering'] });
  const r = state.results.brokering;
  return (
    <section aria-labelledby="quick">
      <h2 id="quick">Quick check (headless hook)</h2>
      <label>
        What should knowledge brokering achieve?{' '}
        <select id="quick-aim" onChange={(e) => setAnswer('brokeringAim', e.target.value || undefined)} defaultValue="">
          <option value="">Not answered</option>
          <option value="use-existing">More use of existing research</option>
          <option value="new-knowledge">New knowledge, co-produced</option>
        </select>
      </label>
      <p id="quick-verdict">Best fit: {r.verdict.label}</p>
    </section>
  );
}

createRoot(document.getElementById('root')).render(<Portal />);
