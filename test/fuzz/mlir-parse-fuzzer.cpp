//===- mlir-parse-fuzzer.cpp - libFuzzer target for DLC's dialect parsers -===//
//
// Feeds arbitrary text to MLIR's parser with the graph and kernel dialects
// (and the upstream dialects their IR uses) loaded. Whatever the text, the
// custom parsers, printers, attribute parsers (#kernel.schedule), type
// inference and verifiers of DLC's dialects must not crash, assert, hang or
// leak: bad text is a diagnostic.
//
// When the text parses and verifies, the module must also print and parse
// back to a module that prints identically (the custom assembly round-trips)
// in both the custom and the generic form. A failure there is a bug in DLC,
// so the harness aborts with what it saw.
//
// The dialect sources are compiled into the fuzzer with coverage and
// sanitizers (see CMakeLists.txt); MLIR's own parser is not instrumented.
//
// Run: build/bin/mlir-parse-fuzzer NEW_CORPUS_DIR test/fuzz/corpus/mlir-parse
// (scripts/fuzz-smoke.sh does this for a bounded time).
//
//===----------------------------------------------------------------------===//

#include "dialects/Graph/GraphOps.h"
#include "dialects/Kernel/KernelOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace mlir;

namespace {

MLIRContext &context() {
  static MLIRContext *ctx = [] {
    DialectRegistry registry;
    registry.insert<dlc::graph::GraphDialect, dlc::kernel::KernelDialect,
                    func::FuncDialect, arith::ArithDialect,
                    math::MathDialect, tensor::TensorDialect>();
    auto *c = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    c->loadAllAvailableDialects();
    // Diagnostics are expected (bad input); keep them out of the log.
    c->getDiagEngine().registerHandler([](Diagnostic &) { return success(); });
    return c;
  }();
  return *ctx;
}

std::string print(Operation *op, bool generic) {
  std::string text;
  llvm::raw_string_ostream os(text);
  OpPrintingFlags flags;
  if (generic)
    flags.printGenericOpForm();
  op->print(os, flags);
  return text;
}

[[noreturn]] void fail(const char *what, const std::string &a,
                       const std::string &b) {
  llvm::errs() << "mlir-parse-fuzzer: " << what << "\n--- first:\n"
               << a << "\n--- second:\n"
               << b << "\n";
  std::abort();
}

/// Printing `text`'s module and parsing it again must give the same text.
void checkRoundTrip(ModuleOp module, bool generic) {
  std::string first = print(module, generic);
  OwningOpRef<ModuleOp> again =
      parseSourceString<ModuleOp>(first, ParserConfig(&context()));
  if (!again)
    fail(generic ? "the generic form does not parse back"
                 : "the custom form does not parse back",
         first, "");
  if (failed(verify(*again)))
    fail("the printed module does not verify", first, print(*again, true));
  std::string second = print(*again, generic);
  // Resource blobs live in the context: parsing a module that names one
  // again gives it a fresh name (w -> w_1), so such modules only have to
  // parse back and verify.
  if (first != second && first.find("dialect_resources") == std::string::npos)
    fail("the module does not print the same after a round trip", first,
         second);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > 16384)
    return -1;
  std::string text(reinterpret_cast<const char *>(data), size);
  // Verification is part of parsing; a module that does not verify is bad
  // input, reported as a diagnostic.
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(text, ParserConfig(&context()));
  if (!module)
    return 0;
  checkRoundTrip(*module, /*generic=*/false);
  checkRoundTrip(*module, /*generic=*/true);
  return 0;
}
