//===- GraphOpFolders.cpp - Folders and canonicalizations of graph ops ----===//
//
// One-op simplifications (fold) and multi-op rewrites (canonicalization
// patterns) of the graph dialect:
//   - constant arithmetic with broadcasting, comparisons, unary math, casts;
//   - x + 0, x - 0, x * 1, x / 1 when the result keeps x's type;
//   - identity reshape / flatten / squeeze / unsqueeze / expand / transpose;
//   - reshape(reshape(x)) -> reshape(x), transpose(transpose(x)) -> one
//     transpose with the composed permutation;
//   - graph.shape of a static shape -> constant;
//   - batch_normalization(conv) with constant parameters -> one conv with
//     the normalization folded into its filter and bias.
// Constant folding gives up above kMaxFoldElements so that a fold never
// inflates the IR with a huge literal.
//
//===----------------------------------------------------------------------===//

#include "dialects/Graph/GraphOps.h"
#include "dialects/Graph/ShapeInference.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/APSInt.h"
#include <cmath>
#include <cstring>

using namespace mlir;
using namespace dlc;
using namespace dlc::graph;

static constexpr int64_t kMaxFoldElements = 1 << 16;

//===----------------------------------------------------------------------===//
// Constant folding helpers
//===----------------------------------------------------------------------===//

static DenseElementsAttr asDense(Attribute a) {
  return dyn_cast_if_present<DenseElementsAttr>(a);
}

/// For each linear index of `resultShape`, the linear index of the element of
/// an operand of shape `shape` it reads after broadcasting.
static SmallVector<int64_t> broadcastIndexMap(ArrayRef<int64_t> shape,
                                              ArrayRef<int64_t> resultShape) {
  int64_t rank = resultShape.size(), offset = rank - shape.size();
  SmallVector<int64_t> strides(rank, 0);
  int64_t stride = 1;
  for (int64_t d = rank - 1; d >= offset; --d) {
    int64_t size = shape[d - offset];
    strides[d] = size == 1 ? 0 : stride;
    stride *= size;
  }
  int64_t total = ShapedType::getNumElements(resultShape);
  SmallVector<int64_t> map(total);
  SmallVector<int64_t> index(rank, 0);
  for (int64_t i = 0; i < total; ++i) {
    int64_t linear = 0;
    for (int64_t d = 0; d < rank; ++d)
      linear += index[d] * strides[d];
    map[i] = linear;
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < resultShape[d])
        break;
      index[d] = 0;
    }
  }
  return map;
}

/// Folds a broadcasting binary op on two dense constants. `floatFn` and
/// `intFn` return std::nullopt to refuse (e.g. integer division by zero).
template <typename ResultT, typename FloatFn, typename IntFn>
static Attribute foldBinaryConstants(Attribute lhsAttr, Attribute rhsAttr,
                                     Type resultType, FloatFn floatFn,
                                     IntFn intFn) {
  DenseElementsAttr lhs = asDense(lhsAttr), rhs = asDense(rhsAttr);
  auto type = dyn_cast<RankedTensorType>(resultType);
  if (!lhs || !rhs || !type || !type.hasStaticShape() ||
      type.getNumElements() > kMaxFoldElements ||
      lhs.getElementType() != rhs.getElementType())
    return {};
  Type elt = lhs.getElementType();
  SmallVector<int64_t> lmap = broadcastIndexMap(lhs.getType().getShape(),
                                                type.getShape());
  SmallVector<int64_t> rmap = broadcastIndexMap(rhs.getType().getShape(),
                                                type.getShape());
  SmallVector<ResultT> out;
  out.reserve(lmap.size());
  if (isa<FloatType>(elt)) {
    auto lv = llvm::to_vector(lhs.getValues<APFloat>());
    auto rv = llvm::to_vector(rhs.getValues<APFloat>());
    for (size_t i = 0; i < lmap.size(); ++i) {
      std::optional<ResultT> r = floatFn(lv[lmap[i]], rv[rmap[i]]);
      if (!r)
        return {};
      out.push_back(*r);
    }
  } else if (isa<IntegerType>(elt)) {
    // i1 is ONNX bool: false = 0, true = 1 (as Cast reads it), so it compares
    // unsigned; signed, true would be -1 and max(true, false) false.
    bool isUnsigned = elt.isUnsignedInteger() || elt.isInteger(1);
    auto lv = llvm::to_vector(lhs.getValues<APInt>());
    auto rv = llvm::to_vector(rhs.getValues<APInt>());
    for (size_t i = 0; i < lmap.size(); ++i) {
      std::optional<ResultT> r = intFn(lv[lmap[i]], rv[rmap[i]], isUnsigned);
      if (!r)
        return {};
      out.push_back(*r);
    }
  } else {
    return {};
  }
  return DenseElementsAttr::get(type, out);
}

template <typename FloatFn, typename IntFn>
static Attribute foldArith(Attribute lhs, Attribute rhs, Type resultType,
                           FloatFn floatFn, IntFn intFn) {
  auto type = dyn_cast<RankedTensorType>(resultType);
  if (!type)
    return {};
  if (isa<FloatType>(type.getElementType()))
    return foldBinaryConstants<APFloat>(
        lhs, rhs, resultType,
        [&](const APFloat &a, const APFloat &b) -> std::optional<APFloat> {
          return floatFn(a, b);
        },
        [](const APInt &, const APInt &, bool) -> std::optional<APFloat> {
          return std::nullopt;
        });
  return foldBinaryConstants<APInt>(
      lhs, rhs, resultType,
      [](const APFloat &, const APFloat &) -> std::optional<APInt> {
        return std::nullopt;
      },
      intFn);
}

