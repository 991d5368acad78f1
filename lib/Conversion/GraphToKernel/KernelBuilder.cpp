//===- KernelBuilder.cpp - Building kernel.fused / kernel.generic ---------===//

#include "lib/Conversion/GraphToKernel/KernelBuilder.h"

#include "dialects/Kernel/RegisterTile.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <limits>

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

Value kernel::buildGeneric(OpBuilder &b, Location loc, ValueRange inputs,
                           Value init, ArrayRef<AffineMap> maps,
                           ArrayRef<IteratorType> iterators, BodyFn body) {
  SmallVector<Attribute> iteratorAttrs;
  for (IteratorType t : iterators)
    iteratorAttrs.push_back(IteratorTypeAttr::get(b.getContext(), t));
  SmallVector<Attribute> mapAttrs;
  for (AffineMap m : maps)
    mapAttrs.push_back(AffineMapAttr::get(m));
  auto generic = GenericOp::create(b, loc, TypeRange{init.getType()}, inputs,
                                   ValueRange{init}, b.getArrayAttr(mapAttrs),
                                   b.getArrayAttr(iteratorAttrs));
  OpBuilder::InsertionGuard guard(b);
  Block *block = b.createBlock(&generic.getBody());
  SmallVector<Value> args;
  SmallVector<Value> operands(inputs);
  operands.push_back(init);
  for (Value v : operands)
    args.push_back(block->addArgument(
        cast<RankedTensorType>(v.getType()).getElementType(), loc));
  Value result = body(b, loc, args);
  YieldOp::create(b, loc, ValueRange{result});
  return generic.getResult(0);
}

AffineMap kernel::broadcastMap(ArrayRef<int64_t> operandShape,
                               ArrayRef<int64_t> resultShape,
                               MLIRContext *ctx) {
  int64_t offset = resultShape.size() - operandShape.size();
  SmallVector<AffineExpr> exprs;
  for (auto [i, size] : llvm::enumerate(operandShape)) {
    int64_t r = offset + i;
    if (size == 1 && resultShape[r] != 1)
      exprs.push_back(getAffineConstantExpr(0, ctx));
    else
      exprs.push_back(getAffineDimExpr(r, ctx));
  }
  return AffineMap::get(resultShape.size(), 0, exprs, ctx);
}

Value kernel::buildElementwise(OpBuilder &b, Location loc, ValueRange inputs,
                               Value init, BodyFn body) {
  auto resultType = cast<RankedTensorType>(init.getType());
  ArrayRef<int64_t> shape = resultType.getShape();
  SmallVector<AffineMap> maps;
  for (Value in : inputs)
    maps.push_back(broadcastMap(cast<RankedTensorType>(in.getType()).getShape(),
                                shape, b.getContext()));
  maps.push_back(b.getMultiDimIdentityMap(shape.size()));
  SmallVector<IteratorType> iterators(shape.size(), IteratorType::parallel);
  return buildGeneric(b, loc, inputs, init, maps, iterators, body);
}

Value kernel::buildFill(OpBuilder &b, Location loc, Value init,
                        TypedAttr value) {
  auto type = cast<RankedTensorType>(init.getType());
  unsigned rank = type.getRank();
  SmallVector<IteratorType> iterators(rank, IteratorType::parallel);
  return buildGeneric(
      b, loc, {}, init, {b.getMultiDimIdentityMap(rank)}, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange) -> Value {
        return constantOf(nb, nloc, value);
      });
}

