//===- KernelToAffine.cpp - Buffers and affine loop nests -----------------===//
//
// The KernelToAffine pipeline and its last step, loop generation. Every
// linalg.generic (a former kernel.generic) becomes an affine.for nest, one
// loop per iteration dim in order. The root generic of each kernel carries
// its #kernel.schedule, which is applied to its nest exactly:
//   tiles    -> affine loop tiling, level by level (a 0 size: untiled);
//   order    -> the same permutation of the loops within every tile band;
//   parallel -> the outermost loop of each listed dim with more than one
//               iteration becomes affine.parallel;
//   unroll   -> the innermost loop is unrolled by that factor;
//   vector   -> on a reduction the register tile can hold (a matmul, a
//               convolution, a pooling window; RegisterTile.h), the last
//               tile level is a register tile computed by a vector
//               micro-kernel (MicroKernel.cpp), which also reads a
//               padded input of a depthwise conv or pooling from the
//               unpadded source, dropping the copy; on any other kernel the
//               innermost loop becomes masked vector code where its body
//               allows (VectorizeLoops.cpp: copies, fills, elementwise
//               chains), else it is unrolled by the vector width, so that
//               LLVM's vectorizers form vectors of that width.
// Unrolling needs a constant trip count: a partial tile (a `min` bound)
// and an innermost loop that runs in parallel stay rolled. The innermost
// loop of a generic without a schedule is vectorized in the same way.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Conversion/KernelToAffine/MicroKernel.h"

#include "dialects/Kernel/KernelOps.h"
#include "dialects/Kernel/RegisterTile.h"
#include "lib/Conversion/Passes.h"

#include "mlir/Dialect/Affine/Analysis/LoopAnalysis.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Affine/LoopUtils.h"
#include "mlir/Dialect/Affine/Transforms/Passes.h"
#include "mlir/Dialect/Affine/Utils.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/Passes.h"

namespace dlc {
#define GEN_PASS_DEF_KERNELGENERATELOOPSPASS
#include "lib/Conversion/Passes.h.inc"
} // namespace dlc

using namespace mlir;
using namespace dlc;