template <typename FloatPred, typename IntPred>
static Attribute foldCompare(Attribute lhs, Attribute rhs, Type resultType,
                             FloatPred floatPred, IntPred intPred) {
  return foldBinaryConstants<bool>(
      lhs, rhs, resultType,
      [&](const APFloat &a, const APFloat &b) -> std::optional<bool> {
        return floatPred(a.compare(b));
      },
      [&](const APInt &a, const APInt &b, bool isUnsigned) -> std::optional<bool> {
        return intPred(a, b, isUnsigned);
      });
}

/// True if `attr` is a splat constant equal to `value` (0 or 1). The
/// comparison is exact in the element type: going through double or int64_t
/// would lose the high bits of wide integers (i128) and floats (f128).
static bool isSplatValue(Attribute attr, unsigned value) {
  DenseElementsAttr dense = asDense(attr);
  if (!dense || !dense.isSplat())
    return false;
  Type elt = dense.getElementType();
  if (auto floatType = dyn_cast<FloatType>(elt)) {
    APFloat expected(static_cast<double>(value));
    bool lost = false;
    if (expected.convert(floatType.getFloatSemantics(),
                         APFloat::rmNearestTiesToEven,
                         &lost) != APFloat::opOK ||
        lost)
      return false; // not representable in this type
    return dense.getSplatValue<APFloat>().compare(expected) ==
           APFloat::cmpEqual;
  }
  if (isa<IntegerType>(elt) && elt.getIntOrFloatBitWidth() > 1)
    return dense.getSplatValue<APInt>() ==
           APInt(elt.getIntOrFloatBitWidth(), value);
  return false;
}

/// `x op c` is `x` when `c` is the identity element and the op does not
/// change x's type (no broadcasting to a bigger shape).
static OpFoldResult foldIdentityElement(Value lhs, Attribute rhsAttr,
                                        Type resultType, unsigned identity) {
  if (lhs.getType() != resultType || !isSplatValue(rhsAttr, identity))
    return {};
  // The declared result type may be less static than the inferred one, so
  // equal types do not prove that `c` leaves x's shape alone: x : tensor<?xf32>
  // plus c : tensor<4xf32> can be declared -> tensor<?xf32>, yet gives 4
  // elements when x has 1. Each dim of `c` must be 1 or x's static dim.
  ArrayRef<int64_t> x = cast<RankedTensorType>(lhs.getType()).getShape();
  ArrayRef<int64_t> c = asDense(rhsAttr).getType().getShape();
  if (c.size() > x.size())
    return {};
  for (auto [cd, xd] : llvm::zip(llvm::reverse(c), llvm::reverse(x)))
    if (cd != 1 && cd != xd)
      return {};
  return lhs;
}

//===----------------------------------------------------------------------===//
// Constant, Identity
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValueAttr(); }

OpFoldResult IdentityOp::fold(FoldAdaptor) { return getInput(); }

//===----------------------------------------------------------------------===//
// Binary arithmetic
//===----------------------------------------------------------------------===//

OpFoldResult AddOp::fold(FoldAdaptor a) {
  if (OpFoldResult r = foldIdentityElement(getLhs(), a.getRhs(), getType(), 0))
    return r;
  if (OpFoldResult r = foldIdentityElement(getRhs(), a.getLhs(), getType(), 0))
    return r;
  return foldArith(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat x, const APFloat &y) {
        x.add(y, APFloat::rmNearestTiesToEven);
        return x;
      },
      [](const APInt &x, const APInt &y, bool) -> std::optional<APInt> {
        return x + y;
      });
}

OpFoldResult SubOp::fold(FoldAdaptor a) {
  if (OpFoldResult r = foldIdentityElement(getLhs(), a.getRhs(), getType(), 0))
    return r;
  return foldArith(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat x, const APFloat &y) {
        x.subtract(y, APFloat::rmNearestTiesToEven);
        return x;
      },
      [](const APInt &x, const APInt &y, bool) -> std::optional<APInt> {
        return x - y;
      });
}

OpFoldResult MulOp::fold(FoldAdaptor a) {
  if (OpFoldResult r = foldIdentityElement(getLhs(), a.getRhs(), getType(), 1))
    return r;
  if (OpFoldResult r = foldIdentityElement(getRhs(), a.getLhs(), getType(), 1))
    return r;
  return foldArith(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat x, const APFloat &y) {
        x.multiply(y, APFloat::rmNearestTiesToEven);
        return x;
      },
      [](const APInt &x, const APInt &y, bool) -> std::optional<APInt> {
        return x * y;
      });
}

