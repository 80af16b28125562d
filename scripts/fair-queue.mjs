/**
 * Loaded with `node --import` in front of the standalone server (scripts/postbuild.mjs copies it there): answers page requests first come, first served, at most
 * FAIR_QUEUE_LIMIT (default 8) at a time. Rendering is CPU work on one thread; with fifty renders interleaved, each
 * made progress in turn but some were overtaken again and again by newer ones and waited 5–7.7 s (p99) while the
 * median waited 1 s. Queued in arrival order, a request waits for those before it and no longer; see
 * PERFORMANCE.md. It wraps the request listener of the HTTP servers the process creates and nothing
 * else.
 */
import http from "node:http";

const LIMIT = Math.max(1, Number(process.env.FAIR_QUEUE_LIMIT) || 8);
let active = 0;
const waiting = [];

function next() {
  while (active < LIMIT && waiting.length) {
    const run = waiting.shift();
    run();
  }
}

function fair(listener) {
  return function fairListener(req, res) {
    const run = () => {
      if (req.socket.destroyed) {
        // The client left while waiting: nothing to answer, no slot to hold.
        next();
        return;
      }
      active++;
      let done = false;
      const release = () => {
        if (done) return;
        done = true;
        // The connection outlives the request when kept alive: its listener goes with the request.
        req.socket.off("close", release);
        active--;
        next();
      };
      // Whichever comes first: the answer sent, the response closed, or the connection gone.
      res.once("finish", release);
      res.once("close", release);
      req.socket.once("close", release);
      listener.call(this, req, res);
    };
    // Static files and the JSON API answer in a few milliseconds: they pass straight through, and only page
    // renders, the slow and CPU-bound part, queue.
    if (req.url?.startsWith("/_next/") || req.url?.startsWith("/api/")) return listener.call(this, req, res);
    if (active < LIMIT) run();
    else waiting.push(run);
  };
}

const createServer = http.createServer;
http.createServer = function fairCreateServer(...args) {
  const i = args.findIndex((a) => typeof a === "function");
  if (i >= 0) args[i] = fair(args[i]);
  const server = createServer.apply(this, args);
  const on = server.on;
  // A listener added later with server.on("request", …) is queued the same way.
  server.on = function (event, listener) {
    return on.call(
      this,
      event,
      event === "request" && typeof listener === "function" ? fair(listener) : listener,
    );
  };
  return server;
};
