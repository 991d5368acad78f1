//===- FuseKernels.cpp - Elementwise chains into one kernel ---------------===//
//
// kernel-fuse merges purely elementwise kernels into the kernel that reads
// their result, so that an elementwise chain (and an elementwise prologue of
// a softmax or reduction) becomes one kernel.fused with one loop nest:
//
//   %t = kernel.fused ins(%a, %b) outs(%e) { add }     // elementwise
//   %r = kernel.fused ins(%t) outs(%t) { relu }        // elementwise
//   %s = kernel.fused ins(%r) outs(%f) schedule = S { reduce-sum }
// becomes
//   %s = kernel.fused ins(%a, %b) outs(%f) schedule = S {
//     kernel.generic ins(a, b) outs(f) [parallel, reduction]
//       { acc + relu(a + b) } }
//
// An elementwise kernel left that reads a contraction's (or any other
// non-elementwise kernel's) result becomes that kernel's epilogue:
//
//   %c = kernel.fused ins(%x, %w) outs(%e) schedule = S { conv }
//   %r = kernel.fused ins(%c) outs(%c) { relu }
// becomes
//   %r = kernel.fused ins(%x, %w) outs(%e) schedule = S { conv; relu }
//
// which the micro-kernel applies to its accumulators (MicroKernel.cpp).
//
// It works in two halves (Fusion.h). planElementwiseFusion decides which
// kernels form one kernel, a heuristic that a cost model can replace;
// applyFusionPlan carries a plan out: it merges each group's kernel.fused
// ops into the consumer's (keeping its root and schedule), then inlines the
// producers' kernel.generic bodies into the generics that read them, with
// the maps composed, so the intermediate tensors disappear.
//
//===----------------------------------------------------------------------===//

#include "lib/Transforms/Kernel/Fusion.h"
#include "lib/Transforms/Kernel/Passes.h"

#include "dialects/Kernel/RegisterTile.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "kernel-fuse"

namespace dlc {
namespace kernel {
#define GEN_PASS_DEF_KERNELFUSEPASS
#include "lib/Transforms/Kernel/Passes.h.inc"
} // namespace kernel
} // namespace dlc

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

/// True if `generic` can be inlined into the generics that read it: one
/// result, every loop parallel, input maps permutations or broadcasts, the
/// output map a permutation, the output's value not read.
static bool isFusibleElementwise(GenericOp generic) {
  if (generic->getNumResults() != 1 || !generic.isElementwise())
    return false;
  unsigned numInputs = generic.getInputs().size();
  if (!generic.getIndexingMap(numInputs).isPermutation())
    return false;
  return generic.getBody().front().getArgument(numInputs).use_empty();
}

/// True if the use `use` of a fused producer's value can take the
/// producer's computation: an input of a kernel.generic read through a
/// permutation of all its loops (each element read once), or a
/// destination whose value the generic does not read.
static bool acceptsFusedUse(OpOperand &use) {
  auto generic = dyn_cast<GenericOp>(use.getOwner());
  if (!generic)
    return false;
  unsigned n = use.getOperandNumber();
  if (!generic.getIndexingMap(n).isPermutation())
    return false;
  if (n < generic.getInputs().size())
    return true;
  return generic.getBody().front().getArgument(n).use_empty();
}

/// True if `arg` (a block argument of a kernel's body) is only copied,
/// unchanged, into a box of a larger tensor (the interior of a padded input
/// of a window op: padSpatial in GraphToKernel).
static bool onlyCopiedIntoBox(BlockArgument arg) {
  if (arg.use_empty())
    return false;
  for (OpOperand &use : arg.getUses()) {
    auto copy = dyn_cast<GenericOp>(use.getOwner());
    if (!copy || copy.getInputs().size() != 1 ||
        copy.getOutputs().size() != 1 || use.getOperandNumber() != 0 ||
        !llvm::all_of(copy.getIndexingMapsArray(),
                      [](AffineMap map) { return map.isIdentity(); }))
      return false;
    Block &body = copy.getBody().front();
    if (body.getTerminator()->getOperand(0) != body.getArgument(0) ||
        !copy.getOutputs()[0].getDefiningOp<tensor::ExtractSliceOp>() ||
        !copy->hasOneUse() ||
        !isa<tensor::InsertSliceOp>(*copy->getUsers().begin()))
      return false;
  }
  return true;
}

/// True if every one of `numLoops` loops appears alone as a result of one
/// of `maps`: a generic with these maps has a bound for every loop.
static bool boundsEveryLoop(ArrayRef<AffineMap> maps, unsigned numLoops) {
  llvm::SmallBitVector bound(numLoops);
  for (AffineMap map : maps)
    for (AffineExpr e : map.getResults())
      if (auto d = dyn_cast<AffineDimExpr>(e))
        bound.set(d.getPosition());
  return bound.all();
}