OpFoldResult DivOp::fold(FoldAdaptor a) {
  if (OpFoldResult r = foldIdentityElement(getLhs(), a.getRhs(), getType(), 1))
    return r;
  return foldArith(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat x, const APFloat &y) {
        x.divide(y, APFloat::rmNearestTiesToEven);
        return x;
      },
      [](const APInt &x, const APInt &y,
         bool isUnsigned) -> std::optional<APInt> {
        // Integer division by zero is undefined in ONNX: leave it to run time.
        if (y.isZero())
          return std::nullopt;
        // ONNX integer Div truncates toward zero (as C does).
        if (isUnsigned)
          return x.udiv(y);
        // INT_MIN / -1 overflows (a trap on most targets): run time too.
        bool overflow = false;
        APInt q = x.sdiv_ov(y, overflow);
        if (overflow)
          return std::nullopt;
        return q;
      });
}

OpFoldResult MaxOp::fold(FoldAdaptor a) {
  return foldArith(
      a.getLhs(), a.getRhs(), getType(),
      [](const APFloat &x, const APFloat &y) { return llvm::maximum(x, y); },
      [](const APInt &x, const APInt &y, bool isUnsigned)
          -> std::optional<APInt> {
        return (isUnsigned ? x.uge(y) : x.sge(y)) ? x : y;
      });
}

OpFoldResult MinOp::fold(FoldAdaptor a) {
  return foldArith(
      a.getLhs(), a.getRhs(), getType(),
      [](const APFloat &x, const APFloat &y) { return llvm::minimum(x, y); },
      [](const APInt &x, const APInt &y, bool isUnsigned)
          -> std::optional<APInt> {
        return (isUnsigned ? x.ule(y) : x.sle(y)) ? x : y;
      });
}

// And, Or, Xor: i1 only, so the integer function alone is reached.
#define DLC_LOGIC_FOLD(OP, EXPR)                                               \
  OpFoldResult OP::fold(FoldAdaptor a) {                                       \
    return foldArith(                                                          \
        a.getLhs(), a.getRhs(), getType(),                                     \
        [](const APFloat &x, const APFloat &) { return x; },                   \
        [](const APInt &x, const APInt &y, bool) -> std::optional<APInt> {     \
          return EXPR;                                                         \
        });                                                                    \
  }
DLC_LOGIC_FOLD(AndOp, x & y)
DLC_LOGIC_FOLD(OrOp, x | y)
DLC_LOGIC_FOLD(XorOp, x ^ y)
#undef DLC_LOGIC_FOLD

//===----------------------------------------------------------------------===//
// Comparisons
//===----------------------------------------------------------------------===//

OpFoldResult EqualOp::fold(FoldAdaptor a) {
  return foldCompare(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat::cmpResult c) { return c == APFloat::cmpEqual; },
      [](const APInt &x, const APInt &y, bool) { return x == y; });
}

OpFoldResult LessOp::fold(FoldAdaptor a) {
  return foldCompare(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat::cmpResult c) { return c == APFloat::cmpLessThan; },
      [](const APInt &x, const APInt &y, bool u) {
        return u ? x.ult(y) : x.slt(y);
      });
}

OpFoldResult GreaterOp::fold(FoldAdaptor a) {
  return foldCompare(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat::cmpResult c) { return c == APFloat::cmpGreaterThan; },
      [](const APInt &x, const APInt &y, bool u) {
        return u ? x.ugt(y) : x.sgt(y);
      });
}

OpFoldResult LessOrEqualOp::fold(FoldAdaptor a) {
  return foldCompare(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat::cmpResult c) {
        return c == APFloat::cmpLessThan || c == APFloat::cmpEqual;
      },
      [](const APInt &x, const APInt &y, bool u) {
        return u ? x.ule(y) : x.sle(y);
      });
}

OpFoldResult GreaterOrEqualOp::fold(FoldAdaptor a) {
  return foldCompare(
      a.getLhs(), a.getRhs(), getType(),
      [](APFloat::cmpResult c) {
        return c == APFloat::cmpGreaterThan || c == APFloat::cmpEqual;
      },
      [](const APInt &x, const APInt &y, bool u) {
        return u ? x.uge(y) : x.sge(y);
      });
}

//===----------------------------------------------------------------------===//
// Unary
//===----------------------------------------------------------------------===//

/// Folds a unary op over a dense float constant through `fn` on doubles.
/// Only f32 and f64 fold: other float types would round twice.
template <typename Fn>
static Attribute foldUnaryFloat(Attribute input, Fn fn) {
  DenseElementsAttr dense = asDense(input);
  if (!dense || dense.getNumElements() > kMaxFoldElements)
    return {};
  Type elt = dense.getElementType();
  if (!elt.isF32() && !elt.isF64())
    return {};
  SmallVector<APFloat> out;
  for (const APFloat &v : dense.getValues<APFloat>()) {
    double r = fn(v.convertToDouble());
    APFloat f(r);
    bool lost;
    f.convert(cast<FloatType>(elt).getFloatSemantics(),
              APFloat::rmNearestTiesToEven, &lost);
    out.push_back(f);
  }
  return DenseElementsAttr::get(dense.getType(), out);
}

OpFoldResult NegOp::fold(FoldAdaptor a) {
  DenseElementsAttr dense = asDense(a.getInput());
  if (!dense || dense.getNumElements() > kMaxFoldElements)
    return {};
  if (isa<FloatType>(dense.getElementType())) {
    SmallVector<APFloat> out;
    for (APFloat v : dense.getValues<APFloat>()) {
      v.changeSign();
      out.push_back(v);
    }
    return DenseElementsAttr::get(dense.getType(), out);
  }
  if (dense.getElementType().getIntOrFloatBitWidth() == 1)
    return {};
  SmallVector<APInt> out;
  for (const APInt &v : dense.getValues<APInt>())
    out.push_back(-v);
  return DenseElementsAttr::get(dense.getType(), out);
}

