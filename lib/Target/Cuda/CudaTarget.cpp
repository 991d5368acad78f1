//===- CudaTarget.cpp - Kernels on NVIDIA GPUs through gpu/NVVM/PTX -------===//

#include "lib/Target/Cuda/CudaTarget.h"

#include "lib/Target/Cpu/CpuTarget.h"

#include "dialects/Kernel/KernelOps.h"
#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Conversion/Passes.h"

#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/GPUCommon/GPUCommonPass.h"
#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Index/IR/IndexDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVM/NVVM/Target.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/GPU/GPUToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/NVVM/NVVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Triple.h"

using namespace mlir;

//===----------------------------------------------------------------------===//
// The launch configuration
//===----------------------------------------------------------------------===//

static std::string listText(const std::vector<int64_t> &v) {
  std::string s = "[";
  for (size_t i = 0; i < v.size(); ++i)
    s += (i ? ", " : "") + std::to_string(v[i]);
  return s + "]";
}

std::optional<dlc::GpuLaunchConfig> dlc::computeGpuLaunchConfig(
    const std::vector<int64_t> &ranges, const std::vector<bool> &isParallel,
    const std::vector<int64_t> &gpuBlock, const std::vector<int64_t> &gpuThread,
    std::string &error) {
  size_t n = ranges.size();
  GpuLaunchConfig config;
  if (gpuBlock.empty() && !gpuThread.empty()) {
    error = "gpu_thread " + listText(gpuThread) +
            " needs gpu_block: the tile each block computes";
    return std::nullopt;
  }
  if ((!gpuBlock.empty() && gpuBlock.size() != n) ||
      (!gpuThread.empty() && gpuThread.size() != n)) {
    error = "gpu_block/gpu_thread must have one entry per loop (" +
            std::to_string(n) + ")";
    return std::nullopt;
  }
  std::vector<int64_t> block(n, 0), perThread(n, 1);
  if (gpuBlock.empty()) {
    // Default: every parallel loop is mapped; threads go to the innermost
    // parallel loops first, one point each.
    int64_t budget = kDefaultThreadsPerBlock;
    for (size_t i = n; i-- > 0;) {
      if (!isParallel[i])
        continue;
      int64_t t = std::max<int64_t>(1, std::min(ranges[i], budget));
      block[i] = t;
      budget = std::max<int64_t>(1, budget / t);
    }
  } else {
    for (size_t i = 0; i < n; ++i) {
      if (gpuBlock[i] == 0)
        continue;
      if (!isParallel[i]) {
        error = "gpu_block " + listText(gpuBlock) + " maps loop " +
                std::to_string(i) +
                ", a reduction loop, to blocks; only parallel loops can be "
                "spread over blocks and threads";
        return std::nullopt;
      }
      block[i] = std::min(gpuBlock[i], ranges[i]);
      if (!gpuThread.empty() && gpuThread[i] > 0)
        perThread[i] = std::min(gpuThread[i], block[i]);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (block[i] == 0)
      continue;
    int64_t threads = (block[i] + perThread[i] - 1) / perThread[i];
    int64_t blocks = (ranges[i] + block[i] - 1) / block[i];
    config.mapped.push_back(i);
    config.blockTile.push_back(block[i]);
    config.perThread.push_back(perThread[i]);
    config.threads.push_back(threads);
    config.blocks.push_back(blocks);
    config.numThreads *= threads;
    config.numBlocks *= blocks;
    if (config.numThreads > kMaxThreadsPerBlock) {
      error = "the schedule asks for more than " +
              std::to_string(kMaxThreadsPerBlock) +
              " threads per block (gpu_block " + listText(gpuBlock) +
              ", gpu_thread " + listText(gpuThread) + ")";
      return std::nullopt;
    }
    if (config.numBlocks > (int64_t(1) << 31) - 1) {
      error = "the kernel needs more than 2^31 - 1 blocks; use larger "
              "gpu_block tiles";
      return std::nullopt;
    }
  }
  return config;
}

bool dlc::parseCudaArch(StringRef arch, CudaOptions &options,
                        std::string &error) {
  if (arch == "sm_80" || arch == "sm_90") {
    options.chip = arch.str();
    options.features = "+ptx80";
    return true;
  }
  error = "unknown CUDA architecture '" + arch.str() +
          "': use sm_80 (A100) or sm_90 (H100, H200)";
  return false;
}

//===----------------------------------------------------------------------===//
// dlc-map-kernels-to-gpu
//===----------------------------------------------------------------------===//

namespace {

/// The indices `map` selects from `ivs`, as values.
SmallVector<Value> applyMap(OpBuilder &b, Location loc, AffineMap map,
                            ArrayRef<Value> ivs) {
  SmallVector<Value> out;
  for (AffineExpr e : map.getResults()) {
    if (auto d = dyn_cast<AffineDimExpr>(e)) {
      out.push_back(ivs[d.getPosition()]);
      continue;
    }
    if (auto c = dyn_cast<AffineConstantExpr>(e)) {
      out.push_back(arith::ConstantIndexOp::create(b, loc, c.getValue()));
      continue;
    }
    out.push_back(affine::AffineApplyOp::create(
        b, loc, AffineMap::get(map.getNumDims(), 0, e), ivs));
  }
  return out;
}

/// Whether `v` is a constant global or a view of one: kernels read those
/// from a copy in the GPU module, not from the host.
bool isGlobalOrViewOfOne(Value v) {
  while (Operation *def = v.getDefiningOp()) {
    if (isa<memref::GetGlobalOp>(def))
      return true;
    if (!isa<memref::CollapseShapeOp, memref::ExpandShapeOp, memref::SubViewOp,
             memref::CastOp, memref::ReinterpretCastOp>(def))
      return false;
    v = def->getOperand(0);
  }
  return false;
}

/// Clones the constant globals (and views of them) that `launch` uses into
/// its body, so that outlining copies the globals into the GPU module, and
/// the scalar constants, so that they are not kernel arguments.
void sinkGlobals(gpu::LaunchOp launch) {
  OpBuilder b(launch.getContext());
  b.setInsertionPointToStart(&launch.getBody().front());
  DenseMap<Value, Value> sunk;
  std::function<Value(Value)> sink = [&](Value v) -> Value {
    if (auto it = sunk.find(v); it != sunk.end())
      return it->second;
    Operation *def = v.getDefiningOp();
    IRMapping mapping;
    for (Value operand : def->getOperands())
      if (isGlobalOrViewOfOne(operand))
        mapping.map(operand, sink(operand));
    Operation *clone = b.clone(*def, mapping);
    for (auto [from, to] : llvm::zip(def->getResults(), clone->getResults()))
      sunk[from] = to;
    return sunk[v];
  };
  launch.getBody().walk([&](Operation *op) {
    for (OpOperand &operand : op->getOpOperands()) {
      Value v = operand.get();
      Operation *def = v.getDefiningOp();
      if (!def || launch->isAncestor(def))
        continue;
      if (!isGlobalOrViewOfOne(v) && !def->hasTrait<OpTrait::ConstantLike>())
        continue;
      operand.set(sink(v));
    }
  });
}

/// Replaces `generic` (on memrefs, static loop ranges) by a gpu.launch.
LogicalResult mapGenericToGpu(linalg::GenericOp generic) {
  Location loc = generic.getLoc();
  SmallVector<int64_t> staticRanges = generic.getStaticLoopRanges();
  std::vector<int64_t> ranges(staticRanges.begin(), staticRanges.end());
  for (int64_t r : ranges)
    if (ShapedType::isDynamic(r))
      return generic.emitError("the CUDA target needs static shapes (bind "
                               "symbolic dims with --dim)");
  if (llvm::is_contained(ranges, 0)) {
    generic.erase(); // nothing to compute
    return success();
  }
  std::vector<bool> isParallel;
  for (utils::IteratorType t : generic.getIteratorTypesArray())
    isParallel.push_back(t == utils::IteratorType::parallel);
  std::vector<int64_t> gpuBlock, gpuThread;
  SmallVector<int64_t> order;
  auto schedule =
      generic->getAttrOfType<dlc::kernel::ScheduleAttr>("kernel.schedule");
  if (schedule) {
    gpuBlock.assign(schedule.getGpuBlock().begin(),
                    schedule.getGpuBlock().end());
    gpuThread.assign(schedule.getGpuThread().begin(),
                     schedule.getGpuThread().end());
    order = schedule.getEffectiveOrder(ranges.size());
  } else {
    order = llvm::to_vector(llvm::seq<int64_t>(0, ranges.size()));
  }
  std::string error;
  std::optional<dlc::GpuLaunchConfig> config = dlc::computeGpuLaunchConfig(
      ranges, isParallel, gpuBlock, gpuThread, error);
  if (!config)
    return generic.emitError(error);

  OpBuilder b(generic);
  auto cst = [&](int64_t v) -> Value {
    return arith::ConstantIndexOp::create(b, loc, v);
  };
  Value one = cst(1);
  auto launch = gpu::LaunchOp::create(b, loc, cst(config->numBlocks), one, one,
                                      cst(config->numThreads), one, one);
  Block &body = launch.getBody().front();
  b.setInsertionPointToStart(&body);
  gpu::TerminatorOp::create(b, loc);
  b.setInsertionPointToStart(&body);
  one = cst(1); // the kernel's own, not an argument

  // Block and thread coordinates per mapped loop, the last one fastest.
  size_t m = config->mapped.size();
  SmallVector<Value> blk(m), thr(m);
  Value blockRest = launch.getBlockIds().x,
        threadRest = launch.getThreadIds().x;
  for (size_t k = m; k-- > 0;) {
    if (k == 0) {
      blk[k] = blockRest;
      thr[k] = threadRest;
      break;
    }
    Value nb = cst(config->blocks[k]), nt = cst(config->threads[k]);
    blk[k] = arith::RemUIOp::create(b, loc, blockRest, nb);
    blockRest = arith::DivUIOp::create(b, loc, blockRest, nb);
    thr[k] = arith::RemUIOp::create(b, loc, threadRest, nt);
    threadRest = arith::DivUIOp::create(b, loc, threadRest, nt);
  }
  SmallVector<Value> ivs(ranges.size());
  Value inBounds;
  auto addCondition = [&](Value c) {
    inBounds = inBounds ? arith::AndIOp::create(b, loc, inBounds, c) : c;
  };
  for (size_t k = 0; k < m; ++k) {
    int64_t d = config->mapped[k], tile = config->blockTile[k];
    Value tileStart = arith::MulIOp::create(b, loc, blk[k], cst(tile));
    Value index = arith::AddIOp::create(b, loc, tileStart, thr[k]);
    if (config->perThread[k] > 1) {
      // Cyclic within the block's tile: consecutive threads, consecutive
      // points, in every iteration.
      auto loop =
          scf::ForOp::create(b, loc, cst(0), cst(config->perThread[k]), one);
      b.setInsertionPoint(loop.getBody()->getTerminator());
      Value step = arith::MulIOp::create(b, loc, loop.getInductionVar(),
                                         cst(config->threads[k]));
      index = arith::AddIOp::create(b, loc, index, step);
    }
    ivs[d] = index;
    if (config->threads[k] * config->perThread[k] != tile)
      addCondition(arith::CmpIOp::create(
          b, loc, arith::CmpIPredicate::ult, index,
          arith::AddIOp::create(b, loc, tileStart, cst(tile))));
    if (ranges[d] % tile != 0)
      addCondition(arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                         index, cst(ranges[d])));
  }
  if (inBounds) {
    auto guard = scf::IfOp::create(b, loc, inBounds, /*withElseRegion=*/false);
    b.setInsertionPoint(guard.thenBlock()->getTerminator());
  }
  // The other loops, in the schedule's order, inside each thread.
  for (int64_t d : order) {
    if (llvm::is_contained(config->mapped, d))
      continue;
    auto loop = scf::ForOp::create(b, loc, cst(0), cst(ranges[d]), one);
    b.setInsertionPoint(loop.getBody()->getTerminator());
    ivs[d] = loop.getInductionVar();
  }

  // One point of the iteration space: load, compute, store.
  Block &region = generic.getRegion().front();
  IRMapping mapping;
  for (OpOperand &operand : generic->getOpOperands()) {
    BlockArgument arg = region.getArgument(operand.getOperandNumber());
    if (arg.use_empty())
      continue;
    SmallVector<Value> indices =
        applyMap(b, loc, generic.getMatchingIndexingMap(&operand), ivs);
    mapping.map(arg, memref::LoadOp::create(b, loc, operand.get(), indices));
  }
  for (Operation &op : region.without_terminator()) {
    if (auto index = dyn_cast<linalg::IndexOp>(op)) {
      mapping.map(index.getResult(), ivs[index.getDim()]);
      continue;
    }
    b.clone(op, mapping);
  }
  auto yield = cast<linalg::YieldOp>(region.getTerminator());
  for (auto [value, init] :
       llvm::zip(yield.getValues(), generic.getDpsInitsMutable())) {
    SmallVector<Value> indices =
        applyMap(b, loc, generic.getMatchingIndexingMap(&init), ivs);
    memref::StoreOp::create(b, loc, mapping.lookupOrDefault(value), init.get(),
                            indices);
  }
  generic.erase();
  sinkGlobals(launch);
  return success();
}

/// math.ipowi (an integer power) by repeated squaring; a negative exponent
/// gives 1 / b^n truncated (0 unless b is 1 or -1). Upstream would call a
/// generated function or libdevice.
void expandIPowI(math::IPowIOp op) {
  Type type = op.getType();
  if (!isa<IntegerType>(type))
    return;
  OpBuilder b(op);
  Location loc = op.getLoc();
  auto cst = [&](int64_t v) -> Value {
    return arith::ConstantOp::create(b, loc, type, b.getIntegerAttr(type, v));
  };
  Value zero = cst(0), one = cst(1), minusOne = cst(-1);
  Value base = op.getLhs(), exponent = op.getRhs();
  auto loop = scf::WhileOp::create(
      b, loc, TypeRange{type, type, type}, ValueRange{one, base, exponent},
      [&](OpBuilder &nb, Location l, ValueRange args) {
        Value more = arith::CmpIOp::create(nb, l, arith::CmpIPredicate::sgt,
                                           args[2], zero);
        scf::ConditionOp::create(nb, l, more, args);
      },
      [&](OpBuilder &nb, Location l, ValueRange args) {
        Value bit = arith::AndIOp::create(nb, l, args[2], one);
        Value odd =
            arith::CmpIOp::create(nb, l, arith::CmpIPredicate::ne, bit, zero);
        Value times = arith::MulIOp::create(nb, l, args[0], args[1]);
        Value result = arith::SelectOp::create(nb, l, odd, times, args[0]);
        Value square = arith::MulIOp::create(nb, l, args[1], args[1]);
        Value rest = arith::ShRSIOp::create(nb, l, args[2], one);
        scf::YieldOp::create(nb, l, ValueRange{result, square, rest});
      });
  Value negative =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, exponent, zero);
  Value oddExponent =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                            arith::AndIOp::create(b, loc, exponent, one), zero);
  Value signOfMinusOne =
      arith::SelectOp::create(b, loc, oddExponent, minusOne, one);
  Value isOne =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, base, one);
  Value isMinusOne =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, base, minusOne);
  Value ofNegative = arith::SelectOp::create(
      b, loc, isOne, one,
      arith::SelectOp::create(b, loc, isMinusOne, signOfMinusOne, zero));
  Value result =
      arith::SelectOp::create(b, loc, negative, ofNegative, loop.getResult(0));
  op.replaceAllUsesWith(result);
  op.erase();
}

