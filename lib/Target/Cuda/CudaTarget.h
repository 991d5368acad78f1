//===- CudaTarget.h - Kernels on NVIDIA GPUs through gpu/NVVM/PTX -*- C++
//-*-===//
//
// The CUDA back end. It branches off the CPU pipeline once KernelToAffine
// has bufferized the model and planned its arena (memref linalg.generics
// carrying their #kernel.schedule), and:
//   1. dlc-map-kernels-to-gpu: turns every linalg.generic into a gpu.launch
//      following the schedule's gpu_block / gpu_thread tiles (or a default:
//      up to 256 threads over the innermost parallel loops), with the
//      sequential and reduction loops inside each thread;
//   2. gpu-kernel-outlining: one gpu.module per kernel;
//   3. dlc-gpu-to-nvvm: math expanded to arithmetic (no libdevice), then
//      NVVM; gpu-module-to-binary: PTX for sm_80 / sm_90 embedded in the
//      host module;
//   4. the host code to the LLVM dialect, calling the "mgpu" functions that
//      runtime/lib/CudaModel.c implements on the CUDA driver API.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_TARGET_CUDA_CUDATARGET_H
#define DLC_TARGET_CUDA_CUDATARGET_H

#include "lib/Target/Cpu/CpuTarget.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dlc {

/// How one kernel's iteration space is spread over a 1-D grid of 1-D thread
/// blocks. `mapped` lists the loops run across blocks and threads (outermost
/// first: the last one varies fastest between consecutive threads, so it
/// should be the stride-1 loop). Every other loop runs sequentially inside
/// each thread.
struct GpuLaunchConfig {
  std::vector<int64_t> mapped;
  std::vector<int64_t> blockTile; // per mapped loop: points per block
  std::vector<int64_t> threads;   // per mapped loop: threads per block
  std::vector<int64_t> perThread; // per mapped loop: points per thread
  std::vector<int64_t> blocks;    // per mapped loop: blocks in the grid
  int64_t numBlocks = 1, numThreads = 1;
};

/// The most threads a block may have, and the default for kernels whose
/// schedule has no gpu_block.
constexpr int64_t kMaxThreadsPerBlock = 1024;
constexpr int64_t kDefaultThreadsPerBlock = 256;

/// The launch configuration for loops of the given static `ranges` (all
/// >= 1) and kinds, following `gpuBlock` / `gpuThread` (empty: the
/// default), or std::nullopt with `error` set when the schedule cannot be
/// carried out. The default maps every parallel loop: threads go to the
/// innermost parallel loops first (up to kDefaultThreadsPerBlock), one point
/// per thread. A loop with gpu_block 0 is not mapped; gpu_thread (0 or
/// absent: 1) is how many points of its block's tile each thread computes,
/// cyclically so that consecutive threads stay on consecutive points.
std::optional<GpuLaunchConfig> computeGpuLaunchConfig(
    const std::vector<int64_t> &ranges, const std::vector<bool> &isParallel,
    const std::vector<int64_t> &gpuBlock, const std::vector<int64_t> &gpuThread,
    std::string &error);

struct CudaOptions {
  std::string chip = "sm_80";
  std::string features = "+ptx80";
};

/// Checks a --cuda-arch value (sm_80 or sm_90); fills `options`.
bool parseCudaArch(llvm::StringRef arch, CudaOptions &options,
                   std::string &error);

/// Planned memref IR (after KernelToAffine's memory plan) -> host functions
/// with gpu.launch_func and outlined gpu.modules (--emit=gpu).
void buildCudaKernelPipeline(mlir::OpPassManager &pm);

/// Outlined GPU IR -> the LLVM dialect with the PTX embedded as gpu.binary.
void buildCudaLowerPipeline(mlir::OpPassManager &pm,
                            const CudaOptions &options);

/// The options of the CUDA pipelines in dlc-opt.
struct CudaPipelineOptions : mlir::PassPipelineOptions<CudaPipelineOptions> {
  Option<std::string> arch{*this, "cuda-arch",
                           llvm::cl::desc("sm_80 (default) or sm_90"),
                           llvm::cl::init("sm_80")};
  /// Fills `options`; false for an unknown arch, after adding a pass to
  /// `pm` that fails with the reason.
  bool get(mlir::OpPassManager &pm, CudaOptions &options) const;
};

/// The PTX of every gpu.binary in `module`, concatenated.
std::string collectPtx(mlir::ModuleOp module);

/// Links a CUDA model.so: the host object, the description stub (with
/// signature.device == "cuda") and the library of runtime/lib/CudaModel.c.
bool linkCudaSharedLibrary(llvm::StringRef objectPath,
                           const ModelSignature &signature,
                           llvm::StringRef outputPath, std::string &error);

/// Registers the CUDA passes and pipelines (dlc-opt, dlc-compile).
void registerCudaPasses();

/// Registers the dialects and translations the CUDA back end needs.
void registerCudaDialects(mlir::DialectRegistry &registry);

} // namespace dlc

#endif // DLC_TARGET_CUDA_CUDATARGET_H