OpFoldResult AbsOp::fold(FoldAdaptor a) {
  DenseElementsAttr dense = asDense(a.getInput());
  if (!dense || dense.getNumElements() > kMaxFoldElements)
    return {};
  if (isa<FloatType>(dense.getElementType())) {
    SmallVector<APFloat> out;
    for (const APFloat &v : dense.getValues<APFloat>())
      out.push_back(abs(v));
    return DenseElementsAttr::get(dense.getType(), out);
  }
  if (dense.getElementType().isUnsignedInteger() ||
      dense.getElementType().getIntOrFloatBitWidth() == 1)
    return dense;
  SmallVector<APInt> out;
  for (const APInt &v : dense.getValues<APInt>())
    out.push_back(v.abs());
  return DenseElementsAttr::get(dense.getType(), out);
}

OpFoldResult SqrtOp::fold(FoldAdaptor a) {
  return foldUnaryFloat(a.getInput(), [](double x) { return std::sqrt(x); });
}

OpFoldResult ReciprocalOp::fold(FoldAdaptor a) {
  return foldUnaryFloat(a.getInput(), [](double x) { return 1.0 / x; });
}

OpFoldResult NotOp::fold(FoldAdaptor a) {
  // not(not(x)) -> x
  if (auto inner = getInput().getDefiningOp<NotOp>())
    return inner.getInput();
  DenseElementsAttr dense = asDense(a.getInput());
  if (!dense || dense.getNumElements() > kMaxFoldElements)
    return {};
  SmallVector<bool> out;
  for (bool v : dense.getValues<bool>())
    out.push_back(!v);
  return DenseElementsAttr::get(dense.getType(), out);
}

//===----------------------------------------------------------------------===//
// Cast
//===----------------------------------------------------------------------===//

/// Converts one constant element as ONNX Cast does.
static std::optional<Attribute> castElement(Attribute v, Type to) {
  if (auto f = dyn_cast<FloatAttr>(v)) {
    if (auto toFloat = dyn_cast<FloatType>(to)) {
      APFloat x = f.getValue();
      bool lost;
      x.convert(toFloat.getFloatSemantics(), APFloat::rmNearestTiesToEven,
                &lost);
      return FloatAttr::get(to, x);
    }
    unsigned width = to.getIntOrFloatBitWidth();
    if (width == 1)
      return IntegerAttr::get(to, APInt(1, !f.getValue().isZero()));
    APSInt result(width, to.isUnsignedInteger());
    bool exact;
    // Out-of-range float-to-int is undefined in ONNX; do not fold it.
    if (f.getValue().convertToInteger(result, APFloat::rmTowardZero, &exact) &
        APFloat::opInvalidOp)
      return std::nullopt;
    return IntegerAttr::get(to, result);
  }
  auto i = dyn_cast<IntegerAttr>(v);
  if (!i)
    return std::nullopt;
  APInt x = i.getValue();
  bool isUnsigned = i.getType().isUnsignedInteger() || x.getBitWidth() == 1;
  if (auto toFloat = dyn_cast<FloatType>(to)) {
    APFloat result(toFloat.getFloatSemantics());
    result.convertFromAPInt(x, !isUnsigned, APFloat::rmNearestTiesToEven);
    return FloatAttr::get(to, result);
  }
  unsigned width = to.getIntOrFloatBitWidth();
  if (width == 1)
    return IntegerAttr::get(to, APInt(1, !x.isZero()));
  return IntegerAttr::get(to, isUnsigned ? x.zextOrTrunc(width)
                                         : x.sextOrTrunc(width));
}

OpFoldResult CastOp::fold(FoldAdaptor a) {
  if (getInput().getType() == getType())
    return getInput();
  DenseElementsAttr dense = asDense(a.getInput());
  if (!dense || dense.getNumElements() > kMaxFoldElements)
    return {};
  Type to = getType().getElementType();
  SmallVector<Attribute> out;
  for (Attribute v : dense.getValues<Attribute>()) {
    std::optional<Attribute> c = castElement(v, to);
    if (!c)
      return {};
    out.push_back(*c);
  }
  return DenseElementsAttr::get(getType(), out);
}

//===----------------------------------------------------------------------===//
// Shape ops
//===----------------------------------------------------------------------===//

/// Folds an op that only changes the shape: to its input when the types
/// match, to a reshaped constant when the input is one.
static OpFoldResult foldShapeOnly(Value input, Attribute inputAttr,
                                  RankedTensorType resultType) {
  if (input.getType() == resultType && resultType.hasStaticShape())
    return input;
  DenseElementsAttr dense = asDense(inputAttr);
  // The declared type may be more static than the inferred one (a reshape
  // with a non-constant shape), so check the element count: reshape() needs
  // it to match and would otherwise read past the data.
  if (dense && resultType.hasStaticShape() &&
      dense.getNumElements() == resultType.getNumElements())
    return dense.reshape(resultType);
  return {};
}