/// True if inlining `yielded` (a value computed in a producer kernel; the
/// generic that yields it, if any) into the generic reading it at `use`
/// leaves every loop of that generic a bound. A reduction loop's extent
/// comes only from its inputs: when the producer's value was the only input
/// spanning it and the producer broadcasts along it (an Expand before a
/// softmax along the expanded axis), the fused generic would have none.
static bool keepsLoopBounds(OpOperand &use, Value yielded) {
  auto generic = cast<GenericOp>(use.getOwner());
  unsigned numInputs = generic.getInputs().size();
  SmallVector<AffineMap> maps;
  for (OpOperand &operand : generic->getOpOperands())
    if (operand.get() != use.get() || operand.getOperandNumber() >= numInputs)
      maps.push_back(generic.getIndexingMap(operand.getOperandNumber()));
  AffineMap map = generic.getIndexingMap(use.getOperandNumber());
  auto producer = yielded.getDefiningOp<GenericOp>();
  if (!producer) {
    maps.push_back(map);
  } else {
    unsigned numPIn = producer.getInputs().size();
    AffineMap loopMap =
        inversePermutation(producer.getIndexingMap(numPIn)).compose(map);
    for (unsigned k = 0; k < numPIn; ++k)
      maps.push_back(producer.getIndexingMap(k).compose(loopMap));
  }
  return boundsEveryLoop(maps, generic.getNumLoops());
}

/// True if `fused` computes something the CPU back end turns into a call to
/// a scalar function (libm's erff, tanhf, ...; integer powers): LLVM cannot
/// vectorize a loop that holds such a call, so fusing it with vectorizable
/// elementwise work would make that work scalar too (a GELU's erf fused
/// with its divide, add and multiplies ran about 1.4x slower than apart
/// while erf was a libm call). f32 erf and tanh are not such calls: the CPU
/// back end computes them with polynomials that vectorize
/// (dlc-cpu-approximate-math, as exp).
static bool callsScalarFunction(FusedOp fused) {
  return fused
      .walk([](Operation *op) {
        if (isa<math::ErfOp, math::TanhOp>(op) &&
            getElementTypeOrSelf(op->getResult(0).getType()).isF32())
          return WalkResult::advance();
        return isa<math::AcosOp, math::AcoshOp, math::AsinOp, math::AsinhOp,
                   math::AtanOp, math::Atan2Op, math::AtanhOp, math::CbrtOp,
                   math::CoshOp, math::ErfOp, math::ErfcOp, math::ExpM1Op,
                   math::Log1pOp, math::SinhOp, math::TanOp, math::TanhOp,
                   math::IPowIOp, math::FPowIOp>(op)
                   ? WalkResult::interrupt()
                   : WalkResult::advance();
      })
      .wasInterrupted();
}

/// True if `fused` holds only elementwise generics (isFusibleElementwise),
/// destinations and constants; `maxLoops` is then the most loops of one of
/// its generics, else `whyNot` says what it holds.
static bool isElementwiseKernel(FusedOp fused, unsigned &maxLoops,
                                std::string &whyNot) {
  maxLoops = 0;
  for (Operation &op : fused.getBody().front()) {
    if (auto generic = dyn_cast<GenericOp>(op)) {
      if (!isFusibleElementwise(generic)) {
        whyNot = "it is not elementwise";
        return false;
      }
      maxLoops = std::max(maxLoops, generic.getNumLoops());
      continue;
    }
    if (isa<YieldOp, tensor::EmptyOp>(op) ||
        op.hasTrait<OpTrait::ConstantLike>())
      continue;
    whyNot = ("it holds a " + op.getName().getStringRef() + " op").str();
    return false;
  }
  return true;
}

//===----------------------------------------------------------------------===//
// The plan
//===----------------------------------------------------------------------===//

