//===- GraphOps.cpp - Result-type inference and verifiers of graph ops ----===//
//
// Every graph op infers its result type here (InferTypeOpInterface); the
// inference is also the verifier, so each error message below names the
// operand or attribute at fault and what was expected. Shape rules shared
// with other code live in ShapeInference.cpp. Folders are in
// GraphOpFolders.cpp.
//
//===----------------------------------------------------------------------===//

#include "dialects/Graph/GraphOps.h"
#include "dialects/Graph/ShapeInference.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallSet.h"

using namespace mlir;
using namespace dlc;
using namespace dlc::graph;

static constexpr int64_t kDyn = ShapedType::kDynamic;

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

bool graph::areCompatibleReturnTypes(TypeRange inferred, TypeRange actual) {
  if (inferred.size() != actual.size())
    return false;
  for (auto [l, r] : llvm::zip(inferred, actual)) {
    auto lt = dyn_cast<RankedTensorType>(l);
    auto rt = dyn_cast<RankedTensorType>(r);
    if (!lt || !rt) {
      if (l != r)
        return false;
      continue;
    }
    if (lt.getElementType() != rt.getElementType() ||
        failed(verifyCompatibleShape(lt.getShape(), rt.getShape())))
      return false;
  }
  return true;
}

/// Reports an inference failure in the usual "'graph.x' op ..." form.
template <typename... Args>
static LogicalResult fail(std::optional<Location> loc, StringRef opName,
                          Args &&...args) {
  return emitOptionalError(loc, "'", opName, "' op ",
                           std::forward<Args>(args)...);
}

static RankedTensorType rankedType(Value v) {
  return v ? dyn_cast<RankedTensorType>(v.getType()) : RankedTensorType();
}

/// Returns the ranked types of `values`, or failure (reported) if one is not
/// a ranked tensor; inference may run on IR that is not yet verified.
static FailureOr<SmallVector<RankedTensorType>>
rankedTypes(std::optional<Location> loc, StringRef opName, ValueRange values) {
  SmallVector<RankedTensorType> types;
  for (auto [i, v] : llvm::enumerate(values)) {
    RankedTensorType t = rankedType(v);
    if (!t) {
      (void)fail(loc, opName, "operand #", i, " must be a ranked tensor");
      return failure();
    }
    types.push_back(t);
  }
  return types;
}

static std::string fmt(ArrayRef<int64_t> shape) { return formatShape(shape); }


/// The integer values of `v` when it is produced by a constant op.
static std::optional<SmallVector<int64_t>> getConstantInts(Value v) {
  DenseIntElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  SmallVector<int64_t> values;
  for (const APInt &x : attr.getValues<APInt>())
    values.push_back(x.getSExtValue());
  return values;
}

/// The values of `v` as doubles when it is produced by a constant op.
static std::optional<SmallVector<double>> getConstantDoubles(Value v) {
  DenseElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  SmallVector<double> values;
  Type elt = attr.getElementType();
  if (isa<FloatType>(elt)) {
    for (const APFloat &x : attr.getValues<APFloat>())
      values.push_back(x.convertToDouble());
  } else if (elt.isInteger()) {
    for (const APInt &x : attr.getValues<APInt>())
      values.push_back(static_cast<double>(x.getSExtValue()));
  } else {
    return std::nullopt;
  }
  return values;
}

/// Number of elements of a 1-D operand, or failure (reported) if it is not
/// 1-D with a static length.
static FailureOr<int64_t> staticVectorLength(std::optional<Location> loc,
                                             StringRef opName, Value v,
                                             StringRef what) {
  RankedTensorType t = rankedType(v);
  if (!t || t.getRank() != 1 || t.isDynamicDim(0)) {
    (void)fail(loc, opName, what, " must be a 1-D tensor of static length, got ",
               v.getType());
    return failure();
  }
  return t.getDimSize(0);
}

static bool isScalarLike(RankedTensorType t) {
  return t.getRank() == 0 || (t.hasStaticShape() && t.getNumElements() == 1);
}

/// Normalizes `axes` against `rank`; reports out-of-range and duplicates.
static FailureOr<SmallVector<int64_t>>
normalizeAxes(std::optional<Location> loc, StringRef opName,
              ArrayRef<int64_t> axes, int64_t rank, StringRef what = "axes") {
  SmallVector<int64_t> result;
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t a : axes) {
    std::optional<int64_t> n = normalizeAxis(a, rank);
    if (!n) {
      (void)fail(loc, opName, what, " ", formatList(axes), " has ", a,
                 ", out of range for rank ", rank, " (allowed: [", -rank, ", ",
                 rank - 1, "])");
      return failure();
    }
    if (!seen.insert(*n).second) {
      (void)fail(loc, opName, what, " ", formatList(axes),
                 " names dim ", *n, " twice");
      return failure();
    }
    result.push_back(*n);
  }
  return result;
}

static FailureOr<int64_t> normalizeOneAxis(std::optional<Location> loc,
                                           StringRef opName, int64_t axis,
                                           int64_t rank) {
  std::optional<int64_t> n = normalizeAxis(axis, rank);
  if (!n) {
    (void)fail(loc, opName, "axis ", axis, " is out of range for rank ", rank,
               " (allowed: [", -rank, ", ", rank - 1, "])");
    return failure();
  }
  return *n;
}

//===----------------------------------------------------------------------===//
// Constant
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                           Adaptor adaptor,
                                           SmallVectorImpl<Type> &results) {
  ElementsAttr value = adaptor.getValueAttr();
  if (!value)
    return fail(loc, getOperationName(), "requires a 'value' attribute");
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type)
    return fail(loc, getOperationName(),
                "value must be a ranked tensor, got ", value.getType());
  results.push_back(type);
  return success();
}

//===----------------------------------------------------------------------===//
// Broadcasting elementwise ops
//===----------------------------------------------------------------------===//

/// Infers the broadcast result of `operands`. `sameTypeFrom` is the index of
/// the first operand whose element type all later ones must share (or -1);
/// `resultElement` overrides the result element type.
static LogicalResult inferBroadcast(std::optional<Location> loc,
                                    StringRef opName, ValueRange operands,
                                    int sameTypeFrom, Type resultElement,
                                    SmallVectorImpl<Type> &results) {
  auto types = rankedTypes(loc, opName, operands);
  if (failed(types))
    return failure();
  if (sameTypeFrom >= 0) {
    Type elt = (*types)[sameTypeFrom].getElementType();
    for (size_t i = sameTypeFrom + 1; i < types->size(); ++i)
      if ((*types)[i].getElementType() != elt)
        return fail(loc, opName, "operands must have the same element type, got ",
                    elt, " and ", (*types)[i].getElementType());
  }
  SmallVector<ArrayRef<int64_t>> shapes;
  for (RankedTensorType t : *types)
    shapes.push_back(t.getShape());
  ShapeResult shape = broadcastShapes(shapes);
  if (!shape.ok())
    return fail(loc, opName, shape.error);
  Type elt = resultElement ? resultElement
                           : (*types)[std::max(sameTypeFrom, 0)].getElementType();
  results.push_back(RankedTensorType::get(shape.shape, elt));
  return success();
}

#define DLC_BINARY_INFER(OP, SAME_FROM, BOOL_RESULT)                           \
  LogicalResult OP::inferReturnTypes(MLIRContext *ctx,                         \
                                     std::optional<Location> loc,              \
                                     Adaptor a,                                \
                                     SmallVectorImpl<Type> &results) {         \
    return inferBroadcast(loc, getOperationName(), {a.getLhs(), a.getRhs()},   \
                          SAME_FROM,                                           \
                          BOOL_RESULT ? IntegerType::get(ctx, 1) : Type(),     \
                          results);                                            \
  }

DLC_BINARY_INFER(AddOp, 0, false)
DLC_BINARY_INFER(SubOp, 0, false)
DLC_BINARY_INFER(MulOp, 0, false)
DLC_BINARY_INFER(DivOp, 0, false)
DLC_BINARY_INFER(MaxOp, 0, false)
DLC_BINARY_INFER(MinOp, 0, false)
DLC_BINARY_INFER(EqualOp, 0, true)
DLC_BINARY_INFER(LessOp, 0, true)
DLC_BINARY_INFER(GreaterOp, 0, true)
DLC_BINARY_INFER(LessOrEqualOp, 0, true)
DLC_BINARY_INFER(GreaterOrEqualOp, 0, true)
DLC_BINARY_INFER(AndOp, 0, false)
DLC_BINARY_INFER(OrOp, 0, false)
DLC_BINARY_INFER(XorOp, 0, false)
DLC_BINARY_INFER(ModOp, 0, false)
DLC_BINARY_INFER(BitShiftOp, 0, false)
#undef DLC_BINARY_INFER