OpFoldResult ReshapeOp::fold(FoldAdaptor a) {
  return foldShapeOnly(getData(), a.getData(), getType());
}

OpFoldResult FlattenOp::fold(FoldAdaptor a) {
  return foldShapeOnly(getInput(), a.getInput(), getType());
}

OpFoldResult SqueezeOp::fold(FoldAdaptor a) {
  return foldShapeOnly(getInput(), a.getInput(), getType());
}

OpFoldResult UnsqueezeOp::fold(FoldAdaptor a) {
  return foldShapeOnly(getInput(), a.getInput(), getType());
}

OpFoldResult ExpandOp::fold(FoldAdaptor a) {
  if (getInput().getType() == getType() && getType().hasStaticShape())
    return getInput();
  DenseElementsAttr dense = asDense(a.getInput());
  // With a non-constant shape only the declared type says what the result
  // is; it must be a broadcast of the input.
  if (dense && dense.isSplat() && getType().hasStaticShape() &&
      isUnidirectionalBroadcastable(dense.getType().getShape(),
                                    getType().getShape()))
    return dense.resizeSplat(getType());
  return {};
}

/// Row-major strides of `shape`.
static SmallVector<int64_t> stridesOf(ArrayRef<int64_t> shape) {
  SmallVector<int64_t> strides(shape.size(), 1);
  for (int64_t d = static_cast<int64_t>(shape.size()) - 2; d >= 0; --d)
    strides[d] = strides[d + 1] * shape[d + 1];
  return strides;
}

/// Builds a constant of `type` whose element at each multi-index is
/// `source[indexFn(index)]`; `indexFn` returns a linear index into `source`.
template <typename IndexFn>
static Attribute gatherConstant(ArrayRef<Attribute> source,
                                RankedTensorType type, IndexFn indexFn) {
  if (!type.hasStaticShape() || type.getNumElements() > kMaxFoldElements)
    return {};
  ArrayRef<int64_t> shape = type.getShape();
  SmallVector<Attribute> out;
  out.reserve(type.getNumElements());
  SmallVector<int64_t> index(shape.size(), 0);
  for (int64_t i = 0, e = type.getNumElements(); i < e; ++i) {
    out.push_back(source[indexFn(ArrayRef<int64_t>(index))]);
    for (int64_t d = static_cast<int64_t>(shape.size()) - 1; d >= 0; --d) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }
  return DenseElementsAttr::get(type, out);
}

static std::optional<SmallVector<int64_t>> intValues(Attribute a) {
  auto dense = dyn_cast_if_present<DenseIntElementsAttr>(a);
  if (!dense)
    return std::nullopt;
  return llvm::map_to_vector(dense.getValues<APInt>(), [](const APInt &v) {
    return v.getSExtValue();
  });
}

OpFoldResult ConcatOp::fold(FoldAdaptor a) {
  if (getInputs().size() == 1 && getInputs()[0].getType() == getType())
    return getInputs()[0];
  RankedTensorType type = getType();
  if (!type.hasStaticShape() || type.getNumElements() > kMaxFoldElements)
    return {};
  int64_t axis = graph::wrapAxis(getAxis(), type.getRank());
  // Gather every input's elements into one list, remembering where each
  // input starts and its extent along the axis.
  SmallVector<Attribute> all;
  SmallVector<int64_t> offsets, axisStarts, axisSizes;
  int64_t axisStart = 0;
  for (auto [value, attr] : llvm::zip(getInputs(), a.getInputs())) {
    DenseElementsAttr dense = asDense(attr);
    if (!dense)
      return {};
    offsets.push_back(all.size());
    llvm::append_range(all, dense.getValues<Attribute>());
    int64_t size = cast<RankedTensorType>(value.getType()).getDimSize(axis);
    axisStarts.push_back(axisStart);
    axisSizes.push_back(size);
    axisStart += size;
  }
  return gatherConstant(all, type, [&](ArrayRef<int64_t> index) {
    size_t which = 0;
    while (index[axis] >= axisStarts[which] + axisSizes[which])
      ++which;
    SmallVector<int64_t> shape(type.getShape());
    shape[axis] = axisSizes[which];
    SmallVector<int64_t> strides = stridesOf(shape);
    int64_t linear = offsets[which];
    for (size_t d = 0; d < index.size(); ++d)
      linear += (d == static_cast<size_t>(axis) ? index[d] - axisStarts[which]
                                                : index[d]) *
                strides[d];
    return linear;
  });
}

