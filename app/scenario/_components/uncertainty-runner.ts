import { type UncertaintyResult } from "@/lib/model/uncertainty";
import { type UncertaintyRequest } from "@/lib/model/uncertainty.worker";

/*
 * Browser-only: Monte Carlo runs in one Web Worker (off the main thread, so the sliders stay immediate), one run at
 * a time in the order asked. A run whose AbortSignal fires is dropped from the queue, or, if it is running, stopped
 * by ending the worker (a run is one synchronous loop that cannot be interrupted); the next run starts a new one.
 */

type WorkerMessage =
  | { id: number; type: "progress"; done: number }
  | { id: number; type: "result"; result: UncertaintyResult }
  | { id: number; type: "error"; message: string };

interface Job {
  id: number;
  request: Omit<UncertaintyRequest, "id">;
  onProgress: (done: number) => void;
  resolve: (result: UncertaintyResult) => void;
  reject: (reason: unknown) => void;
}

/** An idle worker is ended after this long, so a lab left open does not hold a second copy of the model data. */
const IDLE_MS = 60_000;

let worker: Worker | null = null;
let idleTimer: number | undefined;
let running: Job | null = null;
const queue: Job[] = [];
let lastId = 0;

function stopWorker() {
  worker?.terminate();
  worker = null;
}

let scheduled = false;

/**
 * Starts the next run after the current task: the runs cancelled and asked for together (the preset's and the
 * scenario's, when the seed changes) have all left or joined the queue by then, so no worker is started for a run
 * about to be cancelled.
 */
function schedule() {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    next();
  });
}

function finish(job: Job, outcome: () => void) {
  if (running === job) running = null;
  outcome();
  schedule();
}

function startWorker(): Worker {
  const w = new Worker(new URL("../../../lib/model/uncertainty.worker.ts", import.meta.url));
  w.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const m = e.data;
    const job = running;
    if (!job || m.id !== job.id) return;
    if (m.type === "progress") job.onProgress(m.done);
    else if (m.type === "result") finish(job, () => job.resolve(m.result));
    else finish(job, () => job.reject(new Error(m.message)));
  };
  w.onerror = (e) => {
    e.preventDefault();
    stopWorker();
    const job = running;
    if (job) finish(job, () => job.reject(new Error(e.message || "the worker stopped")));
  };
  return w;
}

function next() {
  window.clearTimeout(idleTimer);
  if (running) return;
  const job = queue.shift();
  if (!job) {
    idleTimer = window.setTimeout(stopWorker, IDLE_MS);
    return;
  }
  running = job;
  worker ??= startWorker();
  worker.postMessage({ ...job.request, id: job.id });
}

/** Runs a Monte Carlo in the worker; `signal` cancels it (the promise then rejects with the signal's reason). */
export function runUncertainty(
  request: Omit<UncertaintyRequest, "id">,
  signal: AbortSignal,
  onProgress: (done: number) => void,
): Promise<UncertaintyResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const job: Job = { id: ++lastId, request, onProgress, resolve, reject };
    signal.addEventListener(
      "abort",
      () => {
        const queued = queue.indexOf(job);
        if (queued >= 0) queue.splice(queued, 1);
        else if (running === job) stopWorker();
        else return;
        finish(job, () => reject(signal.reason));
      },
      { once: true },
    );
    queue.push(job);
    schedule();
  });
}
