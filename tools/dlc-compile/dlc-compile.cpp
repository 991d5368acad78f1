//===- dlc-compile.cpp - Compile an ONNX model ----------------------------===//
//
// dlc-compile MODEL.onnx [--emit=graph] [-o OUT] [--dim NAME=VALUE]...
//
// Reads an ONNX model and writes the requested stage of its compilation.
// Today the stages end at `graph` (the graph-dialect IR as imported); later
// stages (kernel, affine, LLVM, object, shared library) plug in here.
//
//===----------------------------------------------------------------------===//

#include "lib/Import/Onnx/OnnxImporter.h"
#include "lib/Pipelines/InitAll.h"
#include "lib/Support/Diagnostics.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
namespace cl = llvm::cl;

static cl::OptionCategory category("dlc-compile options");

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<model.onnx>"),
                                      cl::Required, cl::cat(category));

static cl::opt<std::string>
    outputFile("o", cl::desc("Output file ('-' for standard output)"),
               cl::value_desc("file"), cl::init("-"), cl::cat(category));

enum class Emit { Graph };
static cl::opt<Emit> emit(
    "emit", cl::desc("What to produce"), cl::init(Emit::Graph),
    cl::values(clEnumValN(Emit::Graph, "graph",
                          "the graph-dialect IR of the model, as imported")),
    cl::cat(category));

static cl::list<std::string>
    dims("dim",
         cl::desc("Bind a symbolic input dim, e.g. --dim batch=8 (repeatable; "
                  "unbound dims stay dynamic)"),
         cl::value_desc("NAME=VALUE"), cl::cat(category));

static cl::opt<bool>
    emitBytecode("emit-bytecode",
                 cl::desc("Write MLIR bytecode instead of text (compact, "
                          "weights included)"),
                 cl::init(false), cl::cat(category));

static cl::opt<bool> elideWeights(
    "elide-weights",
    cl::desc("Leave the weights' bytes out of the text IR (smaller, but the "
             "output can no longer be compiled further)"),
    cl::init(false), cl::cat(category));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "DLC ahead-of-time compiler: reads an ONNX model (opsets 7 to 17, "
      "external data supported)\nand writes the requested stage of its "
      "compilation.\n\n"
      "  dlc-compile model.onnx --emit=graph -o model.mlir\n"
      "  dlc-compile model.onnx --emit=graph --dim batch=1\n");

  DialectRegistry registry;
  dlc::registerDLCDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  dlc::UserDiagnosticHandler diagnostics(context, llvm::errs(), "dlc-compile");

  dlc::OnnxImportOptions options;
  for (const std::string &binding : dims) {
    auto [name, value] = llvm::StringRef(binding).split('=');
    int64_t v;
    if (name.empty() || value.getAsInteger(10, v) || v < 0) {
      llvm::errs() << "dlc-compile: error: --dim expects NAME=VALUE with a "
                      "non-negative integer VALUE, got '"
                   << binding << "'\n";
      return 1;
    }
    if (!options.dimBindings.try_emplace(name, v).second) {
      llvm::errs() << "dlc-compile: error: --dim " << name
                   << " is given twice\n";
      return 1;
    }
  }

  OwningOpRef<ModuleOp> module =
      dlc::importOnnxFile(inputFile, context, options);
  if (!module)
    return 1;

  std::string errorMessage;
  auto output = openOutputFile(outputFile, &errorMessage);
  if (!output) {
    llvm::errs() << "dlc-compile: error: " << errorMessage << "\n";
    return 1;
  }
  switch (emit) {
  case Emit::Graph:
    if (emitBytecode) {
      if (failed(writeBytecodeToFile(*module, output->os()))) {
        llvm::errs() << "dlc-compile: error: cannot write bytecode\n";
        return 1;
      }
    } else {
      OpPrintingFlags flags;
      if (elideWeights)
        flags.elideLargeResourceString(0);
      module->print(output->os(), flags);
    }
    break;
  }
  output->keep();
  return diagnostics.getNumErrors() == 0 ? 0 : 1;
}
