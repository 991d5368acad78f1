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

// ---- .npy reading and writing ---------------------------------------------

// numpy descr (without byte order) -> [ORT tensor type, TypedArray].
const DTYPES = {
  f4: ['float32', Float32Array],
  f8: ['float64', Float64Array],
  i1: ['int8', Int8Array],
  u1: ['uint8', Uint8Array],
  i2: ['int16', Int16Array],
  u2: ['uint16', Uint16Array],
  i4: ['int32', Int32Array],
  u4: ['uint32', Uint32Array],
  i8: ['int64', BigInt64Array],
  u8: ['uint64', BigUint64Array],
  b1: ['bool', Uint8Array],
};

// Reads a .npy file (format 1.0, 2.0 or 3.0; little-endian or byte-order
// free; C order). Returns {type, data, dims}.
function readNpy(file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    die(`cannot read '${file}': ${e.message}`);
  }
  const bad = (why) => die(`'${file}' is not a supported .npy file: ${why}`);
  if (buf.length < 10 || buf[0] !== 0x93 || buf.toString('latin1', 1, 6) !== 'NUMPY')
    bad('no \\x93NUMPY magic');
  const major = buf[6];
  let headerLen, headerStart;
  if (major === 1) {
    headerLen = buf.readUInt16LE(8);
    headerStart = 10;
  } else if (major === 2 || major === 3) {
    if (buf.length < 12) bad('truncated header');
    headerLen = buf.readUInt32LE(8);
    headerStart = 12;
  } else {
    bad(`format version ${major}.${buf[7]}`);
  }
  const dataStart = headerStart + headerLen;
  if (dataStart > buf.length) bad('truncated header');
  const header = buf.toString(major === 3 ? 'utf8' : 'latin1', headerStart, dataStart);
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header);
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header);
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(header);
  if (!descr || !fortran || !shape) bad(`cannot parse header ${header.trim()}`);
  if (fortran[1] === 'True') bad('Fortran order (save a C-contiguous array)');
  const order = descr[1][0];
  const code = descr[1].slice(1);
  if (!'<|='.includes(order)) bad(`byte order '${order}' (only little-endian)`);
  if (!(code in DTYPES)) bad(`dtype '${descr[1]}'`);
  const dims = shape[1].split(',').map((s) => s.trim()).filter((s) => s.length)
                   .map((s) => Number.parseInt(s, 10));
  if (dims.some((d) => !Number.isInteger(d) || d < 0)) bad(`shape (${shape[1]})`);
  const [type, Ctor] = DTYPES[code];
  const count = dims.reduce((a, b) => a * b, 1);
  const bytes = count * Ctor.BYTES_PER_ELEMENT;
  if (buf.length - dataStart !== bytes)
    bad(`${buf.length - dataStart} data bytes, expected ${bytes} for shape [${dims}]`);
  // Copy into an aligned buffer of its own.
  const data = new Ctor(count);
  new Uint8Array(data.buffer).set(buf.subarray(dataStart, dataStart + bytes));
  return {type, data: type === 'bool' ? Uint8Array.from(data, (v) => (v ? 1 : 0)) : data,
          dims};
}

const DESCR = {
  float32: '<f4', float64: '<f8', int8: '|i1', uint8: '|u1', int16: '<i2',
  uint16: '<u2', int32: '<i4', uint32: '<u4', int64: '<i8', uint64: '<u8',
  bool: '|b1',
};

function writeNpy(file, tensor) {
  const descr = DESCR[tensor.type];
  if (!descr) die(`cannot write output of type ${tensor.type} as .npy`);
  const shape = tensor.dims.length === 1 ? `(${tensor.dims[0]},)`
                                         : `(${tensor.dims.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`;
  const pad = 64 - ((10 + header.length + 1) % 64);
  header += ' '.repeat(pad % 64) + '\n';
  const pre = Buffer.alloc(10);
  pre[0] = 0x93;
  pre.write('NUMPY', 1, 'latin1');
  pre[6] = 1;
  pre[7] = 0;
  pre.writeUInt16LE(header.length, 8);
  const d = tensor.data;
  const body = Buffer.from(d.buffer, d.byteOffset, d.byteLength);
  fs.writeFileSync(file, Buffer.concat([pre, Buffer.from(header, 'latin1'), body]));
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
