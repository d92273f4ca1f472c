// Worker for the concurrency test: evaluates profiles with its own copy of the built package.
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateAll } from '@coproduce/rules';

parentPort.postMessage(workerData.profiles.map((p) => JSON.stringify(evaluateAll(p))));