OpFoldResult SliceOp::fold(FoldAdaptor a) {
  DenseElementsAttr data = asDense(a.getData());
  RankedTensorType type = getType();
  // The input's elements are all read into a list: bound it too.
  if (!data || !type.hasStaticShape() ||
      data.getNumElements() > kMaxFoldElements)
    return {};
  auto starts = intValues(a.getStarts());
  auto ends = intValues(a.getEnds());
  if (!starts || !ends)
    return {};
  RankedTensorType inType = getData().getType();
  int64_t rank = inType.getRank();
  SmallVector<int64_t> axes, steps(starts->size(), 1);
  if (getAxes()) {
    auto v = intValues(a.getAxes());
    if (!v)
      return {};
    axes = *v;
  } else {
    axes = llvm::to_vector(llvm::seq<int64_t>(0, starts->size()));
  }
  if (getSteps()) {
    auto v = intValues(a.getSteps());
    if (!v)
      return {};
    steps = *v;
  }
  // Per dim: the first index read and the step (unsliced dims: 0 and 1).
  SmallVector<int64_t> first(rank, 0), step(rank, 1);
  for (auto [i, axis] : llvm::enumerate(axes)) {
    int64_t d = axis < 0 ? axis + rank : axis;
    int64_t dim = inType.getDimSize(d), s = (*starts)[i];
    if (s < 0)
      s += dim;
    // min/max, not std::clamp: [0, dim - 1] is empty when dim is 0.
    s = steps[i] > 0 ? std::min(std::max<int64_t>(s, 0), dim)
                     : std::min(std::max<int64_t>(s, 0), dim - 1);
    first[d] = s;
    step[d] = steps[i];
  }
  SmallVector<Attribute> values = llvm::to_vector(data.getValues<Attribute>());
  SmallVector<int64_t> strides = stridesOf(inType.getShape());
  return gatherConstant(values, type, [&](ArrayRef<int64_t> index) {
    int64_t linear = 0;
    for (int64_t d = 0; d < rank; ++d)
      linear += (first[d] + index[d] * step[d]) * strides[d];
    return linear;
  });
}

OpFoldResult GatherOp::fold(FoldAdaptor a) {
  DenseElementsAttr data = asDense(a.getData());
  auto indices = intValues(a.getIndices());
  RankedTensorType type = getType();
  // The input's elements are all read into a list: bound it too.
  if (!data || !indices || !type.hasStaticShape() ||
      data.getNumElements() > kMaxFoldElements)
    return {};
  RankedTensorType inType = getData().getType();
  int64_t rank = inType.getRank();
  int64_t axis = graph::wrapAxis(getAxis(), rank);
  int64_t axisSize = inType.getDimSize(axis);
  for (int64_t &i : *indices) {
    if (i < 0)
      i += axisSize;
    if (i < 0 || i >= axisSize)
      return {}; // out of range: leave the error to run time
  }
  int64_t indicesRank = getIndices().getType().getRank();
  SmallVector<int64_t> indicesStrides =
      stridesOf(getIndices().getType().getShape());
  SmallVector<Attribute> values = llvm::to_vector(data.getValues<Attribute>());
  SmallVector<int64_t> strides = stridesOf(inType.getShape());
  return gatherConstant(values, type, [&](ArrayRef<int64_t> index) {
    // index = data[:axis] ++ indices dims ++ data[axis+1:]
    int64_t which = 0;
    for (int64_t d = 0; d < indicesRank; ++d)
      which += index[axis + d] * indicesStrides[d];
    int64_t linear = 0;
    for (int64_t d = 0; d < rank; ++d) {
      int64_t i = d < axis    ? index[d]
                  : d == axis ? (*indices)[which]
                              : index[d + indicesRank - 1];
      linear += i * strides[d];
    }
    return linear;
  });
}

OpFoldResult ShapeOp::fold(FoldAdaptor) {
  RankedTensorType x = getData().getType();
  std::optional<int64_t> end;
  if (IntegerAttr e = getEndAttr())
    end = e.getInt();
  int64_t rank = x.getRank();
  int64_t s = graph::wrapAxis(getStart(), rank);
  int64_t e = end ? (*end < 0 ? *end + rank : *end) : rank;
  s = std::clamp<int64_t>(s, 0, rank);
  e = std::max(s, std::clamp<int64_t>(e, 0, rank));
  ArrayRef<int64_t> dims = x.getShape().slice(s, e - s);
  if (ShapedType::isDynamicShape(dims))
    return {};
  return DenseIntElementsAttr::get(getType(), dims);
}

//===----------------------------------------------------------------------===//
// Transpose
//===----------------------------------------------------------------------===//

OpFoldResult TransposeOp::fold(FoldAdaptor a) {
  SmallVector<int64_t> perm = getEffectivePerm();
  bool identity = llvm::equal(perm, llvm::seq<int64_t>(0, perm.size()));
  // The declared type may be more or less static than the input's; a fold
  // must not change the result's type.
  if (identity && getInput().getType() == getType())
    return getInput();
  DenseElementsAttr dense = asDense(a.getInput());
  if (!dense || !getType().hasStaticShape())
    return {};
  // A transpose of a splat only changes the shape.
  if (dense.isSplat())
    return dense.resizeSplat(getType());
  if (dense.getNumElements() > kMaxFoldElements)
    return {};
  // Result dim i is input dim perm[i], so result[index] is the input element
  // whose index has index[i] at position perm[i].
  SmallVector<Attribute> values = llvm::to_vector(dense.getValues<Attribute>());
  SmallVector<int64_t> strides = stridesOf(dense.getType().getShape());
  return gatherConstant(values, getType(), [&](ArrayRef<int64_t> index) {
    int64_t linear = 0;
    for (auto [i, p] : llvm::enumerate(perm))
      linear += index[i] * strides[p];
    return linear;
  });
}

