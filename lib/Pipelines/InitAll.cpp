//===- InitAll.cpp - Register DLC's dialects and passes -------------------===//
//
// The upstream dialects and passes are listed one by one: only what DLC's
// pipelines produce or run, not all of MLIR.
//
//===----------------------------------------------------------------------===//

#include "lib/Pipelines/InitAll.h"

#include "dialects/Graph/GraphOps.h"
#include "dialects/Kernel/KernelOps.h"
#include "lib/Conversion/Passes.h"
#include "lib/Pipelines/Pipelines.h"
#include "lib/Target/Cuda/CudaTarget.h"
#include "lib/Transforms/Graph/Passes.h"
#include "lib/Transforms/Kernel/Passes.h"
#include "lib/Transforms/Kernel/TilingInterfaceImpl.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Arith/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/FuncBufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Transforms/AllocationOpInterfaceImpl.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/Tensor/Transforms/BufferizableOpInterfaceImpl.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Dialect/Linalg/TransformOps/DialectExtension.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Transform/IR/TransformDialect.h"
#include "mlir/Dialect/Transform/Transforms/Passes.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void dlc::registerDLCDialects(DialectRegistry &registry) {
  registry.insert<graph::GraphDialect, kernel::KernelDialect>();
  kernel::registerTilingInterfaceExternalModels(registry);
  registry.insert<affine::AffineDialect, arith::ArithDialect,
                  bufferization::BufferizationDialect, func::FuncDialect,
                  linalg::LinalgDialect, math::MathDialect,
                  memref::MemRefDialect, scf::SCFDialect,
                  LLVM::LLVMDialect, omp::OpenMPDialect,
                  tensor::TensorDialect, vector::VectorDialect>();
  // One-shot bufferization of what GraphToKernel and KernelToLinalg make.
  arith::registerBufferizableOpInterfaceExternalModels(registry);
  bufferization::func_ext::registerBufferizableOpInterfaceExternalModels(
      registry);
  linalg::registerBufferizableOpInterfaceExternalModels(registry);
  tensor::registerBufferizableOpInterfaceExternalModels(registry);
  // memref.alloc as an AllocationOpInterface: buffer-results-to-out-params
  // (hoist-static-allocs) then writes each model output straight into its
  // out-param instead of computing it in the arena and copying it out.
  memref::registerAllocationOpInterfaceExternalModels(registry);
  // The transform dialect lets a user (or a test) drive upstream tiling and
  // fusion over kernel.generic through its TilingInterface.
  registry.insert<transform::TransformDialect>();
  linalg::registerTransformDialectExtension(registry);
  // The CUDA back end: gpu, NVVM, and their translations to LLVM IR.
  registerCudaDialects(registry);
}

void dlc::registerDLCPasses() {
  graph::registerGraphPasses();
  kernel::registerKernelPasses();
  registerDLCConversionPasses();
  // Upstream clean-up passes the pipelines run.
  registerCanonicalizerPass();
  registerCSEPass();
  registerSymbolDCEPass();
  registerInlinerPass();
  transform::registerInterpreterPass();
  // The upstream passes inside DLC's pipelines, to replay them step by step.
  bufferization::registerOneShotBufferizePass();
  bufferization::registerBufferResultsToOutParamsPass();
  memref::registerExpandStridedMetadataPass();
  registerLowerAffinePass();
  registerConvertSCFToOpenMPPass();
  registerSCFToControlFlowPass();
  registerConvertMathToFuncsPass();
  registerConvertMathToLLVMPass();
  registerConvertMathToLibmPass();
  registerConvertVectorToLLVMPass();
  registerFinalizeMemRefToLLVMConversionPass();
  registerArithToLLVMConversionPass();
  registerConvertIndexToLLVMPass();
  registerConvertControlFlowToLLVMPass();
  registerConvertFuncToLLVMPass();
  registerConvertOpenMPToLLVMPass();
  registerReconcileUnrealizedCastsPass();
  registerDLCPipelines();
  registerCudaPasses();
  registerCpuPasses();
}
