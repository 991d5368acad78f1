// npy.js - reading and writing NumPy .npy files as ONNX Runtime tensors
// ({type, data, dims}); shared by ort-bench.js and the differential fuzzer's
// reference worker (test/fuzz/diff/ort-worker.js). Errors are thrown.
'use strict';

const fs = require('fs');

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
    throw new Error(`cannot read '${file}': ${e.message}`);
  }
  const bad = (why) => { throw new Error(`'${file}' is not a supported .npy file: ${why}`); };
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
  if (!descr) throw new Error(`cannot write output of type ${tensor.type} as .npy`);
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

module.exports = {readNpy, writeNpy, DTYPES};