FusedOp kernel::buildFused(
    OpBuilder &b, Location loc, ValueRange inputs, TypeRange resultTypes,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange,
                                    ValueRange)>
        build,
    ValueRange destinations) {
  SmallVector<Value> outs(destinations);
  if (outs.empty()) {
    for (Type t : resultTypes) {
      auto tensor = cast<RankedTensorType>(t);
      outs.push_back(tensor::EmptyOp::create(b, loc, tensor.getShape(),
                                             tensor.getElementType()));
    }
  }
  auto fused = FusedOp::create(b, loc, resultTypes, inputs, outs,
                               /*schedule=*/ScheduleAttr());
  Block *block = b.createBlock(&fused.getBody());
  for (Value v : inputs)
    block->addArgument(v.getType(), loc);
  for (Value v : outs)
    block->addArgument(v.getType(), loc);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(block);
    SmallVector<Value> results =
        build(b, loc, block->getArguments().take_front(inputs.size()),
              block->getArguments().drop_front(inputs.size()));
    YieldOp::create(b, loc, results);
  }
  b.setInsertionPointAfter(fused);
  if (ScheduleAttr schedule = defaultSchedule(fused))
    fused.setScheduleAttr(schedule);
  return fused;
}

SmallVector<Value> kernel::inPlaceDestination(ValueRange operands,
                                              Type resultType) {
  for (Value v : operands) {
    Operation *def = v.getDefiningOp();
    if (v.getType() == resultType && v.hasOneUse() && def &&
        !def->hasTrait<OpTrait::ConstantLike>())
      return {v};
  }
  return {};
}

/// Cache-blocking sizes of the default schedule (elements).
static constexpr int64_t kReductionBlock = 256;
static constexpr int64_t kInnerBlock = 512;
/// Operand bytes above which a register-tiled kernel along an image's rows
/// sweeps its output in memory order: twice the 2 MiB this machine's two
/// cores' L2 caches hold together.
static constexpr int64_t kStreamingBytes = 4 << 20;