namespace {

/// Applies `schedule` to the perfect nest `loops` (one loop per iteration
/// dim, outermost first) of `generic`. `micro`: how the kernel reads memory
/// along its lanes when it can run as a register-tiled micro-kernel.
/// `init`, `epilogue`: the generics that initialize its output and apply an
/// epilogue to it (findInitialization, findEpilogue), each reset to null
/// unless the micro-kernel took it over; `padded`: the inputs it may read
/// from their unpadded source (findPaddedInput), cleared unless it did.
/// `vectorize`: whether an innermost loop outside a micro-kernel may become
/// vector code (VectorizeLoops.cpp).
LogicalResult applySchedule(SmallVector<affine::AffineForOp> loops,
                            kernel::ScheduleAttr schedule,
                            linalg::GenericOp generic,
                            std::optional<kernel::RegisterTileAccess> micro,
                            linalg::GenericOp &init,
                            linalg::GenericOp &epilogue,
                            SmallVector<PaddedInput> &padded,
                            bool vectorize) {
  Operation *anchor = loops.front();
  unsigned n = loops.size();
  SmallVector<int64_t> order = schedule.getEffectiveOrder(n);
  unsigned numLevels = schedule.getNumTileLevels();
  // Per level, the tile size of each loop. 0 in the schedule: one tile
  // spans the enclosing tile, the whole loop or the size of the last level
  // that tiled it (not the trip count of the loop being tiled: a loop over
  // a partial tile has none). `aroundLast`: the enclosing tiles of the last
  // level.
  SmallVector<int64_t> enclosing;
  for (affine::AffineForOp loop : loops) {
    std::optional<uint64_t> trip = affine::getConstantTripCount(loop);
    enclosing.push_back(trip ? std::max<int64_t>(*trip, 1) : 1);
  }
  SmallVector<int64_t> aroundLast(enclosing);
  SmallVector<SmallVector<unsigned>> levelSizes;
  for (unsigned level = 0; level < numLevels; ++level) {
    if (level + 1 == numLevels)
      aroundLast = enclosing;
    SmallVector<unsigned> &sizes = levelSizes.emplace_back();
    for (auto [d, tile] : llvm::enumerate(schedule.getTileSizes(level))) {
      int64_t size = tile != 0 ? tile : enclosing[d];
      sizes.push_back(size);
      enclosing[d] = size;
    }
  }
  // With a micro-kernel the last level (if any) is the register tile, and
  // the levels before it tile the loops.
  std::optional<MicroKernelSpec> spec;
  unsigned loopLevels = numLevels;
  if (micro) {
    SmallVector<utils::IteratorType> iterators =
        generic.getIteratorTypesArray();
    spec.emplace();
    spec->access = *micro;
    spec->vectorWidth = schedule.getVector();
    spec->order = order;
    spec->unroll = schedule.getUnroll();
    spec->init = init;
    spec->epilogue = epilogue;
    spec->padded = padded;
    int64_t vectors = 1;
    for (unsigned d = 0; d < n; ++d) {
      bool reduction = iterators[d] == utils::IteratorType::reduction;
      int64_t size;
      if (reduction)
        size = numLevels ? schedule.getTileSizes(numLevels - 1)[d] : 0;
      else if (numLevels == 0)
        size = d == micro->laneDim ? schedule.getVector() : 1;
      else
        size = std::min<int64_t>(levelSizes.back()[d], aroundLast[d]);
      spec->registerTile.push_back(size);
      if (!reduction)
        vectors *= d == micro->laneDim
                       ? llvm::divideCeil(size, schedule.getVector())
                       : size;
    }
    if (vectors > kMaxRegisterTileVectors) {
      spec.reset();
    } else {
      loopLevels = numLevels ? numLevels - 1 : 0;
    }
  }
  // band[i] = the loops of band i, in iteration-dim numbering.
  SmallVector<SmallVector<affine::AffineForOp>> bands;
  SmallVector<affine::AffineForOp> current = loops;
  for (unsigned level = 0; level < loopLevels; ++level) {
    SmallVector<affine::AffineForOp> tiled;
    if (failed(affine::tilePerfectlyNested(current, levelSizes[level],
                                           &tiled)))
      return anchor->emitError("cannot tile the loop nest as the schedule "
                               "asks");
    bands.push_back(SmallVector<affine::AffineForOp>(tiled.begin(),
                                                     tiled.begin() + n));
    current.assign(tiled.begin() + n, tiled.end());
  }
  bands.push_back(current);
  // The same order in every band.
  bool identity = llvm::equal(order, llvm::seq<int64_t>(0, n));
  if (!identity) {
    SmallVector<affine::AffineForOp> nest;
    SmallVector<unsigned> perm;
    for (auto [b, band] : llvm::enumerate(bands)) {
      for (unsigned d = 0; d < n; ++d) {
        nest.push_back(band[d]);
        unsigned pos = llvm::find(order, d) - order.begin();
        perm.push_back(b * n + pos);
      }
    }
    affine::permuteLoops(nest, perm);
  }
  // Innermost loop after ordering: the last dim of the order, last band.
  affine::AffineForOp innermost = bands.back()[order.back()];
  // A parallel dim runs its outermost loop with more than one iteration
  // across threads (a dim left untiled at the outer level has a one-trip
  // loop there).
  SmallVector<affine::AffineForOp> parallelLoops;
  for (int64_t d : schedule.getParallel()) {
    affine::AffineForOp chosen = bands.front()[d];
    for (auto &band : bands) {
      std::optional<uint64_t> trip = affine::getConstantTripCount(band[d]);
      if (!trip || *trip > 1) {
        chosen = band[d];
        break;
      }
    }
    parallelLoops.push_back(chosen);
  }
  if (spec) {
    // The innermost band becomes the micro-kernel; a parallel dim whose
    // chosen loop was in it runs its register-tile loop across threads.
    FailureOr<SmallVector<affine::AffineForOp>> tileLoops =
        emitMicroKernel(generic, *spec, bands.back());
    if (failed(tileLoops))
      return anchor->emitError("cannot generate the register-tiled "
                               "micro-kernel the schedule asks for");
    for (auto [d, loop] : llvm::zip(schedule.getParallel(), parallelLoops))
      if (loop == bands.back()[d])
        loop = (*tileLoops)[d];
  } else {
    init = {};
    epilogue = {};
    padded.clear();
    // The innermost loop as vector code where its body allows
    // (vectorizeInnermostLoop); else unrolled by unroll * vector, where the
    // trip count allows it, for LLVM's vectorizers. A loop over a partial
    // tile (a `min` bound) has no constant trip count and stays rolled, as
    // does an innermost loop that runs in parallel.
    int64_t unroll = schedule.getUnroll() * schedule.getVector();
    bool rolled = llvm::is_contained(parallelLoops, innermost);
    bool vectorized =
        !rolled && vectorize && succeeded(vectorizeInnermostLoop(innermost));
    if (!rolled && !vectorized && unroll > 1) {
      std::optional<uint64_t> trip = affine::getConstantTripCount(innermost);
      if (trip && *trip > 1) {
        uint64_t factor = std::min<uint64_t>(unroll, *trip);
        if (failed(affine::loopUnrollByFactor(innermost, factor)))
          return anchor->emitError("cannot unroll the innermost loop by ")
                 << factor;
      }
    }
  }
  // Parallel dims: their outermost loop runs across threads. Each of its
  // iterations is one task; tasks long enough that a thread waiting for
  // another costs more than handing them out (kGuidedTaskIterations) are
  // marked to be handed out as threads ask for them (kGuidedAttr).
  int64_t iterations = 1;
  for (int64_t range : generic.getStaticLoopRanges())
    iterations *= range == ShapedType::kDynamic ? 1 : range;
  for (auto [d, loop] : llvm::zip(schedule.getParallel(), parallelLoops)) {
    std::optional<uint64_t> tasks = affine::getConstantTripCount(loop);
    affine::AffineParallelOp parallel;
    if (failed(affine::affineParallelize(loop, {}, &parallel)))
      return anchor->emitError("cannot run loop ")
             << d << " in parallel as the schedule asks";
    if (tasks && *tasks > 2 &&
        iterations / static_cast<int64_t>(*tasks) >= kGuidedTaskIterations)
      parallel->setAttr(kGuidedAttr, UnitAttr::get(parallel.getContext()));
  }
  return success();
}

/// Keeps the accumulators of `loop` in registers: each element that the
/// loop's body loads and then stores back at indices that do not change
/// with the loop (a row sum's output element, a reduction's running value)
/// becomes an iter_arg, loaded once before the loop and stored once after
/// it. Only in an innermost loop whose body holds no other access to that
/// memref and no other store: the kernel's buffers are distinct (function
/// arguments and planned arena slices), so the loads of other buffers
/// cannot see the element. LLVM does this itself for a plain loop, but not
/// in a parallel loop's outlined body, whose buffers it cannot tell apart:
/// there the load-store round trip per step made a LayerNorm 1.7x slower.
///
/// A floating-point accumulation so promoted (`acc = acc + x`, also *, max,
/// min) is marked `reassoc`: the loop is a reduction over its iterations,
/// and without the mark LLVM must add in order, one dependent add per step
/// (a LayerNorm row's f64 sums ran at the adder's latency); with it LLVM's
/// loop vectorizer keeps partial sums in vector registers. The results
/// differ from in-order sums by rounding only, as any blocked or parallel
/// reduction does.
void promoteAccumulators(IRRewriter &rewriter, affine::AffineForOp loop) {
  Block *body = loop.getBody();
  if (!loop.getInits().empty() ||
      llvm::any_of(*body, [](Operation &op) { return op.getNumRegions(); }))
    return;
  // The one op of the body that writes memory (any effect other than a
  // read counts) must be an affine.store.
  affine::AffineStoreOp store;
  for (Operation &op : *body) {
    if (isa<affine::AffineReadOpInterface>(op) || isMemoryEffectFree(&op))
      continue;
    if (store || !isa<affine::AffineStoreOp>(op))
      return;
    store = cast<affine::AffineStoreOp>(op);
  }
  if (!store)
    return;
  // An access's indices with the affine.applys of loop generation folded
  // in, so that a load and a store of one element compare equal.
  auto indices = [](auto access) {
    AffineMap map = access.getAffineMap();
    SmallVector<Value> operands(access.getMapOperands());
    affine::fullyComposeAffineMapAndOperands(&map, &operands);
    affine::canonicalizeMapAndOperands(&map, &operands);
    return std::make_pair(map, operands);
  };
  auto [map, operands] = indices(store);
  if (!llvm::all_of(operands,
                    [&](Value v) { return loop.isDefinedOutsideOfLoop(v); }))
    return;
  affine::AffineLoadOp load;
  for (Operation &op : *body) {
    auto l = dyn_cast<affine::AffineLoadOp>(op);
    if (!l || l.getMemref() != store.getMemref())
      continue;
    if (load || indices(l) != std::make_pair(map, operands) ||
        !l->isBeforeInBlock(store))
      return;
    load = l;
  }
  if (!load)
    return;
  rewriter.setInsertionPoint(loop);
  auto initial = affine::AffineLoadOp::create(rewriter, load.getLoc(),
                                              load.getMemref(), map, operands);
  Value stored = store.getValueToStore();
  FailureOr<LoopLikeOpInterface> promoted = loop.replaceWithAdditionalYields(
      rewriter, ValueRange{initial}, /*replaceInitOperandUsesInLoop=*/false,
      [&](OpBuilder &, Location, ArrayRef<BlockArgument>) {
        return SmallVector<Value>{stored};
      });
  if (failed(promoted))
    return;
  auto newLoop = cast<affine::AffineForOp>(promoted->getOperation());
  Value accumulator = newLoop.getRegionIterArgs().front();
  rewriter.replaceAllUsesWith(load.getResult(), accumulator);
  Operation *combine = stored.getDefiningOp();
  if (combine &&
      isa<arith::AddFOp, arith::MulFOp, arith::MaximumFOp, arith::MinimumFOp,
          arith::MaxNumFOp, arith::MinNumFOp>(combine) &&
      llvm::is_contained(combine->getOperands(), accumulator)) {
    auto fastMath = cast<arith::ArithFastMathInterface>(combine);
    arith::FastMathFlagsAttr flags = fastMath.getFastMathFlagsAttr();
    combine->setAttr(
        fastMath.getFastMathAttrName(),
        arith::FastMathFlagsAttr::get(
            rewriter.getContext(),
            (flags ? flags.getValue() : arith::FastMathFlags::none) |
                arith::FastMathFlags::reassoc));
  }
  rewriter.setInsertionPointAfter(newLoop);
  affine::AffineStoreOp::create(rewriter, store.getLoc(),
                                newLoop.getResults().front(),
                                store.getMemref(), map, operands);
  rewriter.eraseOp(store);
  rewriter.eraseOp(load);
}

struct KernelGenerateLoopsPass
    : dlc::impl::KernelGenerateLoopsPassBase<KernelGenerateLoopsPass> {
  using Base::Base;

  /// How one generic may become a micro-kernel, found before any loops are
  /// generated: its register-tile access, and the generics just before and
  /// after it that it may take over.
  struct MicroKernelMatch {
    kernel::RegisterTileAccess access;
    linalg::GenericOp init, epilogue;
    SmallVector<PaddedInput> padded;
  };

  /// Lowers `generic` to loops following its schedule; `match`: how it may
  /// become a micro-kernel. Erases it, and the generics the micro-kernel
  /// took over or made unneeded (the writers of a padded input it reads
  /// from the source), recorded in `erased`; an epilogue it did not take
  /// over is lowered after it.
  LogicalResult lower(IRRewriter &rewriter, linalg::GenericOp generic,
                      const MicroKernelMatch *match,
                      llvm::SmallPtrSetImpl<Operation *> &erased) {
    auto schedule =
        generic->getAttrOfType<kernel::ScheduleAttr>("kernel.schedule");
    Location loc = generic.getLoc();
    rewriter.setInsertionPoint(generic);
    FailureOr<linalg::LinalgLoops> loops =
        linalg::linalgOpToAffineLoops(rewriter, generic);
    if (failed(loops))
      return emitError(loc, "cannot generate loops for this kernel");
    linalg::GenericOp init, epilogue;
    SmallVector<PaddedInput> padded;
    std::optional<kernel::RegisterTileAccess> micro;
    if (match) {
      micro = match->access;
      init = match->init;
      epilogue = match->epilogue;
      padded = match->padded;
    }
    linalg::GenericOp claimed = epilogue;
    if (schedule && !loops->empty()) {
      SmallVector<affine::AffineForOp> nest;
      for (Operation *op : *loops)
        nest.push_back(cast<affine::AffineForOp>(op));
      if (failed(applySchedule(nest, schedule, generic, micro, init,
                               epilogue, padded, vectorizeElementwise)))
        return failure();
    } else {
      init = epilogue = {};
      padded.clear();
      if (vectorizeElementwise && !loops->empty())
        (void)vectorizeInnermostLoop(
            cast<affine::AffineForOp>(loops->back()));
    }
    rewriter.eraseOp(generic);
    SmallVector<linalg::GenericOp> taken = {init, epilogue};
    for (const PaddedInput &input : padded)
      llvm::append_range(taken, input.writers);
    for (linalg::GenericOp op : taken) {
      if (!op)
        continue;
      erased.insert(op);
      rewriter.eraseOp(op);
    }
    if (claimed && !epilogue)
      return lower(rewriter, claimed, nullptr, erased);
    return success();
  }

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<linalg::GenericOp> generics;
    getOperation().walk([&](linalg::GenericOp g) { generics.push_back(g); });
    // Matched first, on the generics as they are; a generic taken as the
    // epilogue of one micro-kernel is not also the initializer of the next.
    llvm::DenseMap<Operation *, MicroKernelMatch> matches;
    llvm::SmallPtrSet<Operation *, 8> epilogues;
    for (linalg::GenericOp generic : generics) {
      auto schedule =
          generic->getAttrOfType<kernel::ScheduleAttr>("kernel.schedule");
      if (!schedule || schedule.getVector() <= 1)
        continue;
      std::optional<kernel::RegisterTileAccess> access =
          matchMicroKernel(generic);
      if (!access)
        continue;
      MicroKernelMatch &match = matches[generic];
      match.access = *access;
      match.init = findInitialization(generic, *access);
      if (match.init && epilogues.contains(match.init))
        match.init = {};
      match.epilogue = findEpilogue(generic, *access);
      if (match.epilogue)
        epilogues.insert(match.epilogue);
      // Padded inputs: their writers are no other micro-kernel's epilogue.
      SmallVector<Value> written = {generic.getDpsInits()[0]};
      if (match.epilogue)
        written.push_back(match.epilogue.getDpsInits()[0]);
      for (unsigned i = 0, e = generic.getNumDpsInputs(); i < e; ++i) {
        std::optional<PaddedInput> padded =
            findPaddedInput(generic, i, *access, written);
        if (padded && llvm::none_of(padded->writers, [&](Operation *w) {
              return epilogues.contains(w) || w == match.init;
            }))
          match.padded.push_back(std::move(*padded));
      }
    }
    // Last first, so that the ops a micro-kernel takes over are still in
    // place around it.
    llvm::SmallPtrSet<Operation *, 8> erased;
    for (linalg::GenericOp generic : llvm::reverse(generics)) {
      if (erased.contains(generic) || epilogues.contains(generic))
        continue;
      auto it = matches.find(generic);
      if (failed(lower(rewriter, generic,
                       it == matches.end() ? nullptr : &it->second, erased)))
        return signalPassFailure();
    }
    // Collected first: promotion replaces the loops it changes.
    SmallVector<affine::AffineForOp> loops;
    getOperation().walk(
        [&](affine::AffineForOp loop) { loops.push_back(loop); });
    for (affine::AffineForOp loop : loops)
      promoteAccumulators(rewriter, loop);
  }
};

} // namespace

void dlc::buildKernelToBuffersPipeline(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(createConvertKernelToLinalgPass());
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  // A tensor.insert_slice of a generic that wrote into the same slice (a
  // padded input) bufferizes to a copy between two equal subviews: CSE
  // makes them one value and canonicalization drops the self-copy.
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createKernelPlanMemoryPass());
}

void dlc::buildKernelToAffinePipeline(OpPassManager &pm) {
  buildKernelToBuffersPipeline(pm);
  pm.addNestedPass<func::FuncOp>(createKernelGenerateLoopsPass());
  pm.addPass(createCanonicalizerPass());
  // What a loop computes from values that do not change along it (a
  // LayerNorm row's 1/sqrt(variance), loaded and derived once per row
  // instead of once per vector) moves out of it here: LLVM would not move
  // the loads out of a parallel loop's outlined body, whose buffers it
  // cannot tell apart from the ones the loop stores to (the normalizing
  // pass of a LayerNorm ran 3x slower in parallel than on one thread).
  pm.addNestedPass<func::FuncOp>(
      affine::createAffineLoopInvariantCodeMotionPass());
}
