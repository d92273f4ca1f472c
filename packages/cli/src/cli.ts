// The `coproduce` command's entry. For `coproduce screen` it starts the worker threads
// first and only then loads the command (the argument parser, the rule sets, the report),
// so that each worker's start-up (about 0.2 s: Node's, then loading and checking the rule
// sets in the thread) runs alongside the command's own instead of after it.
import { screenJobs } from './screen/jobs';
import { startEarly } from './screen/workers';

const jobs = screenJobs(process.argv.slice(2));
if (jobs !== undefined) startEarly(jobs);
await import('./program');