FusedOp kernel::elementwiseFusionTarget(FusedOp producer, std::string *whyNot) {
  auto refuse = [&](const Twine &reason) {
    if (whyNot)
      *whyNot = reason.str();
    return FusedOp();
  };
  if (producer->getNumResults() != 1)
    return refuse("it has more than one result");
  unsigned maxLoops = 0;
  std::string notElementwise;
  if (!isElementwiseKernel(producer, maxLoops, notElementwise))
    return refuse(notElementwise);
  Value result = producer->getResult(0);
  if (result.use_empty())
    return refuse("its result is unused");
  Operation *user = *result.getUsers().begin();
  if (llvm::any_of(result.getUsers(),
                   [&](Operation *other) { return other != user; }))
    return refuse("its result has more than one user");
  auto consumer = dyn_cast<FusedOp>(user);
  if (!consumer)
    return refuse("its result is used by " + user->getName().getStringRef() +
                  ", not a kernel");
  if (consumer->getBlock() != producer->getBlock())
    return refuse("its consumer is in another block");
  if (callsScalarFunction(producer) != callsScalarFunction(consumer))
    return refuse("one of it and its consumer calls a scalar math function "
                  "and the other does not (fused, none of it would "
                  "vectorize)");
  GenericOp root = consumer.getRoot();
  if (!root || maxLoops > root.getNumLoops())
    return refuse("it has more loops than the root of its consumer");
  Block &body = consumer.getBody().front();
  Value yielded = producer.getBody().front().getTerminator()->getOperand(0);
  bool read = false;
  for (OpOperand &operand : consumer->getOpOperands()) {
    if (operand.get() != result)
      continue;
    for (OpOperand &use :
         body.getArgument(operand.getOperandNumber()).getUses()) {
      read = true;
      if (use.getOwner()->getBlock() != &body || !acceptsFusedUse(use))
        return refuse("its consumer reads it other than through a "
                      "permutation of a generic's loops (it would be "
                      "computed more than once per element)");
      if (!keepsLoopBounds(use, yielded))
        return refuse("it broadcasts along a loop of its consumer that "
                      "only its result gives a bound to");
    }
  }
  if (!read)
    return refuse("its consumer does not read it");
  // Copied unchanged into a padded input of a window op that reads each
  // element a few times (a depthwise conv, a pooling), the micro-kernel
  // reads it in place of the copy (kMaxPaddedInputReuse); fused, the copy
  // would compute it and stay. As its producer's epilogue it costs
  // nothing.
  auto resultType = cast<RankedTensorType>(result.getType());
  if (resultType.hasStaticShape() &&
      readsPaddedInputFewTimes(root.getStaticLoopRanges(),
                               resultType.getNumElements()) &&
      llvm::all_of(consumer->getOpOperands(),
                   [&](OpOperand &operand) {
                     return operand.get() != result ||
                            onlyCopiedIntoBox(body.getArgument(
                                operand.getOperandNumber()));
                   }) &&
      epilogueFusionTarget(producer))
    return refuse("its consumer only copies it into the padded input of a "
                  "window op that reads the unpadded input in place of the "
                  "copy, and it can be its producer's epilogue instead");
  return consumer;
}

/// The kernels of `func` in walk order.
static SmallVector<FusedOp> kernelsOf(func::FuncOp func) {
  SmallVector<FusedOp> kernels;
  func.walk([&](FusedOp fused) { kernels.push_back(fused); });
  return kernels;
}

FusionPlan kernel::planElementwiseFusion(func::FuncOp func) {
  SmallVector<FusedOp> kernels = kernelsOf(func);
  llvm::DenseMap<Operation *, FusedOp> target;
  for (FusedOp fused : kernels) {
    std::string whyNot;
    if (FusedOp consumer = elementwiseFusionTarget(fused, &whyNot))
      target[fused] = consumer;
    else
      LLVM_DEBUG(llvm::dbgs() << "kernel-fuse: not fusing " << fused.getLoc()
                              << ": " << whyNot << "\n");
  }
  // Every producer joins the group of the kernel its chain ends in.
  llvm::MapVector<Operation *, FusionGroup> groups;
  for (FusedOp fused : kernels) {
    if (!target.count(fused))
      continue;
    FusedOp sink = fused;
    while (target.count(sink))
      sink = target.lookup(sink);
    FusionGroup &group = groups[sink];
    group.consumer = sink;
    group.producers.push_back(fused);
  }
  FusionPlan plan;
  for (auto &entry : groups)
    plan.groups.push_back(std::move(entry.second));
  return plan;
}

/// Of the kernels whose results `fused` reads, the last one (in the same
/// block) that is not elementwise, or null.
static FusedOp lastNonElementwiseProducer(FusedOp fused) {
  FusedOp producer;
  for (Value operand : fused->getOperands()) {
    auto candidate = operand.getDefiningOp<FusedOp>();
    unsigned loops = 0;
    std::string unused;
    if (!candidate || candidate->getBlock() != fused->getBlock() ||
        isElementwiseKernel(candidate, loops, unused))
      continue;
    if (!producer || producer->isBeforeInBlock(candidate))
      producer = candidate;
  }
  return producer;
}

FusedOp kernel::epilogueFusionTarget(FusedOp epilogue, std::string *whyNot) {
  auto refuse = [&](const Twine &reason) {
    if (whyNot)
      *whyNot = reason.str();
    return FusedOp();
  };
  unsigned maxLoops = 0;
  std::string notElementwise;
  if (epilogue->getNumResults() != 1)
    return refuse("it has more than one result");
  if (!isElementwiseKernel(epilogue, maxLoops, notElementwise))
    return refuse(notElementwise);
  FusedOp producer = lastNonElementwiseProducer(epilogue);
  if (!producer)
    return refuse("it reads no result of a kernel that is not elementwise");
  if (producer->getNumResults() != 1)
    return refuse("the kernel it reads has more than one result");
  Value result = producer->getResult(0);
  if (llvm::any_of(result.getUsers(),
                   [&](Operation *user) { return user != epilogue; }))
    return refuse("the kernel it reads has other users");
  GenericOp root = producer.getRoot();
  if (!root || maxLoops >= root.getNumLoops())
    return refuse("it has as many loops as the root of the kernel it reads");
  Block &body = epilogue.getBody().front();
  for (OpOperand &operand : epilogue->getOpOperands()) {
    if (operand.get() != result)
      continue;
    for (OpOperand &use :
         body.getArgument(operand.getOperandNumber()).getUses())
      if (!acceptsFusedUse(use))
        return refuse("it reads the kernel's result other than through a "
                      "permutation of a generic's loops");
  }
  return producer;
}

