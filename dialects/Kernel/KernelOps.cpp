//===- KernelOps.cpp - kernel.generic, kernel.fused and friends -----------===//
//
// Verifiers of the kernel ops. kernel.generic checks that its maps, loops,
// operand shapes and body agree; kernel.fused checks its region signature
// and its schedule against the loops of its root generic.
//
//===----------------------------------------------------------------------===//

#include "dialects/Kernel/KernelOps.h"

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"

#include <functional>

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

static constexpr int64_t kDyn = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// custom<IteratorTypes>: `[parallel, reduction]`
//===----------------------------------------------------------------------===//

static ParseResult parseIteratorTypes(OpAsmParser &parser, ArrayAttr &attr) {
  SmallVector<Attribute> types;
  MLIRContext *ctx = parser.getContext();
  if (parser.parseCommaSeparatedList(
          OpAsmParser::Delimiter::Square, [&]() -> ParseResult {
            StringRef keyword;
            SMLoc loc = parser.getCurrentLocation();
            if (parser.parseKeyword(&keyword))
              return failure();
            std::optional<IteratorType> t = symbolizeIteratorType(keyword);
            if (!t)
              return parser.emitError(loc)
                     << "expected 'parallel' or 'reduction', got '" << keyword
                     << "'";
            types.push_back(IteratorTypeAttr::get(ctx, *t));
            return success();
          }))
    return failure();
  attr = ArrayAttr::get(ctx, types);
  return success();
}

static void printIteratorTypes(OpAsmPrinter &p, Operation *, ArrayAttr attr) {
  p << '[';
  llvm::interleaveComma(attr, p, [&](Attribute a) {
    p << stringifyIteratorType(cast<IteratorTypeAttr>(a).getValue());
  });
  p << ']';
}

//===----------------------------------------------------------------------===//
// GenericOp
//===----------------------------------------------------------------------===//

SmallVector<IteratorType> GenericOp::getIteratorTypesArray() {
  return llvm::map_to_vector(getIteratorTypes(), [](Attribute a) {
    return cast<IteratorTypeAttr>(a).getValue();
  });
}

SmallVector<AffineMap> GenericOp::getIndexingMapsArray() {
  return llvm::to_vector(getIndexingMaps().getAsValueRange<AffineMapAttr>());
}

AffineMap GenericOp::getIndexingMap(unsigned i) {
  return cast<AffineMapAttr>(getIndexingMaps()[i]).getValue();
}

SmallVector<int64_t> GenericOp::getStaticLoopRanges() {
  SmallVector<int64_t> ranges(getNumLoops(), kDyn);
  for (auto [operand, map] :
       llvm::zip(getOperands(), getIndexingMaps().getAsValueRange<AffineMapAttr>())) {
    auto type = cast<RankedTensorType>(operand.getType());
    for (auto [i, expr] : llvm::enumerate(map.getResults()))
      if (auto dim = dyn_cast<AffineDimExpr>(expr))
        if (ranges[dim.getPosition()] == kDyn)
          ranges[dim.getPosition()] = type.getDimSize(i);
  }
  return ranges;
}

std::optional<int64_t> GenericOp::getStaticIterationCount() {
  int64_t count = 1;
  for (int64_t r : getStaticLoopRanges()) {
    if (ShapedType::isDynamic(r))
      return std::nullopt;
    count *= r;
  }
  return count;
}

bool GenericOp::isElementwise() {
  return !hasReduction() &&
         llvm::all_of(getIndexingMapsArray(), [](AffineMap m) {
           return m.isProjectedPermutation(/*allowZeroInResults=*/true);
         });
}

bool GenericOp::hasReduction() {
  return llvm::is_contained(getIteratorTypesArray(), IteratorType::reduction);
}

/// The largest index `expr` reaches for loops in [0, ranges), if it is a sum
/// of loop indices and constants with non-negative coefficients (the
/// indexing of every elementwise op, contraction, conv and pool).
static std::optional<int64_t> maxIndex(AffineExpr expr,
                                       ArrayRef<int64_t> ranges) {
  if (auto c = dyn_cast<AffineConstantExpr>(expr))
    return c.getValue();
  if (auto d = dyn_cast<AffineDimExpr>(expr)) {
    int64_t r = ranges[d.getPosition()];
    return r == kDyn ? std::nullopt : std::optional<int64_t>(r - 1);
  }
  auto bin = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!bin)
    return std::nullopt;
  if (expr.getKind() == AffineExprKind::Add) {
    auto l = maxIndex(bin.getLHS(), ranges), r = maxIndex(bin.getRHS(), ranges);
    if (l && r)
      return *l + *r;
    return std::nullopt;
  }
  if (expr.getKind() == AffineExprKind::Mul) {
    auto c = dyn_cast<AffineConstantExpr>(bin.getRHS());
    if (!c || c.getValue() < 0)
      return std::nullopt;
    auto l = maxIndex(bin.getLHS(), ranges);
    if (l && *l >= 0)
      return *l * c.getValue();
  }
  return std::nullopt;
}