/// A memref.copy becomes a copying linalg.generic (then a kernel).
void copyToGeneric(memref::CopyOp copy) {
  OpBuilder b(copy);
  auto type = cast<MemRefType>(copy.getTarget().getType());
  AffineMap id = b.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  linalg::GenericOp::create(
      b, copy.getLoc(), TypeRange{}, ValueRange{copy.getSource()},
      ValueRange{copy.getTarget()}, ArrayRef<AffineMap>{id, id}, iterators,
      [](OpBuilder &nb, Location l, ValueRange args) {
        linalg::YieldOp::create(nb, l, args[0]);
      });
  copy.erase();
}

/// memref.reshape to a static shape of a contiguous buffer reads its shape
/// operand on the host; a reinterpret_cast needs no memory access.
void reshapeToCast(memref::ReshapeOp reshape) {
  auto source = cast<MemRefType>(reshape.getSource().getType());
  auto result = cast<MemRefType>(reshape.getResult().getType());
  if (!result.hasStaticShape() || !source.getLayout().isIdentity() ||
      !result.getLayout().isIdentity())
    return;
  OpBuilder b(reshape);
  SmallVector<int64_t> strides(result.getRank(), 1);
  for (int64_t i = result.getRank() - 1; i > 0; --i)
    strides[i - 1] = strides[i] * result.getDimSize(i);
  auto cast = memref::ReinterpretCastOp::create(
      b, reshape.getLoc(), result, reshape.getSource(), /*offset=*/0,
      result.getShape(), strides);
  reshape.replaceAllUsesWith(cast.getResult());
  reshape.erase();
}