SmallVector<EpilogueFusion> kernel::planEpilogueFusion(func::FuncOp func) {
  SmallVector<EpilogueFusion> plan;
  func.walk([&](FusedOp fused) {
    std::string whyNot;
    if (FusedOp producer = epilogueFusionTarget(fused, &whyNot))
      plan.push_back({producer, fused});
    else
      LLVM_DEBUG(llvm::dbgs() << "kernel-fuse: no epilogue " << fused.getLoc()
                              << ": " << whyNot << "\n");
  });
  return plan;
}

//===----------------------------------------------------------------------===//
// The rewrite
//===----------------------------------------------------------------------===//

FailureOr<GenericOp> kernel::fuseGenericIntoConsumer(RewriterBase &rewriter,
                                                     GenericOp producer,
                                                     GenericOp consumer) {
  if (!isFusibleElementwise(producer))
    return failure();
  Value result = producer->getResult(0);
  unsigned numPIn = producer.getInputs().size();
  unsigned numCIn = consumer.getInputs().size();
  Block &pBody = producer.getBody().front();
  Block &cBody = consumer.getBody().front();
  Value pInit = producer.getOutputs()[0];

  // Destinations that are the producer's result and whose value is not
  // read take the producer's destination.
  for (auto [j, out] : llvm::enumerate(consumer.getOutputs()))
    if (out == result && !cBody.getArgument(numCIn + j).use_empty())
      return failure();

  // The inputs that are the producer's result with the first such map.
  std::optional<AffineMap> fusedMap;
  SmallVector<bool> fused(numCIn, false);
  for (auto [i, in] : llvm::enumerate(consumer.getInputs())) {
    if (in != result)
      continue;
    AffineMap map = consumer.getIndexingMap(i);
    if (!fusedMap)
      fusedMap = map;
    fused[i] = map == *fusedMap;
  }
  if (!fusedMap) {
    rewriter.modifyOpInPlace(consumer, [&] {
      for (OpOperand &out : consumer.getOutputsMutable())
        if (out.get() == result)
          out.set(pInit);
    });
    return consumer;
  }
  // Consumer loops -> producer loops.
  AffineMap loopMap =
      inversePermutation(producer.getIndexingMap(numPIn)).compose(*fusedMap);
  bool usesIndex = false;
  pBody.walk([&](IndexOp) { usesIndex = true; });
  if (usesIndex && !llvm::all_of(loopMap.getResults(), [](AffineExpr e) {
        return isa<AffineDimExpr>(e);
      }))
    return failure();

  // Inputs, deduplicated by (value, map): the consumer's, then the
  // producer's through the composed maps; then the outputs.
  SmallVector<Value> inputs, outputs;
  SmallVector<AffineMap> maps;
  llvm::DenseMap<std::pair<Value, AffineMap>, unsigned> position;
  auto addInput = [&](Value v, AffineMap map) {
    auto [it, inserted] = position.try_emplace({v, map}, inputs.size());
    if (inserted) {
      inputs.push_back(v);
      maps.push_back(map);
    }
    return it->second;
  };
  SmallVector<unsigned> cPos(numCIn, 0), pPos(numPIn, 0);
  for (auto [i, in] : llvm::enumerate(consumer.getInputs()))
    if (!fused[i])
      cPos[i] = addInput(in, consumer.getIndexingMap(i));
  for (auto [k, in] : llvm::enumerate(producer.getInputs()))
    pPos[k] = addInput(in, producer.getIndexingMap(k).compose(loopMap));
  for (auto [j, out] : llvm::enumerate(consumer.getOutputs())) {
    outputs.push_back(out == result ? pInit : out);
    maps.push_back(consumer.getIndexingMap(numCIn + j));
  }
  // A loop that only the producer's result gave a bound to.
  if (!boundsEveryLoop(maps, consumer.getNumLoops()))
    return failure();

  Location loc = consumer.getLoc();
  rewriter.setInsertionPoint(consumer);
  auto generic = GenericOp::create(
      rewriter, loc, consumer.getResultTypes(), inputs, outputs,
      rewriter.getAffineMapArrayAttr(maps), consumer.getIteratorTypes());
  SmallVector<Type> argTypes;
  SmallVector<Location> argLocs;
  for (Value v : llvm::concat<Value>(inputs, outputs)) {
    argTypes.push_back(cast<RankedTensorType>(v.getType()).getElementType());
    argLocs.push_back(loc);
  }
  Block *block =
      rewriter.createBlock(&generic.getBody(), {}, argTypes, argLocs);
  IRMapping mapping;
  for (unsigned k = 0; k < numPIn; ++k)
    mapping.map(pBody.getArgument(k), block->getArgument(pPos[k]));
  for (Operation &op : pBody.without_terminator()) {
    Operation *clone = rewriter.clone(op, mapping);
    // kernel.index counts the producer's loops: renumber to the consumer's.
    clone->walk([&](IndexOp index) {
      unsigned dim =
          cast<AffineDimExpr>(loopMap.getResult(index.getDim())).getPosition();
      index.setDimAttr(rewriter.getI64IntegerAttr(dim));
    });
  }
  Value value = mapping.lookupOrDefault(pBody.getTerminator()->getOperand(0));
  for (unsigned i = 0; i < numCIn; ++i)
    mapping.map(cBody.getArgument(i),
                fused[i] ? value : block->getArgument(cPos[i]));
  for (unsigned j = 0; j < outputs.size(); ++j)
    mapping.map(cBody.getArgument(numCIn + j),
                block->getArgument(inputs.size() + j));
  for (Operation &op : cBody)
    rewriter.clone(op, mapping);
  rewriter.replaceOp(consumer, generic->getResults());
  return generic;
}

