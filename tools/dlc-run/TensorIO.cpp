//===- TensorIO.cpp - .npy and ONNX TensorProto files for dlc-run ---------===//
//
// The .npy reader accepts what numpy.save writes (versions 1.0, 2.0, 3.0;
// the header is a Python dict literal) for the dtypes the runtime knows; it
// rejects big-endian data, Fortran order, structured dtypes, and files whose
// data is shorter or longer than the header says. The TensorProto reader is a
// bounds-checked protobuf wire-format decoder for the fields of
// onnx.TensorProto that carry dense data.
//
//===----------------------------------------------------------------------===//

#include "TensorIO.h"

#include <cerrno>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

using namespace dlc::run;

//===----------------------------------------------------------------------===//
// Files
//===----------------------------------------------------------------------===//

bool dlc::run::readFile(const std::string &path, std::vector<uint8_t> &bytes,
                        std::string &err) {
  bytes.clear();
  FILE *f = std::fopen(path.c_str(), "rb");
  if (!f) {
    err = "cannot open '" + path + "': " + std::strerror(errno);
    return false;
  }
  uint8_t buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0)
    bytes.insert(bytes.end(), buf, buf + n);
  bool failed = std::ferror(f);
  // Reading a directory "succeeds" in fopen but fails in fread with EISDIR.
  int savedErrno = errno;
  std::fclose(f);
  if (failed) {
    err = "cannot read '" + path + "': " + std::strerror(savedErrno);
    return false;
  }
  return true;
}

/// Element count and byte size of dtype/shape, checked for negative dims
/// and overflow, so that readers can compare them with the bytes at hand
/// before allocating anything.
static bool sizeOf(dlc_dtype dtype, const std::vector<int64_t> &shape,
                   size_t &count, size_t &bytes, std::string &err) {
  uint64_t n = 1;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] < 0) {
      err = "dim " + std::to_string(d) + " is negative (" +
            std::to_string(shape[d]) + ")";
      return false;
    }
    if (shape[d] != 0 && n > (uint64_t)INT64_MAX / (uint64_t)shape[d]) {
      err = "shape " + formatShape(shape.data(), (int)shape.size()) +
            " has too many elements";
      return false;
    }
    n *= (uint64_t)shape[d];
  }
  size_t elem = dlc_dtype_size(dtype);
  if (n > (uint64_t)SIZE_MAX / (elem ? elem : 1)) {
    err = "shape " + formatShape(shape.data(), (int)shape.size()) +
          " has too many elements";
    return false;
  }
  count = (size_t)n;
  bytes = count * elem;
  return true;
}

static TensorPtr makeTensor(dlc_dtype dtype, const std::vector<int64_t> &shape,
                            std::string &err) {
  TensorPtr t(dlc_tensor_create(dtype, shape.data(), (int)shape.size()));
  if (!t)
    err = dlc_last_error();
  return t;
}

//===----------------------------------------------------------------------===//
// Half precision
//===----------------------------------------------------------------------===//

