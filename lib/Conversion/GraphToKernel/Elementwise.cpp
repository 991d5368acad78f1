//===- Elementwise.cpp - Elementwise graph ops -> kernel.generic ----------===//
//
// Ops whose result element depends on the operand elements at the same
// (broadcast) position: one elementwise kernel.generic each. Also Expand (a
// broadcasting copy) and Range (an iota).
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/Patterns.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <limits>

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;
using namespace dlc::graph_to_kernel;

namespace {

/// A graph op whose result is an elementwise function of its (broadcast)
/// operands, given by `Fn(builder, loc, scalars, op)`.
template <typename OpTy, typename Fn>
struct ElementwisePattern : OpRewritePattern<OpTy> {
  ElementwisePattern(MLIRContext *ctx, Fn fn)
      : OpRewritePattern<OpTy>(ctx), fn(fn) {}
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type resultType = op->getResult(0).getType();
    SmallVector<Value> destinations =
        inPlaceDestination(op->getOperands(), resultType);
    FusedOp fused = buildFused(
        rewriter, loc, op->getOperands(), {resultType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value r = buildElementwise(
              b, l, ins, outs[0],
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return fn(nb, nl, s.drop_back(), op);
              });
          return SmallVector<Value>{r};
        },
        destinations);
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
  Fn fn;
};

template <typename OpTy, typename Fn>
void addElementwise(RewritePatternSet &patterns, Fn fn) {
  patterns.add(std::make_unique<ElementwisePattern<OpTy, Fn>>(
      patterns.getContext(), fn));
}

/// A broadcasting binary op computed by a scalar helper (addS, ...), which
/// picks the float, signed or unsigned arith op.
template <typename OpTy>
void addBinary(RewritePatternSet &patterns,
               Value (*fn)(OpBuilder &, Location, Value, Value)) {
  addElementwise<OpTy>(patterns,
                       [fn](OpBuilder &b, Location l, ValueRange s,
                            Operation *) { return fn(b, l, s[0], s[1]); });
}

/// A comparison whose predicate depends on the element kind.
template <typename OpTy>
void addCompare(RewritePatternSet &patterns, arith::CmpFPredicate f,
                arith::CmpIPredicate s, arith::CmpIPredicate u) {
  addElementwise<OpTy>(
      patterns, [=](OpBuilder &b, Location l, ValueRange v, Operation *) {
        return compareS(b, l, v[0], v[1], f, s, u);
      });
}

/// An op computed by one arith or math op on its scalars (float-only math
/// functions, bool logic on i1).
template <typename OpTy, typename ScalarOp>
void addScalarOp(RewritePatternSet &patterns) {
  addElementwise<OpTy>(
      patterns,
      [](OpBuilder &b, Location l, ValueRange s, Operation *) -> Value {
        return ScalarOp::create(b, l, s);
      });
}

/// x < 0 for any element kind (never true for unsigned ones).
static Value isNegative(OpBuilder &b, Location l, Value x) {
  return compareS(b, l, x, constantScalar(b, l, x.getType(), 0),
                  arith::CmpFPredicate::OLT, arith::CmpIPredicate::slt,
                  arith::CmpIPredicate::ult);
}

/// Python's `x % y` (the sign of the divisor) for signed integers. The
/// divisor 0 gives 0 (ONNX leaves it undefined) and -1 gives 0 without the
/// INT_MIN / -1 overflow, so the kernel never traps.
static Value pythonModS(OpBuilder &b, Location l, Value x, Value y) {
  Type t = x.getType();
  Value zero = constantScalar(b, l, t, 0), one = constantScalar(b, l, t, 1);
  auto eq = [&](Value p, Value q) {
    return arith::CmpIOp::create(b, l, arith::CmpIPredicate::eq, p, q);
  };
  Value trivial = arith::OrIOp::create(b, l, eq(y, zero),
                                       eq(y, constantScalar(b, l, t, -1)));
  Value r = arith::RemSIOp::create(
      b, l, x, arith::SelectOp::create(b, l, trivial, one, y));
  // A non-zero remainder whose sign differs from the divisor's moves by y.
  Value differ =
      arith::XOrIOp::create(b, l, isNegative(b, l, r), isNegative(b, l, y));
  Value fix = arith::AndIOp::create(
      b, l, differ,
      arith::CmpIOp::create(b, l, arith::CmpIPredicate::ne, r, zero));
  return arith::SelectOp::create(b, l, fix, arith::AddIOp::create(b, l, r, y),
                                 r);
}

