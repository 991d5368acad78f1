//===- OnnxImporter.h - ONNX model -> graph dialect -------------*- C++ -*-===//
//
// Reads an ONNX model (protobuf, with external data files) into a module
// holding one func.func of graph-dialect ops. The model is first checked by
// libonnx's checker and shape inference. Failures are reported through the
// MLIRContext's diagnostic handler, one clear error each; no C++ exception
// leaves this library (it is the only part of DLC built with exceptions,
// because libonnx throws).
//
//===----------------------------------------------------------------------===//

#ifndef DLC_IMPORT_ONNX_ONNXIMPORTER_H
#define DLC_IMPORT_ONNX_ONNXIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace dlc {

/// The op types (default ONNX domain) the importer converts, sorted.
llvm::ArrayRef<llvm::StringRef> onnxImportableOpTypes();

struct OnnxImportOptions {
  /// Values for symbolic dims (`--dim NAME=VALUE`); unbound ones stay `?`.
  llvm::StringMap<int64_t> dimBindings;
  /// Name of the function the graph becomes.
  std::string funcName = "main_graph";
  /// Constants with more elements than this become dense resources (kept
  /// out of the op text); smaller ones are printed inline.
  int64_t inlineConstantLimit = 64;
  /// Graph inputs to turn into constant initializers (`--freeze-input
  /// NAME=FILE`): input name -> path of a file holding its value, an ONNX
  /// TensorProto (.pb) or a NumPy array (.npy) whose dtype and shape match
  /// the input's.
  llvm::StringMap<std::string> frozenInputs;
};

/// Adds a `--dim NAME=VALUE` binding to `options`; on a malformed or
/// repeated binding returns false with the reason in `error`.
bool addDimBinding(llvm::StringRef binding, OnnxImportOptions &options,
                   std::string &error);

/// Imports the ONNX model in the file at `path`. External data files are
/// looked up next to it. Returns null after reporting an error.
mlir::OwningOpRef<mlir::ModuleOp>
importOnnxFile(llvm::StringRef path, mlir::MLIRContext &context,
               const OnnxImportOptions &options = {});

/// Imports a serialized ONNX model held in memory. `displayName` names it in
/// diagnostics; `externalDataDir` is where external data files live (empty:
/// a model with external data is rejected).
mlir::OwningOpRef<mlir::ModuleOp>
importOnnxBuffer(llvm::StringRef bytes, llvm::StringRef displayName,
                 llvm::StringRef externalDataDir, mlir::MLIRContext &context,
                 const OnnxImportOptions &options = {});

} // namespace dlc

#endif // DLC_IMPORT_ONNX_ONNXIMPORTER_H