struct MapKernelsToGpuPass
    : PassWrapper<MapKernelsToGpuPass, OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(MapKernelsToGpuPass)
  StringRef getArgument() const override { return "dlc-map-kernels-to-gpu"; }
  StringRef getDescription() const override {
    return "Turn every linalg.generic on buffers into a gpu.launch following "
           "its schedule's gpu_block / gpu_thread tiles";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<gpu::GPUDialect, scf::SCFDialect, affine::AffineDialect,
                    arith::ArithDialect, memref::MemRefDialect>();
  }
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal())
      return;
    Block &entry = func.getBody().front();
    for (Operation &op : llvm::make_early_inc_range(entry)) {
      if (auto copy = dyn_cast<memref::CopyOp>(op))
        copyToGeneric(copy);
      else if (auto reshape = dyn_cast<memref::ReshapeOp>(op))
        reshapeToCast(reshape);
    }
    for (Operation &op : llvm::make_early_inc_range(entry))
      if (auto generic = dyn_cast<linalg::GenericOp>(op))
        if (failed(mapGenericToGpu(generic)))
          return signalPassFailure();
    SmallVector<math::IPowIOp> powers;
    func.walk([&](math::IPowIOp op) { powers.push_back(op); });
    for (math::IPowIOp op : powers)
      expandIPowI(op);
    // What is left runs on the host: it must not touch tensor data.
    for (Operation &op : entry) {
      if (isa<arith::ArithDialect, index::IndexDialect>(op.getDialect()) ||
          isa<gpu::LaunchOp, func::ReturnOp, memref::ViewOp,
              memref::GetGlobalOp, memref::CollapseShapeOp,
              memref::ExpandShapeOp, memref::SubViewOp, memref::CastOp,
              memref::ReinterpretCastOp, memref::DeallocOp>(op))
        continue;
      op.emitError() << "the CUDA target cannot run '" << op.getName()
                     << "' outside a GPU kernel";
      return signalPassFailure();
    }
  }
};