LogicalResult ModOp::verify() {
  Type elt = getType().getElementType();
  if (isa<FloatType>(elt) && !getFmod())
    return emitOpError() << "fmod must be true for float operands (" << elt
                         << ")";
  return success();
}

LogicalResult BitShiftOp::verify() {
  if (getDirection() != "LEFT" && getDirection() != "RIGHT")
    return emitOpError() << "direction must be \"LEFT\" or \"RIGHT\", got \""
                         << getDirection() << "\"";
  Type elt = getType().getElementType();
  if (!elt.isUnsignedInteger())
    return emitOpError() << "operands must be unsigned integers, got " << elt;
  return success();
}

LogicalResult PReluOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc, Adaptor a,
                                        SmallVectorImpl<Type> &results) {
  if (failed(inferBroadcast(loc, getOperationName(),
                            {a.getInput(), a.getSlope()}, 0, Type(), results)))
    return failure();
  // Unidirectional: the slope broadcasts to the input, never the reverse.
  RankedTensorType input = rankedType(a.getInput());
  RankedTensorType slope = rankedType(a.getSlope());
  bool fits = slope.getRank() <= input.getRank();
  for (int64_t i = 1; fits && i <= slope.getRank(); ++i) {
    int64_t s = slope.getDimSize(slope.getRank() - i);
    int64_t x = input.getDimSize(input.getRank() - i);
    fits = s == 1 || s == x || x == ShapedType::kDynamic;
  }
  if (!fits)
    return fail(loc, getOperationName(), "slope of type ", slope,
                " does not broadcast to the input's shape (", input, ")");
  return success();
}

LogicalResult PowOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                      Adaptor a, SmallVectorImpl<Type> &results) {
  // ONNX Pow allows the exponent's type to differ from the base's.
  return inferBroadcast(loc, getOperationName(), {a.getLhs(), a.getRhs()},
                        /*sameTypeFrom=*/-1, Type(), results);
}

LogicalResult WhereOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                        Adaptor a,
                                        SmallVectorImpl<Type> &results) {
  // Named here: "operands" would include the i1 condition.
  RankedTensorType x = rankedType(a.getX()), y = rankedType(a.getY());
  if (x && y && x.getElementType() != y.getElementType())
    return fail(loc, getOperationName(),
                "x and y must have the same element type, got ",
                x.getElementType(), " and ", y.getElementType());
  return inferBroadcast(loc, getOperationName(),
                        {a.getCondition(), a.getX(), a.getY()},
                        /*sameTypeFrom=*/1, Type(), results);
}

//===----------------------------------------------------------------------===//
// Unary ops with their own checks
//===----------------------------------------------------------------------===//

LogicalResult CeluOp::verify() {
  if (getAlpha().isZero())
    return emitOpError() << "alpha must not be 0";
  return success();
}

#define DLC_FLOAT_TEST_INFER(OP)                                               \
  LogicalResult OP::inferReturnTypes(MLIRContext *ctx,                         \
                                     std::optional<Location> loc, Adaptor a,   \
                                     SmallVectorImpl<Type> &results) {         \
    RankedTensorType input = rankedType(a.getInput());                         \
    if (!input)                                                                \
      return fail(loc, getOperationName(), "input must be a ranked tensor");   \
    results.push_back(input.clone(IntegerType::get(ctx, 1)));                  \
    return success();                                                          \
  }
DLC_FLOAT_TEST_INFER(IsNaNOp)
DLC_FLOAT_TEST_INFER(IsInfOp)
#undef DLC_FLOAT_TEST_INFER

LogicalResult GeluOp::verify() {
  if (getApproximate() != "none" && getApproximate() != "tanh")
    return emitOpError() << "approximate must be \"none\" or \"tanh\", got \""
                         << getApproximate() << "\"";
  return success();
}

LogicalResult ClipOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor a,
                                       SmallVectorImpl<Type> &results) {
  RankedTensorType input = rankedType(a.getInput());
  if (!input)
    return fail(loc, getOperationName(), "input must be a ranked tensor");
  for (auto [bound, name] : {std::make_pair(a.getMin(), "min"),
                             std::make_pair(a.getMax(), "max")}) {
    if (!bound)
      continue;
    RankedTensorType t = rankedType(bound);
    if (!t || !isScalarLike(t))
      return fail(loc, getOperationName(), name,
                  " must be a scalar (rank 0 or one element), got ",
                  bound.getType());
    if (t.getElementType() != input.getElementType())
      return fail(loc, getOperationName(), name, " has element type ",
                  t.getElementType(), " but the input has ",
                  input.getElementType());
  }
  results.push_back(input);
  return success();
}

LogicalResult CastOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor a,
                                       SmallVectorImpl<Type> &results) {
  RankedTensorType input = rankedType(a.getInput());
  if (!input)
    return fail(loc, getOperationName(), "input must be a ranked tensor");
  Type to = a.getTo();
  if (!to || !(isa<FloatType>(to) || isa<IntegerType>(to)))
    return fail(loc, getOperationName(),
                "'to' must be a float or integer element type, got ", to);
  results.push_back(input.clone(to));
  return success();
}

//===----------------------------------------------------------------------===//
// MatMul and Gemm
//===----------------------------------------------------------------------===//

LogicalResult MatMulOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  auto types = rankedTypes(loc, getOperationName(), {a.getLhs(), a.getRhs()});
  if (failed(types))
    return failure();
  auto [lhs, rhs] = std::make_pair((*types)[0], (*types)[1]);
  if (lhs.getElementType() != rhs.getElementType())
    return fail(loc, getOperationName(),
                "operands must have the same element type, got ",
                lhs.getElementType(), " and ", rhs.getElementType());
  ShapeResult shape = inferMatMulShape(lhs.getShape(), rhs.getShape());
  if (!shape.ok())
    return fail(loc, getOperationName(), shape.error);
  results.push_back(RankedTensorType::get(shape.shape, lhs.getElementType()));
  return success();
}

LogicalResult GemmOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor a,
                                       SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getA(), a.getB()});
  if (failed(types))
    return failure();
  auto [ta, tb] = std::make_pair((*types)[0], (*types)[1]);
  if (ta.getRank() != 2 || tb.getRank() != 2)
    return fail(loc, name, "A and B must be 2-D, got ", fmt(ta.getShape()),
                " and ", fmt(tb.getShape()));
  if (ta.getElementType() != tb.getElementType())
    return fail(loc, name, "A and B must have the same element type, got ",
                ta.getElementType(), " and ", tb.getElementType());
  bool transA = a.getTransA(), transB = a.getTransB();
  int64_t m = ta.getDimSize(transA ? 1 : 0), k1 = ta.getDimSize(transA ? 0 : 1);
  int64_t k2 = tb.getDimSize(transB ? 1 : 0), n = tb.getDimSize(transB ? 0 : 1);
  if (k1 != kDyn && k2 != kDyn && k1 != k2)
    return fail(loc, name, "contraction dims differ: op(A) is ", fmt({m, k1}),
                " but op(B) is ", fmt({k2, n}),
                " (transA = ", transA ? "true" : "false",
                ", transB = ", transB ? "true" : "false", ")");
  SmallVector<int64_t> shape = {m, n};
  if (Value c = a.getC()) {
    RankedTensorType tc = rankedType(c);
    if (!tc || tc.getElementType() != ta.getElementType())
      return fail(loc, name, "C must be a ranked tensor of ",
                  ta.getElementType(), ", got ", c.getType());
    if (!isUnidirectionalBroadcastable(tc.getShape(), shape))
      return fail(loc, name, "C of shape ", fmt(tc.getShape()),
                  " does not broadcast to the result shape ", fmt(shape));
  }
  results.push_back(RankedTensorType::get(shape, ta.getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// Conv, ConvTranspose, pooling
//===----------------------------------------------------------------------===//

static void assignList(SmallVectorImpl<int64_t> &to, ArrayRef<int64_t> from) {
  to.assign(from.begin(), from.end());
}
static void assignList(SmallVectorImpl<int64_t> &to,
                       std::optional<ArrayRef<int64_t>> from) {
  if (from)
    to.assign(from->begin(), from->end());
}

template <typename AdaptorT>
static FailureOr<WindowAttrs> getWindowAttrs(std::optional<Location> loc,
                                             StringRef name, AdaptorT &a) {
  WindowAttrs attrs;
  std::optional<AutoPad> autoPad = parseAutoPad(a.getAutoPad());
  if (!autoPad) {
    (void)fail(loc, name, "auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or "
                          "VALID, got \"",
               a.getAutoPad(), "\"");
    return failure();
  }
  attrs.autoPad = *autoPad;
  assignList(attrs.kernelShape, a.getKernelShape());
  assignList(attrs.strides, a.getStrides());
  assignList(attrs.dilations, a.getDilations());
  assignList(attrs.pads, a.getPads());
  return attrs;
}

static LogicalResult checkBias(std::optional<Location> loc, StringRef name,
                               Value bias, int64_t channels, Type elt) {
  if (!bias)
    return success();
  RankedTensorType t = rankedType(bias);
  if (!t || t.getRank() != 1 || t.getElementType() != elt)
    return fail(loc, name, "bias B must be 1-D of ", elt, ", got ",
                bias.getType());
  if (channels != kDyn && !t.isDynamicDim(0) && t.getDimSize(0) != channels)
    return fail(loc, name, "bias B has ", t.getDimSize(0),
                " elements but there are ", channels, " output channels");
  return success();
}

LogicalResult ConvOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor a,
                                       SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getX(), a.getW()});
  if (failed(types))
    return failure();
  auto [x, w] = std::make_pair((*types)[0], (*types)[1]);
  if (x.getElementType() != w.getElementType())
    return fail(loc, name, "X and W must have the same element type, got ",
                x.getElementType(), " and ", w.getElementType());
  auto attrs = getWindowAttrs(loc, name, a);
  if (failed(attrs))
    return failure();
  ShapeResult shape =
      inferConvShape(x.getShape(), w.getShape(), *attrs, a.getGroup());
  if (!shape.ok())
    return fail(loc, name, shape.error);
  if (failed(checkBias(loc, name, a.getB(), shape.shape[1], x.getElementType())))
    return failure();
  results.push_back(RankedTensorType::get(shape.shape, x.getElementType()));
  return success();
}