/// Inlines the generics of `fused` listed in `fromProducer` into the
/// generics that read them, as long as every reader accepts (a chain is
/// fused link by link), and erases what is left dead.
static void
fuseProducerGenerics(RewriterBase &rewriter, FusedOp fused,
                     llvm::SmallPtrSetImpl<Operation *> &fromProducer) {
  Block &body = fused.getBody().front();
  bool changed = true;
  while (changed) {
    changed = false;
    for (GenericOp producer : body.getOps<GenericOp>()) {
      if (!fromProducer.contains(producer) || !isFusibleElementwise(producer))
        continue;
      Value result = producer->getResult(0);
      if (result.use_empty() ||
          llvm::any_of(result.getUses(), [&](OpOperand &use) {
            return use.getOwner()->getBlock() != &body || !acceptsFusedUse(use);
          }))
        continue;
      fromProducer.erase(producer);
      while (!result.use_empty()) {
        auto consumer = cast<GenericOp>(*result.getUsers().begin());
        bool consumerFromProducer = fromProducer.erase(consumer);
        FailureOr<GenericOp> merged =
            fuseGenericIntoConsumer(rewriter, producer, consumer);
        if (failed(merged)) {
          if (consumerFromProducer)
            fromProducer.insert(consumer);
          break;
        }
        if (consumerFromProducer)
          fromProducer.insert(*merged);
      }
      if (result.use_empty())
        rewriter.eraseOp(producer);
      changed = true;
      break;
    }
  }
  // Destinations and constants the inlined generics no longer need.
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body)))
    if (isa<tensor::EmptyOp>(op) || op.hasTrait<OpTrait::ConstantLike>())
      if (op.use_empty())
        rewriter.eraseOp(&op);
}