//===----------------------------------------------------------------------===//
// dlc-gpu-to-nvvm
//===----------------------------------------------------------------------===//

/// Math ops NVPTX computes itself (LLVM intrinsics it lowers to PTX
/// instructions); everything else is expanded to arithmetic first.
bool isNativeMath(Operation *op) {
  return isa<math::AbsFOp, math::SqrtOp, math::FloorOp, math::CeilOp,
             math::TruncOp, math::RoundEvenOp, math::RoundOp, math::FmaOp,
             math::CopySignOp, math::AbsIOp, math::CountLeadingZerosOp,
             math::CountTrailingZerosOp, math::CtPopOp>(op);
}

struct GpuToNVVMPass
    : PassWrapper<GpuToNVVMPass, OperationPass<gpu::GPUModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(GpuToNVVMPass)
  StringRef getArgument() const override { return "dlc-gpu-to-nvvm"; }
  StringRef getDescription() const override {
    return "Lower a gpu.module to NVVM without libdevice: transcendental "
           "math becomes polynomial approximations";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<LLVM::LLVMDialect, NVVM::NVVMDialect>();
  }
  void runOnOperation() override {
    gpu::GPUModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    {
      RewritePatternSet patterns(ctx);
      math::populateExpansionPatterns(patterns);
      auto all = [](StringRef) { return true; };
      populateMathF32ExpansionPatterns(patterns, all);
      populateMathPolynomialApproximationPatterns(patterns, all);
      if (failed(applyPatternsGreedily(module, std::move(patterns))))
        return signalPassFailure();
    }
    WalkResult walk = module.walk([&](Operation *op) {
      if (!isa<math::MathDialect>(op->getDialect()) || isNativeMath(op))
        return WalkResult::advance();
      Type type =
          op->getResultTypes().empty() ? Type() : op->getResultTypes().front();
      op->emitError() << "'" << op->getName() << "' on " << type
                      << " would need NVIDIA's libdevice (__nv_* functions), "
                         "which DLC does not use; on the GPU it is computed "
                         "for f32 (and f16/bf16 through f32) only";
      return WalkResult::interrupt();
    });
    if (walk.wasInterrupted())
      return signalPassFailure();

    LowerToLLVMOptions options(ctx, DataLayout(module));
    options.useBarePtrCallConv = true;
    LLVMTypeConverter converter(ctx, options);
    configureGpuToNVVMTypeConverter(converter);
    {
      // The remaining math ops become LLVM intrinsics first: the GPU
      // patterns would otherwise call libdevice for them.
      // So do the float min/max ops (libdevice's fmax/fmin otherwise).
      RewritePatternSet patterns(ctx);
      populateMathToLLVMConversionPatterns(converter, patterns);
      arith::populateArithToLLVMConversionPatterns(converter, patterns);
      ConversionTarget target(*ctx);
      target.addIllegalDialect<math::MathDialect>();
      target.addIllegalOp<arith::MaxNumFOp, arith::MinNumFOp, arith::MaximumFOp,
                          arith::MinimumFOp>();
      target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
      if (failed(applyPartialConversion(module, target, std::move(patterns))))
        return signalPassFailure();
    }
    RewritePatternSet patterns(ctx);
    arith::populateArithToLLVMConversionPatterns(converter, patterns);
    cf::populateControlFlowToLLVMConversionPatterns(converter, patterns);
    populateFuncToLLVMConversionPatterns(converter, patterns);
    populateFinalizeMemRefToLLVMConversionPatterns(converter, patterns);
    index::populateIndexToLLVMConversionPatterns(converter, patterns);
    populateGpuToNVVMConversionPatterns(converter, patterns);
    LLVMConversionTarget target(*ctx);
    configureGpuToNVVMConversionLegality(target);
    // NVPTX has instructions for these; upstream sends them to libdevice.
    target
        .addLegalOp<LLVM::FAbsOp, LLVM::SqrtOp, LLVM::FFloorOp, LLVM::FCeilOp,
                    LLVM::FTruncOp, LLVM::RoundEvenOp, LLVM::RoundOp,
                    LLVM::FMAOp, LLVM::CopySignOp, LLVM::FRemOp, LLVM::MaxNumOp,
                    LLVM::MinNumOp, LLVM::MaximumOp, LLVM::MinimumOp>();
    if (failed(applyPartialConversion(module, target, std::move(patterns))))
      return signalPassFailure();
    // Nothing may call into libdevice.
    walk = module.walk([&](LLVM::LLVMFuncOp f) {
      if (f.isExternal() && f.getName().starts_with("__nv_")) {
        f.emitError() << "the kernel calls '" << f.getName()
                      << "' from NVIDIA's libdevice, which DLC does not use";
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      signalPassFailure();
  }
};

//===----------------------------------------------------------------------===//
// dlc-gpu-module-to-ptx
//===----------------------------------------------------------------------===//

/// Translates each NVVM gpu.module to LLVM IR, optimizes it and emits PTX
/// with LLVM's NVPTX back end, replacing the module by a gpu.binary holding
/// the PTX text. (Upstream gpu-module-to-binary does the same but insists
/// on finding libdevice in a CUDA toolkit; DLC needs none.)
struct GpuModuleToPtxPass
    : PassWrapper<GpuModuleToPtxPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(GpuModuleToPtxPass)
  StringRef getArgument() const override { return "dlc-gpu-module-to-ptx"; }
  StringRef getDescription() const override {
    return "Compile every NVVM gpu.module to PTX with LLVM's NVPTX back end "
           "and embed it as a gpu.binary";
  }
  void runOnOperation() override {
    initializeNVPTX();
    SmallVector<gpu::GPUModuleOp> modules(
        getOperation().getOps<gpu::GPUModuleOp>());
    for (gpu::GPUModuleOp module : modules) {
      auto target =
          module.getTargetsAttr() && !module.getTargetsAttr().empty()
              ? dyn_cast<NVVM::NVVMTargetAttr>(module.getTargetsAttr()[0])
              : NVVM::NVVMTargetAttr();
      if (!target) {
        module.emitError("the GPU module has no #nvvm.target");
        return signalPassFailure();
      }
      std::string ptx;
      if (failed(compile(module, target, ptx)))
        return signalPassFailure();
      OpBuilder b(module);
      auto object = gpu::ObjectAttr::get(
          &getContext(), target, gpu::CompilationTarget::Assembly,
          b.getStringAttr(ptx), /*properties=*/nullptr, /*kernels=*/nullptr);
      gpu::BinaryOp::create(b, module.getLoc(), module.getName(),
                            gpu::SelectObjectAttr::get(&getContext(), nullptr),
                            ArrayRef<Attribute>{object});
      module.erase();
    }
  }

  static void initializeNVPTX();

  LogicalResult compile(gpu::GPUModuleOp module, NVVM::NVVMTargetAttr target,
                        std::string &ptx) {
    llvm::LLVMContext llvmContext;
    std::unique_ptr<llvm::Module> llvmModule =
        translateModuleToLLVMIR(module, llvmContext, module.getName());
    if (!llvmModule)
      return module.emitError("cannot translate the GPU module to LLVM IR");
    std::string error;
    llvm::Triple triple(target.getTriple());
    const llvm::Target *nvptx =
        llvm::TargetRegistry::lookupTarget(triple, error);
    if (!nvptx)
      return module.emitError("LLVM has no NVPTX back end: ") << error;
    std::unique_ptr<llvm::TargetMachine> tm(nvptx->createTargetMachine(
        triple, target.getChip(), target.getFeatures(), llvm::TargetOptions(),
        std::nullopt, std::nullopt, llvm::CodeGenOptLevel::Aggressive));
    if (!tm)
      return module.emitError("cannot create an NVPTX target machine for ")
             << target.getChip();
    llvmModule->setDataLayout(tm->createDataLayout());
    llvmModule->setTargetTriple(triple);
    auto optimize = makeOptimizingTransformer(target.getO(), 0, tm.get());
    if (llvm::Error e = optimize(llvmModule.get()))
      return module.emitError("optimizing the kernels failed: ")
             << llvm::toString(std::move(e));
    llvm::raw_string_ostream os(ptx);
    llvm::buffer_ostream buffer(os);
    llvm::legacy::PassManager pm;
    if (tm->addPassesToEmitFile(pm, buffer, nullptr,
                                llvm::CodeGenFileType::AssemblyFile))
      return module.emitError("the NVPTX back end cannot emit PTX");
    pm.run(*llvmModule);
    return success();
  }
};

} // namespace