LogicalResult GenericOp::verify() {
  unsigned numOperands = getInputs().size() + getOutputs().size();
  if (getIndexingMaps().size() != numOperands)
    return emitOpError() << "expected one indexing map per operand ("
                         << numOperands << "), got "
                         << getIndexingMaps().size();
  if (getOutputs().empty())
    return emitOpError() << "needs at least one output";
  unsigned numLoops = getNumLoops();
  SmallVector<AffineMap> maps = getIndexingMapsArray();
  SmallVector<IteratorType> iterators = getIteratorTypesArray();
  for (auto [i, operand, map] : llvm::enumerate(getOperands(), maps)) {
    if (map.getNumDims() != numLoops)
      return emitOpError() << "indexing map #" << i << " has "
                           << map.getNumDims() << " dims but there are "
                           << numLoops << " loops (iterator_types)";
    if (map.getNumSymbols() != 0)
      return emitOpError() << "indexing map #" << i
                           << " must not have symbols";
    auto type = cast<RankedTensorType>(operand.getType());
    if (map.getNumResults() != type.getRank())
      return emitOpError() << "indexing map #" << i << " has "
                           << map.getNumResults()
                           << " results but operand #" << i << " has rank "
                           << type.getRank();
  }
  // Outputs are written once per parallel point: their maps must be
  // projected permutations (a constant 0 may index a dim of size 1, as a
  // reduction with keepdims does) that do not use reduction loops.
  for (unsigned i = getInputs().size(); i < numOperands; ++i) {
    AffineMap map = maps[i];
    if (!map.isProjectedPermutation(/*allowZeroInResults=*/true))
      return emitOpError() << "indexing map #" << i
                           << " of an output must be a projected permutation, "
                              "got "
                           << AffineMapAttr::get(map);
    auto type = cast<RankedTensorType>(getOperand(i).getType());
    for (auto [r, e] : llvm::enumerate(map.getResults())) {
      if (isa<AffineConstantExpr>(e)) {
        if (type.getDimSize(r) != 1)
          return emitOpError() << "indexing map #" << i << " writes dim " << r
                               << " of an output at a constant index, but "
                                  "that dim has size "
                               << type.getDimSize(r) << ", not 1";
        continue;
      }
      if (iterators[cast<AffineDimExpr>(e).getPosition()] ==
          IteratorType::reduction)
        return emitOpError() << "indexing map #" << i
                             << " of an output uses reduction loop d"
                             << cast<AffineDimExpr>(e).getPosition();
    }
  }
  // Every loop needs a bound, and all operands must agree on it.
  SmallVector<int64_t> ranges(numLoops, kDyn);
  SmallVector<bool> bounded(numLoops, false);
  for (auto [i, operand, map] : llvm::enumerate(getOperands(), maps)) {
    auto type = cast<RankedTensorType>(operand.getType());
    for (auto [r, expr] : llvm::enumerate(map.getResults())) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim)
        continue;
      unsigned d = dim.getPosition();
      bounded[d] = true;
      int64_t size = type.getDimSize(r);
      if (size == kDyn)
        continue;
      if (ranges[d] != kDyn && ranges[d] != size)
        return emitOpError() << "loop d" << d << " has extent " << ranges[d]
                             << " from an earlier operand but operand #" << i
                             << " dim " << r << " has size " << size;
      ranges[d] = size;
    }
  }
  for (unsigned d = 0; d < numLoops; ++d)
    if (!bounded[d])
      return emitOpError() << "loop d" << d
                           << " has no bound: it must appear alone as a "
                              "result of some indexing map";
  // Computed indices (conv, pool windows) must stay inside their operand.
  for (auto [i, operand, map] : llvm::enumerate(getOperands(), maps)) {
    auto type = cast<RankedTensorType>(operand.getType());
    for (auto [r, expr] : llvm::enumerate(map.getResults())) {
      if (isa<AffineDimExpr>(expr) || type.isDynamicDim(r))
        continue;
      std::optional<int64_t> max = maxIndex(expr, ranges);
      if (max && *max >= type.getDimSize(r))
        return emitOpError() << "indexing map #" << i << " reads index "
                             << *max << " of dim " << r << " of operand #" << i
                             << ", which has size " << type.getDimSize(r);
    }
  }
  // Results mirror outputs.
  if (getResultTypes() != getOutputs().getTypes())
    return emitOpError() << "result types must match the output types";
  // The body takes one scalar per operand and yields one per output.
  Block &body = getBody().front();
  if (body.getNumArguments() != numOperands)
    return emitOpError() << "body must have " << numOperands
                         << " arguments (one per operand), got "
                         << body.getNumArguments();
  for (auto [i, operand, arg] :
       llvm::enumerate(getOperands(), body.getArguments())) {
    Type elt = cast<RankedTensorType>(operand.getType()).getElementType();
    if (arg.getType() != elt)
      return emitOpError() << "body argument #" << i << " has type "
                           << arg.getType() << " but operand #" << i
                           << " has element type " << elt;
  }
  auto yield = dyn_cast<YieldOp>(body.getTerminator());
  if (!yield)
    return emitOpError() << "body must end in kernel.yield";
  if (yield.getValues().size() != getOutputs().size())
    return yield.emitOpError()
           << "yields " << yield.getValues().size() << " values but the "
           << "kernel.generic has " << getOutputs().size() << " outputs";
  for (auto [i, v, out] : llvm::enumerate(yield.getValues(), getOutputs())) {
    Type elt = cast<RankedTensorType>(out.getType()).getElementType();
    if (v.getType() != elt)
      return yield.emitOpError() << "value #" << i << " has type "
                                 << v.getType() << " but output #" << i
                                 << " has element type " << elt;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// FusedOp
//===----------------------------------------------------------------------===//

GenericOp FusedOp::getRoot() {
  GenericOp root;
  for (auto generic : getBody().front().getOps<GenericOp>())
    if (!root || generic.getNumLoops() >= root.getNumLoops())
      root = generic;
  return root;
}

LogicalResult FusedOp::verify() {
  Block &body = getBody().front();
  unsigned numOperands = getInputs().size() + getOutputs().size();
  if (body.getNumArguments() != numOperands)
    return emitOpError() << "body must have " << numOperands
                         << " arguments (ins, then outs), got "
                         << body.getNumArguments();
  for (auto [i, operand, arg] :
       llvm::enumerate(getOperands(), body.getArguments()))
    if (operand.getType() != arg.getType())
      return emitOpError() << "body argument #" << i << " has type "
                           << arg.getType() << " but operand #" << i
                           << " has type " << operand.getType();
  if (getResultTypes() != getOutputs().getTypes())
    return emitOpError() << "result types must match the output types";
  auto yield = dyn_cast<YieldOp>(body.getTerminator());
  if (!yield)
    return emitOpError() << "body must end in kernel.yield";
  if (yield.getValues().getTypes() != getResultTypes())
    return yield.emitOpError()
           << "yields " << yield.getValues().getTypes()
           << " but the kernel.fused has results " << getResultTypes();
  ScheduleAttr schedule = getScheduleAttr();
  if (!schedule)
    return success();
  GenericOp root = getRoot();
  if (!root)
    return emitOpError()
           << "has a schedule but no kernel.generic for it to apply to";
  return schedule.verifyAgainstLoops(
      [&]() { return emitOpError() << "schedule "; },
      root.getIteratorTypesArray(), root.getStaticLoopRanges());
}

//===----------------------------------------------------------------------===//
// IndexOp
//===----------------------------------------------------------------------===//

LogicalResult IndexOp::verify() {
  auto generic = (*this)->getParentOfType<GenericOp>();
  if (!generic)
    return emitOpError() << "must be inside a kernel.generic";
  if (static_cast<uint64_t>(getDim()) >= generic.getNumLoops())
    return emitOpError() << "dim " << getDim()
                         << " is out of range: the kernel.generic has "
                         << generic.getNumLoops() << " loops";
  return success();
}

#define GET_OP_CLASSES
#include "dialects/Kernel/KernelOps.cpp.inc"

std::string dlc::kernel::describeKernel(FusedOp fused) {
  SmallVector<std::string> nodes;
  std::function<void(Location, StringRef)> walk = [&](Location l,
                                                      StringRef opType) {
    if (auto fused = dyn_cast<FusedLoc>(l)) {
      StringRef type = opType;
      if (auto s = dyn_cast_or_null<StringAttr>(fused.getMetadata()))
        type = s.getValue();
      for (Location inner : fused.getLocations())
        walk(inner, type);
    } else if (auto name = dyn_cast<NameLoc>(l)) {
      std::string node = "'" + name.getName().str() + "'";
      if (!opType.empty())
        node += " (" + opType.str() + ")";
      if (!llvm::is_contained(nodes, node))
        nodes.push_back(node);
    }
  };
  if (GenericOp root = fused.getRoot())
    walk(root.getLoc(), "");
  walk(fused.getLoc(), "");
  fused.getBody().walk([&](Operation *op) { walk(op->getLoc(), ""); });
  if (nodes.empty())
    return "";
  std::string text = nodes.front();
  if (nodes.size() > 1)
    text += " + " + std::to_string(nodes.size() - 1) + " more";
  return text;
}

bool dlc::kernel::runSmallFunctionOnOneThread(Operation *func) {
  int64_t total = 0;
  SmallVector<FusedOp> kernels;
  WalkResult walk = func->walk([&](FusedOp fused) {
    kernels.push_back(fused);
    GenericOp root = fused.getRoot();
    std::optional<int64_t> iterations =
        root ? root.getStaticIterationCount() : std::nullopt;
    if (!iterations)
      return WalkResult::interrupt();
    total += *iterations;
    return WalkResult::advance();
  });
  if (walk.wasInterrupted() || total >= kMinThreadedFunctionIterations)
    return false;
  bool changed = false;
  for (FusedOp fused : kernels) {
    ScheduleAttr schedule = fused.getScheduleAttr();
    if (!schedule || schedule.getParallel().empty())
      continue;
    fused.setScheduleAttr(schedule.withoutParallel());
    changed = true;
  }
  return changed;
}