/// Merges the kernel `producer` into `consumer`, its only user, as one
/// kernel.fused at the consumer's place with `schedule`; the producer's
/// generics (cloned) go to `fromProducer`.
static FailureOr<FusedOp>
mergeKernels(RewriterBase &rewriter, FusedOp producer, FusedOp consumer,
             ScheduleAttr schedule,
             llvm::SmallPtrSetImpl<Operation *> &fromProducer) {
  if (producer->getNumResults() != 1)
    return failure();
  Value result = producer->getResult(0);
  if (llvm::any_of(result.getUsers(),
                   [&](Operation *user) { return user != consumer; }))
    return failure();
  Value pInit = producer.getOutputs()[0];
  auto pInitEmpty = pInit.getDefiningOp<tensor::EmptyOp>();
  if (pInitEmpty && pInitEmpty->getNumOperands() != 0)
    pInitEmpty = nullptr;

  // Inputs: the producer's, then the consumer's other than the producer's
  // result, each value once.
  SmallVector<Value> inputs;
  llvm::DenseMap<Value, unsigned> inputPos;
  auto addInput = [&](Value v) {
    auto [it, inserted] = inputPos.try_emplace(v, inputs.size());
    if (inserted)
      inputs.push_back(v);
    return it->second;
  };
  for (Value in : producer.getInputs())
    addInput(in);
  // The producer's destination: a consumer destination that is the
  // producer's result takes it; else a tensor.empty is re-created inside;
  // else it is passed in.
  std::optional<unsigned> initOut;
  for (auto [j, out] : llvm::enumerate(consumer.getOutputs()))
    if (out == result && !initOut)
      initOut = j;
  if (!initOut && !pInitEmpty)
    addInput(pInit);
  for (Value in : consumer.getInputs())
    if (in != result)
      addInput(in);
  SmallVector<Value> outputs;
  for (Value out : consumer.getOutputs())
    outputs.push_back(out == result ? pInit : out);

  Location loc = consumer.getLoc();
  rewriter.setInsertionPoint(consumer);
  auto merged = FusedOp::create(rewriter, loc, consumer.getResultTypes(),
                                inputs, outputs, schedule);
  merged->setDiscardableAttrs(consumer->getDiscardableAttrDictionary());
  SmallVector<Type> argTypes;
  SmallVector<Location> argLocs;
  for (Value v : llvm::concat<Value>(inputs, outputs)) {
    argTypes.push_back(v.getType());
    argLocs.push_back(loc);
  }
  Block *block = rewriter.createBlock(&merged.getBody(), {}, argTypes, argLocs);
  auto outArg = [&](unsigned j) {
    return block->getArgument(inputs.size() + j);
  };

  // The producer's body first.
  Block &pBody = producer.getBody().front();
  unsigned numPIn = producer.getInputs().size();
  IRMapping mapping;
  for (auto [k, in] : llvm::enumerate(producer.getInputs()))
    mapping.map(pBody.getArgument(k), block->getArgument(inputPos[in]));
  Value pInitArg;
  if (initOut)
    pInitArg = outArg(*initOut);
  else if (pInitEmpty)
    pInitArg = rewriter.clone(*pInitEmpty)->getResult(0);
  else
    pInitArg = block->getArgument(inputPos[pInit]);
  mapping.map(pBody.getArgument(numPIn), pInitArg);
  for (Operation &op : pBody.without_terminator()) {
    Operation *clone = rewriter.clone(op, mapping);
    if (isa<GenericOp>(clone))
      fromProducer.insert(clone);
  }
  Value inside = mapping.lookupOrDefault(pBody.getTerminator()->getOperand(0));

  // Then the consumer's, reading the producer's value where it read the
  // producer's result.
  Block &cBody = consumer.getBody().front();
  unsigned numCIn = consumer.getInputs().size();
  IRMapping cMapping;
  for (auto [i, in] : llvm::enumerate(consumer.getInputs()))
    cMapping.map(cBody.getArgument(i),
                 in == result ? inside : block->getArgument(inputPos[in]));
  for (auto [j, out] : llvm::enumerate(consumer.getOutputs()))
    cMapping.map(cBody.getArgument(numCIn + j),
                 out == result ? inside : outArg(j));
  for (Operation &op : cBody)
    rewriter.clone(op, cMapping);

  rewriter.replaceOp(consumer, merged->getResults());
  rewriter.eraseOp(producer);
  if (pInitEmpty && pInitEmpty->use_empty())
    rewriter.eraseOp(pInitEmpty);
  return merged;
}

FailureOr<FusedOp> kernel::fuseKernelGroup(RewriterBase &rewriter,
                                           const FusionGroup &group) {
  FusedOp current = group.consumer;
  // The producer nearest the consumer first: each producer's only user is
  // then already part of `current`.
  for (FusedOp producer : llvm::reverse(group.producers)) {
    llvm::SmallPtrSet<Operation *, 8> fromProducer;
    FailureOr<FusedOp> merged = mergeKernels(
        rewriter, producer, current, current.getScheduleAttr(), fromProducer);
    if (failed(merged))
      return producer.emitOpError()
             << "cannot be fused: its result must be used by the kernel it "
                "fuses into and nothing else";
    current = *merged;
    fuseProducerGenerics(rewriter, current, fromProducer);
  }
  // Inputs nothing reads any more (a producer's destination passed in).
  Block &body = current.getBody().front();
  for (int i = current.getInputs().size() - 1; i >= 0; --i) {
    if (!body.getArgument(i).use_empty())
      continue;
    rewriter.modifyOpInPlace(current, [&] {
      current.getInputsMutable().erase(i);
      body.eraseArgument(i);
    });
  }
  return current;
}

