import { evaluateAll, examples } from '@coproduce/rules';
import { buildReport, renderText } from '@coproduce/rules/report';
const [,, locale = 'en', detail, ex = '0'] = process.argv;
console.log(renderText(buildReport({ results: evaluateAll(examples[Number(ex)].profile), locale, date: '2026-12-01', detail: detail === 'detail' }), { width: 100 }));
