#!/usr/bin/env node
// ort-bench.js - time an ONNX model with ONNX Runtime's CPU execution provider
// (onnxruntime-node), the peer DLC is measured against.
//
//   node ort-bench.js MODEL.onnx --input NAME=FILE.npy ... --runs N --warmup W
//                     --threads T [--output-dir DIR]
//
// The session uses the CPU execution provider with intraOpNumThreads = T,
// interOpNumThreads = 1, sequential execution and all graph optimizations.
// One untimed run comes first (as in dlc-run), then W untimed warm-up runs,
// then N timed runs; it prints
//
//   bench: N runs after W warm-up: median X ms, min X ms, max X ms
//
// exactly as `dlc-run --bench N --warmup W` does. Each timed run is one
// `await session.run(feeds)`: the output tensors are allocated by ORT on each
// call, and the time includes onnxruntime-node's JavaScript binding (tens of
// microseconds; bench/README.md says how to see it).
//
// --output-dir DIR writes every output to DIR/NAME.npy (float32, int64, ...),
// so that `dlc-run --expect DIR` can check DLC's result against ORT's.
'use strict';

const fs = require('fs');
const path = require('path');

const USAGE = `usage: node ort-bench.js MODEL.onnx --input NAME=FILE.npy ... ` +
    `[--runs N] [--warmup W] [--threads T] [--output-dir DIR]`;

function die(msg) {
  process.stderr.write(`ort-bench: error: ${msg}\n`);
  process.exit(1);
}

const {readNpy: readNpyOrThrow, writeNpy: writeNpyOrThrow} = require('./npy.js');

function readNpy(file) {
  try {
    return readNpyOrThrow(file);
  } catch (e) {
    die(e.message);
  }
}

function writeNpy(file, tensor) {
  try {
    writeNpyOrThrow(file, tensor);
  } catch (e) {
    die(e.message);
  }
}

// ---- arguments ---------------------------------------------------------------

function parseArgs(argv) {
  const opts = {model: null, inputs: [], runs: 10, warmup: 1, threads: 1, outputDir: null};
  const intArg = (flag, v, min) => {
    if (!/^\d+$/.test(v || '') || Number(v) < min)
      die(`${flag} expects an integer >= ${min}, got '${v}'`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; ++i) {
    let a = argv[i];
    let value = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const next = () => {
      if (value !== null) return value;
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a === '--input') {
      const v = next();
      const k = v.indexOf('=');
      if (k <= 0) die(`--input expects NAME=FILE, got '${v}'`);
      opts.inputs.push([v.slice(0, k), v.slice(k + 1)]);
    } else if (a === '--runs' || a === '--bench') {
      opts.runs = intArg(a, next(), 1);
    } else if (a === '--warmup') {
      opts.warmup = intArg(a, next(), 0);
    } else if (a === '--threads') {
      opts.threads = intArg(a, next(), 1);
    } else if (a === '--output-dir') {
      opts.outputDir = next();
    } else if (a.startsWith('-')) {
      die(`unknown option '${a}'\n${USAGE}`);
    } else if (opts.model === null) {
      opts.model = a;
    } else {
      die(`unexpected argument '${a}'\n${USAGE}`);
    }
  }
  if (opts.model === null) die(`no model given\n${USAGE}`);
  return opts;
}

// ---- main --------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let ort;
  try {
    ort = require('onnxruntime-node');
  } catch (e) {
    die(`cannot load onnxruntime-node (run bench/setup.sh): ${e.message}`);
  }
  const session = await ort.InferenceSession.create(opts.model, {
    executionProviders: ['cpu'],
    intraOpNumThreads: opts.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
  }).catch((e) => die(`cannot load '${opts.model}': ${e.message}`));

  const feeds = {};
  for (const [name, file] of opts.inputs) {
    if (!session.inputNames.includes(name))
      die(`the model has no input '${name}' (inputs: ${session.inputNames.join(', ')})`);
    if (name in feeds) die(`input '${name}' is given twice`);
    const t = readNpy(file);
    feeds[name] = new ort.Tensor(t.type, t.data, t.dims);
  }
  for (const name of session.inputNames)
    if (!(name in feeds)) die(`input '${name}' not given (--input ${name}=FILE.npy)`);

  const run = () => session.run(feeds).catch((e) => die(`run failed: ${e.message}`));
  const first = await run();
  if (opts.outputDir) {
    fs.mkdirSync(opts.outputDir, {recursive: true});
    for (const name of session.outputNames) {
      const file = path.join(opts.outputDir, name.replace(/[^A-Za-z0-9._-]/g, '_') + '.npy');
      writeNpy(file, first[name]);
      process.stdout.write(`wrote output ${name} to ${file}\n`);
    }
  }
  for (let i = 0; i < opts.warmup; ++i) await run();
  const ms = [];
  for (let i = 0; i < opts.runs; ++i) {
    const start = process.hrtime.bigint();
    await run();
    const stop = process.hrtime.bigint();
    ms.push(Number(stop - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const n = ms.length;
  const median = n % 2 ? ms[(n - 1) / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  process.stdout.write(`bench: ${n} runs after ${opts.warmup} warm-up: ` +
                       `median ${median.toFixed(4)} ms, min ${ms[0].toFixed(4)} ms, ` +
                       `max ${ms[n - 1].toFixed(4)} ms\n`);
}

main().catch((e) => die(e.stack || String(e)));