/// Rewrites the elementwise generic `generic`, which reads the result of
/// `expand` (a tensor.expand_shape) through the identity, to run over the
/// collapsed shape instead: it reads expand's source, its other operands
/// collapse the same way (whole ones by a tensor.collapse_shape, broadcast
/// ones when they only index dims that are not collapsed), and its result
/// is expanded after it. An epilogue then indexes its operands the way the
/// root generic indexes the collapsed tensor it writes (a pointwise conv
/// over flattened rows), which lets the micro-kernel apply it in registers.
/// Fails, changing nothing, where an operand does not collapse.
static FailureOr<GenericOp> collapseAfterExpand(RewriterBase &rewriter,
                                                GenericOp generic,
                                                tensor::ExpandShapeOp expand) {
  auto expandedType = expand.getResultType();
  if (!isFusibleElementwise(generic) ||
      generic.getNumLoops() != expandedType.getRank() ||
      !expandedType.hasStaticShape())
    return failure();
  bool usesIndex = false;
  generic.getBody().walk([&](IndexOp) { usesIndex = true; });
  if (usesIndex)
    return failure();
  SmallVector<ReassociationIndices> groups = expand.getReassociationIndices();
  // Per expanded dim: its group, and whether the group has it alone.
  SmallVector<unsigned> groupOf(expandedType.getRank());
  for (auto [g, group] : llvm::enumerate(groups))
    for (int64_t d : group)
      groupOf[d] = g;
  MLIRContext *ctx = generic.getContext();
  unsigned numGroups = groups.size();
  Location loc = generic.getLoc();
  SmallVector<Value> operands;
  SmallVector<AffineMap> maps;
  SmallVector<std::function<Value()>> makeOperand;
  for (OpOperand &operand : generic->getOpOperands()) {
    Value value = operand.get();
    AffineMap map = generic.getIndexingMap(operand.getOperandNumber());
    auto type = cast<RankedTensorType>(value.getType());
    if (map.isIdentity()) {
      maps.push_back(AffineMap::getMultiDimIdentityMap(numGroups, ctx));
      if (value == expand.getResult()) {
        makeOperand.push_back([&expand] { return expand.getSrc(); });
        continue;
      }
      if (type != expandedType)
        return failure();
      makeOperand.push_back([&rewriter, loc, value, groups] {
        return tensor::CollapseShapeOp::create(rewriter, loc, value, groups)
            .getResult();
      });
      continue;
    }
    SmallVector<AffineExpr> results;
    for (AffineExpr e : map.getResults()) {
      auto dim = dyn_cast<AffineDimExpr>(e);
      if (!dim || groups[groupOf[dim.getPosition()]].size() != 1)
        return failure();
      results.push_back(getAffineDimExpr(groupOf[dim.getPosition()], ctx));
    }
    maps.push_back(AffineMap::get(numGroups, 0, results, ctx));
    makeOperand.push_back([value] { return value; });
  }
  rewriter.setInsertionPoint(generic);
  for (auto &make : makeOperand)
    operands.push_back(make());
  unsigned numInputs = generic.getInputs().size();
  ValueRange inputs = ValueRange(operands).take_front(numInputs);
  ValueRange outputs = ValueRange(operands).drop_front(numInputs);
  auto iterators = ArrayAttr::get(
      ctx, generic.getIteratorTypes().getValue().take_front(numGroups));
  auto collapsed = GenericOp::create(rewriter, loc, outputs.getTypes(), inputs,
                                     outputs, rewriter.getAffineMapArrayAttr(maps),
                                     iterators);
  rewriter.inlineRegionBefore(generic.getBody(), collapsed.getBody(),
                              collapsed.getBody().end());
  SmallVector<Value> expanded;
  for (auto [result, old] :
       llvm::zip(collapsed->getResults(), generic->getResults()))
    expanded.push_back(tensor::ExpandShapeOp::create(
        rewriter, loc, old.getType(), result, groups));
  rewriter.replaceOp(generic, expanded);
  return collapsed;
}

FailureOr<FusedOp> kernel::fuseEpilogue(RewriterBase &rewriter,
                                        const EpilogueFusion &fusion) {
  llvm::SmallPtrSet<Operation *, 8> fromProducer;
  FusedOp kernel = fusion.kernel;
  // An epilogue writing a fresh tensor of the kernel's result type writes
  // over the kernel's result instead: one buffer for both, and the
  // micro-kernel stores its results where it would have stored the sums.
  FusedOp epilogue = fusion.epilogue;
  Value result = kernel->getResult(0);
  OpOperand &dest = epilogue.getOutputsMutable()[0];
  if (dest.get() != result && dest.get().getType() == result.getType() &&
      dest.get().getDefiningOp<tensor::EmptyOp>())
    rewriter.modifyOpInPlace(epilogue, [&] { dest.set(result); });
  FailureOr<FusedOp> merged = mergeKernels(
      rewriter, kernel, fusion.epilogue, kernel.getScheduleAttr(), fromProducer);
  if (failed(merged))
    return kernel.emitOpError()
           << "cannot take an epilogue: its result must be used by the "
              "epilogue and nothing else";
  // The producer's trailing copies (a transpose or row extraction back to
  // the result's layout) fold into the epilogue's generics.
  fuseProducerGenerics(rewriter, *merged, fromProducer);
  // An epilogue of a kernel whose result is a reshape of what its root
  // writes runs over the root's shape.
  Block &body = merged->getBody().front();
  for (GenericOp generic : llvm::to_vector(body.getOps<GenericOp>())) {
    if (fromProducer.contains(generic))
      continue;
    for (Value input : generic.getInputs())
      if (auto expand = input.getDefiningOp<tensor::ExpandShapeOp>()) {
        if (expand->getBlock() == &body)
          (void)collapseAfterExpand(rewriter, generic, expand);
        break;
      }
  }
  return merged;
}

LogicalResult kernel::applyFusionPlan(RewriterBase &rewriter,
                                      const FusionPlan &plan) {
  for (const FusionGroup &group : plan.groups)
    if (failed(fuseKernelGroup(rewriter, group)))
      return failure();
  return success();
}