namespace {
/// transpose(transpose(x, p1), p2) -> transpose(x, p) with p[i] = p1[p2[i]].
struct ComposeTransposes : OpRewritePattern<TransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(TransposeOp op,
                                PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<TransposeOp>();
    if (!inner)
      return failure();
    SmallVector<int64_t> p1 = inner.getEffectivePerm();
    SmallVector<int64_t> p2 = op.getEffectivePerm();
    SmallVector<int64_t> composed;
    for (int64_t i : p2)
      composed.push_back(p1[i]);
    rewriter.replaceOpWithNewOp<TransposeOp>(
        op, op.getType(), inner.getInput(),
        rewriter.getDenseI64ArrayAttr(composed));
    return success();
  }
};

/// reshape(reshape(x, s1), s2) -> reshape(x, s2) when s2 has no 0 entries
/// that would copy a dim of the intermediate shape.
struct ComposeReshapes : OpRewritePattern<ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ReshapeOp op,
                                PatternRewriter &rewriter) const override {
    auto inner = op.getData().getDefiningOp<ReshapeOp>();
    if (!inner)
      return failure();
    DenseIntElementsAttr shape;
    if (!matchPattern(op.getShape(), m_Constant(&shape)))
      return failure();
    if (!op.getAllowzero() &&
        llvm::any_of(shape.getValues<APInt>(),
                     [](const APInt &v) { return v.isZero(); }))
      return failure();
    rewriter.modifyOpInPlace(
        op, [&] { op.getDataMutable().assign(inner.getData()); });
    return success();
  }
};
} // namespace

/// The bytes of a non-splat constant of a static shape whose elements are
/// whole bytes, one element after the other; empty when they are not
/// available (elided or unknown storage).
static ArrayRef<char> rawElements(ElementsAttr value) {
  auto type = cast<RankedTensorType>(value.getType());
  Type elt = type.getElementType();
  if (!type.hasStaticShape() || !elt.isIntOrFloat() ||
      elt.getIntOrFloatBitWidth() % 8 != 0)
    return {};
  ArrayRef<char> raw;
  if (auto dense = dyn_cast<DenseElementsAttr>(value))
    raw = dense.getRawData();
  else if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    raw = resource.getData();
  size_t bytes = elt.getIntOrFloatBitWidth() / 8;
  if (raw.size() != static_cast<size_t>(type.getNumElements()) * bytes)
    return {};
  return raw;
}

/// A constant of `type` holding `values`, stored like `like` (a resource
/// for a resource, named `name`, else dense).
static ElementsAttr elementsLike(ElementsAttr like, RankedTensorType type,
                                 ArrayRef<char> bytes, StringRef name) {
  if (isa<DenseResourceElementsAttr>(like))
    return DenseResourceElementsAttr::get(
        type, name,
        HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes,
                                                      alignof(uint64_t)));
  return DenseElementsAttr::getFromRawBuffer(type, bytes);
}

ElementsAttr graph::permuteElements(ElementsAttr value,
                                    ArrayRef<int64_t> perm) {
  auto type = cast<RankedTensorType>(value.getType());
  Type elt = type.getElementType();
  if (!type.hasStaticShape() || !elt.isIntOrFloat() ||
      elt.getIntOrFloatBitWidth() % 8 != 0 ||
      perm.size() != static_cast<size_t>(type.getRank()))
    return {};
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(type.getDimSize(p));
  auto permutedType = RankedTensorType::get(shape, elt);
  auto dense = dyn_cast<DenseElementsAttr>(value);
  if (dense && dense.isSplat())
    return dense.resizeSplat(permutedType);
  ArrayRef<char> raw = rawElements(value);
  if (raw.empty())
    return {};
  size_t bytes = elt.getIntOrFloatBitWidth() / 8;
  int64_t count = type.getNumElements();
  // Result element at index r is the input element whose index has r[i] at
  // position perm[i].
  SmallVector<int64_t> inStrides = stridesOf(type.getShape());
  std::vector<char> out(raw.size());
  SmallVector<int64_t> index(shape.size(), 0);
  for (int64_t linear = 0; linear < count; ++linear) {
    int64_t from = 0;
    for (auto [i, p] : llvm::enumerate(perm))
      from += index[i] * inStrides[p];
    std::memcpy(&out[linear * bytes], &raw[from * bytes], bytes);
    for (int64_t d = shape.size() - 1; d >= 0; --d) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }
  return elementsLike(value, permutedType, out, "permuted");
}

/// The elements of an f32 constant as floats (a splat expanded), or
/// nothing when they are not available.
static std::optional<std::vector<float>> floatElements(ElementsAttr value) {
  auto type = cast<RankedTensorType>(value.getType());
  if (!type.getElementType().isF32() || !type.hasStaticShape())
    return std::nullopt;
  auto dense = dyn_cast<DenseElementsAttr>(value);
  if (dense && dense.isSplat())
    return std::vector<float>(type.getNumElements(),
                              dense.getSplatValue<float>());
  ArrayRef<char> raw = rawElements(value);
  if (raw.empty() && type.getNumElements() != 0)
    return std::nullopt;
  std::vector<float> values(type.getNumElements());
  std::memcpy(values.data(), raw.data(), raw.size());
  return values;
}

/// The f32 elements of the graph.constant defining `v`, if it is one.
static std::optional<std::vector<float>> constantFloats(Value v) {
  auto constant = v.getDefiningOp<ConstantOp>();
  if (!constant)
    return std::nullopt;
  return floatElements(constant.getValue());
}

