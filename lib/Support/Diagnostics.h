//===- Diagnostics.h - Printing diagnostics for users -----------*- C++ -*-===//
//
// Tools print every diagnostic as `WHERE: error: MESSAGE`, where WHERE names
// what the user gave us: a file and line for MLIR input, and for ONNX input
// the model file plus the node and op type (`model.onnx: node 'conv1'
// (Conv)`), which the importer records in each op's location.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_SUPPORT_DIAGNOSTICS_H
#define DLC_SUPPORT_DIAGNOSTICS_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>

namespace dlc {

/// A user-facing description of `loc`, or "" when it says nothing.
std::string describeLocation(mlir::Location loc);

/// Prints each diagnostic (and its notes) to `os` as `WHERE: error: ...`,
/// and counts errors, for as long as it lives.
class UserDiagnosticHandler {
public:
  UserDiagnosticHandler(mlir::MLIRContext &context, llvm::raw_ostream &os,
                        llvm::StringRef toolName);
  ~UserDiagnosticHandler();
  unsigned getNumErrors() const { return numErrors; }

private:
  mlir::MLIRContext &context;
  mlir::DiagnosticEngine::HandlerID id;
  unsigned numErrors = 0;
};

} // namespace dlc

#endif // DLC_SUPPORT_DIAGNOSTICS_H
