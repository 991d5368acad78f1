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
  addElementwise<graph::EqualOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) {
        return compareS(b, l, s[0], s[1], arith::CmpFPredicate::OEQ,
                        arith::CmpIPredicate::eq, arith::CmpIPredicate::eq);
      });
  addElementwise<graph::LessOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) {
        return compareS(b, l, s[0], s[1], arith::CmpFPredicate::OLT,
                        arith::CmpIPredicate::slt, arith::CmpIPredicate::ult);
      });
  addElementwise<graph::GreaterOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) {
        return compareS(b, l, s[0], s[1], arith::CmpFPredicate::OGT,
                        arith::CmpIPredicate::sgt, arith::CmpIPredicate::ugt);
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
  addElementwise<graph::SqrtOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return math::SqrtOp::create(b, l, s[0]);
      });
  addElementwise<graph::ReciprocalOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return arith::DivFOp::create(
            b, l, constantScalar(b, l, s[0].getType(), 1), s[0]);
      });
  addElementwise<graph::ExpOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return math::ExpOp::create(b, l, s[0]);
      });
  addElementwise<graph::LogOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return math::LogOp::create(b, l, s[0]);
      });
  addElementwise<graph::ErfOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return math::ErfOp::create(b, l, s[0]);
      });
  addElementwise<graph::TanhOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return math::TanhOp::create(b, l, s[0]);
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
