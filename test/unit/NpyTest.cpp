//===- NpyTest.cpp - Tests of dlc-run's tensor file readers ---------------===//
//
// Round trips through the .npy writer and reader for every dtype, the .npy
// header variants NumPy writes (versions 1-3, odd spacing), rejection of
// corrupt files, the ONNX TensorProto wire-format reader, half-precision
// conversions, and the --expect comparison rule.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"
#include "TensorIO.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <unistd.h>
#include <vector>

using namespace dlc::run;

namespace {

TensorPtr makeTensor(dlc_dtype dtype, std::vector<int64_t> shape) {
  return TensorPtr(dlc_tensor_create(dtype, shape.data(), (int)shape.size()));
}

std::vector<uint8_t> bytesOf(const std::string &s) {
  return std::vector<uint8_t>(s.begin(), s.end());
}

/// A .npy file with the given version and header text (padded as NumPy
/// does) followed by data.
std::vector<uint8_t> npyFile(int major, const std::string &header,
                             const std::vector<uint8_t> &data) {
  std::vector<uint8_t> out = bytesOf(std::string("\x93NUMPY", 6));
  out.push_back((uint8_t)major);
  out.push_back(0);
  size_t prefix = major == 1 ? 10 : 12;
  std::string h = header;
  while ((prefix + h.size() + 1) % 64)
    h += ' ';
  h += '\n';
  for (size_t i = 0; i < prefix - 8; ++i)
    out.push_back((uint8_t)((h.size() >> (8 * i)) & 0xff));
  out.insert(out.end(), h.begin(), h.end());
  out.insert(out.end(), data.begin(), data.end());
  return out;
}

TEST(Npy, RoundTripEveryDtype) {
  const dlc_dtype all[] = {DLC_DTYPE_F32, DLC_DTYPE_U8,   DLC_DTYPE_I8,
                           DLC_DTYPE_U16, DLC_DTYPE_I16,  DLC_DTYPE_I32,
                           DLC_DTYPE_I64, DLC_DTYPE_BOOL, DLC_DTYPE_F16,
                           DLC_DTYPE_F64, DLC_DTYPE_U32,  DLC_DTYPE_U64};
  for (dlc_dtype dtype : all) {
    SCOPED_TRACE(dlc_dtype_name(dtype));
    TensorPtr t = makeTensor(dtype, {2, 3, 5});
    ASSERT_TRUE(t);
    uint8_t *data = (uint8_t *)dlc_tensor_data(t.get());
    for (size_t i = 0; i < dlc_tensor_byte_size(t.get()); ++i)
      data[i] = dtype == DLC_DTYPE_BOOL ? (uint8_t)(i % 2) : (uint8_t)(i * 7);
    std::vector<uint8_t> file;
    std::string err;
    ASSERT_TRUE(encodeNpy(t.get(), file, err)) << err;
    // The data starts 64-byte aligned, like NumPy's files.
    EXPECT_EQ((file.size() - dlc_tensor_byte_size(t.get())) % 64, 0u);
    TensorPtr back = parseNpy(file.data(), file.size(), err);
    ASSERT_TRUE(back) << err;
    EXPECT_EQ(dlc_tensor_dtype(back.get()), dtype);
    ASSERT_EQ(dlc_tensor_rank(back.get()), 3);
    EXPECT_EQ(dlc_tensor_shape(back.get())[2], 5);
    EXPECT_EQ(std::memcmp(dlc_tensor_data(back.get()), data,
                          dlc_tensor_byte_size(t.get())),
              0);
  }
}

TEST(Npy, RoundTripScalarVectorEmptyThroughFile) {
  std::string dir = ::testing::TempDir();
  std::vector<std::vector<int64_t>> shapes = {{}, {7}, {0, 4}};
  for (const auto &shape : shapes) {
    TensorPtr t = makeTensor(DLC_DTYPE_F64, shape);
    ASSERT_TRUE(t);
    for (int64_t i = 0; i < dlc_tensor_num_elements(t.get()); ++i)
      ((double *)dlc_tensor_data(t.get()))[i] = 0.5 * (double)i - 1;
    std::string path =
        dir + "/dlc-npy-test-" + std::to_string(getpid()) + ".npy";
    std::string err;
    ASSERT_TRUE(writeNpy(path, t.get(), err)) << err;
    TensorPtr back = readNpy(path, err);
    std::remove(path.c_str());
    ASSERT_TRUE(back) << err;
    ASSERT_EQ(dlc_tensor_rank(back.get()), (int)shape.size());
    ASSERT_EQ(dlc_tensor_byte_size(back.get()), dlc_tensor_byte_size(t.get()));
    EXPECT_EQ(std::memcmp(dlc_tensor_data(back.get()), dlc_tensor_data(t.get()),
                          dlc_tensor_byte_size(t.get())),
              0);
  }
}

TEST(Npy, HeaderText) {
  TensorPtr t = makeTensor(DLC_DTYPE_I32, {3});
  std::vector<uint8_t> file;
  std::string err;
  ASSERT_TRUE(encodeNpy(t.get(), file, err));
  std::string header(file.begin() + 10, file.end() - 12);
  std::string dict =
      "{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }";
  EXPECT_EQ(header.substr(0, dict.size()), dict);
  EXPECT_EQ(header.find_first_not_of(' ', dict.size()), header.size() - 1);
  EXPECT_EQ(file[6], 1);
  EXPECT_EQ(header.back(), '\n');
}

TEST(Npy, HeaderVariants) {
  std::vector<uint8_t> four = {1, 0, 0, 0, 2, 0, 0, 0};
  std::string err;
  // Versions 2 and 3 have a 4-byte header length.
  for (int major : {1, 2, 3}) {
    auto file = npyFile(
        major, "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }",
        four);
    TensorPtr t = parseNpy(file.data(), file.size(), err);
    ASSERT_TRUE(t) << "v" << major << ": " << err;
    EXPECT_EQ(((const int32_t *)dlc_tensor_data(t.get()))[1], 2);
  }
  // Key order, spacing, double quotes, Python 2 longs, no trailing comma.
  auto file = npyFile(1,
                      "{\"shape\":(1L,2L),\"fortran_order\":False,"
                      "\"descr\":\"<u4\"}",
                      four);
  TensorPtr t = parseNpy(file.data(), file.size(), err);
  ASSERT_TRUE(t) << err;
  EXPECT_EQ(dlc_tensor_dtype(t.get()), DLC_DTYPE_U32);
  EXPECT_EQ(dlc_tensor_rank(t.get()), 2);
  // Fortran order is fine when at most one dim exceeds 1.
  file = npyFile(
      1, "{'descr': '<f4', 'fortran_order': True, 'shape': (1, 2), }", four);
  EXPECT_TRUE(parseNpy(file.data(), file.size(), err)) << err;
  // '|' and '>' are fine for one-byte types.
  file = npyFile(1, "{'descr': '>u1', 'fortran_order': False, 'shape': (8,), }",
                 four);
  EXPECT_TRUE(parseNpy(file.data(), file.size(), err)) << err;
}

std::string parseError(const std::vector<uint8_t> &file) {
  std::string err;
  TensorPtr t = parseNpy(file.data(), file.size(), err);
  EXPECT_FALSE(t);
  return err;
}

TEST(Npy, Errors) {
  std::vector<uint8_t> four = {0, 0, 0, 0};
  auto hdr = [](const std::string &descr, const std::string &shape,
                const char *fortran = "False") {
    return "{'descr': '" + descr + "', 'fortran_order': " + fortran +
           ", 'shape': " + shape + ", }";
  };
  EXPECT_EQ(parseError(bytesOf("hello world")), "not a .npy file (bad magic)");
  EXPECT_EQ(parseError(bytesOf(std::string("\x93NUMPY\x01", 7))),
            "truncated .npy header");
  auto file = npyFile(1, hdr("<f4", "(1,)"), four);
  file.resize(40);
  EXPECT_EQ(parseError(file).substr(0, 21), "truncated .npy header");
  file = npyFile(4, hdr("<f4", "(1,)"), four);
  EXPECT_EQ(parseError(file), "unsupported .npy format version 4.0");
  EXPECT_EQ(parseError(npyFile(1, hdr("<f4", "(2,)"), four)),
            "truncated .npy data: [2] f32 needs 8 bytes, the file has 4");
  EXPECT_EQ(parseError(npyFile(1, hdr("<f4", "()"), {0, 0, 0, 0, 0})),
            "corrupt .npy file: 1 unexpected bytes after the data");
  EXPECT_EQ(parseError(npyFile(1, hdr(">f4", "(1,)"), four)),
            "big-endian .npy data ('>f4') is not supported");
  EXPECT_EQ(parseError(npyFile(1, hdr("<c8", "(1,)"), four)),
            "unsupported .npy dtype '<c8'");
  EXPECT_EQ(parseError(npyFile(1, hdr("<U1", "(1,)"), four)),
            "unsupported .npy dtype '<U1'");
  EXPECT_EQ(parseError(npyFile(1, hdr("<f4", "(2, 2)", "True"), four)),
            "Fortran-order .npy arrays are not supported");
  EXPECT_EQ(parseError(npyFile(1,
                               "{'descr': [('a', '<f4')], 'fortran_order': "
                               "False, 'shape': (1,), }",
                               four)),
            "malformed .npy header: structured dtypes are not supported");
  EXPECT_EQ(parseError(npyFile(1, "{'descr': '<f4', 'shape': (1,)}", four)),
            "malformed .npy header: header lacks 'fortran_order'");
  EXPECT_EQ(parseError(npyFile(1, hdr("<f4", "(1, -2)"), four)),
            "malformed .npy header: cannot parse the value of 'shape' in the "
            "header");
  EXPECT_EQ(parseError(npyFile(1, "not a dict", four)),
            "malformed .npy header: header is not a dict");
  EXPECT_EQ(parseError(npyFile(1, hdr("<f4", "(99999999999999999999,)"), four)),
            "malformed .npy header: cannot parse the value of 'shape' in the "
            "header");
}

TEST(Npy, HugeShapeIsNotAllocated) {
  std::vector<uint8_t> four = {0, 0, 0, 0};
  EXPECT_EQ(parseError(npyFile(1,
                               "{'descr': '<f8', 'fortran_order': False, "
                               "'shape': (1000000, 1000000, 1000), }",
                               four)),
            "truncated .npy data: [1000000, 1000000, 1000] f64 needs "
            "8000000000000000 bytes, the file has 4");
  EXPECT_EQ(parseError(npyFile(1,
                               "{'descr': '<f8', 'fortran_order': False, "
                               "'shape': (1000000000000, 10000000000), }",
                               four)),
            "malformed .npy header: shape [1000000000000, 10000000000] has "
            "too many elements");
}

TEST(Npy, MissingFile) {
  std::string err;
  EXPECT_FALSE(readNpy("/nonexistent/x.npy", err));
  EXPECT_EQ(err, "cannot open '/nonexistent/x.npy': No such file or directory");
}

//===----------------------------------------------------------------------===//
// ONNX TensorProto
//===----------------------------------------------------------------------===//

/// Minimal protobuf writer for test inputs.
struct Proto {
  std::vector<uint8_t> bytes;
  void varint(uint64_t v) {
    while (v >= 0x80) {
      bytes.push_back((uint8_t)(v | 0x80));
      v >>= 7;
    }
    bytes.push_back((uint8_t)v);
  }
  void key(int field, int wt) { varint((uint64_t)field << 3 | wt); }
  void intField(int field, uint64_t v) {
    key(field, 0);
    varint(v);
  }
  void bytesField(int field, const void *data, size_t n) {
    key(field, 2);
    varint(n);
    const uint8_t *p = (const uint8_t *)data;
    bytes.insert(bytes.end(), p, p + n);
  }
  void packedVarints(int field, const std::vector<int64_t> &vs) {
    Proto inner;
    for (int64_t v : vs)
      inner.varint((uint64_t)v);
    bytesField(field, inner.bytes.data(), inner.bytes.size());
  }
};

TEST(TensorProto, RawData) {
  Proto p;
  p.intField(1, 2); // dims, unpacked
  p.intField(1, 2);
  p.intField(2, DLC_DTYPE_F32);
  p.bytesField(8, "x", 1);
  float vals[4] = {1.5f, -2, 3, 4};
  p.bytesField(9, vals, sizeof(vals));
  p.intField(99, 5); // Unknown fields are skipped.
  std::string name, err;
  TensorPtr t = parseTensorProto(p.bytes.data(), p.bytes.size(), &name, err);
  ASSERT_TRUE(t) << err;
  EXPECT_EQ(name, "x");
  EXPECT_EQ(dlc_tensor_dtype(t.get()), DLC_DTYPE_F32);
  EXPECT_EQ(dlc_tensor_rank(t.get()), 2);
  EXPECT_EQ(((const float *)dlc_tensor_data(t.get()))[1], -2.0f);
}

TEST(TensorProto, TypedFields) {
  std::string err;
  {
    Proto p;
    p.packedVarints(1, {3});
    p.intField(2, DLC_DTYPE_I64);
    p.packedVarints(7, {-1, 0, 1LL << 40});
    TensorPtr t =
        parseTensorProto(p.bytes.data(), p.bytes.size(), nullptr, err);
    ASSERT_TRUE(t) << err;
    EXPECT_EQ(((const int64_t *)dlc_tensor_data(t.get()))[0], -1);
    EXPECT_EQ(((const int64_t *)dlc_tensor_data(t.get()))[2], 1LL << 40);
  }
  {
    Proto p;
    p.packedVarints(1, {3});
    p.intField(2, DLC_DTYPE_BOOL);
    p.packedVarints(5, {1, 0, 1});
    TensorPtr t =
        parseTensorProto(p.bytes.data(), p.bytes.size(), nullptr, err);
    ASSERT_TRUE(t) << err;
    EXPECT_EQ(((const uint8_t *)dlc_tensor_data(t.get()))[2], 1);
  }
  {
    Proto p; // float_data, packed; scalar.
    p.intField(2, DLC_DTYPE_F32);
    float v = 0.25f;
    p.bytesField(4, &v, 4);
    TensorPtr t =
        parseTensorProto(p.bytes.data(), p.bytes.size(), nullptr, err);
    ASSERT_TRUE(t) << err;
    EXPECT_EQ(dlc_tensor_rank(t.get()), 0);
    EXPECT_EQ(*(const float *)dlc_tensor_data(t.get()), 0.25f);
  }
  {
    Proto p; // double_data unpacked (wire type 1).
    p.intField(1, 1);
    p.intField(2, DLC_DTYPE_F64);
    double v = -3.5;
    p.key(10, 1);
    p.bytes.insert(p.bytes.end(), (uint8_t *)&v, (uint8_t *)&v + 8);
    TensorPtr t =
        parseTensorProto(p.bytes.data(), p.bytes.size(), nullptr, err);
    ASSERT_TRUE(t) << err;
    EXPECT_EQ(*(const double *)dlc_tensor_data(t.get()), -3.5);
  }
  {
    Proto p; // f16 bits in int32_data.
    p.intField(1, 2);
    p.intField(2, DLC_DTYPE_F16);
    p.packedVarints(5, {0x3c00, 0xc000});
    TensorPtr t =
        parseTensorProto(p.bytes.data(), p.bytes.size(), nullptr, err);
    ASSERT_TRUE(t) << err;
    EXPECT_EQ(elementAsDouble(t.get(), 0), 1.0);
    EXPECT_EQ(elementAsDouble(t.get(), 1), -2.0);
  }
}

std::string protoError(const Proto &p) {
  std::string err;
  EXPECT_FALSE(parseTensorProto(p.bytes.data(), p.bytes.size(), nullptr, err));
  return err;
}

TEST(TensorProto, Errors) {
  Proto empty;
  EXPECT_EQ(protoError(empty),
            "not a valid ONNX TensorProto: data_type is missing");
  Proto str;
  str.intField(2, 8);
  EXPECT_EQ(protoError(str), "unsupported ONNX data type 8");
  Proto count;
  count.intField(1, 3);
  count.intField(2, DLC_DTYPE_I32);
  count.packedVarints(5, {1, 2});
  EXPECT_EQ(protoError(count), "int32_data has 2 values, but i32 [3] needs 3");
  Proto raw;
  raw.intField(1, 3);
  raw.intField(2, DLC_DTYPE_F32);
  raw.bytesField(9, "abcd", 4);
  EXPECT_EQ(protoError(raw), "raw_data has 4 bytes, but f32 [3] needs 12");
  Proto truncated = raw;
  truncated.bytes.resize(truncated.bytes.size() - 2);
  EXPECT_EQ(protoError(truncated),
            "not a valid ONNX TensorProto: truncated or malformed field 9 "
            "(wire type 2)");
  Proto badWire;
  badWire.key(3, 4); // An end-group tag.
  EXPECT_EQ(protoError(badWire).substr(0, 29), "not a valid ONNX TensorProto:");
  Proto external;
  external.intField(2, DLC_DTYPE_F32);
  external.intField(14, 1);
  EXPECT_EQ(protoError(external),
            "ONNX tensors with external data are not supported");
  Proto negDim;
  negDim.intField(1, (uint64_t)-2);
  negDim.intField(2, DLC_DTYPE_F32);
  EXPECT_EQ(protoError(negDim),
            "invalid ONNX TensorProto: dim 0 is negative (-2)");
  // Huge shapes are rejected by size before anything is allocated.
  Proto huge;
  huge.intField(1, 1ull << 40);
  huge.intField(1, 1ull << 20);
  huge.intField(2, DLC_DTYPE_F32);
  huge.bytesField(9, "abcd", 4);
  EXPECT_EQ(protoError(huge), "raw_data has 4 bytes, but f32 [1099511627776, "
                              "1048576] needs 4611686018427387904");
  Proto overflow;
  overflow.intField(1, 1ull << 40);
  overflow.intField(1, 1ull << 40);
  overflow.intField(2, DLC_DTYPE_F32);
  EXPECT_EQ(protoError(overflow),
            "invalid ONNX TensorProto: shape [1099511627776, 1099511627776] "
            "has too many elements");
}

//===----------------------------------------------------------------------===//
// Half precision and comparison
//===----------------------------------------------------------------------===//

TEST(TensorIO, HalfConversions) {
  EXPECT_EQ(floatToHalf(1.0f), 0x3c00);
  EXPECT_EQ(floatToHalf(-2.0f), 0xc000);
  EXPECT_EQ(floatToHalf(65504.0f), 0x7bff);
  EXPECT_EQ(floatToHalf(1e6f), 0x7c00);
  EXPECT_EQ(floatToHalf(5.960464477539063e-08f), 0x0001); // Smallest subnormal.
  EXPECT_EQ(floatToHalf(1.0f + 1.0f / 2048), 0x3c00);     // Tie to even.
  EXPECT_TRUE(std::isnan(halfToFloat(floatToHalf(NAN))));
  for (uint32_t h = 0; h < 0x7c00; ++h)
    ASSERT_EQ(floatToHalf(halfToFloat((uint16_t)h)), h) << h;
  EXPECT_EQ(bf16ToFloat(floatToBf16(1.5f)), 1.5f);
  EXPECT_EQ(floatToBf16(1.0f), 0x3f80);
}

TEST(Compare, FloatTolerance) {
  TensorPtr got = makeTensor(DLC_DTYPE_F32, {2, 2});
  TensorPtr want = makeTensor(DLC_DTYPE_F32, {2, 2});
  float *g = (float *)dlc_tensor_data(got.get());
  float *w = (float *)dlc_tensor_data(want.get());
  float gv[] = {1.0f, 2.0005f, NAN, INFINITY};
  float wv[] = {1.0f, 2.0f, NAN, INFINITY};
  std::memcpy(g, gv, sizeof(gv));
  std::memcpy(w, wv, sizeof(wv));
  CompareResult r = compareTensors(got.get(), want.get(), 1e-3, 1e-4);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.worstIndex, 1);
  EXPECT_NEAR(r.maxAbsError, 5e-4, 1e-6);