namespace {
/// gemm(a, B, transB = true) with a constant B -> gemm(a, B^T): the
/// transpose happens once, at compile time (weights of fully connected
/// layers exported from PyTorch are stored transposed), so the kernel reads
/// the weights row by row along the output instead of down their columns.
struct PretransposeGemmWeights : OpRewritePattern<GemmOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(GemmOp op,
                                PatternRewriter &rewriter) const override {
    auto constant = op.getB().getDefiningOp<ConstantOp>();
    if (!op.getTransB() || !constant)
      return failure();
    ElementsAttr value = constant.getValue();
    if (cast<RankedTensorType>(value.getType()).getRank() != 2)
      return failure();
    ElementsAttr transposed = permuteElements(value, {1, 0});
    if (!transposed)
      return failure(); // elided or unknown storage
    Value newB = ConstantOp::create(rewriter, constant.getLoc(), transposed);
    rewriter.modifyOpInPlace(op, [&] {
      op.getBMutable().assign(newB);
      op.setTransB(false);
    });
    return success();
  }
};
} // namespace

namespace {
/// batch_normalization(conv(x, W, B), scale, b, mean, var) with every
/// parameter an f32 constant and the conv used by nothing else ->
/// conv(x, W', B'), where per output channel m, with
/// s[m] = scale[m] / sqrt(var[m] + epsilon):
///   W'[m, ...] = W[m, ...] * s[m],   B'[m] = (B[m] - mean[m]) * s[m] + b[m]
/// (B = 0 without a bias). The normalization then costs nothing at run time
/// instead of a pass over the feature map after every conv.
struct FoldBatchNormIntoConv : OpRewritePattern<BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BatchNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    auto conv = op.getX().getDefiningOp<ConvOp>();
    if (!conv || !conv->hasOneUse())
      return rewriter.notifyMatchFailure(op, "not the only user of a conv");
    auto filter = conv.getW().getDefiningOp<ConstantOp>();
    auto filterType = cast<RankedTensorType>(conv.getW().getType());
    if (!filter || !filterType.hasStaticShape() || filterType.getRank() < 1)
      return rewriter.notifyMatchFailure(op, "the filter is not constant");
    int64_t channels = filterType.getDimSize(0);
    std::optional<std::vector<float>> w = floatElements(filter.getValue());
    std::optional<std::vector<float>> scale = constantFloats(op.getScale());
    std::optional<std::vector<float>> shift = constantFloats(op.getB());
    std::optional<std::vector<float>> mean = constantFloats(op.getMean());
    std::optional<std::vector<float>> var = constantFloats(op.getVar());
    std::optional<std::vector<float>> bias =
        conv.getB() ? constantFloats(conv.getB())
                    : std::vector<float>(channels, 0.0f);
    if (!w || !scale || !shift || !mean || !var || !bias)
      return rewriter.notifyMatchFailure(op, "a parameter is not an f32 "
                                             "constant");
    for (const std::vector<float> *v :
         {&*scale, &*shift, &*mean, &*var, &*bias})
      if (v->size() != static_cast<size_t>(channels))
        return rewriter.notifyMatchFailure(op, "parameter size mismatch");
    int64_t perChannel = channels ? w->size() / channels : 0;
    double epsilon = op.getEpsilon().convertToDouble();
    std::vector<float> newBias(channels);
    for (int64_t m = 0; m < channels; ++m) {
      double s = (*scale)[m] / std::sqrt(static_cast<double>((*var)[m]) +
                                         epsilon);
      for (int64_t k = 0; k < perChannel; ++k)
        (*w)[m * perChannel + k] =
            static_cast<float>((*w)[m * perChannel + k] * s);
      newBias[m] =
          static_cast<float>(((*bias)[m] - (*mean)[m]) * s + (*shift)[m]);
    }
    auto bytes = [](const std::vector<float> &v) {
      return ArrayRef<char>(reinterpret_cast<const char *>(v.data()),
                            v.size() * sizeof(float));
    };
    Location loc = conv.getLoc();
    Value newW = ConstantOp::create(
        rewriter, loc,
        elementsLike(filter.getValue(), filterType, bytes(*w), "folded_bn"));
    auto biasType = RankedTensorType::get({channels}, rewriter.getF32Type());
    Value newB = ConstantOp::create(
        rewriter, loc,
        DenseElementsAttr::getFromRawBuffer(biasType, bytes(newBias)));
    rewriter.modifyOpInPlace(conv, [&] {
      conv->setOperands({conv.getX(), newW, newB});
      conv.getResult().setType(op.getType());
      conv->setLoc(rewriter.getFusedLoc({loc, op.getLoc()}));
    });
    rewriter.replaceOp(op, conv.getResult());
    return success();
  }
};
} // namespace

void BatchNormalizationOp::getCanonicalizationPatterns(
    RewritePatternSet &results, MLIRContext *context) {
  results.add<FoldBatchNormIntoConv>(context);
}

void GemmOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                         MLIRContext *context) {
  results.add<PretransposeGemmWeights>(context);
}

void TransposeOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                              MLIRContext *context) {
  results.add<ComposeTransposes>(context);
}

void ReshapeOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                            MLIRContext *context) {
  results.add<ComposeReshapes>(context);
}