/// The schedule of a reduction the register tile can hold (RegisterTile.h):
/// the micro-kernel's register tile, cache blocking around it.
static ScheduleAttr registerTiledSchedule(GenericOp root,
                                          const RegisterTileAccess &access) {
  SmallVector<IteratorType> iterators = root.getIteratorTypesArray();
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  SmallVector<AffineMap> maps = root.getIndexingMapsArray();
  int64_t n = iterators.size();
  int64_t lane = access.laneDim;
  AffineMap outMap = maps.back();
  auto isParallel = [&](int64_t d) {
    return iterators[d] == IteratorType::parallel;
  };
  // Whether index expression `e` combines dim `d` with a parallel dim
  // (`withParallel`) or with a reduction dim (a window's offset added to
  // an output position).
  auto combines = [&](AffineExpr e, int64_t d, bool withParallel) {
    bool hasD = false, hasOther = false;
    e.walk([&](AffineExpr sub) {
      if (auto dim = dyn_cast<AffineDimExpr>(sub)) {
        hasD |= dim.getPosition() == d;
        hasOther |= isParallel(dim.getPosition()) == withParallel;
      }
    });
    return hasD && hasOther;
  };
  auto usedBy = [&](int64_t d, bool laneOperands) {
    for (auto [i, stride] : llvm::enumerate(access.inputStrides))
      if ((stride != 0) == laneOperands && maps[i].isFunctionOfDim(d))
        return true;
    return false;
  };
  // Block rows: `shared`, a dim the lane-dependent operands do not read
  // (a matmul's rows, a convolution's output channels: each vector load
  // feeds every row); `near`, the output dim closest to the lanes that the
  // broadcast operands do not read (a convolution's output rows: each
  // broadcast feeds every row).
  std::optional<int64_t> shared, near;
  for (AffineExpr e : outMap.getResults()) {
    int64_t d = cast<AffineDimExpr>(e).getPosition();
    if (d != lane && ranges[d] > 1 && !shared && !usedBy(d, true))
      shared = d;
  }
  for (AffineExpr e : llvm::reverse(outMap.getResults())) {
    int64_t d = cast<AffineDimExpr>(e).getPosition();
    if (d != lane && d != shared && ranges[d] > 1 && !usedBy(d, false)) {
      near = d;
      break;
    }
  }
  // A convolution in channels-last form (output channels along the
  // lanes): `shared` is its output rows, and its output columns are a
  // second dim the lane-dependent operand (the filter) does not read, which
  // the broadcast operand (the input) reads together with a reduction (the
  // window's column offset). With at least 64 output channels and rows a
  // multiple of 4 wide, the block is 4 columns of one output row by four
  // vectors of channels: one broadcast of the input then feeds four FMAs
  // (the broadcasts, not the filter's loads, limit such a block: ResNet-18's
  // 64-channel 56-wide 3x3 conv alone took 0.97x the time of 8 output rows
  // of two vectors), and the micro-kernel stores the block into the NCHW
  // result as rows of 4 columns transposed in registers instead of
  // scattering it (MicroKernel.cpp, storeAcross; the stem 0.81x the time).
  // Narrower rows (14, 7) keep 7 output rows of two vectors: blocks of 4
  // or 5 columns waste a sixth of the block there, and ResNet-18's 7-wide
  // convs took 1.1x the time.
  constexpr int64_t kColumnRows = 4;
  std::optional<int64_t> columns;
  auto readInWindow = [&](int64_t d) {
    for (auto [i, stride] : llvm::enumerate(access.inputStrides))
      if (stride == 0 && llvm::any_of(maps[i].getResults(), [&](AffineExpr e) {
            return combines(e, d, /*withParallel=*/false);
          }))
        return true;
    return false;
  };
  if (shared && !near && ranges[lane] >= 4 * kVectorLanes &&
      readInWindow(*shared)) {
    for (AffineExpr e : outMap.getResults()) {
      int64_t d = cast<AffineDimExpr>(e).getPosition();
      if (d != lane && d != *shared && ranges[d] > 1 && !usedBy(d, true) &&
          readInWindow(d) && ranges[d] % kColumnRows == 0)
        columns = d;
    }
  }
  // Two vectors per row (four along a convolution's columns); a block with
  // no rows at all (a vector-matrix product) takes up to eight, for as many
  // independent FMA chains and contiguous loads in flight.
  int64_t vectors = std::min<int64_t>(
      llvm::divideCeil(ranges[lane], kVectorLanes),
      columns ? 4 : shared || near ? 2 : 8);
  int64_t sharedRows = 1, nearRows = 1;
  if (columns) {
    // Rows along the columns (above), one output row per block.
  } else if (shared && near) {
    sharedRows = 4;
    nearRows = vectors == 2 ? 2 : 4;
  } else if (shared) {
    // 6 to 8 rows next to two vectors, whichever wastes the fewest clamped
    // rows at the end (14 rows: two blocks of 7).
    sharedRows = vectors == 2 ? 8 : 12;
    if (vectors == 2) {
      int64_t best = ranges[*shared];
      for (int64_t rows : {8, 7, 6}) {
        int64_t waste = llvm::alignTo(ranges[*shared], rows) - ranges[*shared];
        if (waste < best) {
          best = waste;
          sharedRows = rows;
        }
      }
    }
  } else if (near) {
    nearRows = 4;
  }
  // Register tile: 1 on every other parallel dim, 0 (the whole block) on
  // the reductions.
  SmallVector<int64_t> reg(n, 0);
  for (int64_t d = 0; d < n; ++d)
    if (isParallel(d))
      reg[d] = 1;
  reg[lane] = std::min(ranges[lane], vectors * kVectorLanes);
  if (shared)
    reg[*shared] = std::min(ranges[*shared], sharedRows);
  if (columns)
    reg[*columns] = std::min(ranges[*columns], kColumnRows);
  if (near)
    reg[*near] = std::min(ranges[*near], nearRows);
  // Cache blocks: the lane dim in blocks of 512, the reductions in blocks of
  // at most 256 steps (splitting the outermost one), the shared rows in an
  // even number of blocks of about 128 so that they can be split across
  // threads outside the lane block.
  SmallVector<int64_t> cache(n, 0);
  bool blocked = false;
  // Few rows (a GEMV, a batch-32 MLP, a 128-token transformer layer, a
  // convolution with few output channels): the lanes are split across
  // threads at the outermost loop instead, in an even number of blocks of
  // at most 512 (whole vectors, as equal as that allows: 196 lanes are
  // 112 + 84, not 128 + 68), so that each thread streams its own part of
  // the lane-dependent operand (the weights) once, and threads start once.
  int64_t rowCount =
      shared ? ranges[*shared] * (columns ? ranges[*columns] : 1) : 0;
  bool laneThreads = !near && rowCount < 256 &&
                     ranges[lane] >= 4 * kVectorLanes;
  if (laneThreads) {
    int64_t blocks = llvm::divideCeil(ranges[lane], 512);
    blocks += blocks % 2;
    int64_t block =
        llvm::alignTo(llvm::divideCeil(ranges[lane], blocks), kVectorLanes);
    cache[lane] = block;
    blocked = true;
  } else if (ranges[lane] > 512) {
    cache[lane] = 512;
    blocked = true;
  }
  int64_t inner = 1;
  std::optional<int64_t> outerReduction;
  for (int64_t d = n - 1; d >= 0; --d) {
    if (isParallel(d))
      continue;
    if (outerReduction)
      inner *= ranges[*outerReduction];
    outerReduction = d;
  }
  // Short lanes (at most four vectors: a 7x7 layer's 49 positions) keep
  // the whole reduction: its lane-dependent block fits in L2 anyway, and
  // the loops across threads then start once, outside it.
  if (outerReduction && inner * ranges[*outerReduction] > 256 &&
      ranges[lane] > 4 * kVectorLanes) {
    int64_t block = std::max<int64_t>(256 / inner, 1);
    if (block < ranges[*outerReduction]) {
      cache[*outerReduction] = block;
      blocked = true;
    }
  }
  if (shared && ranges[*shared] > 256) {
    // Blocks of about 128 rows, an even number of them (whole register
    // tiles each) so that two threads get equal shares: 384 rows are four
    // blocks of 96, not three of 128.
    int64_t blocks = llvm::divideCeil(ranges[*shared], 128);
    blocks += blocks % 2;
    cache[*shared] = llvm::alignTo(llvm::divideCeil(ranges[*shared], blocks),
                                   std::max<int64_t>(reg[*shared], 1));
    blocked = true;
  }
  SmallVector<SmallVector<int64_t>> tiles;
  if (blocked) {
    // The register tile may not exceed its cache block.
    for (int64_t d = 0; d < n; ++d)
      if (cache[d] && reg[d] > cache[d])
        reg[d] = cache[d];
    tiles.push_back(cache);
  }
  tiles.push_back(reg);
  // A window's reduction (a depthwise conv's, a pooling's: every
  // reduction dim with more than one step is an offset added to a parallel
  // dim in one of the last two indices, the rows and columns, of an input
  // read along the lanes; none sums over channels) runs its last dim
  // outermost: the loads along a row are masked per column offset where
  // the input is read around its padding (MicroKernel.cpp), and those masks
  // then change once per column offset, not once per tap (MobileNetV2's
  // 144x56x56 depthwise conv: 1.2x faster, found by bench/search.py).
  auto isWindowOffset = [&](int64_t d) {
    for (auto [i, stride] : llvm::enumerate(access.inputStrides)) {
      if (stride == 0)
        continue;
      ArrayRef<AffineExpr> results = maps[i].getResults();
      for (AffineExpr e : results.drop_front(
               std::max<int64_t>(0, static_cast<int64_t>(results.size()) - 2)))
        if (combines(e, d, /*withParallel=*/true))
          return true;
    }
    return false;
  };
  bool window = llvm::all_of(llvm::seq<int64_t>(0, n), [&](int64_t d) {
    return isParallel(d) || ranges[d] == 1 || isWindowOffset(d);
  });
  // Order: the lane block, then the reductions' blocks, then the other
  // parallel dims; within the register band the lane loop is outermost, so
  // a block of the lane-dependent operands stays in L1 while the rows pass.
  SmallVector<int64_t> order = {lane};
  for (int64_t d = 0; d < n; ++d) {
    int64_t r = window ? n - 1 - d : d;
    if (!isParallel(r))
      order.push_back(r);
  }
  for (int64_t d = 0; d < n; ++d)
    if (isParallel(d) && d != lane)
      order.push_back(d);
  // A kernel with its lanes along the output's last dim (an NCHW image's
  // rows) and one tile level that streams more than twice what the L2
  // caches hold (kStreamingBytes) sweeps its output in memory order: whole
  // channel planes one after the other, each input and output row once,
  // rather than a strip of columns down every plane, which revisits each
  // row, and so each page, once per strip. In a model such a kernel's operands come
  // from DRAM or L3, not warm from the previous kernel (MobileNetV2's
  // 112x112 expand conv writing 4.8 MB: 0.63 against 0.77 ms in the model,
  // dlc-run --profile; the stride-2 depthwise conv reading it 0.36 against
  // 0.46 ms). Smaller kernels keep the strips: their rows stay in L2, and
  // the 7x7 depthwise convs took 1.7x the time in memory order.
  int64_t streamedBytes = 0;
  for (Value v : root->getOperands())
    if (auto type = dyn_cast<RankedTensorType>(v.getType());
        type && type.hasStaticShape())
      streamedBytes += type.getNumElements() *
                       llvm::divideCeil(type.getElementTypeBitWidth(), 8);
  if (!blocked && outMap.getNumResults() > 0 &&
      outMap.getResults().back() == getAffineDimExpr(lane, root.getContext()) &&
      streamedBytes > kStreamingBytes) {
    SmallVector<int64_t> rowMajor;
    for (int64_t d = 0; d < n; ++d)
      if (isParallel(d))
        rowMajor.push_back(d);
    for (int64_t d : order)
      if (!isParallel(d))
        rowMajor.push_back(d);
    order = rowMajor;
  }
  // Threads: the lane blocks (above), else the shared rows, else the
  // outermost other parallel dim with more than one iteration, else the
  // lanes.
  SmallVector<int64_t> parallel;
  if (laneThreads)
    parallel.push_back(lane);
  else if (shared)
    parallel.push_back(*shared);
  for (int64_t d = 0; d < n && parallel.empty(); ++d)
    if (isParallel(d) && d != lane && ranges[d] > 1)
      parallel.push_back(d);
  if (parallel.empty() && ranges[lane] > 1)
    parallel.push_back(lane);
  return ScheduleAttr::get(root.getContext(), tiles, order, kVectorLanes,
                           /*unroll=*/1, parallel);
}