LogicalResult ConvTransposeOp::inferReturnTypes(MLIRContext *,
                                                std::optional<Location> loc,
                                                Adaptor a,
                                                SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getX(), a.getW()});
  if (failed(types))
    return failure();
  auto [x, w] = std::make_pair((*types)[0], (*types)[1]);
  if (x.getElementType() != w.getElementType())
    return fail(loc, name, "X and W must have the same element type, got ",
                x.getElementType(), " and ", w.getElementType());
  auto attrs = getWindowAttrs(loc, name, a);
  if (failed(attrs))
    return failure();
  ArrayRef<int64_t> outputPadding, outputShape;
  if (auto v = a.getOutputPadding())
    outputPadding = *v;
  if (auto v = a.getOutputShape())
    outputShape = *v;
  ShapeResult shape =
      inferConvTransposeShape(x.getShape(), w.getShape(), *attrs, a.getGroup(),
                              outputPadding, outputShape);
  if (!shape.ok())
    return fail(loc, name, shape.error);
  if (failed(checkBias(loc, name, a.getB(), shape.shape[1], x.getElementType())))
    return failure();
  results.push_back(RankedTensorType::get(shape.shape, x.getElementType()));
  return success();
}

template <typename AdaptorT>
static LogicalResult inferPool(std::optional<Location> loc, StringRef name,
                               AdaptorT &a, SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getX());
  if (!x)
    return fail(loc, name, "X must be a ranked tensor");
  auto attrs = getWindowAttrs(loc, name, a);
  if (failed(attrs))
    return failure();
  attrs->ceilMode = a.getCeilMode();
  ShapeResult shape = inferPoolShape(x.getShape(), *attrs);
  if (!shape.ok())
    return fail(loc, name, shape.error);
  results.push_back(RankedTensorType::get(shape.shape, x.getElementType()));
  return success();
}

LogicalResult MaxPoolOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                          Adaptor a,
                                          SmallVectorImpl<Type> &results) {
  return inferPool(loc, getOperationName(), a, results);
}

LogicalResult
MaxPoolIndicesOp::inferReturnTypes(MLIRContext *ctx,
                                   std::optional<Location> loc, Adaptor a,
                                   SmallVectorImpl<Type> &results) {
  if (failed(inferPool(loc, getOperationName(), a, results)))
    return failure();
  results.back() =
      cast<RankedTensorType>(results.back()).clone(IntegerType::get(ctx, 64));
  return success();
}

LogicalResult MaxPoolIndicesOp::verify() {
  if (getStorageOrder() != 0 && getStorageOrder() != 1)
    return emitOpError("storage_order must be 0 (row-major) or 1 "
                       "(column-major), got ")
           << static_cast<int64_t>(getStorageOrder());
  return success();
}

LogicalResult AveragePoolOp::inferReturnTypes(MLIRContext *,
                                              std::optional<Location> loc,
                                              Adaptor a,
                                              SmallVectorImpl<Type> &results) {
  return inferPool(loc, getOperationName(), a, results);
}

static LogicalResult inferGlobalPool(std::optional<Location> loc,
                                     StringRef name, Value input,
                                     SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(input);
  if (!x || x.getRank() < 3)
    return fail(loc, name, "X must have rank >= 3 (N x C x D...), got ",
                input.getType());
  SmallVector<int64_t> shape(x.getShape());
  std::fill(shape.begin() + 2, shape.end(), 1);
  results.push_back(x.clone(shape));
  return success();
}

LogicalResult GlobalAveragePoolOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor a,
    SmallVectorImpl<Type> &results) {
  return inferGlobalPool(loc, getOperationName(), a.getX(), results);
}

LogicalResult GlobalMaxPoolOp::inferReturnTypes(MLIRContext *,
                                                std::optional<Location> loc,
                                                Adaptor a,
                                                SmallVectorImpl<Type> &results) {
  return inferGlobalPool(loc, getOperationName(), a.getX(), results);
}

//===----------------------------------------------------------------------===//
// Normalization and softmax
//===----------------------------------------------------------------------===//

LogicalResult BatchNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor a,
    SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getX());
  if (!x || x.getRank() < 2)
    return fail(loc, name, "X must have rank >= 2 (N x C x ...), got ",
                a.getX().getType());
  int64_t c = x.getDimSize(1);
  for (auto [v, what] : {std::make_pair(a.getScale(), "scale"),
                         std::make_pair(a.getB(), "B"),
                         std::make_pair(a.getMean(), "mean"),
                         std::make_pair(a.getVar(), "var")}) {
    RankedTensorType t = rankedType(v);
    if (!t || t.getRank() != 1 || t.getElementType() != x.getElementType())
      return fail(loc, name, what, " must be 1-D of ", x.getElementType(),
                  ", got ", v.getType());
    if (c != kDyn && !t.isDynamicDim(0) && t.getDimSize(0) != c)
      return fail(loc, name, what, " has ", t.getDimSize(0),
                  " elements but X has ", c, " channels (dim 1)");
  }
  results.push_back(x);
  return success();
}

LogicalResult LayerNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor a,
    SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getX());
  if (!x || x.getRank() < 1)
    return fail(loc, name, "X must have rank >= 1");
  auto axis = normalizeOneAxis(loc, name, a.getAxis(), x.getRank());
  if (failed(axis))
    return failure();
  ArrayRef<int64_t> normalized = x.getShape().drop_front(*axis);
  for (auto [v, what] : {std::make_pair(a.getScale(), "scale"),
                         std::make_pair(a.getB(), "B")}) {
    if (!v)
      continue;
    RankedTensorType t = rankedType(v);
    if (!t || t.getElementType() != x.getElementType())
      return fail(loc, name, what, " must be a tensor of ", x.getElementType(),
                  ", got ", v.getType());
    if (!isUnidirectionalBroadcastable(t.getShape(), normalized))
      return fail(loc, name, what, " of shape ", fmt(t.getShape()),
                  " does not broadcast to the normalized dims ",
                  fmt(normalized));
  }
  results.push_back(x);
  return success();
}

LogicalResult InstanceNormalizationOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor a,
    SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getInput());
  if (!x || x.getRank() < 3)
    return fail(loc, name, "input must have rank >= 3 (N x C x D1 ...), got ",
                a.getInput().getType());
  int64_t channels = x.getDimSize(1);
  for (auto [v, what] : {std::make_pair(a.getScale(), "scale"),
                         std::make_pair(a.getB(), "B")}) {
    RankedTensorType t = rankedType(v);
    if (!t || t.getElementType() != x.getElementType() || t.getRank() != 1 ||
        (!t.isDynamicDim(0) && channels != ShapedType::kDynamic &&
         t.getDimSize(0) != channels))
      return fail(loc, name, what, " must be a 1-D tensor of ",
                  x.getElementType(), " with C = ", fmt({channels}),
                  " elements, got ", v.getType());
  }
  results.push_back(x);
  return success();
}

