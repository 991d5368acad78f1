//===- TensorIO.h - .npy and ONNX TensorProto files for dlc-run -*- C++ -*-===//
//
// Reads and writes dlc_tensor values as NumPy .npy files (format versions 1,
// 2 and 3; little-endian, C order) and reads ONNX TensorProto .pb files
// (raw_data or the typed repeated fields). The .pb reader decodes the
// protobuf wire format directly, so dlc-run needs neither libprotobuf nor
// libonnx. Also holds element access helpers shared by dlc-run's printing,
// random filling and comparison.
//
// Nothing here throws or aborts on bad input: readers return a null
// TensorPtr and an error message that names the file.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_TOOLS_DLCRUN_TENSORIO_H
#define DLC_TOOLS_DLCRUN_TENSORIO_H

#include "dlc/runtime.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dlc {
namespace run {

struct TensorDeleter {
  void operator()(dlc_tensor *t) const { dlc_tensor_free(t); }
};
/// An owning dlc_tensor handle.
using TensorPtr = std::unique_ptr<dlc_tensor, TensorDeleter>;

/// Reads the whole file at path into bytes. On failure returns false and sets
/// err to "cannot open 'PATH': REASON".
bool readFile(const std::string &path, std::vector<uint8_t> &bytes,
              std::string &err);

/// Parses the bytes of a .npy file. On failure returns null and sets err to
/// a description without the file name ("truncated data: ...").
TensorPtr parseNpy(const uint8_t *data, size_t size, std::string &err);

/// Reads a .npy file. Errors read "cannot open 'PATH': REASON" or
/// "cannot read 'PATH': DESCRIPTION".
TensorPtr readNpy(const std::string &path, std::string &err);

/// Encodes t as a version 1.0 .npy file (2.0 for very long headers). bf16,
/// which NumPy lacks, is written as its raw bits with dtype '<u2'. Returns
/// false only for an invalid tensor.
bool encodeNpy(const dlc_tensor *t, std::vector<uint8_t> &out,
               std::string &err);

/// Writes t to path as .npy. Errors read "cannot write 'PATH': REASON".
bool writeNpy(const std::string &path, const dlc_tensor *t, std::string &err);

/// Parses a serialized onnx.TensorProto. If name is non-null it receives the
/// tensor's name field. On failure returns null and sets err (no file name).
TensorPtr parseTensorProto(const uint8_t *data, size_t size, std::string *name,
                           std::string &err);

/// Reads an ONNX TensorProto .pb file. Errors as for readNpy.
TensorPtr readTensorProto(const std::string &path, std::string &err);

/// Reads a tensor file: .npy when the file starts with the .npy magic,
/// otherwise an ONNX TensorProto. Errors as for readNpy.
TensorPtr readTensorFile(const std::string &path, std::string &err);

/// IEEE half and bfloat16 conversions (round to nearest even).
float halfToFloat(uint16_t h);
uint16_t floatToHalf(float f);
float bf16ToFloat(uint16_t h);
uint16_t floatToBf16(float f);

/// True for f16, bf16, f32 and f64.
bool isFloatDtype(dlc_dtype dtype);

/// Element i of t converted to double (bool: 0 or 1).
double elementAsDouble(const dlc_tensor *t, int64_t i);

/// Element i of t formatted for humans: floats with %g precision 6, integers
/// exactly, bools as true/false.
std::string formatElement(const dlc_tensor *t, int64_t i);

/// "[2, 3]"; with dimNames (rank entries, "" for none) "[batch=2, 3]".
std::string formatShape(const int64_t *shape, int rank,
                        const std::vector<std::string> *dimNames = nullptr);

/// The multi-dimensional index of row-major flat index i in shape, as
/// "[i0, i1, ...]".
std::string formatIndex(const int64_t *shape, int rank, int64_t i);

} // namespace run
} // namespace dlc

#endif // DLC_TOOLS_DLCRUN_TENSORIO_H