/// The heuristic schedule of `root` (defaultSchedule but the rule for
/// small kernels).
static ScheduleAttr heuristicSchedule(GenericOp root);

ScheduleAttr kernel::defaultSchedule(FusedOp fused) {
  GenericOp root = fused.getRoot();
  if (!root)
    return {};
  ScheduleAttr schedule = heuristicSchedule(root);
  // A kernel of few iterations (reduction steps included: an Add of 16
  // elements, a small matmul) runs on one thread: starting the others costs
  // more than it saves, and far more when their core is busy.
  std::optional<int64_t> iterations = root.getStaticIterationCount();
  if (!iterations || *iterations >= kMinThreadedIterations)
    return schedule;
  return schedule.withoutParallel();
}

static ScheduleAttr heuristicSchedule(GenericOp root) {
  MLIRContext *ctx = root.getContext();
  SmallVector<IteratorType> iterators = root.getIteratorTypesArray();
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  int64_t n = iterators.size();
  // Float32 reductions the register tile can hold: the micro-kernel.
  if (!llvm::is_contained(ranges, ShapedType::kDynamic) &&
      llvm::all_of(root->getOperandTypes(), [](Type t) {
        return cast<ShapedType>(t).getElementType().isF32();
      })) {
    SmallVector<bool> isReduction;
    for (IteratorType t : iterators)
      isReduction.push_back(t == IteratorType::reduction);
    if (std::optional<RegisterTileAccess> access = matchRegisterTiledReduction(
            root.getIndexingMapsArray(), isReduction, root.getBody().front()))
      return registerTiledSchedule(root, *access);
  }
  // Run the outermost parallel loop with more than one iteration across
  // threads.
  SmallVector<int64_t> parallel;
  for (auto [i, t] : llvm::enumerate(iterators))
    if (t == IteratorType::parallel && ranges[i] != 1) {
      parallel.push_back(i);
      break;
    }
  // Reductions (matmul's k, conv's c/kh/kw) go inside the parallel loops but
  // outside the loop that walks the output's last dim, so that the innermost
  // loop streams contiguous rows of the output and the operands (and
  // vectorizes) instead of computing one strided dot product at a time.
  SmallVector<int64_t> order;
  AffineMap outMap = root.getIndexingMap(root.getNumDpsInputs());
  std::optional<int64_t> inner;
  if (outMap.getNumResults() > 0)
    if (auto d = dyn_cast<AffineDimExpr>(outMap.getResults().back()))
      inner = d.getPosition();
  // Only worth it when every operand that the inner loop walks is walked
  // along its last dim (a row reduction keeps its reduction innermost).
  if (inner)
    for (unsigned i = 0; i < root.getNumDpsInputs(); ++i) {
      AffineMap map = root.getIndexingMap(i);
      for (auto [r, expr] : llvm::enumerate(map.getResults()))
        if (expr.isFunctionOfDim(*inner) && r + 1 != map.getNumResults())
          inner.reset();
      if (!inner)
        break;
    }
  if (root.hasReduction() && inner) {
    for (int64_t d = 0; d < n; ++d)
      if (iterators[d] == IteratorType::parallel && d != *inner)
        order.push_back(d);
    for (int64_t d = 0; d < n; ++d)
      if (iterators[d] == IteratorType::reduction)
        order.push_back(d);
    order.push_back(*inner);
    if (llvm::equal(order, llvm::seq<int64_t>(0, n)))
      order.clear();
  }
  // Cache blocking for large contractions: a block of the reduction and the
  // inner dim (256 x 512 floats of the right-hand operand, 512 KiB) stays
  // in L2 while the outer parallel loops sweep over it.
  SmallVector<SmallVector<int64_t>> tiles;
  if (!order.empty()) {
    SmallVector<int64_t> level(n, 0);
    bool any = false;
    for (int64_t d = 0; d < n; ++d) {
      int64_t limit = iterators[d] == IteratorType::reduction ? kReductionBlock
                      : d == *inner                           ? kInnerBlock
                                                              : 0;
      if (limit && ranges[d] != ShapedType::kDynamic && ranges[d] > limit) {
        level[d] = limit;
        any = true;
      }
    }
    if (any)
      tiles.push_back(level);
    // When the loop along the output row is also the only parallel one and
    // is not blocked, its single loop sits inside the reductions: running it
    // in parallel would start threads once per reduction step. Such a
    // kernel (a short vector-matrix product) stays on one thread.
    if (llvm::is_contained(parallel, *inner) &&
        (tiles.empty() || tiles.front()[*inner] == 0))
      parallel.clear();
  }
  // The same for any parallel loop that the loop order puts inside a
  // reduction (a sum over a tensor's first dim, whose contiguous inner
  // loop is the output's): threads once per reduction step cost far more
  // than one thread streaming the rows (40x on a 1024x256 column sum).
  if (!parallel.empty() && (tiles.empty() || tiles.front()[parallel[0]] == 0)) {
    SmallVector<int64_t> effective =
        order.empty() ? llvm::to_vector(llvm::seq<int64_t>(0, n)) : order;
    for (int64_t d : effective) {
      if (d == parallel[0])
        break;
      if (iterators[d] == IteratorType::reduction && ranges[d] != 1) {
        parallel.clear();
        break;
      }
    }
  }
  return ScheduleAttr::get(ctx, tiles, order, 1, 1, parallel);
}

