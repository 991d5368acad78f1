#!/usr/bin/env node
// ort-worker.js - the differential fuzzer's reference: runs ONNX models with
// ONNX Runtime's CPU execution provider (onnxruntime-node, installed into
// bench/node_modules by bench/setup.sh) for fuzz_diff.py.
//
// One request per stdin line, one JSON reply per stdout line, so that one
// process serves a whole campaign (loading ORT once):
//
//   {"model": "m.onnx", "inputs": {"x": "x.npy", ...}, "outdir": "ref/"}
//   -> {"ok": true, "outputs": ["y", ...]}      outputs written to outdir/NAME.npy
//   -> {"ok": false, "error": "..."}            ORT rejected the model or failed
//
// Graph optimizations are disabled so that the reference computes the graph
// as written (no fused approximations); one thread keeps it deterministic.
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const {readNpy, writeNpy} = require(path.join(ROOT, 'bench', 'npy.js'));

let ort;
try {
  ort = require(path.join(ROOT, 'bench', 'node_modules', 'onnxruntime-node'));
} catch (e) {
  process.stderr.write(`ort-worker: error: cannot load onnxruntime-node ` +
                       `(run bench/setup.sh): ${e.message}\n`);
  process.exit(1);
}

async function handle(req) {
  const session = await ort.InferenceSession.create(req.model, {
    executionProviders: ['cpu'],
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'disabled',
    logSeverityLevel: 3,
  });
  const feeds = {};
  for (const [name, file] of Object.entries(req.inputs)) {
    const t = readNpy(file);
    feeds[name] = new ort.Tensor(t.type, t.data, t.dims);
  }
  const out = await session.run(feeds);
  fs.mkdirSync(req.outdir, {recursive: true});
  for (const name of session.outputNames)
    writeNpy(path.join(req.outdir, name + '.npy'), out[name]);
  await session.release();
  return session.outputNames;
}

const rl = readline.createInterface({input: process.stdin, terminal: false});
let queue = Promise.resolve();
rl.on('line', (line) => {
  queue = queue.then(async () => {
    let reply;
    try {
      reply = {ok: true, outputs: await handle(JSON.parse(line))};
    } catch (e) {
      reply = {ok: false, error: String(e.message || e).split('\n')[0]};
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  });
});