extern "C" {
void LLVMInitializeNVPTXTargetInfo();
void LLVMInitializeNVPTXTarget();
void LLVMInitializeNVPTXTargetMC();
void LLVMInitializeNVPTXAsmPrinter();
}

void GpuModuleToPtxPass::initializeNVPTX() {
  static llvm::once_flag once;
  llvm::call_once(once, [] {
    LLVMInitializeNVPTXTargetInfo();
    LLVMInitializeNVPTXTarget();
    LLVMInitializeNVPTXTargetMC();
    LLVMInitializeNVPTXAsmPrinter();
  });
}

//===----------------------------------------------------------------------===//
// Pipelines
//===----------------------------------------------------------------------===//

void dlc::buildCudaKernelPipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(std::make_unique<MapKernelsToGpuPass>());
  pm.addPass(createGpuKernelOutliningPass());
  pm.addPass(createCanonicalizerPass());
  // Weights used only by kernels now live in the GPU modules alone.
  pm.addPass(createSymbolDCEPass());
}

void dlc::buildCudaLowerPipeline(OpPassManager &pm,
                                 const CudaOptions &options) {
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = options.features;
  target.optLevel = 3;
  pm.addPass(createGpuNVVMAttachTarget(target));
  pm.addNestedPass<gpu::GPUModuleOp>(std::make_unique<GpuToNVVMPass>());
  pm.addPass(createReconcileUnrealizedCastsPass());
  // PTX, JIT-compiled by the driver when the model first runs.
  pm.addPass(std::make_unique<GpuModuleToPtxPass>());
  // The host side.
  GpuToLLVMConversionPassOptions host;
  host.hostBarePtrCallConv = true;
  host.kernelBarePtrCallConv = true;
  pm.addPass(createGpuToLLVMConversionPass(host));
  addFinalLLVMConversions(pm, /*openmp=*/false);
}