//===----------------------------------------------------------------------===//
// Scalars
//===----------------------------------------------------------------------===//

static bool isFloat(Value v) { return isa<FloatType>(v.getType()); }
static bool isUnsigned(Value v) {
  return v.getType().isUnsignedInteger() || v.getType().isInteger(1);
}

Value kernel::constantScalar(OpBuilder &b, Location loc, Type type,
                             double value) {
  if (isa<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
  if (type.isUnsignedInteger())
    return constantOf(
        b, loc,
        IntegerAttr::get(type, APInt(type.getIntOrFloatBitWidth(),
                                     static_cast<uint64_t>(value))));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

Type kernel::signlessType(Type t) {
  if (auto i = dyn_cast<IntegerType>(t); i && !i.isSignless())
    return IntegerType::get(t.getContext(), i.getWidth());
  return t;
}

Value kernel::constantOf(OpBuilder &b, Location loc, TypedAttr value) {
  auto i = dyn_cast<IntegerAttr>(value);
  if (!i || i.getType().isSignlessInteger() || i.getType().isIndex())
    return arith::ConstantOp::create(b, loc, value);
  Type signless = signlessType(i.getType());
  Value c = arith::ConstantOp::create(b, loc,
                                      IntegerAttr::get(signless, i.getValue()));
  return fromSignless(b, loc, c, i.getType());
}

Value kernel::toSignless(OpBuilder &b, Location loc, Value v) {
  Type signless = signlessType(v.getType());
  if (signless == v.getType())
    return v;
  // Undo a fromSignless rather than stacking a second cast.
  if (auto cast = v.getDefiningOp<UnrealizedConversionCastOp>())
    if (cast.getNumOperands() == 1 && cast.getOperand(0).getType() == signless)
      return cast.getOperand(0);
  // Both sides lower to the same LLVM integer type, so the cast vanishes
  // when the IR reaches LLVM.
  return UnrealizedConversionCastOp::create(b, loc, signless, v).getResult(0);
}

Value kernel::fromSignless(OpBuilder &b, Location loc, Value v, Type type) {
  if (v.getType() == type)
    return v;
  // Undo a toSignless rather than stacking a second cast.
  if (auto cast = v.getDefiningOp<UnrealizedConversionCastOp>())
    if (cast.getNumOperands() == 1 && cast.getOperand(0).getType() == type)
      return cast.getOperand(0);
  return UnrealizedConversionCastOp::create(b, loc, type, v).getResult(0);
}

/// Applies the integer op `fn` to the signless views of `x` and `y` and
/// returns the result as their type.
static Value onSignless(OpBuilder &b, Location loc, Value x, Value y,
                        function_ref<Value(Value, Value)> fn) {
  return fromSignless(b, loc, fn(toSignless(b, loc, x), toSignless(b, loc, y)),
                      x.getType());
}

/// The float, signed or unsigned form of a binary arith op, picked from the
/// type of `x` (unsigned integers go through their signless view).
template <typename FloatOp, typename SignedOp, typename UnsignedOp>
static Value byElementKind(OpBuilder &b, Location loc, Value x, Value y) {
  if (isFloat(x))
    return FloatOp::create(b, loc, x, y);
  bool u = isUnsigned(x);
  return onSignless(b, loc, x, y, [&](Value p, Value q) -> Value {
    if (u)
      return UnsignedOp::create(b, loc, p, q);
    return SignedOp::create(b, loc, p, q);
  });
}

Value kernel::addS(OpBuilder &b, Location loc, Value x, Value y) {
  return byElementKind<arith::AddFOp, arith::AddIOp, arith::AddIOp>(b, loc, x,
                                                                    y);
}

Value kernel::subS(OpBuilder &b, Location loc, Value x, Value y) {
  return byElementKind<arith::SubFOp, arith::SubIOp, arith::SubIOp>(b, loc, x,
                                                                    y);
}

Value kernel::mulS(OpBuilder &b, Location loc, Value x, Value y) {
  return byElementKind<arith::MulFOp, arith::MulIOp, arith::MulIOp>(b, loc, x,
                                                                    y);
}

Value kernel::divS(OpBuilder &b, Location loc, Value x, Value y) {
  return byElementKind<arith::DivFOp, arith::DivSIOp, arith::DivUIOp>(b, loc, x,
                                                                      y);
}

Value kernel::remS(OpBuilder &b, Location loc, Value x, Value y) {
  return byElementKind<arith::RemFOp, arith::RemSIOp, arith::RemUIOp>(b, loc, x,
                                                                      y);
}

Value kernel::maxS(OpBuilder &b, Location loc, Value x, Value y) {
  return byElementKind<arith::MaximumFOp, arith::MaxSIOp, arith::MaxUIOp>(
      b, loc, x, y);
}

Value kernel::minS(OpBuilder &b, Location loc, Value x, Value y) {
  return byElementKind<arith::MinimumFOp, arith::MinSIOp, arith::MinUIOp>(
      b, loc, x, y);
}

Value kernel::compareS(OpBuilder &b, Location loc, Value x, Value y,
                       arith::CmpFPredicate floatPredicate,
                       arith::CmpIPredicate signedPredicate,
                       arith::CmpIPredicate unsignedPredicate) {
  if (isFloat(x))
    return arith::CmpFOp::create(b, loc, floatPredicate, x, y);
  bool u = isUnsigned(x) || x.getType().isInteger(1);
  return arith::CmpIOp::create(b, loc, u ? unsignedPredicate : signedPredicate,
                               toSignless(b, loc, x), toSignless(b, loc, y));
}

Value kernel::castS(OpBuilder &b, Location loc, Value x, Type to) {
  Type from = x.getType();
  if (from == to)
    return x;
  // Anything to bool: x != 0.
  if (to.isInteger(1)) {
    if (isa<FloatType>(from))
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, x,
                                   constantScalar(b, loc, from, 0));
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                 toSignless(b, loc, x),
                                 constantScalar(b, loc, signlessType(from), 0));
  }
  // Arith works on the signless views of unsigned types.
  bool fromUnsigned = isUnsigned(x);
  Value v = toSignless(b, loc, x);
  Type target = signlessType(to);
  Value r;
  if (isa<FloatType>(from) && isa<FloatType>(to)) {
    r = from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth()
            ? Value(arith::ExtFOp::create(b, loc, to, v))
            : Value(arith::TruncFOp::create(b, loc, to, v));
  } else if (isa<FloatType>(from)) {
    r = to.isUnsignedInteger()
            ? Value(arith::FPToUIOp::create(b, loc, target, v))
            : Value(arith::FPToSIOp::create(b, loc, target, v));
  } else if (isa<FloatType>(to)) {
    r = fromUnsigned ? Value(arith::UIToFPOp::create(b, loc, to, v))
                     : Value(arith::SIToFPOp::create(b, loc, to, v));
  } else {
    unsigned fw = from.getIntOrFloatBitWidth(), tw = to.getIntOrFloatBitWidth();
    if (fw == tw)
      r = v;
    else if (fw > tw)
      r = arith::TruncIOp::create(b, loc, target, v);
    else
      r = fromUnsigned ? Value(arith::ExtUIOp::create(b, loc, target, v))
                       : Value(arith::ExtSIOp::create(b, loc, target, v));
  }
  return fromSignless(b, loc, r, to);
}

TypedAttr kernel::lowestValue(Type type) {
  if (auto f = dyn_cast<FloatType>(type))
    return FloatAttr::get(
        type, APFloat::getInf(f.getFloatSemantics(), /*Negative=*/true));
  unsigned w = type.getIntOrFloatBitWidth();
  if (type.isUnsignedInteger() || w == 1)
    return IntegerAttr::get(type, APInt::getZero(w));
  return IntegerAttr::get(type, APInt::getSignedMinValue(w));
}

TypedAttr kernel::highestValue(Type type) {
  if (auto f = dyn_cast<FloatType>(type))
    return FloatAttr::get(
        type, APFloat::getInf(f.getFloatSemantics(), /*Negative=*/false));
  unsigned w = type.getIntOrFloatBitWidth();
  if (type.isUnsignedInteger() || w == 1)
    return IntegerAttr::get(type, APInt::getMaxValue(w));
  return IntegerAttr::get(type, APInt::getSignedMaxValue(w));
}