/// Softmax, LogSoftmax, Hardmax: the input's type, with `axis` in range.
template <typename AdaptorT>
static LogicalResult inferSoftmaxLike(std::optional<Location> loc,
                                      StringRef name, AdaptorT &a,
                                      SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, name, "input must be a ranked tensor");
  if (x.getRank() == 0)
    return fail(loc, name, "input must have rank >= 1");
  if (failed(normalizeOneAxis(loc, name, a.getAxis(), x.getRank())))
    return failure();
  results.push_back(x);
  return success();
}

LogicalResult SoftmaxOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                          Adaptor a,
                                          SmallVectorImpl<Type> &results) {
  return inferSoftmaxLike(loc, getOperationName(), a, results);
}

LogicalResult LogSoftmaxOp::inferReturnTypes(MLIRContext *,
                                             std::optional<Location> loc,
                                             Adaptor a,
                                             SmallVectorImpl<Type> &results) {
  return inferSoftmaxLike(loc, getOperationName(), a, results);
}

LogicalResult HardmaxOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor a,
                                          SmallVectorImpl<Type> &results) {
  return inferSoftmaxLike(loc, getOperationName(), a, results);
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

template <typename AdaptorT>
static LogicalResult inferReduce(std::optional<Location> loc, StringRef name,
                                 AdaptorT &a, SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getData());
  if (!x)
    return fail(loc, name, "data must be a ranked tensor");
  int64_t rank = x.getRank();
  SmallVector<int64_t> axes;
  if (auto v = a.getAxes(); v && !v->empty()) {
    auto n = normalizeAxes(loc, name, *v, rank);
    if (failed(n))
      return failure();
    axes = *n;
  } else if (a.getNoopWithEmptyAxes()) {
    results.push_back(x);
    return success();
  } else {
    axes = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  }
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < rank; ++d) {
    if (!llvm::is_contained(axes, d))
      shape.push_back(x.getDimSize(d));
    else if (a.getKeepdims())
      shape.push_back(1);
  }
  results.push_back(x.clone(shape));
  return success();
}

#define DLC_REDUCE_INFER(OP)                                                   \
  LogicalResult OP::inferReturnTypes(MLIRContext *,                            \
                                     std::optional<Location> loc, Adaptor a,   \
                                     SmallVectorImpl<Type> &results) {         \
    return inferReduce(loc, getOperationName(), a, results);                   \
  }
DLC_REDUCE_INFER(ReduceSumOp)
DLC_REDUCE_INFER(ReduceMeanOp)
DLC_REDUCE_INFER(ReduceMaxOp)
DLC_REDUCE_INFER(ReduceMinOp)
DLC_REDUCE_INFER(ReduceProdOp)
DLC_REDUCE_INFER(ReduceL1Op)
DLC_REDUCE_INFER(ReduceSumSquareOp)
DLC_REDUCE_INFER(ReduceL2Op)
DLC_REDUCE_INFER(ReduceLogSumOp)
DLC_REDUCE_INFER(ReduceLogSumExpOp)
#undef DLC_REDUCE_INFER

template <typename AdaptorT>
static LogicalResult inferArgReduce(std::optional<Location> loc, StringRef name,
                                    AdaptorT &a,
                                    SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getData());
  if (!x || x.getRank() == 0)
    return fail(loc, name, "data must have rank >= 1");
  auto axis = normalizeOneAxis(loc, name, a.getAxis(), x.getRank());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(x.getShape());
  if (a.getKeepdims())
    shape[*axis] = 1;
  else
    shape.erase(shape.begin() + *axis);
  results.push_back(
      RankedTensorType::get(shape, IntegerType::get(x.getContext(), 64)));
  return success();
}

LogicalResult ArgMaxOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc, Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  return inferArgReduce(loc, getOperationName(), a, results);
}

LogicalResult ArgMinOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc, Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  return inferArgReduce(loc, getOperationName(), a, results);
}

LogicalResult TopKOp::inferReturnTypes(MLIRContext *ctx,
                                       std::optional<Location> loc, Adaptor a,
                                       SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getInput());
  if (!x || x.getRank() == 0)
    return fail(loc, name, "input must have rank >= 1");
  auto axis = normalizeOneAxis(loc, name, a.getAxis(), x.getRank());
  if (failed(axis))
    return failure();
  int64_t k = a.getK(), n = x.getDimSize(*axis);
  if (k < 0 || (n != kDyn && k > n))
    return fail(loc, name, "k = ", k, " must be in [0, ", n,
                "], the size of dim ", *axis);
  SmallVector<int64_t> shape(x.getShape());
  shape[*axis] = k;
  results.push_back(x.clone(shape));
  results.push_back(RankedTensorType::get(shape, IntegerType::get(ctx, 64)));
  return success();
}

LogicalResult CumSumOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc, Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getInput());
  if (!x || x.getRank() == 0)
    return fail(loc, getOperationName(), "input must have rank >= 1");
  if (failed(
          normalizeOneAxis(loc, getOperationName(), a.getAxis(), x.getRank())))
    return failure();
  results.push_back(x);
  return success();
}

//===----------------------------------------------------------------------===//
// Reshape, Transpose, Flatten, Squeeze, Unsqueeze
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                          Adaptor a,
                                          SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getData());
  if (!x)
    return fail(loc, name, "data must be a ranked tensor");
  auto rank = staticVectorLength(loc, name, a.getShape(), "shape");
  if (failed(rank))
    return failure();
  std::optional<SmallVector<int64_t>> target = getConstantInts(a.getShape());
  if (!target) {
    results.push_back(x.clone(SmallVector<int64_t>(*rank, kDyn)));
    return success();
  }
  SmallVector<int64_t> shape;
  int inferredDim = -1;
  int64_t known = 1;
  bool knownIsStatic = true;
  for (auto [i, entry] : llvm::enumerate(*target)) {
    // A copy: `d` is rewritten below, and the messages print `target`.
    int64_t d = entry;
    if (d == -1) {
      if (inferredDim >= 0)
        return fail(loc, name, "shape ", formatList(*target),
                    " has more than one -1");
      inferredDim = i;
      shape.push_back(kDyn);
      continue;
    }
    if (d < -1)
      return fail(loc, name, "shape ", formatList(*target),
                  " has a negative size ", d);
    if (d == 0 && !a.getAllowzero()) {
      if (static_cast<int64_t>(i) >= x.getRank())
        return fail(loc, name, "shape ", formatList(*target), " copies dim ", i,
                    " (a 0 entry) but the input has rank ", x.getRank());
      d = x.getDimSize(i);
    }
    shape.push_back(d);
    if (d == kDyn)
      knownIsStatic = false;
    else if (llvm::MulOverflow(known, d, known))
      return fail(loc, name, "shape ", formatList(*target),
                  " has more than 2^63 - 1 elements");
  }
  if (inferredDim >= 0 && a.getAllowzero() && llvm::is_contained(*target, 0))
    return fail(loc, name, "shape ", formatList(*target),
                " has both -1 and 0 with allowzero set");
  if (x.hasStaticShape() && knownIsStatic) {
    int64_t total = x.getNumElements();
    if (inferredDim >= 0) {
      if (known == 0 || total % known != 0)
        return fail(loc, name, "cannot reshape ", fmt(x.getShape()), " (",
                    total, " elements) into ", formatList(*target));
      shape[inferredDim] = total / known;
    } else if (known != total) {
      return fail(loc, name, "cannot reshape ", fmt(x.getShape()), " (",
                  total, " elements) into ", fmt(shape), " (", known,
                  " elements)");
    }
  }
  results.push_back(x.clone(shape));
  return success();
}

SmallVector<int64_t> TransposeOp::getEffectivePerm() {
  if (std::optional<ArrayRef<int64_t>> perm = getPerm())
    return llvm::to_vector(*perm);
  int64_t rank = getInput().getType().getRank();
  return llvm::to_vector(llvm::reverse(llvm::seq<int64_t>(0, rank)));
}

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor a,
                                            SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, getOperationName(), "input must be a ranked tensor");
  int64_t rank = x.getRank();
  SmallVector<int64_t> perm;
  if (auto p = a.getPerm())
    perm.assign(p->begin(), p->end());
  else
    perm = llvm::to_vector(llvm::reverse(llvm::seq<int64_t>(0, rank)));
  if (static_cast<int64_t>(perm.size()) != rank)
    return fail(loc, getOperationName(), "perm ", formatList(perm), " has ",
                perm.size(), " entries but the input has rank ", rank);
  SmallVector<bool> seen(rank, false);
  SmallVector<int64_t> shape;
  for (int64_t p : perm) {
    if (p < 0 || p >= rank || seen[p])
      return fail(loc, getOperationName(), "perm ", formatList(perm),
                  " is not a permutation of [0, ", rank, ")");
    seen[p] = true;
    shape.push_back(x.getDimSize(p));
  }
  results.push_back(x.clone(shape));
  return success();
}