void populateElementwise(RewritePatternSet &patterns) {
  using S = ValueRange;
  addBinary<graph::AddOp>(patterns, addS);
  addBinary<graph::SubOp>(patterns, subS);
  addBinary<graph::MulOp>(patterns, mulS);
  addBinary<graph::DivOp>(patterns, divS);
  addBinary<graph::MaxOp>(patterns, maxS);
  addBinary<graph::MinOp>(patterns, minS);
  addElementwise<graph::PowOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        Value x = s[0], e = s[1];
        if (isa<FloatType>(x.getType())) {
          e = castS(b, l, e, x.getType());
          return math::PowFOp::create(b, l, x, e);
        }
        e = castS(b, l, e, x.getType());
        return fromSignless(b, l,
                            math::IPowIOp::create(b, l, toSignless(b, l, x),
                                                  toSignless(b, l, e)),
                            x.getType());
      });
  using FP = arith::CmpFPredicate;
  using IP = arith::CmpIPredicate;
  addCompare<graph::EqualOp>(patterns, FP::OEQ, IP::eq, IP::eq);
  addCompare<graph::LessOp>(patterns, FP::OLT, IP::slt, IP::ult);
  addCompare<graph::GreaterOp>(patterns, FP::OGT, IP::sgt, IP::ugt);
  addCompare<graph::LessOrEqualOp>(patterns, FP::OLE, IP::sle, IP::ule);
  addCompare<graph::GreaterOrEqualOp>(patterns, FP::OGE, IP::sge, IP::uge);
  addScalarOp<graph::AndOp, arith::AndIOp>(patterns);
  addScalarOp<graph::OrOp, arith::OrIOp>(patterns);
  addScalarOp<graph::XorOp, arith::XOrIOp>(patterns);
  addElementwise<graph::ModOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        // fmod, and unsigned integers, where the two forms agree: C's
        // remainder. Floats always have fmod = true (the verifier says so).
        Type t = s[0].getType();
        if (cast<graph::ModOp>(op).getFmod() || !t.isSignlessInteger() ||
            t.isInteger(1))
          return remS(b, l, s[0], s[1]);
        return pythonModS(b, l, s[0], s[1]);
      });
  addElementwise<graph::BitShiftOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        Type t = s[0].getType();
        Value x = toSignless(b, l, s[0]), n = toSignless(b, l, s[1]);
        Value shifted = cast<graph::BitShiftOp>(op).getDirection() == "LEFT"
                            ? Value(arith::ShLIOp::create(b, l, x, n))
                            : Value(arith::ShRUIOp::create(b, l, x, n));
        // LLVM leaves a shift by the bit width or more undefined.
        Type signless = x.getType();
        Value tooFar = arith::CmpIOp::create(
            b, l, IP::uge, n,
            constantScalar(b, l, signless, t.getIntOrFloatBitWidth()));
        return fromSignless(
            b, l,
            arith::SelectOp::create(b, l, tooFar,
                                    constantScalar(b, l, signless, 0), shifted),
            t);
      });
  addElementwise<graph::PReluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return arith::SelectOp::create(b, l, isNegative(b, l, s[0]),
                                       mulS(b, l, s[0], s[1]), s[0]);
      });
  addElementwise<graph::WhereOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return arith::SelectOp::create(b, l, s[0], s[1], s[2]);
      });
  addElementwise<graph::NegOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        if (isa<FloatType>(s[0].getType()))
          return arith::NegFOp::create(b, l, s[0]);
        return subS(b, l, constantScalar(b, l, s[0].getType(), 0), s[0]);
      });
  addElementwise<graph::AbsOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        if (isa<FloatType>(s[0].getType()))
          return math::AbsFOp::create(b, l, s[0]);
        if (s[0].getType().isUnsignedInteger())
          return s[0];
        return math::AbsIOp::create(b, l, s[0]);
      });
  addScalarOp<graph::SqrtOp, math::SqrtOp>(patterns);
  addElementwise<graph::ReciprocalOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return arith::DivFOp::create(
            b, l, constantScalar(b, l, s[0].getType(), 1), s[0]);
      });
  addScalarOp<graph::ExpOp, math::ExpOp>(patterns);
  addScalarOp<graph::LogOp, math::LogOp>(patterns);
  addScalarOp<graph::ErfOp, math::ErfOp>(patterns);
  addScalarOp<graph::TanhOp, math::TanhOp>(patterns);
  addScalarOp<graph::CeilOp, math::CeilOp>(patterns);
  addScalarOp<graph::FloorOp, math::FloorOp>(patterns);
  addScalarOp<graph::RoundOp, math::RoundEvenOp>(patterns);
  addScalarOp<graph::SinOp, math::SinOp>(patterns);
  addScalarOp<graph::CosOp, math::CosOp>(patterns);
  addScalarOp<graph::TanOp, math::TanOp>(patterns);
  addScalarOp<graph::AsinOp, math::AsinOp>(patterns);
  addScalarOp<graph::AcosOp, math::AcosOp>(patterns);
  addScalarOp<graph::AtanOp, math::AtanOp>(patterns);
  addScalarOp<graph::SinhOp, math::SinhOp>(patterns);
  addScalarOp<graph::CoshOp, math::CoshOp>(patterns);
  addScalarOp<graph::AsinhOp, math::AsinhOp>(patterns);
  addScalarOp<graph::AcoshOp, math::AcoshOp>(patterns);
  addScalarOp<graph::AtanhOp, math::AtanhOp>(patterns);
  addScalarOp<graph::IsNaNOp, math::IsNaNOp>(patterns);
  addElementwise<graph::IsInfOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        auto isInf = cast<graph::IsInfOp>(op);
        bool pos = isInf.getDetectPositive(), neg = isInf.getDetectNegative();
        Value x = s[0];
        if (!pos && !neg)
          return constantScalar(b, l, b.getI1Type(), 0);
        // |x| == inf for both signs (math.isinf has no LLVM lowering).
        if (pos && neg)
          x = math::AbsFOp::create(b, l, x);
        double inf = std::numeric_limits<double>::infinity();
        return arith::CmpFOp::create(
            b, l, FP::OEQ, x,
            constantScalar(b, l, x.getType(), neg && !pos ? -inf : inf));
      });
  addElementwise<graph::SignOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        // x itself where it is neither > 0 nor < 0: 0, -0 or NaN.
        Value x = s[0];
        Type t = x.getType();
        Value positive = compareS(b, l, x, constantScalar(b, l, t, 0), FP::OGT,
                                  IP::sgt, IP::ugt);
        Value r = arith::SelectOp::create(b, l, positive,
                                          constantScalar(b, l, t, 1), x);
        if (t.isUnsignedInteger() || t.isInteger(1))
          return r;
        return arith::SelectOp::create(b, l, isNegative(b, l, x),
                                       constantScalar(b, l, t, -1), r);
      });
  addElementwise<graph::SoftplusOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        // max(x, 0) + log1p(exp(-|x|)): exp never overflows.
        Value x = s[0];
        Value e = math::ExpOp::create(
            b, l, arith::NegFOp::create(b, l, math::AbsFOp::create(b, l, x)));
        return arith::AddFOp::create(
            b, l, maxS(b, l, x, constantScalar(b, l, x.getType(), 0)),
            math::Log1pOp::create(b, l, e));
      });
  addElementwise<graph::SoftsignOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        Value x = s[0];
        return arith::DivFOp::create(
            b, l, x,
            arith::AddFOp::create(b, l, constantScalar(b, l, x.getType(), 1),
                                  math::AbsFOp::create(b, l, x)));
      });
  addElementwise<graph::SigmoidOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        // 1 / (1 + exp(-x))
        Type t = s[0].getType();
        Value e = math::ExpOp::create(b, l, arith::NegFOp::create(b, l, s[0]));
        return arith::DivFOp::create(
            b, l, constantScalar(b, l, t, 1),
            arith::AddFOp::create(b, l, constantScalar(b, l, t, 1), e));
      });
  addElementwise<graph::ReluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) {
        return maxS(b, l, s[0], constantScalar(b, l, s[0].getType(), 0));
      });
  addElementwise<graph::LeakyReluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        Type t = s[0].getType();
        double alpha =
            cast<graph::LeakyReluOp>(op).getAlpha().convertToDouble();
        Value neg = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OLT, s[0],
                                          constantScalar(b, l, t, 0));
        Value scaled = mulS(b, l, s[0], constantScalar(b, l, t, alpha));
        return arith::SelectOp::create(b, l, neg, scaled, s[0]);
      });
  addElementwise<graph::HardSigmoidOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        auto hs = cast<graph::HardSigmoidOp>(op);
        Type t = s[0].getType();
        Value v =
            addS(b, l,
                 mulS(b, l, s[0],
                      constantScalar(b, l, t, hs.getAlpha().convertToDouble())),
                 constantScalar(b, l, t, hs.getBeta().convertToDouble()));
        return maxS(b, l, constantScalar(b, l, t, 0),
                    minS(b, l, constantScalar(b, l, t, 1), v));
      });
  addElementwise<graph::HardSwishOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        // x * max(0, min(1, x / 6 + 0.5))
        Type t = s[0].getType();
        Value v = addS(b, l, mulS(b, l, s[0], constantScalar(b, l, t, 1.0 / 6)),
                       constantScalar(b, l, t, 0.5));
        Value h = maxS(b, l, constantScalar(b, l, t, 0),
                       minS(b, l, constantScalar(b, l, t, 1), v));
        return mulS(b, l, s[0], h);
      });
  addElementwise<graph::GeluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        Type t = s[0].getType();
        Value x = s[0];
        Value half = constantScalar(b, l, t, 0.5);
        Value one = constantScalar(b, l, t, 1);
        Value inner;
        if (cast<graph::GeluOp>(op).getApproximate() == "tanh") {
          // tanh(sqrt(2/pi) * (x + 0.044715 x^3))
          Value x3 = mulS(b, l, x, mulS(b, l, x, x));
          Value poly =
              addS(b, l, x, mulS(b, l, constantScalar(b, l, t, 0.044715), x3));
          inner = math::TanhOp::create(
              b, l,
              mulS(b, l, constantScalar(b, l, t, 0.7978845608028654), poly));
        } else {
          inner = math::ErfOp::create(
              b, l, mulS(b, l, x, constantScalar(b, l, t, 0.7071067811865476)));
        }
        return mulS(b, l, mulS(b, l, half, x), addS(b, l, one, inner));
      });
  addElementwise<graph::EluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        Value x = s[0];
        Type t = x.getType();
        double alpha = cast<graph::EluOp>(op).getAlpha().convertToDouble();
        Value em1 = subS(b, l, math::ExpOp::create(b, l, x),
                         constantScalar(b, l, t, 1));
        return arith::SelectOp::create(
            b, l, isNegative(b, l, x),
            mulS(b, l, constantScalar(b, l, t, alpha), em1), x);
      });
  addElementwise<graph::CeluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        // max(0, x) + min(0, alpha * (exp(x / alpha) - 1))
        Value x = s[0];
        Type t = x.getType();
        double alpha = cast<graph::CeluOp>(op).getAlpha().convertToDouble();
        Value zero = constantScalar(b, l, t, 0);
        Value e = math::ExpOp::create(
            b, l, mulS(b, l, x, constantScalar(b, l, t, 1 / alpha)));
        Value neg = mulS(b, l, constantScalar(b, l, t, alpha),
                         subS(b, l, e, constantScalar(b, l, t, 1)));
        return addS(b, l, maxS(b, l, zero, x), minS(b, l, zero, neg));
      });
  addElementwise<graph::SeluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        auto selu = cast<graph::SeluOp>(op);
        Value x = s[0];
        Type t = x.getType();
        double alpha = selu.getAlpha().convertToDouble();
        double gamma = selu.getGamma().convertToDouble();
        Value positive =
            arith::CmpFOp::create(b, l, FP::OGT, x, constantScalar(b, l, t, 0));
        Value em1 = subS(b, l, math::ExpOp::create(b, l, x),
                         constantScalar(b, l, t, 1));
        return arith::SelectOp::create(
            b, l, positive, mulS(b, l, constantScalar(b, l, t, gamma), x),
            mulS(b, l, constantScalar(b, l, t, gamma * alpha), em1));
      });
  addElementwise<graph::ThresholdedReluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        Value x = s[0];
        Type t = x.getType();
        double alpha =
            cast<graph::ThresholdedReluOp>(op).getAlpha().convertToDouble();
        Value above = arith::CmpFOp::create(b, l, FP::OGT, x,
                                            constantScalar(b, l, t, alpha));
        return arith::SelectOp::create(b, l, above, x,
                                       constantScalar(b, l, t, 0));
      });
  addElementwise<graph::ShrinkOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        auto shrink = cast<graph::ShrinkOp>(op);
        Value x = s[0];
        Type t = x.getType();
        double lambd = shrink.getLambd().convertToDouble();
        Value bias =
            constantScalar(b, l, t, shrink.getBias().convertToDouble());
        Value below = arith::CmpFOp::create(b, l, FP::OLT, x,
                                            constantScalar(b, l, t, -lambd));
        Value above = arith::CmpFOp::create(b, l, FP::OGT, x,
                                            constantScalar(b, l, t, lambd));
        Value r = arith::SelectOp::create(b, l, above, subS(b, l, x, bias),
                                          constantScalar(b, l, t, 0));
        return arith::SelectOp::create(b, l, below, addS(b, l, x, bias), r);
      });
  addElementwise<graph::NotOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return arith::XOrIOp::create(b, l, s[0],
                                     constantScalar(b, l, s[0].getType(), 1));
      });
  addElementwise<graph::CastOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        return castS(b, l, s[0],
                     cast<graph::CastOp>(op).getType().getElementType());
      });
  addElementwise<graph::ClipOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        auto clip = cast<graph::ClipOp>(op);
        Value v = s[0];
        unsigned next = 1;
        if (clip.getMin())
          v = maxS(b, l, v, s[next++]);
        if (clip.getMax())
          v = minS(b, l, v, s[next++]);
        return v;
      });
}

