//===- RegisterTile.cpp - Which kernels run as vector micro-kernels -------===//

#include "dialects/Kernel/RegisterTile.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"

using namespace mlir;
using namespace dlc;

/// The constant stride of `expr` along dim `d` (0 when it does not use it),
/// or std::nullopt when it is not of the form `s * d + (terms without d)`.
static std::optional<int64_t> strideAlong(AffineExpr expr, unsigned d,
                                          unsigned numDims) {
  if (!expr.isFunctionOfDim(d))
    return 0;
  MLIRContext *ctx = expr.getContext();
  // Evaluate at d = 1 and d = 0 with every other dim 0: the difference is
  // the coefficient if the expression is linear in d.
  auto at = [&](int64_t value) -> std::optional<int64_t> {
    SmallVector<AffineExpr> dims;
    for (unsigned i = 0; i < numDims; ++i)
      dims.push_back(getAffineConstantExpr(i == d ? value : 0, ctx));
    auto c = dyn_cast<AffineConstantExpr>(
        simplifyAffineExpr(expr.replaceDims(dims), 0, 0));
    if (!c)
      return std::nullopt;
    return c.getValue();
  };
  std::optional<int64_t> one = at(1), zero = at(0);
  if (!one || !zero)
    return std::nullopt;
  int64_t stride = *one - *zero;
  AffineExpr rest = simplifyAffineExpr(
      expr - getAffineDimExpr(d, ctx) * stride, numDims, 0);
  if (rest.isFunctionOfDim(d))
    return std::nullopt;
  return stride;
}

static bool isScalar(Type t) { return isa<FloatType, IntegerType>(t); }

bool kernel::isVectorMemoryElement(Type elt) {
  return isScalar(elt) && elt.getIntOrFloatBitWidth() % 8 == 0;
}

bool kernel::isLaneSafe(Operation &op) {
  if (op.getDialect()->getNamespace() != arith::ArithDialect::getDialectNamespace())
    return false;
  if (!op.hasTrait<OpTrait::Elementwise>() && !isa<arith::ConstantOp>(op))
    return false;
  if (isa<arith::DivSIOp, arith::DivUIOp, arith::RemSIOp, arith::RemUIOp,
          arith::CeilDivSIOp, arith::CeilDivUIOp, arith::FloorDivSIOp>(op))
    return false;
  if (op.getNumRegions() != 0)
    return false;
  return llvm::all_of(op.getOperandTypes(), isScalar) &&
         llvm::all_of(op.getResultTypes(), isScalar);
}

std::optional<int64_t> kernel::laneStride(AffineMap map, int64_t laneDim) {
  if (map.getNumResults() == 0)
    return 0;
  for (AffineExpr e : map.getResults().drop_back())
    if (e.isFunctionOfDim(laneDim))
      return std::nullopt;
  std::optional<int64_t> stride =
      strideAlong(map.getResults().back(), laneDim, map.getNumDims());
  if (!stride || *stride < 0)
    return std::nullopt;
  return stride;
}

std::optional<int64_t> kernel::laneStride(AffineMap map, int64_t laneDim,
                                          ArrayRef<int64_t> shape) {
  if (shape.size() != map.getNumResults() ||
      llvm::any_of(shape, ShapedType::isDynamic))
    return std::nullopt;
  int64_t stride = 0, rowStride = 1;
  for (int64_t i = shape.size() - 1; i >= 0; --i) {
    std::optional<int64_t> s =
        strideAlong(map.getResult(i), laneDim, map.getNumDims());
    if (!s)
      return std::nullopt;
    stride += *s * rowStride;
    rowStride *= shape[i];
  }
  if (stride < 0)
    return std::nullopt;
  return stride;
}

bool kernel::readsPaddedInputFewTimes(ArrayRef<int64_t> loopRanges,
                                      int64_t elements) {
  int64_t steps = 1;
  for (int64_t extent : loopRanges) {
    if (ShapedType::isDynamic(extent))
      return false;
    steps *= extent;
  }
  return steps <= kMaxPaddedInputReuse * elements;
}

bool kernel::isFloatMath(Operation &op) {
  return isa<math::MathDialect>(op.getDialect()) &&
         op.hasTrait<OpTrait::Elementwise>() && op.getNumRegions() == 0 &&
         llvm::all_of(op.getOperandTypes(), llvm::IsaPred<FloatType>) &&
         llvm::all_of(op.getResultTypes(), llvm::IsaPred<FloatType>);
}

bool kernel::isLaneSafeBody(Block &body, bool floatMath) {
  for (BlockArgument arg : body.getArguments())
    if (!isScalar(arg.getType()))
      return false;
  for (Operation &op : body.without_terminator())
    if (!isLaneSafe(op) && !(floatMath && isFloatMath(op)))
      return false;
  Operation *terminator = body.getTerminator();
  return terminator->getNumOperands() == 1 &&
         terminator->getNumRegions() == 0 &&
         isScalar(terminator->getOperand(0).getType());
}

std::optional<kernel::RegisterTileAccess>
kernel::matchRegisterTiledReduction(ArrayRef<AffineMap> maps,
                                    ArrayRef<bool> isReduction, Block &body) {
  if (maps.empty() || !llvm::is_contained(isReduction, true))
    return std::nullopt;
  unsigned numInputs = maps.size() - 1;
  if (body.getNumArguments() != maps.size())
    return std::nullopt;
  // The output: plain dims, the innermost a parallel one.
  AffineMap out = maps.back();
  if (out.getNumResults() == 0 || !out.isProjectedPermutation(false))
    return std::nullopt;
  kernel::RegisterTileAccess access;
  access.laneDim = cast<AffineDimExpr>(out.getResults().back()).getPosition();
  if (isReduction[access.laneDim])
    return std::nullopt;
  for (AffineMap map : maps.take_front(numInputs)) {
    std::optional<int64_t> stride = laneStride(map, access.laneDim);
    if (!stride)
      return std::nullopt;
    access.inputStrides.push_back(*stride);
  }
  // The body: lane-safe arith on scalars, combining the output's value.
  if (!isLaneSafeBody(body) || body.getArguments().back().use_empty())
    return std::nullopt;
  return access;
}