/// The product of `dims`; `?` if one is `?` or the product overflows.
static int64_t product(ArrayRef<int64_t> dims) {
  int64_t p = 1;
  for (int64_t d : dims)
    if (d == kDyn || llvm::MulOverflow(p, d, p))
      return kDyn;
  return p;
}

LogicalResult FlattenOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                          Adaptor a,
                                          SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, getOperationName(), "input must be a ranked tensor");
  int64_t rank = x.getRank(), axis = a.getAxis();
  // Flatten allows axis == rank (everything goes into the first dim).
  if (axis < -rank || axis > rank)
    return fail(loc, getOperationName(), "axis ", axis,
                " is out of range for rank ", rank, " (allowed: [", -rank,
                ", ", rank, "])");
  if (axis < 0)
    axis += rank;
  results.push_back(x.clone({product(x.getShape().take_front(axis)),
                             product(x.getShape().drop_front(axis))}));
  return success();
}

LogicalResult SqueezeOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                          Adaptor a,
                                          SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, name, "input must be a ranked tensor");
  SmallVector<int64_t> axes;
  if (auto v = a.getAxes()) {
    auto n = normalizeAxes(loc, name, *v, x.getRank());
    if (failed(n))
      return failure();
    axes = *n;
    for (int64_t d : axes)
      if (!x.isDynamicDim(d) && x.getDimSize(d) != 1)
        return fail(loc, name, "cannot squeeze dim ", d, " of size ",
                    x.getDimSize(d), " (input shape ", fmt(x.getShape()), ")");
  } else {
    for (int64_t d = 0; d < x.getRank(); ++d)
      if (x.getDimSize(d) == 1)
        axes.push_back(d);
  }
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < x.getRank(); ++d)
    if (!llvm::is_contained(axes, d))
      shape.push_back(x.getDimSize(d));
  results.push_back(x.clone(shape));
  return success();
}

LogicalResult UnsqueezeOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor a,
                                            SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, name, "input must be a ranked tensor");
  int64_t outRank = x.getRank() + a.getAxes().size();
  auto axes = normalizeAxes(loc, name, a.getAxes(), outRank);
  if (failed(axes))
    return failure();
  SmallVector<int64_t> shape;
  int64_t next = 0;
  for (int64_t d = 0; d < outRank; ++d)
    shape.push_back(llvm::is_contained(*axes, d) ? 1 : x.getDimSize(next++));
  results.push_back(x.clone(shape));
  return success();
}

//===----------------------------------------------------------------------===//
// Concat, Split, Slice, Gather
//===----------------------------------------------------------------------===//

LogicalResult ConcatOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  if (a.getInputs().empty())
    return fail(loc, name, "needs at least one input");
  auto types = rankedTypes(loc, name, a.getInputs());
  if (failed(types))
    return failure();
  RankedTensorType first = (*types)[0];
  auto axis = normalizeOneAxis(loc, name, a.getAxis(), first.getRank());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(first.getShape());
  for (auto [i, t] : llvm::enumerate(ArrayRef(*types).drop_front())) {
    if (t.getElementType() != first.getElementType())
      return fail(loc, name, "input #", i + 1, " has element type ",
                  t.getElementType(), " but input #0 has ",
                  first.getElementType());
    if (t.getRank() != first.getRank())
      return fail(loc, name, "input #", i + 1, " has rank ", t.getRank(),
                  " but input #0 has rank ", first.getRank());
    for (int64_t d = 0; d < t.getRank(); ++d) {
      int64_t td = t.getDimSize(d);
      if (d == *axis) {
        if (shape[d] == kDyn || td == kDyn)
          shape[d] = kDyn;
        else if (llvm::AddOverflow(shape[d], td, shape[d]))
          return fail(loc, name, "the inputs' dims ", d,
                      " add up to more than 2^63 - 1");
        continue;
      }
      if (td != kDyn && shape[d] != kDyn && td != shape[d])
        return fail(loc, name, "input #", i + 1, " has shape ",
                    fmt(t.getShape()), " which differs from input #0's ",
                    fmt(first.getShape()), " in dim ", d,
                    " (only the concat axis ", *axis, " may differ)");
      if (shape[d] == kDyn)
        shape[d] = td;
    }
  }
  results.push_back(first.clone(shape));
  return success();
}

LogicalResult SplitOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                        Adaptor a,
                                        SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, name, "input must be a ranked tensor");
  auto axis = normalizeOneAxis(loc, name, a.getAxis(), x.getRank());
  if (failed(axis))
    return failure();
  ArrayRef<int64_t> split = a.getSplit();
  if (split.empty())
    return fail(loc, name, "split must list at least one size");
  int64_t total = 0;
  for (int64_t s : split) {
    if (s < 0)
      return fail(loc, name, "split ", formatList(split), " has a negative size");
    if (llvm::AddOverflow(total, s, total))
      return fail(loc, name, "split ", formatList(split),
                  " adds up to more than 2^63 - 1");
  }
  if (!x.isDynamicDim(*axis) && total != x.getDimSize(*axis))
    return fail(loc, name, "split ", formatList(split), " adds up to ", total,
                " but dim ", *axis, " of the input has size ",
                x.getDimSize(*axis));
  for (int64_t s : split) {
    SmallVector<int64_t> shape(x.getShape());
    shape[*axis] = s;
    results.push_back(x.clone(shape));
  }
  return success();
}

LogicalResult SliceOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                        Adaptor a,
                                        SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getData());
  if (!x)
    return fail(loc, name, "data must be a ranked tensor");
  int64_t rank = x.getRank();
  auto n = staticVectorLength(loc, name, a.getStarts(), "starts");
  if (failed(n))
    return failure();
  for (auto [v, what] : {std::make_pair(a.getEnds(), "ends"),
                         std::make_pair(a.getAxes(), "axes"),
                         std::make_pair(a.getSteps(), "steps")}) {
    if (!v)
      continue;
    auto len = staticVectorLength(loc, name, v, what);
    if (failed(len))
      return failure();
    if (*len != *n)
      return fail(loc, name, what, " has ", *len,
                  " entries but starts has ", *n);
  }
  if (*n > rank)
    return fail(loc, name, "starts has ", *n,
                " entries but the input has rank ", rank);
  SmallVector<int64_t> shape(x.getShape());
  SmallVector<int64_t> axes;
  if (a.getAxes()) {
    std::optional<SmallVector<int64_t>> c = getConstantInts(a.getAxes());
    if (!c) {
      // Which dims are sliced is unknown.
      results.push_back(x.clone(SmallVector<int64_t>(rank, kDyn)));
      return success();
    }
    auto normalized = normalizeAxes(loc, name, *c, rank);
    if (failed(normalized))
      return failure();
    axes = *normalized;
  } else {
    axes = llvm::to_vector(llvm::seq<int64_t>(0, *n));
  }
  std::optional<SmallVector<int64_t>> starts = getConstantInts(a.getStarts());
  std::optional<SmallVector<int64_t>> ends = getConstantInts(a.getEnds());
  std::optional<SmallVector<int64_t>> steps =
      a.getSteps() ? getConstantInts(a.getSteps())
                   : std::optional(SmallVector<int64_t>(*n, 1));
  if (steps && llvm::is_contained(*steps, 0))
    return fail(loc, name, "steps ", formatList(*steps), " contains 0");
  for (auto [i, axis] : llvm::enumerate(axes)) {
    int64_t dim = x.getDimSize(axis);
    if (!starts || !ends || !steps || dim == kDyn) {
      shape[axis] = kDyn;
      continue;
    }
    int64_t s = (*starts)[i], e = (*ends)[i], k = (*steps)[i];
    if (s < 0)
      s += dim;
    if (e < 0)
      e += dim;
    // Written with min/max, not std::clamp: for a negative step over an
    // empty dim the range [0, dim - 1] is empty. The counts avoid overflow
    // for steps near INT64_MAX / INT64_MIN: 0 <= distance - 1 < dim.
    if (k > 0) {
      s = std::min(std::max<int64_t>(s, 0), dim);
      e = std::min(std::max<int64_t>(e, 0), dim);
      shape[axis] = e > s ? (e - s - 1) / k + 1 : 0;
    } else {
      s = std::min(std::max<int64_t>(s, 0), dim - 1);
      e = std::min(std::max<int64_t>(e, -1), dim - 1);
      uint64_t magnitude = 0 - static_cast<uint64_t>(k);
      shape[axis] =
          s > e ? static_cast<int64_t>(static_cast<uint64_t>(s - e - 1) /
                                       magnitude) +
                      1
                : 0;
    }
  }
  results.push_back(x.clone(shape));
  return success();
}

