//===- CpuTarget.h - LLVM dialect -> object code -> model.so ----*- C++ -*-===//
//
// The CPU back end: lowers the affine/memref IR KernelToAffine produces to
// the LLVM dialect (parallel loops through OpenMP), translates it to LLVM
// IR, optimizes at -O3 for the host CPU (or a named one), emits an object
// file, and links it with a generated description stub into model.so.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_TARGET_CPU_CPUTARGET_H
#define DLC_TARGET_CPU_CPUTARGET_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>
#include <string>
#include <vector>

namespace dlc {

/// Registers the CPU back end's own passes (dlc-cpu-approximate-math).
void registerCpuPasses();

/// Affine/memref/arith/math IR -> LLVM dialect. Model functions take bare
/// pointers (static shapes), so the stub can call them directly.
void buildLowerToLLVMPipeline(mlir::OpPassManager &pm);

/// The last steps to the LLVM dialect shared by the CPU and CUDA host code:
/// memref, arith, index, cf and func (bare pointers) to LLVM, OpenMP too
/// when `openmp`, then casts reconciled and the result canonicalized.
void addFinalLLVMConversions(mlir::OpPassManager &pm, bool openmp);

/// A target machine for `cpu` ("native": the host CPU and its features) at
/// -O3, producing position-independent code; null with `error` set.
std::unique_ptr<llvm::TargetMachine> createCpuTargetMachine(llvm::StringRef cpu,
                                                            std::string &error);

/// Translates an LLVM-dialect module to LLVM IR and optimizes it (-O3).
std::unique_ptr<llvm::Module> translateAndOptimize(mlir::ModuleOp module,
                                                   llvm::LLVMContext &llvmCtx,
                                                   llvm::TargetMachine &tm,
                                                   std::string &error);

/// Writes `module` as an object file.
bool emitObjectFile(llvm::Module &module, llvm::TargetMachine &tm,
                    llvm::StringRef path, std::string &error);

/// One input or output of a compiled model, for its description.
struct TensorSignature {
  std::string name;
  int dtype = 0; // dlc_dtype (ONNX data type code)
  std::vector<int64_t> shape;
  std::vector<std::string> dimNames;
};

struct ModelSignature {
  std::string modelName;
  std::string entryName; // the compiled function
  std::vector<TensorSignature> inputs, outputs;
  int64_t arenaBytes = 0;
  int64_t arenaAlignment = 64;
  /// "cpu", or "cuda": run() then goes through dlc_cuda_run (host or device
  /// pointers, arena in device memory) and the library exports
  /// dlc_model_device() (dlc/model_abi.h).
  std::string device = "cpu";
  /// With dlc-compile --profile (the module's `dlc.profile_kernels`, set
  /// by kernel-profile): the timed kernels' names. The stub then defines
  /// dlc_profile_begin/end and exports dlc_model_profile().
  std::vector<std::string> profiledKernels;
};

/// The dlc_dtype (ONNX TensorProto data type code) of an element type, or 0.
int onnxDataTypeOf(mlir::Type elementType);

/// The signature of the model whose entry is `entry` (a func.func of ranked
/// tensors, named by its `onnx.name` and `onnx.dim_params` attributes), as
/// read before bufferization changes the function.
ModelSignature describeSignature(mlir::Operation *entry,
                                 llvm::StringRef modelName);

/// How an object file becomes the model's shared library when it is not
/// linkSharedLibrary (CPU): linkCudaSharedLibrary.
using LinkFunction = bool (*)(llvm::StringRef objectPath,
                              const ModelSignature &signature,
                              llvm::StringRef outputPath, std::string &error);

/// Emits `module` for `tm` into a temporary object file and links it into
/// the shared library `outputPath` (no header) with `link`, or with
/// linkSharedLibrary when it is null; the object is removed.
bool emitSharedLibrary(llvm::Module &module, llvm::TargetMachine &tm,
                       const ModelSignature &signature,
                       llvm::StringRef outputPath, std::string &error,
                       LinkFunction link = nullptr);

/// Translates `module` (LLVM dialect) for `cpu` (see createCpuTargetMachine),
/// optimizes it and links it into the shared library `outputPath` (no
/// header): what dlc-compile does for the CPU, for one kernel (dlc-tune).
bool writeCpuSharedLibrary(mlir::ModuleOp module,
                           const ModelSignature &signature,
                           llvm::StringRef cpu, llvm::StringRef outputPath,
                           std::string &error);

/// Writes the C source of the stub exporting dlc_model_describe().
std::string generateDescriptionStub(const ModelSignature &signature);

/// Writes model.h: the model's inputs and outputs for C users.
std::string generateModelHeader(const ModelSignature &signature);

/// Compiles the stub and links it with `objectPath`, `extraInputs` (after
/// the object) and, for CPU models, the OpenMP runtime into the shared
/// library `outputPath`, using the system C compiler.
bool linkSharedLibrary(llvm::StringRef objectPath,
                       const ModelSignature &signature,
                       llvm::StringRef outputPath, std::string &error,
                       llvm::ArrayRef<std::string> extraInputs = {});

} // namespace dlc

#endif // DLC_TARGET_CPU_CPUTARGET_H