std::string dlc::collectPtx(ModuleOp module) {
  std::string ptx;
  module.walk([&](gpu::BinaryOp binary) {
    for (Attribute a : binary.getObjectsAttr())
      if (auto object = dyn_cast<gpu::ObjectAttr>(a))
        ptx += object.getObject().getValue().str();
  });
  return ptx;
}

bool dlc::linkCudaSharedLibrary(StringRef objectPath,
                                const ModelSignature &signature,
                                StringRef outputPath, std::string &error) {
  std::vector<std::string> extra = {DLC_CUDA_MODEL_LIB, "-ldl", "-lpthread"};
  return linkSharedLibrary(objectPath, signature, outputPath, error, extra);
}

namespace {
/// Fails with `message`: what a pipeline with a bad option runs instead.
struct FailPass : PassWrapper<FailPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(FailPass)
  explicit FailPass(std::string message) : message(std::move(message)) {}
  StringRef getArgument() const override { return "dlc-fail"; }
  void runOnOperation() override {
    getOperation().emitError(message);
    signalPassFailure();
  }
  std::string message;
};
} // namespace

bool dlc::CudaPipelineOptions::get(OpPassManager &pm,
                                   CudaOptions &options) const {
  std::string error;
  if (parseCudaArch(arch, options, error))
    return true;
  pm.addPass(std::make_unique<FailPass>(error));
  return false;
}