LogicalResult GatherOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getData(), a.getIndices()});
  if (failed(types))
    return failure();
  auto [data, indices] = std::make_pair((*types)[0], (*types)[1]);
  if (data.getRank() == 0)
    return fail(loc, name, "data must have rank >= 1");
  auto axis = normalizeOneAxis(loc, name, a.getAxis(), data.getRank());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(data.getShape().take_front(*axis));
  llvm::append_range(shape, indices.getShape());
  llvm::append_range(shape, data.getShape().drop_front(*axis + 1));
  results.push_back(data.clone(shape));
  return success();
}

/// Checks that `indices` has the rank of `data` and an integer type, and
/// `axis` is in range; returns the normalized axis.
static FailureOr<int64_t> checkElementIndices(std::optional<Location> loc,
                                              StringRef name,
                                              RankedTensorType data,
                                              RankedTensorType indices,
                                              int64_t axis) {
  if (data.getRank() == 0)
    return fail(loc, name, "data must have rank >= 1");
  if (indices.getRank() != data.getRank())
    return fail(loc, name, "indices must have the rank of data (",
                data.getRank(), "), got ", indices.getRank());
  return normalizeOneAxis(loc, name, axis, data.getRank());
}

LogicalResult
GatherElementsOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                   Adaptor a, SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getData(), a.getIndices()});
  if (failed(types))
    return failure();
  auto [data, indices] = std::make_pair((*types)[0], (*types)[1]);
  if (failed(checkElementIndices(loc, name, data, indices, a.getAxis())))
    return failure();
  results.push_back(data.clone(indices.getShape()));
  return success();
}

LogicalResult
ScatterElementsOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                    Adaptor a, SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types =
      rankedTypes(loc, name, {a.getData(), a.getIndices(), a.getUpdates()});
  if (failed(types))
    return failure();
  RankedTensorType data = (*types)[0], indices = (*types)[1],
                   updates = (*types)[2];
  if (failed(checkElementIndices(loc, name, data, indices, a.getAxis())))
    return failure();
  if (updates.getElementType() != data.getElementType())
    return fail(loc, name, "updates must have the element type of data (",
                data.getElementType(), "), got ", updates.getElementType());
  if (failed(verifyCompatibleShape(updates.getShape(), indices.getShape())))
    return fail(loc, name, "updates of shape ", fmt(updates.getShape()),
                " must have the shape of indices (", fmt(indices.getShape()),
                ")");
  for (int64_t d = 0; d < data.getRank(); ++d)
    if (!data.isDynamicDim(d) && !indices.isDynamicDim(d) &&
        indices.getDimSize(d) > data.getDimSize(d))
      return fail(loc, name, "indices of shape ", fmt(indices.getShape()),
                  " are larger than data (", fmt(data.getShape()), ") in dim ",
                  d);
  StringRef r = a.getReduction();
  if (r != "none" && r != "add" && r != "mul")
    return fail(loc, name, "reduction must be none, add or mul, got '", r, "'");
  results.push_back(data);
  return success();
}

/// The static size of the index tuples of GatherND / ScatterND (the last dim
/// of `indices`), checked against the `rank` - `batchDims` dims it indexes.
static FailureOr<int64_t> tupleSize(std::optional<Location> loc, StringRef name,
                                    RankedTensorType data,
                                    RankedTensorType indices,
                                    int64_t batchDims) {
  if (indices.getRank() < 1 || indices.isDynamicDim(indices.getRank() - 1))
    return fail(loc, name,
                "indices must have rank >= 1 and a static last dim, got ",
                indices);
  if (batchDims < 0 || batchDims >= indices.getRank() ||
      batchDims >= data.getRank())
    return fail(loc, name, "batch_dims ", batchDims,
                " must be in [0, min(rank(data), rank(indices)) - 1]");
  int64_t q = indices.getDimSize(indices.getRank() - 1);
  if (q < 1 || batchDims + q > data.getRank())
    return fail(loc, name, "index tuples of ", q, " entries do not fit the ",
                data.getRank() - batchDims, " indexable dims of data");
  for (int64_t d = 0; d < batchDims; ++d)
    if (!data.isDynamicDim(d) && !indices.isDynamicDim(d) &&
        data.getDimSize(d) != indices.getDimSize(d))
      return fail(loc, name, "batch dim ", d, " of data (", data.getDimSize(d),
                  ") and indices (", indices.getDimSize(d), ") differ");
  return q;
}

LogicalResult GatherNDOp::inferReturnTypes(MLIRContext *,
                                           std::optional<Location> loc,
                                           Adaptor a,
                                           SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getData(), a.getIndices()});
  if (failed(types))
    return failure();
  auto [data, indices] = std::make_pair((*types)[0], (*types)[1]);
  int64_t batchDims = a.getBatchDims();
  auto q = tupleSize(loc, name, data, indices, batchDims);
  if (failed(q))
    return failure();
  SmallVector<int64_t> shape(indices.getShape().drop_back());
  llvm::append_range(shape, data.getShape().drop_front(batchDims + *q));
  results.push_back(data.clone(shape));
  return success();
}

LogicalResult ScatterNDOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor a,
                                            SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types =
      rankedTypes(loc, name, {a.getData(), a.getIndices(), a.getUpdates()});
  if (failed(types))
    return failure();
  RankedTensorType data = (*types)[0], indices = (*types)[1],
                   updates = (*types)[2];
  if (data.getRank() == 0)
    return fail(loc, name, "data must have rank >= 1");
  auto q = tupleSize(loc, name, data, indices, 0);
  if (failed(q))
    return failure();
  SmallVector<int64_t> expected(indices.getShape().drop_back());
  llvm::append_range(expected, data.getShape().drop_front(*q));
  if (updates.getElementType() != data.getElementType() ||
      failed(verifyCompatibleShape(updates.getShape(), expected)))
    return fail(loc, name, "updates must be ", fmt(expected), " of ",
                data.getElementType(), ", got ", a.getUpdates().getType());
  StringRef r = a.getReduction();
  if (r != "none" && r != "add" && r != "mul")
    return fail(loc, name, "reduction must be none, add or mul, got '", r, "'");
  results.push_back(data);
  return success();
}

LogicalResult
ReverseSequenceOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                    Adaptor a, SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getInput(), a.getSequenceLens()});
  if (failed(types))
    return failure();
  auto [x, lens] = std::make_pair((*types)[0], (*types)[1]);
  if (x.getRank() < 2)
    return fail(loc, name, "input must have rank >= 2, got ", x);
  int64_t batch = a.getBatchAxis(), time = a.getTimeAxis();
  if (!((batch == 0 && time == 1) || (batch == 1 && time == 0)))
    return fail(loc, name, "batch_axis (", batch, ") and time_axis (", time,
                ") must be 0 and 1 in some order");
  if (lens.getRank() != 1 || failed(verifyCompatibleShape(
                                 {lens.getDimSize(0)}, {x.getDimSize(batch)})))
    return fail(loc, name,
                "sequence_lens must be 1-D with one entry per "
                "batch (",
                x.getDimSize(batch), "), got ", lens);
  results.push_back(x);
  return success();
}

LogicalResult TriluOp::verify() {
  if (getInput().getType().getRank() < 2)
    return emitOpError("input must have rank >= 2, got ")
           << getInput().getType();
  return success();
}

LogicalResult OneHotOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc, Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getIndices(), a.getValues()});
  if (failed(types))
    return failure();
  auto [indices, values] = std::make_pair((*types)[0], (*types)[1]);
  if (!values.hasStaticShape() || values.getNumElements() != 2 ||
      values.getRank() > 1)
    return fail(loc, name, "values must hold two elements (off, on), got ",
                a.getValues().getType());
  int64_t depth = a.getDepth();
  if (depth < 1)
    return fail(loc, name, "depth must be positive, got ", depth);
  auto axis = normalizeOneAxis(loc, name, a.getAxis(), indices.getRank() + 1);
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(indices.getShape());
  shape.insert(shape.begin() + *axis, depth);
  results.push_back(values.clone(shape));
  return success();
}