/// Expand broadcasts its first operand; the second only gives the shape.
struct ExpandPattern : OpRewritePattern<graph::ExpandOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ExpandOp op,
                                PatternRewriter &rewriter) const override {
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{buildElementwise(
              b, l, ins, outs[0],
              [](OpBuilder &, Location, ValueRange s) { return s[0]; })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// Range: out[i] = start + i * delta. The length is the result's static
/// size; start and delta are read in the body when they are not constants
/// (limit only decides the length).
struct RangePattern : OpRewritePattern<graph::RangeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::RangeOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType type = op.getType();
    if (!type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "the length must be static");
    Type elt = type.getElementType();
    SmallVector<Value> inputs;
    BodyOperand start(op.getStart(), inputs), delta(op.getDelta(), inputs);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), inputs, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{buildGeneric(
              b, l, {}, outs[0], {b.getMultiDimIdentityMap(1)}, {kPar},
              [&](OpBuilder &nb, Location nl, ValueRange) -> Value {
                Value i = arith::IndexCastOp::create(
                    nb, nl, nb.getI64Type(), IndexOp::create(nb, nl, 0));
                return addS(nb, nl, start.scalar(nb, nl, ins),
                            mulS(nb, nl, castS(nb, nl, i, elt),
                                 delta.scalar(nb, nl, ins)));
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

} // namespace

void graph_to_kernel::populateElementwisePatterns(RewritePatternSet &patterns) {
  populateElementwise(patterns);
  patterns.add<ExpandPattern, RangePattern>(patterns.getContext());
}