float dlc::run::halfToFloat(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
  uint32_t exp = (h >> 10) & 0x1fu;
  uint32_t mant = h & 0x3ffu;
  uint32_t bits;
  if (exp == 0) {
    if (mant == 0) {
      bits = sign;
    } else {
      // Subnormal: normalize.
      exp = 127 - 15 + 1;
      while (!(mant & 0x400u)) {
        mant <<= 1;
        --exp;
      }
      bits = sign | (exp << 23) | ((mant & 0x3ffu) << 13);
    }
  } else if (exp == 31) {
    bits = sign | 0x7f800000u | (mant << 13);
  } else {
    bits = sign | ((exp + 112) << 23) | (mant << 13);
  }
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

uint16_t dlc::run::floatToHalf(float f) {
  uint32_t x;
  std::memcpy(&x, &f, sizeof(x));
  uint32_t sign = (x >> 16) & 0x8000u;
  uint32_t absx = x & 0x7fffffffu;
  if (absx >= 0x7f800000u) // Inf or NaN (kept quiet).
    return (uint16_t)(sign | 0x7c00u | (absx > 0x7f800000u ? 0x200u : 0u));
  if (absx >= 0x477ff000u) // Rounds to a value >= 65520: Inf.
    return (uint16_t)(sign | 0x7c00u);
  if (absx < 0x38800000u) { // Below 2^-14: subnormal (or zero).
    float v;
    std::memcpy(&v, &absx, sizeof(v));
    // Exact scaling by 2^24, then round to nearest even.
    uint32_t m = (uint32_t)std::nearbyint(v * 16777216.0f);
    return (uint16_t)(sign | m);
  }
  uint32_t mant = absx & 0x7fffffu;
  uint32_t h = (((absx >> 23) - 112) << 10) | (mant >> 13);
  uint32_t rem = mant & 0x1fffu;
  if (rem > 0x1000u || (rem == 0x1000u && (h & 1u)))
    ++h;
  return (uint16_t)(sign | h);
}

float dlc::run::bf16ToFloat(uint16_t h) {
  uint32_t bits = (uint32_t)h << 16;
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

uint16_t dlc::run::floatToBf16(float f) {
  uint32_t x;
  std::memcpy(&x, &f, sizeof(x));
  if ((x & 0x7fffffffu) > 0x7f800000u) // NaN: keep it quiet.
    return (uint16_t)((x >> 16) | 0x40u);
  x += 0x7fffu + ((x >> 16) & 1u);
  return (uint16_t)(x >> 16);
}

//===----------------------------------------------------------------------===//
// Elements
//===----------------------------------------------------------------------===//

bool dlc::run::isFloatDtype(dlc_dtype dtype) {
  return dtype == DLC_DTYPE_F16 || dtype == DLC_DTYPE_BF16 ||
         dtype == DLC_DTYPE_F32 || dtype == DLC_DTYPE_F64;
}

template <typename T>
static T load(const dlc_tensor *t, int64_t i) {
  T v;
  std::memcpy(&v, (const char *)dlc_tensor_data(t) + i * (int64_t)sizeof(T),
              sizeof(T));
  return v;
}

double dlc::run::elementAsDouble(const dlc_tensor *t, int64_t i) {
  switch (dlc_tensor_dtype(t)) {
  case DLC_DTYPE_F32:
    return load<float>(t, i);
  case DLC_DTYPE_F64:
    return load<double>(t, i);
  case DLC_DTYPE_F16:
    return halfToFloat(load<uint16_t>(t, i));
  case DLC_DTYPE_BF16:
    return bf16ToFloat(load<uint16_t>(t, i));
  case DLC_DTYPE_I8:
    return load<int8_t>(t, i);
  case DLC_DTYPE_I16:
    return load<int16_t>(t, i);
  case DLC_DTYPE_I32:
    return load<int32_t>(t, i);
  case DLC_DTYPE_I64:
    return (double)load<int64_t>(t, i);
  case DLC_DTYPE_U8:
    return load<uint8_t>(t, i);
  case DLC_DTYPE_U16:
    return load<uint16_t>(t, i);
  case DLC_DTYPE_U32:
    return load<uint32_t>(t, i);
  case DLC_DTYPE_U64:
    return (double)load<uint64_t>(t, i);
  case DLC_DTYPE_BOOL:
    return load<uint8_t>(t, i) ? 1.0 : 0.0;
  case DLC_DTYPE_INVALID:
    break;
  }
  return 0.0;
}

std::string dlc::run::formatElement(const dlc_tensor *t, int64_t i) {
  char buf[64];
  switch (dlc_tensor_dtype(t)) {
  case DLC_DTYPE_F32:
  case DLC_DTYPE_F64:
  case DLC_DTYPE_F16:
  case DLC_DTYPE_BF16:
    std::snprintf(buf, sizeof(buf), "%g", elementAsDouble(t, i));
    break;
  case DLC_DTYPE_I64:
    std::snprintf(buf, sizeof(buf), "%" PRId64, load<int64_t>(t, i));
    break;
  case DLC_DTYPE_U64:
    std::snprintf(buf, sizeof(buf), "%" PRIu64, load<uint64_t>(t, i));
    break;
  case DLC_DTYPE_BOOL:
    return load<uint8_t>(t, i) ? "true" : "false";
  case DLC_DTYPE_I8:
  case DLC_DTYPE_I16:
  case DLC_DTYPE_I32:
  case DLC_DTYPE_U8:
  case DLC_DTYPE_U16:
  case DLC_DTYPE_U32:
    std::snprintf(buf, sizeof(buf), "%.0f", elementAsDouble(t, i));
    break;
  case DLC_DTYPE_INVALID:
    return "?";
  }
  return buf;
}

std::string dlc::run::formatShape(const int64_t *shape, int rank,
                                  const std::vector<std::string> *dimNames) {
  std::string s = "[";
  for (int d = 0; d < rank; ++d) {
    if (d)
      s += ", ";
    if (dimNames && d < (int)dimNames->size() && !(*dimNames)[d].empty())
      s += (*dimNames)[d] + "=";
    s += std::to_string(shape[d]);
  }
  return s + "]";
}

std::string dlc::run::formatIndex(const int64_t *shape, int rank, int64_t i) {
  std::vector<int64_t> idx(rank > 0 ? (size_t)rank : 0);
  for (int d = rank - 1; d >= 0; --d) {
    if (shape[d] > 0) {
      idx[d] = i % shape[d];
      i /= shape[d];
    }
  }
  return formatShape(idx.data(), rank);
}

//===----------------------------------------------------------------------===//
// .npy
//===----------------------------------------------------------------------===//

static const char kNpyMagic[] = "\x93NUMPY";
static const size_t kNpyMagicLen = 6;

namespace {
/// A value in the .npy header dict.
struct PyValue {
  enum Kind { String, Bool, Tuple, Other } kind = Other;
  std::string str;
  bool boolean = false;
  std::vector<int64_t> ints;
};

/// Parses the Python dict literal of a .npy header:
///   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
class HeaderParser {
public:
  HeaderParser(const char *begin, const char *end) : p(begin), end(end) {}

  bool parse(std::string &descr, bool &fortran, std::vector<int64_t> &shape,
             std::string &err) {
    bool haveDescr = false, haveFortran = false, haveShape = false;
    skipSpace();
    if (!consume('{'))
      return fail(err, "header is not a dict");
    skipSpace();
    while (!consume('}')) {
      std::string key;
      if (!parseString(key))
        return fail(err, "expected a quoted key in the header");
      skipSpace();
      if (!consume(':'))
        return fail(err, "expected ':' after '" + key + "' in the header");
      skipSpace();
      PyValue value;
      if (!parseValue(value))
        return fail(err,
                    "cannot parse the value of '" + key + "' in the header");
      if (key == "descr") {
        if (value.kind != PyValue::String)
          return fail(err, "structured dtypes are not supported");
        descr = value.str;
        haveDescr = true;
      } else if (key == "fortran_order") {
        if (value.kind != PyValue::Bool)
          return fail(err, "'fortran_order' is not True or False");
        fortran = value.boolean;
        haveFortran = true;
      } else if (key == "shape") {
        if (value.kind != PyValue::Tuple)
          return fail(err, "'shape' is not a tuple of integers");
        shape = value.ints;
        haveShape = true;
      }
      skipSpace();
      if (consume(','))
        skipSpace();
      else if (!peek('}'))
        return fail(err, "expected ',' or '}' in the header");
    }
    if (!haveDescr || !haveFortran || !haveShape)
      return fail(err, std::string("header lacks '") +
                           (!haveDescr     ? "descr"
                            : !haveFortran ? "fortran_order"
                                           : "shape") +
                           "'");
    return true;
  }

private:
  const char *p, *end;

  static bool fail(std::string &err, const std::string &msg) {
    err = "malformed .npy header: " + msg;
    return false;
  }
  void skipSpace() {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
      ++p;
  }
  bool peek(char c) const { return p < end && *p == c; }
  bool consume(char c) {
    if (!peek(c))
      return false;
    ++p;
    return true;
  }
  bool consumeWord(const char *w) {
    size_t n = std::strlen(w);
    if ((size_t)(end - p) < n || std::strncmp(p, w, n) != 0)
      return false;
    p += n;
    return true;
  }
  bool parseString(std::string &s) {
    if (!peek('\'') && !peek('"'))
      return false;
    char q = *p++;
    s.clear();
    while (p < end && *p != q)
      s += *p++;
    return consume(q);
  }
  bool parseInt(int64_t &v) {
    const char *start = p;
    v = 0;
    while (p < end && *p >= '0' && *p <= '9') {
      int digit = *p++ - '0';
      if (v > (INT64_MAX - digit) / 10)
        return false;
      v = v * 10 + digit;
    }
    if (p == start)
      return false;
    consume('L'); // Python 2 longs.
    return true;
  }
  bool parseValue(PyValue &v) {
    if (peek('\'') || peek('"')) {
      v.kind = PyValue::String;
      return parseString(v.str);
    }
    if (consumeWord("True")) {
      v.kind = PyValue::Bool;
      v.boolean = true;
      return true;
    }
    if (consumeWord("False")) {
      v.kind = PyValue::Bool;
      v.boolean = false;
      return true;
    }
    if (consume('(')) {
      v.kind = PyValue::Tuple;
      skipSpace();
      while (!consume(')')) {
        int64_t dim;
        if (!parseInt(dim))
          return false;
        v.ints.push_back(dim);
        skipSpace();
        if (consume(','))
          skipSpace();
        else if (!peek(')'))
          return false;
      }
      return true;
    }
    if (consume('[')) {
      // A structured dtype's field list: skip to the matching bracket.
      v.kind = PyValue::Other;
      int depth = 1;
      while (p < end && depth > 0) {
        if (*p == '[')
          ++depth;
        else if (*p == ']')
          --depth;
        ++p;
      }
      return depth == 0;
    }
    return false;
  }
};
} // namespace

/// Maps a .npy descr ('<f4', '|b1', ...) to a dtype.
static bool dtypeFromDescr(const std::string &descr, dlc_dtype &dtype,
                           std::string &err) {
  if (descr.size() < 3) {
    err = "unsupported .npy dtype '" + descr + "'";
    return false;
  }
  char order = descr[0];
  std::string code = descr.substr(1);
  static const struct {
    const char *code;
    dlc_dtype dtype;
  } kCodes[] = {
      {"f2", DLC_DTYPE_F16}, {"f4", DLC_DTYPE_F32}, {"f8", DLC_DTYPE_F64},
      {"i1", DLC_DTYPE_I8},  {"i2", DLC_DTYPE_I16}, {"i4", DLC_DTYPE_I32},
      {"i8", DLC_DTYPE_I64}, {"u1", DLC_DTYPE_U8},  {"u2", DLC_DTYPE_U16},
      {"u4", DLC_DTYPE_U32}, {"u8", DLC_DTYPE_U64}, {"b1", DLC_DTYPE_BOOL},
  };
  dtype = DLC_DTYPE_INVALID;
  for (const auto &c : kCodes)
    if (code == c.code)
      dtype = c.dtype;
  if (dtype == DLC_DTYPE_INVALID ||
      (order != '<' && order != '>' && order != '|' && order != '=')) {
    err = "unsupported .npy dtype '" + descr + "'";
    return false;
  }
  if (order == '>' && dlc_dtype_size(dtype) > 1) {
    err = "big-endian .npy data ('" + descr + "') is not supported";
    return false;
  }
  return true;
}

TensorPtr dlc::run::parseNpy(const uint8_t *data, size_t size,
                             std::string &err) {
  if (size < kNpyMagicLen || std::memcmp(data, kNpyMagic, kNpyMagicLen) != 0) {
    err = "not a .npy file (bad magic)";
    return nullptr;
  }
  if (size < 10) {
    err = "truncated .npy header";
    return nullptr;
  }
  uint8_t major = data[6], minor = data[7];
  size_t headerLen, headerStart;
  if (major == 1) {
    headerLen = data[8] | (size_t)data[9] << 8;
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (size < 12) {
      err = "truncated .npy header";
      return nullptr;
    }
    headerLen = data[8] | (size_t)data[9] << 8 | (size_t)data[10] << 16 |
                (size_t)data[11] << 24;
    headerStart = 12;
  } else {
    err = "unsupported .npy format version " + std::to_string(major) + "." +
          std::to_string(minor);
    return nullptr;
  }
  if (headerLen > size - headerStart) {
    err = "truncated .npy header: it claims " + std::to_string(headerLen) +
          " bytes, the file has " + std::to_string(size - headerStart);
    return nullptr;
  }
  const char *header = (const char *)data + headerStart;
  std::string descr;
  bool fortran = false;
  std::vector<int64_t> shape;
  if (!HeaderParser(header, header + headerLen)
           .parse(descr, fortran, shape, err))
    return nullptr;
  dlc_dtype dtype;
  if (!dtypeFromDescr(descr, dtype, err))
    return nullptr;
  if (fortran) {
    int nontrivial = 0;
    for (int64_t d : shape)
      nontrivial += d > 1;
    if (nontrivial > 1) {
      err = "Fortran-order .npy arrays are not supported";
      return nullptr;
    }
  }
  size_t count, want;
  if (!sizeOf(dtype, shape, count, want, err)) {
    err = "malformed .npy header: " + err;
    return nullptr;
  }
  size_t have = size - headerStart - headerLen;
  if (have < want) {
    err =
        "truncated .npy data: " + formatShape(shape.data(), (int)shape.size()) +
        " " + dlc_dtype_name(dtype) + " needs " + std::to_string(want) +
        " bytes, the file has " + std::to_string(have);
    return nullptr;
  }
  if (have > want) {
    err = "corrupt .npy file: " + std::to_string(have - want) +
          " unexpected bytes after the data";
    return nullptr;
  }
  TensorPtr t = makeTensor(dtype, shape, err);
  if (!t)
    return nullptr;
  if (want)
    std::memcpy(dlc_tensor_data(t.get()), data + headerStart + headerLen, want);
  return t;
}

TensorPtr dlc::run::readNpy(const std::string &path, std::string &err) {
  std::vector<uint8_t> bytes;
  if (!readFile(path, bytes, err))
    return nullptr;
  TensorPtr t = parseNpy(bytes.data(), bytes.size(), err);
  if (!t)
    err = "cannot read '" + path + "': " + err;
  return t;
}

static const char *npyDescr(dlc_dtype dtype) {
  switch (dtype) {
  case DLC_DTYPE_F16:
    return "<f2";
  case DLC_DTYPE_F32:
    return "<f4";
  case DLC_DTYPE_F64:
    return "<f8";
  case DLC_DTYPE_I8:
    return "|i1";
  case DLC_DTYPE_I16:
    return "<i2";
  case DLC_DTYPE_I32:
    return "<i4";
  case DLC_DTYPE_I64:
    return "<i8";
  case DLC_DTYPE_U8:
    return "|u1";
  case DLC_DTYPE_U16:
  case DLC_DTYPE_BF16:
    return "<u2";
  case DLC_DTYPE_U32:
    return "<u4";
  case DLC_DTYPE_U64:
    return "<u8";
  case DLC_DTYPE_BOOL:
    return "|b1";
  case DLC_DTYPE_INVALID:
    break;
  }
  return nullptr;
}

bool dlc::run::encodeNpy(const dlc_tensor *t, std::vector<uint8_t> &out,
                         std::string &err) {
  const char *descr = npyDescr(dlc_tensor_dtype(t));
  if (!t || !descr) {
    err = "cannot encode an invalid tensor as .npy";
    return false;
  }
  int rank = dlc_tensor_rank(t);
  const int64_t *shape = dlc_tensor_shape(t);
  std::string dims;
  for (int d = 0; d < rank; ++d)
    dims += std::to_string(shape[d]) + (rank == 1 || d + 1 < rank ? ", " : "");
  if (rank == 1)
    dims.pop_back(); // "(3,)"
  std::string header = std::string("{'descr': '") + descr +
                       "', 'fortran_order': False, 'shape': (" + dims + "), }";
  // Pad with spaces so the data starts at a multiple of 64 bytes.
  size_t prefix = header.size() + 1 > 65535 ? 12 : 10;
  size_t total = prefix + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  size_t len = header.size();
  out.assign(kNpyMagic, kNpyMagic + kNpyMagicLen);
  out.push_back(prefix == 10 ? 1 : 2);
  out.push_back(0);
  out.push_back((uint8_t)(len & 0xff));
  out.push_back((uint8_t)((len >> 8) & 0xff));
  if (prefix == 12) {
    out.push_back((uint8_t)((len >> 16) & 0xff));
    out.push_back((uint8_t)((len >> 24) & 0xff));
  }
  out.insert(out.end(), header.begin(), header.end());
  const uint8_t *data = (const uint8_t *)dlc_tensor_data(t);
  out.insert(out.end(), data, data + dlc_tensor_byte_size(t));
  return true;
}

bool dlc::run::writeNpy(const std::string &path, const dlc_tensor *t,
                        std::string &err) {
  std::vector<uint8_t> bytes;
  if (!encodeNpy(t, bytes, err))
    return false;
  FILE *f = std::fopen(path.c_str(), "wb");
  if (!f) {
    err = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  int savedErrno = errno;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    err = "cannot write '" + path + "': " + std::strerror(savedErrno);
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// ONNX TensorProto
//===----------------------------------------------------------------------===//

namespace {
/// Bounds-checked reading of protobuf wire-format primitives.
class WireReader {
public:
  WireReader(const uint8_t *begin, const uint8_t *end) : p(begin), end(end) {}

  bool atEnd() const { return p >= end; }

  bool varint(uint64_t &v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p >= end)
        return false;
      uint8_t b = *p++;
      v |= (uint64_t)(b & 0x7f) << shift;
      if (!(b & 0x80))
        return true;
    }
    return false; // More than 10 bytes.
  }

  bool fixed(void *out, size_t n) {
    if ((size_t)(end - p) < n)
      return false;
    std::memcpy(out, p, n);
    p += n;
    return true;
  }

  /// A length-delimited payload.
  bool bytes(const uint8_t *&data, size_t &len) {
    uint64_t n;
    if (!varint(n) || n > (uint64_t)(end - p))
      return false;
    data = p;
    len = (size_t)n;
    p += n;
    return true;
  }

  bool skip(unsigned wireType) {
    uint64_t v;
    const uint8_t *d;
    size_t n;
    switch (wireType) {
    case 0:
      return varint(v);
    case 1:
      return fixed(&v, 8);
    case 2:
      return bytes(d, n);
    case 5:
      return fixed(&v, 4);
    default:
      return false;
    }
  }

private:
  const uint8_t *p, *end;
};

/// The fields of onnx.TensorProto that dlc-run reads.
struct TensorProtoFields {
  std::vector<int64_t> dims;
  int64_t dataType = 0;
  std::string name;
  bool hasRaw = false;
  std::vector<uint8_t> raw;
  std::vector<float> floatData;
  std::vector<int64_t> int32Data; // int32 values, widened
  std::vector<int64_t> int64Data;
  std::vector<double> doubleData;
  std::vector<uint64_t> uint64Data;
  size_t numStrings = 0;
  int64_t dataLocation = 0;
};
} // namespace

/// Reads a repeated varint field, packed (wire type 2) or not (0).
template <typename T>
static bool readVarints(WireReader &r, unsigned wireType, std::vector<T> &out) {
  uint64_t v;
  if (wireType == 0) {
    if (!r.varint(v))
      return false;
    out.push_back((T)v);
    return true;
  }
  const uint8_t *data;
  size_t len;
  if (wireType != 2 || !r.bytes(data, len))
    return false;
  WireReader packed(data, data + len);
  while (!packed.atEnd()) {
    if (!packed.varint(v))
      return false;
    out.push_back((T)v);
  }
  return true;
}

/// Reads a repeated fixed-width field, packed (wire type 2) or not
/// (singleWireType).
template <typename T>
static bool readFixeds(WireReader &r, unsigned wireType,
                       unsigned singleWireType, std::vector<T> &out) {
  T v;
  if (wireType == singleWireType) {
    if (!r.fixed(&v, sizeof(T)))
      return false;
    out.push_back(v);
    return true;
  }
  const uint8_t *data;
  size_t len;
  if (wireType != 2 || !r.bytes(data, len) || len % sizeof(T) != 0)
    return false;
  size_t start = out.size();
  out.resize(start + len / sizeof(T));
  if (len)
    std::memcpy(out.data() + start, data, len);
  return true;
}

static bool parseFields(const uint8_t *data, size_t size, TensorProtoFields &f,
                        std::string &err) {
  WireReader r(data, data + size);
  while (!r.atEnd()) {
    uint64_t key;
    if (!r.varint(key)) {
      err = "truncated field key";
      return false;
    }
    uint64_t field = key >> 3;
    unsigned wt = (unsigned)(key & 7);
    if (field == 0) {
      err = "invalid field number 0";
      return false;
    }
    bool ok;
    uint64_t v = 0;
    const uint8_t *bytes;
    size_t len;
    switch (field) {
    case 1: // dims
      ok = readVarints(r, wt, f.dims);
      break;
    case 2: // data_type
      ok = wt == 0 && r.varint(v);
      f.dataType = (int64_t)v;
      break;
    case 4: // float_data
      ok = readFixeds(r, wt, 5, f.floatData);
      break;
    case 5: // int32_data
      ok = readVarints(r, wt, f.int32Data);
      break;
    case 6: // string_data
      ok = wt == 2 && r.bytes(bytes, len);
      ++f.numStrings;
      break;
    case 7: // int64_data
      ok = readVarints(r, wt, f.int64Data);
      break;
    case 8: // name
      ok = wt == 2 && r.bytes(bytes, len);
      if (ok)
        f.name.assign((const char *)bytes, len);
      break;
    case 9: // raw_data
      ok = wt == 2 && r.bytes(bytes, len);
      if (ok) {
        f.hasRaw = true;
        f.raw.assign(bytes, bytes + len);
      }
      break;
    case 10: // double_data
      ok = readFixeds(r, wt, 1, f.doubleData);
      break;
    case 11: // uint64_data
      ok = readVarints(r, wt, f.uint64Data);
      break;
    case 14: // data_location
      ok = wt == 0 && r.varint(v);
      f.dataLocation = (int64_t)v;
      break;
    default:
      ok = r.skip(wt);
      break;
    }
    if (!ok) {
      err = "truncated or malformed field " + std::to_string(field) +
            " (wire type " + std::to_string(wt) + ")";
      return false;
    }
  }
  return true;
}

static bool isKnownDtype(int64_t code) {
  return code > 0 && code <= 16 && dlc_dtype_size((dlc_dtype)code) != 0;
}

/// Copies count values from a typed field into t's buffer, narrowing each to
/// the element type.
template <typename Elem, typename Src>
static void storeAll(dlc_tensor *t, const std::vector<Src> &src) {
  char *dst = (char *)dlc_tensor_data(t);
  for (size_t i = 0; i < src.size(); ++i) {
    Elem e = (Elem)src[i];
    std::memcpy(dst + i * sizeof(Elem), &e, sizeof(Elem));
  }
}

TensorPtr dlc::run::parseTensorProto(const uint8_t *data, size_t size,
                                     std::string *name, std::string &err) {
  TensorProtoFields f;
  if (!parseFields(data, size, f, err)) {
    err = "not a valid ONNX TensorProto: " + err;
    return nullptr;
  }
  if (name)
    *name = f.name;
  if (f.dataType == 0) {
    err = "not a valid ONNX TensorProto: data_type is missing";
    return nullptr;
  }
  if (!isKnownDtype(f.dataType)) {
    err = "unsupported ONNX data type " + std::to_string(f.dataType);
    return nullptr;
  }
  if (f.dataLocation == 1) {
    err = "ONNX tensors with external data are not supported";
    return nullptr;
  }
  dlc_dtype dtype = (dlc_dtype)f.dataType;
  size_t count, bytes;
  if (!sizeOf(dtype, f.dims, count, bytes, err)) {
    err = "invalid ONNX TensorProto: " + err;
    return nullptr;
  }
  std::string what = std::string(dlc_dtype_name(dtype)) + " " +
                     formatShape(f.dims.data(), (int)f.dims.size());
  if (f.hasRaw) {
    if (f.raw.size() != bytes) {
      err = "raw_data has " + std::to_string(f.raw.size()) + " bytes, but " +
            what + " needs " + std::to_string(bytes);
      return nullptr;
    }
    TensorPtr t = makeTensor(dtype, f.dims, err);
    if (t && bytes)
      std::memcpy(dlc_tensor_data(t.get()), f.raw.data(), bytes);
    return t;
  }

  // Typed fields, as onnx.proto assigns them to data types. The count is
  // checked before the tensor is allocated.
  size_t have = 0;
  const char *field = "int32_data";
  switch (dtype) {
  case DLC_DTYPE_F32:
    have = f.floatData.size();
    field = "float_data";
    break;
  case DLC_DTYPE_F64:
    have = f.doubleData.size();
    field = "double_data";
    break;
  case DLC_DTYPE_I64:
    have = f.int64Data.size();
    field = "int64_data";
    break;
  case DLC_DTYPE_U32:
  case DLC_DTYPE_U64:
    have = f.uint64Data.size();
    field = "uint64_data";
    break;
  case DLC_DTYPE_I32:
  case DLC_DTYPE_I16:
  case DLC_DTYPE_I8:
  case DLC_DTYPE_U16:
  case DLC_DTYPE_F16:
  case DLC_DTYPE_BF16:
  case DLC_DTYPE_U8:
  case DLC_DTYPE_BOOL:
    have = f.int32Data.size();
    break;
  case DLC_DTYPE_INVALID:
    break;
  }
  if (have != count) {
    err = std::string(field) + " has " + std::to_string(have) +
          " values, but " + what + " needs " + std::to_string(count);
    return nullptr;
  }
  TensorPtr t = makeTensor(dtype, f.dims, err);
  if (!t)
    return nullptr;
  dlc_tensor *out = t.get();
  switch (dtype) {
  case DLC_DTYPE_F32:
    storeAll<float>(out, f.floatData);
    break;
  case DLC_DTYPE_F64:
    storeAll<double>(out, f.doubleData);
    break;
  case DLC_DTYPE_I64:
    storeAll<int64_t>(out, f.int64Data);
    break;
  case DLC_DTYPE_U32:
    storeAll<uint32_t>(out, f.uint64Data);
    break;
  case DLC_DTYPE_U64:
    storeAll<uint64_t>(out, f.uint64Data);
    break;
  case DLC_DTYPE_I32:
    storeAll<int32_t>(out, f.int32Data);
    break;
  case DLC_DTYPE_I16:
    storeAll<int16_t>(out, f.int32Data);
    break;
  case DLC_DTYPE_I8:
    storeAll<int8_t>(out, f.int32Data);
    break;
  case DLC_DTYPE_U16:
  case DLC_DTYPE_F16:
  case DLC_DTYPE_BF16:
    storeAll<uint16_t>(out, f.int32Data);
    break;
  case DLC_DTYPE_U8:
    storeAll<uint8_t>(out, f.int32Data);
    break;
  case DLC_DTYPE_BOOL: {
    uint8_t *dst = (uint8_t *)dlc_tensor_data(out);
    for (size_t i = 0; i < count; ++i)
      dst[i] = f.int32Data[i] != 0;
    break;
  }
  case DLC_DTYPE_INVALID:
    return nullptr;
  }
  return t;
}

TensorPtr dlc::run::readTensorProto(const std::string &path, std::string &err) {
  std::vector<uint8_t> bytes;
  if (!readFile(path, bytes, err))
    return nullptr;
  TensorPtr t = parseTensorProto(bytes.data(), bytes.size(), nullptr, err);
  if (!t)
    err = "cannot read '" + path + "': " + err;
  return t;
}

static bool endsWith(const std::string &s, const char *suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

TensorPtr dlc::run::readTensorFile(const std::string &path, std::string &err) {
  std::vector<uint8_t> bytes;
  if (!readFile(path, bytes, err))
    return nullptr;
  bool looksNpy = bytes.size() >= kNpyMagicLen &&
                  std::memcmp(bytes.data(), kNpyMagic, kNpyMagicLen) == 0;
  TensorPtr t;
  if (looksNpy || endsWith(path, ".npy")) {
    t = parseNpy(bytes.data(), bytes.size(), err);
  } else {
    t = parseTensorProto(bytes.data(), bytes.size(), nullptr, err);
    if (!t && !endsWith(path, ".pb"))
      err = "neither a .npy file nor an ONNX TensorProto (" + err + ")";
  }
  if (!t)
    err = "cannot read '" + path + "': " + err;
  return t;
}