//===----------------------------------------------------------------------===//
// Expand, Tile, Pad, Resize
//===----------------------------------------------------------------------===//

LogicalResult ExpandOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, name, "input must be a ranked tensor");
  auto len = staticVectorLength(loc, name, a.getShape(), "shape");
  if (failed(len))
    return failure();
  std::optional<SmallVector<int64_t>> target = getConstantInts(a.getShape());
  if (!target) {
    results.push_back(
        x.clone(SmallVector<int64_t>(std::max(*len, x.getRank()), kDyn)));
    return success();
  }
  for (int64_t d : *target)
    if (d < 0)
      return fail(loc, name, "shape ", formatList(*target),
                  " has a negative size");
  ShapeResult shape = broadcastShapes(x.getShape(), *target);
  if (!shape.ok())
    return fail(loc, name, shape.error);
  results.push_back(x.clone(shape.shape));
  return success();
}

LogicalResult TileOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                       Adaptor a,
                                       SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getInput());
  if (!x)
    return fail(loc, name, "input must be a ranked tensor");
  auto len = staticVectorLength(loc, name, a.getRepeats(), "repeats");
  if (failed(len))
    return failure();
  if (*len != x.getRank())
    return fail(loc, name, "repeats has ", *len,
                " entries but the input has rank ", x.getRank());
  std::optional<SmallVector<int64_t>> repeats = getConstantInts(a.getRepeats());
  SmallVector<int64_t> shape(x.getRank(), kDyn);
  if (repeats) {
    for (auto [i, r] : llvm::enumerate(*repeats)) {
      if (r < 0)
        return fail(loc, name, "repeats ", formatList(*repeats),
                    " has a negative entry");
      if (x.isDynamicDim(i))
        continue;
      if (llvm::MulOverflow(x.getDimSize(i), r, shape[i]))
        return fail(loc, name, "repeats ", formatList(*repeats), " make dim ", i,
                    " of size ", x.getDimSize(i), " larger than 2^63 - 1");
    }
  }
  results.push_back(x.clone(shape));
  return success();
}

LogicalResult PadOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                      Adaptor a,
                                      SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getData());
  if (!x)
    return fail(loc, name, "data must be a ranked tensor");
  StringRef mode = a.getMode();
  if (mode != "constant" && mode != "reflect" && mode != "edge" &&
      mode != "wrap")
    return fail(loc, name,
                "mode must be \"constant\", \"reflect\", \"edge\" or \"wrap\", "
                "got \"",
                mode, "\"");
  if (Value v = a.getConstantValue()) {
    RankedTensorType t = rankedType(v);
    if (!t || !isScalarLike(t) || t.getElementType() != x.getElementType())
      return fail(loc, name, "constant_value must be a scalar of ",
                  x.getElementType(), ", got ", v.getType());
  }
  int64_t rank = x.getRank();
  SmallVector<int64_t> axes = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  bool axesKnown = true;
  if (Value v = a.getAxes()) {
    std::optional<SmallVector<int64_t>> c = getConstantInts(v);
    if (c) {
      auto normalized = normalizeAxes(loc, name, *c, rank);
      if (failed(normalized))
        return failure();
      axes = *normalized;
    } else {
      axesKnown = false;
      auto len = staticVectorLength(loc, name, v, "axes");
      if (failed(len))
        return failure();
      // Each axis names a distinct dim, so there are at most `rank`.
      if (*len > rank)
        return fail(loc, name, "axes has ", *len,
                    " entries but the input has rank ", rank);
      axes.resize(*len);
    }
  }
  auto len = staticVectorLength(loc, name, a.getPads(), "pads");
  if (failed(len))
    return failure();
  int64_t n = axes.size();
  if (*len != 2 * n)
    return fail(loc, name, "pads has ", *len, " entries; expected ", 2 * n,
                " (a begin and an end for each of ", n, " padded dims)");
  std::optional<SmallVector<int64_t>> pads = getConstantInts(a.getPads());
  SmallVector<int64_t> shape(x.getShape());
  if (!axesKnown) {
    // Which dims are padded is unknown (`axes` holds placeholders).
    results.push_back(x.clone(SmallVector<int64_t>(rank, kDyn)));
    return success();
  }
  if (!pads) {
    for (int64_t axis : axes)
      shape[axis] = kDyn;
    results.push_back(x.clone(shape));
    return success();
  }
  for (int64_t i = 0; i < n; ++i) {
    int64_t d = x.getDimSize(axes[i]);
    if (d == kDyn)
      continue;
    int64_t padded;
    if (llvm::AddOverflow(d, (*pads)[i], padded) ||
        llvm::AddOverflow(padded, (*pads)[n + i], padded))
      return fail(loc, name, "pads ", formatList(*pads), " overflow dim ",
                  axes[i], " of size ", d);
    if (padded < 0)
      return fail(loc, name, "pads ", formatList(*pads), " crop dim ", axes[i],
                  " of size ", d, " below zero");
    shape[axes[i]] = padded;
  }
  results.push_back(x.clone(shape));
  return success();
}

LogicalResult ResizeOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor a,
                                         SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  RankedTensorType x = rankedType(a.getX());
  if (!x)
    return fail(loc, name, "X must be a ranked tensor");
  int64_t rank = x.getRank();
  SmallVector<int64_t> shape(rank, kDyn);
  if (Value sizes = a.getSizes()) {
    auto len = staticVectorLength(loc, name, sizes, "sizes");
    if (failed(len))
      return failure();
    if (*len != rank)
      return fail(loc, name, "sizes has ", *len,
                  " entries but X has rank ", rank);
    if (auto c = getConstantInts(sizes)) {
      for (int64_t s : *c)
        if (s < 0)
          return fail(loc, name, "sizes ", formatList(*c),
                      " has a negative entry");
      shape = *c;
    }
  } else if (Value scales = a.getScales()) {
    auto len = staticVectorLength(loc, name, scales, "scales");
    if (failed(len))
      return failure();
    if (*len != rank)
      return fail(loc, name, "scales has ", *len,
                  " entries but X has rank ", rank);
    if (auto c = getConstantDoubles(scales)) {
      for (auto [i, s] : llvm::enumerate(*c)) {
        if (!(s > 0) || !std::isfinite(s))
          return fail(loc, name, "scales must be positive and finite, got ",
                      s, " for dim ", i);
        if (x.isDynamicDim(i))
          continue;
        // ONNX scales are f32 and the product is taken in f32 (onnx shape
        // inference, onnxruntime): 10 * 0.7f is 7, though 6.9999998 in f64.
        double scaled = std::floor(static_cast<float>(x.getDimSize(i)) *
                                   static_cast<float>(s));
        if (!(scaled < 0x1p62))
          return fail(loc, name, "scale ", s, " makes dim ", i, " of size ",
                      x.getDimSize(i), " too large");
        shape[i] = static_cast<int64_t>(scaled);
      }
    }
  }
  results.push_back(x.clone(shape));
  return success();
}

LogicalResult ResizeOp::verify() {
  if (static_cast<bool>(getScales()) == static_cast<bool>(getSizes()))
    return emitOpError() << "needs exactly one of 'scales' and 'sizes'";
  StringRef mode = getMode();
  if (mode != "nearest" && mode != "linear" && mode != "cubic")
    return emitOpError() << "mode must be \"nearest\", \"linear\" or "
                            "\"cubic\", got \""
                         << mode << "\"";
  StringRef ctm = getCoordinateTransformationMode();
  // tf_half_pixel_for_nn is valid in opsets 11 and 12.
  if (!llvm::is_contained({"half_pixel", "half_pixel_symmetric",
                           "pytorch_half_pixel", "align_corners", "asymmetric",
                           "tf_crop_and_resize", "tf_half_pixel_for_nn"},
                          ctm))
    return emitOpError() << "unknown coordinate_transformation_mode \"" << ctm
                         << "\"";
  if (ctm == "tf_crop_and_resize" && !getRoi())
    return emitOpError()
           << "coordinate_transformation_mode \"tf_crop_and_resize\" needs roi";
  StringRef nearest = getNearestMode();
  if (!llvm::is_contained(
          {"round_prefer_floor", "round_prefer_ceil", "floor", "ceil"},
          nearest))
    return emitOpError() << "unknown nearest_mode \"" << nearest << "\"";
  return success();
}

//===----------------------------------------------------------------------===//
// Shape, Range
//===----------------------------------------------------------------------===//