void dlc::registerCudaPasses() {
  PassRegistration<MapKernelsToGpuPass>();
  PassRegistration<GpuToNVVMPass>();
  PassRegistration<GpuModuleToPtxPass>();
  registerGPUPasses();
  PassPipelineRegistration<>(
      "dlc-kernel-to-buffers",
      "Kernel dialect to linalg on buffers in the planned arena (where the "
      "CPU and CUDA back ends part)",
      buildKernelToBuffersPipeline);
  PassPipelineRegistration<>(
      "dlc-cuda-kernels",
      "Planned buffers to gpu.launch kernels outlined into gpu.modules",
      buildCudaKernelPipeline);
  PassPipelineRegistration<CudaPipelineOptions>(
      "dlc-cuda-lower", "Outlined GPU IR to the LLVM dialect with embedded PTX",
      [](OpPassManager &pm, const CudaPipelineOptions &o) {
        CudaOptions options;
        if (o.get(pm, options))
          buildCudaLowerPipeline(pm, options);
      });
}

void dlc::registerCudaDialects(DialectRegistry &registry) {
  registry.insert<gpu::GPUDialect, NVVM::NVVMDialect, index::IndexDialect>();
  NVVM::registerNVVMTargetInterfaceExternalModels(registry);
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  registerGPUDialectTranslation(registry);
  registerNVVMDialectTranslation(registry);
  // gpu.binary's default handler (#gpu.select_object) embeds the PTX.
  gpu::registerOffloadingLLVMTranslationInterfaceExternalModels(registry);
}