  r = compareTensors(got.get(), want.get(), 1e-4, 1e-4);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.numMismatched, 1);
  EXPECT_EQ(r.worstIndex, 1);

  g[2] = 0; // NaN expected, number produced.
  r = compareTensors(got.get(), want.get(), 1e-3, 1e-4);
  EXPECT_EQ(r.numMismatched, 1);
  EXPECT_EQ(r.worstIndex, 2);
  g[2] = NAN;
  g[3] = 1e30f; // Infinity expected, huge number produced.
  r = compareTensors(got.get(), want.get(), 1e-3, 1e-4);
  EXPECT_EQ(r.numMismatched, 1);
  EXPECT_EQ(r.worstIndex, 3);
}

TEST(Compare, IntegersAndStructure) {
  TensorPtr got = makeTensor(DLC_DTYPE_I64, {3});
  TensorPtr want = makeTensor(DLC_DTYPE_I64, {3});
  ((int64_t *)dlc_tensor_data(got.get()))[1] = 1000;
  ((int64_t *)dlc_tensor_data(want.get()))[1] = 1001;
  CompareResult r = compareTensors(got.get(), want.get(), 1e-2, 1);
  EXPECT_FALSE(r.ok()); // Integers must be equal, tolerances aside.
  EXPECT_EQ(r.maxAbsError, 1.0);
  EXPECT_EQ(r.worstIndex, 1);

  TensorPtr other = makeTensor(DLC_DTYPE_I64, {1, 3});
  r = compareTensors(got.get(), other.get(), 0, 0);
  EXPECT_EQ(r.structuralError, "shape [3] differs from the expected [1, 3]");
  TensorPtr f = makeTensor(DLC_DTYPE_F32, {3});
  r = compareTensors(got.get(), f.get(), 0, 0);
  EXPECT_EQ(r.structuralError, "dtype i64 differs from the expected f32");
}

TEST(TensorIO, Formatting) {
  int64_t shape[] = {2, 3, 4};
  EXPECT_EQ(formatIndex(shape, 3, 23), "[1, 2, 3]");
  EXPECT_EQ(formatIndex(shape, 3, 5), "[0, 1, 1]");
  std::vector<std::string> names = {"batch", "", ""};
  EXPECT_EQ(formatShape(shape, 3, &names), "[batch=2, 3, 4]");
  EXPECT_EQ(formatShape(nullptr, 0), "[]");
}

} // namespace