/// The [start, end) dims a graph.shape selects, clamped as ONNX does.
static std::pair<int64_t, int64_t> shapeRange(int64_t rank, int64_t start,
                                              std::optional<int64_t> end) {
  int64_t s = start < 0 ? start + rank : start;
  int64_t e = end ? (*end < 0 ? *end + rank : *end) : rank;
  s = std::clamp<int64_t>(s, 0, rank);
  e = std::clamp<int64_t>(e, 0, rank);
  return {s, std::max(s, e)};
}

LogicalResult ShapeOp::inferReturnTypes(MLIRContext *ctx,
                                        std::optional<Location> loc, Adaptor a,
                                        SmallVectorImpl<Type> &results) {
  RankedTensorType x = rankedType(a.getData());
  if (!x)
    return fail(loc, getOperationName(), "data must be a ranked tensor");
  std::optional<int64_t> end;
  if (IntegerAttr e = a.getEndAttr())
    end = e.getInt();
  auto [s, e] = shapeRange(x.getRank(), a.getStart(), end);
  results.push_back(RankedTensorType::get({e - s}, IntegerType::get(ctx, 64)));
  return success();
}

/// `limit - start` for constant scalars, subtracted in their element type and
/// then widened to double, as ONNX computes a Range's length
/// (`ceil(1.0 * (limit - start) / delta)` in onnx shape inference and
/// onnxruntime): for f32, 1.9f - (-2.0f) is 3.9000001f, not 3.8999999 as in
/// f64, and the length 40, not 39. Integers subtract exactly.
static std::optional<double> rangeSpan(Value start, Value limit) {
  DenseElementsAttr s, l;
  if (!matchPattern(start, m_Constant(&s)) ||
      !matchPattern(limit, m_Constant(&l)) || s.getNumElements() != 1 ||
      l.getNumElements() != 1 || s.getElementType() != l.getElementType())
    return std::nullopt;
  Type elt = s.getElementType();
  if (isa<FloatType>(elt)) {
    APFloat diff = *l.value_begin<APFloat>();
    diff.subtract(*s.value_begin<APFloat>(), APFloat::rmNearestTiesToEven);
    bool lost;
    diff.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
    return diff.convertToDouble();
  }
  if (!isa<IntegerType>(elt))
    return std::nullopt;
  APInt lv = *l.value_begin<APInt>(), sv = *s.value_begin<APInt>();
  if (lv.getBitWidth() > 64)
    return std::nullopt;
  if (elt.isUnsignedInteger())
    return static_cast<double>(lv.getZExtValue()) -
           static_cast<double>(sv.getZExtValue());
  int64_t diff;
  if (llvm::SubOverflow(lv.getSExtValue(), sv.getSExtValue(), diff))
    return static_cast<double>(lv.getSExtValue()) -
           static_cast<double>(sv.getSExtValue());
  return static_cast<double>(diff);
}

LogicalResult RangeOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                        Adaptor a,
                                        SmallVectorImpl<Type> &results) {
  StringRef name = getOperationName();
  auto types = rankedTypes(loc, name, {a.getStart(), a.getLimit(), a.getDelta()});
  if (failed(types))
    return failure();
  Type elt = (*types)[0].getElementType();
  const char *names[] = {"start", "limit", "delta"};
  for (auto [t, what] : llvm::zip(*types, names)) {
    if (t.getRank() != 0)
      return fail(loc, name, what, " must be a scalar (rank 0), got ", t);
    if (t.getElementType() != elt)
      return fail(loc, name, what, " has element type ", t.getElementType(),
                  " but start has ", elt);
  }
  int64_t n = kDyn;
  std::optional<SmallVector<double>> d = getConstantDoubles(a.getDelta());
  if (d && (*d)[0] == 0)
    return fail(loc, name, "delta must not be 0");
  std::optional<double> span = rangeSpan(a.getStart(), a.getLimit());
  if (span && d) {
    double count = std::ceil(*span / (*d)[0]);
    // NaN, infinite or absurd counts stay `?` (and out of int64_t casts).
    if (std::isfinite(count) && count < 0x1p62)
      n = count <= 0 ? 0 : static_cast<int64_t>(count);
  }
  results.push_back(RankedTensorType::get({n}, elt));
  return success();
}

//===----------------------------------------------------------------------===//
// Custom assembly: a required operand followed by optional `, name = %v`
// operands (Slice, Pad, Resize, Clip). Each optional operand may be present or
// absent independently; present ones appear in declaration order. A
// declarative optional group starting with `,` cannot express this: after the
// comma it would require the first group's keyword.
//===----------------------------------------------------------------------===//

using OptionalOperand = std::optional<OpAsmParser::UnresolvedOperand>;

static ParseResult
parseNamedOperands(OpAsmParser &parser, OpAsmParser::UnresolvedOperand &first,
                   ArrayRef<std::pair<StringRef, OptionalOperand *>> optional) {
  if (parser.parseOperand(first))
    return failure();
  size_t next = 0;
  while (succeeded(parser.parseOptionalComma())) {
    SMLoc loc = parser.getCurrentLocation();
    StringRef keyword;
    if (failed(parser.parseOptionalKeyword(&keyword)))
      keyword = "";
    size_t i = 0;
    while (i < optional.size() && optional[i].first != keyword)
      ++i;
    if (i < next) {
      if (optional[i].second->has_value())
        return parser.emitError(loc, "'") << keyword << "' appears twice";
      return parser.emitError(loc, "'")
             << keyword << "' must come before '" << optional[next - 1].first
             << "'";
    }
    if (i == optional.size()) {
      if (next == optional.size())
        return parser.emitError(loc, "expected nothing after '")
               << optional.back().first << "' operand";
      std::string expected;
      llvm::raw_string_ostream os(expected);
      llvm::interleave(
          optional.drop_front(next), os,
          [&](const auto &named) { os << '\'' << named.first << '\''; },
          " or ");
      return parser.emitError(loc, "expected ") << expected;
    }
    OpAsmParser::UnresolvedOperand operand;
    if (parser.parseEqual() || parser.parseOperand(operand))
      return failure();
    *optional[i].second = operand;
    next = i + 1;
  }
  return success();
}

static void printNamedOperands(OpAsmPrinter &p, Value first,
                               ArrayRef<std::pair<StringRef, Value>> optional) {
  p << first;
  for (auto [name, value] : optional)
    if (value)
      p << ", " << name << " = " << value;
}

static ParseResult parseSliceOperands(OpAsmParser &parser,
                                      OpAsmParser::UnresolvedOperand &ends,
                                      OptionalOperand &axes,
                                      OptionalOperand &steps) {
  return parseNamedOperands(parser, ends, {{"axes", &axes}, {"steps", &steps}});
}

static void printSliceOperands(OpAsmPrinter &p, Operation *, Value ends,
                               Value axes, Value steps) {
  printNamedOperands(p, ends, {{"axes", axes}, {"steps", steps}});
}

static ParseResult parsePadOperands(OpAsmParser &parser,
                                    OpAsmParser::UnresolvedOperand &pads,
                                    OptionalOperand &value,
                                    OptionalOperand &axes) {
  return parseNamedOperands(parser, pads, {{"value", &value}, {"axes", &axes}});
}

static void printPadOperands(OpAsmPrinter &p, Operation *, Value pads,
                             Value value, Value axes) {
  printNamedOperands(p, pads, {{"value", value}, {"axes", axes}});
}

static ParseResult parseResizeOperands(OpAsmParser &parser,
                                       OpAsmParser::UnresolvedOperand &x,
                                       OptionalOperand &roi,
                                       OptionalOperand &scales,
                                       OptionalOperand &sizes) {
  return parseNamedOperands(
      parser, x, {{"roi", &roi}, {"scales", &scales}, {"sizes", &sizes}});
}

static void printResizeOperands(OpAsmPrinter &p, Operation *, Value x,
                                Value roi, Value scales, Value sizes) {
  printNamedOperands(p, x,
                     {{"roi", roi}, {"scales", scales}, {"sizes", sizes}});
}

static ParseResult parseClipOperands(OpAsmParser &parser,
                                     OpAsmParser::UnresolvedOperand &input,
                                     OptionalOperand &min,
                                     OptionalOperand &max) {
  return parseNamedOperands(parser, input, {{"min", &min}, {"max", &max}});
}

static void printClipOperands(OpAsmPrinter &p, Operation *, Value input,
                              Value min, Value max) {
  printNamedOperands(p, input, {{"min", min}, {"max", max}});
}

#define GET_OP_CLASSES
#include "dialects/Graph/GraphOps.cpp.inc"
