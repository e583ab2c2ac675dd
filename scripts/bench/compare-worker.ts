// Worker: checks a share of the comparable tickets against the peer on another core.
import { parentPort, workerData } from 'node:worker_threads';
import { configurePeer } from './peer.ts';
import { compareAll } from './compare.ts';

configurePeer(workerData.setup);
parentPort!.postMessage(compareAll(workerData.items));