/// For each of `fusions` (each given by its kernels, the one `apply` merges
/// the others into last), whether `profitable` keeps it: all of them are
/// carried out by `apply` on one scratch copy of `func` (they are disjoint),
/// and each merged kernel is judged against its parts. A fusion that fails on
/// the copy is kept, so that carrying it out reports the failure.
static SmallVector<bool> judgeOnCopy(
    func::FuncOp func, ArrayRef<SmallVector<FusedOp>> fusions,
    llvm::function_ref<FailureOr<FusedOp>(RewriterBase &, ArrayRef<FusedOp>)>
        apply,
    FusionProfitFn profitable) {
  SmallVector<bool> keep(fusions.size(), true);
  if (fusions.empty())
    return keep;
  SmallVector<FusedOp> original = kernelsOf(func);
  llvm::DenseMap<Operation *, unsigned> index;
  for (auto [i, fused] : llvm::enumerate(original))
    index[fused] = i;
  auto copy = cast<func::FuncOp>(func->clone());
  SmallVector<FusedOp> copied = kernelsOf(copy);
  IRRewriter rewriter(func.getContext());
  for (auto [i, parts] : llvm::enumerate(fusions)) {
    SmallVector<FusedOp> copiedParts;
    for (FusedOp part : parts)
      copiedParts.push_back(copied[index.lookup(part)]);
    FailureOr<FusedOp> merged = apply(rewriter, copiedParts);
    if (succeeded(merged))
      keep[i] = profitable(parts, *merged);
  }
  copy->erase();
  return keep;
}

LogicalResult kernel::fuseKernels(RewriterBase &rewriter, func::FuncOp func,
                                  FusionProfitFn profitable, bool explain) {
  if (explain) {
    func.walk([&](FusedOp fused) {
      std::string whyNot;
      if (elementwiseFusionTarget(fused, &whyNot))
        fused.emitRemark() << "fused into the kernel that reads it";
      else
        fused.emitRemark() << "not fused: " << whyNot;
    });
  }
  FusionPlan plan = planElementwiseFusion(func);
  if (profitable) {
    SmallVector<SmallVector<FusedOp>> fusions;
    for (const FusionGroup &group : plan.groups) {
      fusions.emplace_back(group.producers);
      fusions.back().push_back(group.consumer);
    }
    SmallVector<bool> keep = judgeOnCopy(
        func, fusions,
        [](RewriterBase &rewriter, ArrayRef<FusedOp> parts) {
          FusionGroup group{parts.back(),
                            SmallVector<FusedOp>(parts.drop_back())};
          return fuseKernelGroup(rewriter, group);
        },
        profitable);
    FusionPlan kept;
    for (auto [group, k] : llvm::zip(plan.groups, keep))
      if (k)
        kept.groups.push_back(group);
    plan = std::move(kept);
  }
  if (failed(applyFusionPlan(rewriter, plan)))
    return failure();
  // Then the elementwise kernels left (a chain's last kernel included)
  // become epilogues of the contraction, pooling or other kernel whose
  // result they read.
  if (explain) {
    func.walk([&](FusedOp fused) {
      unsigned loops = 0;
      std::string whyNot;
      if (!isElementwiseKernel(fused, loops, whyNot) ||
          !lastNonElementwiseProducer(fused))
        return;
      if (epilogueFusionTarget(fused, &whyNot))
        fused.emitRemark() << "fused as the epilogue of the kernel it reads";
      else
        fused.emitRemark() << "not an epilogue: " << whyNot;
    });
  }
  // In rounds: an elementwise kernel that reads another one's result (a
  // GELU reading the bias add that is also its multiplier, so that the add
  // was no part of its chain) becomes an epilogue once that one has become
  // the epilogue of a contraction.
  // The epilogues a round leaves apart stay as they are (only their
  // producer reads into them), so they are not asked about again.
  llvm::SmallPtrSet<Operation *, 8> leftApart;
  while (true) {
    SmallVector<EpilogueFusion> epilogues;
    for (const EpilogueFusion &fusion : planEpilogueFusion(func))
      if (!leftApart.contains(fusion.epilogue))
        epilogues.push_back(fusion);
    if (epilogues.empty())
      return success();
    SmallVector<bool> keep(epilogues.size(), true);
    if (profitable) {
      SmallVector<SmallVector<FusedOp>> fusions;
      for (const EpilogueFusion &fusion : epilogues)
        fusions.push_back({fusion.kernel, fusion.epilogue});
      keep = judgeOnCopy(
          func, fusions,
          [](RewriterBase &rewriter, ArrayRef<FusedOp> parts) {
            return fuseEpilogue(rewriter, {parts[0], parts[1]});
          },
          profitable);
    }
    for (auto [fusion, k] : llvm::zip(epilogues, keep)) {
      if (!k)
        leftApart.insert(fusion.epilogue);
      else if (failed(fuseEpilogue(rewriter, fusion)))
        return failure();
    }
  }
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {

struct KernelFusePass : kernel::impl::KernelFusePassBase<KernelFusePass> {
  using Base::Base;
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    if (failed(fuseKernels(rewriter, getOperation(), nullptr, explain)))
      signalPassFailure();
  }
};

} // namespace
