//===- GraphToKernel.cpp - graph ops -> kernel.fused / kernel.generic -----===//
//
// One pattern per graph op (templates for families). Each produces one
// kernel.fused holding the kernel.generics that compute the op, written with
// KernelBuilder. Before any rewriting the pass checks that every shape is
// static and every element type is one the CPU back end handles, so that a
// model that cannot be compiled gets one clear error per op.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/GraphToKernel.h"

#include "dialects/Graph/ShapeInference.h"
#include "lib/Conversion/GraphToKernel/KernelBuilder.h"
#include "lib/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace dlc {
#define GEN_PASS_DEF_CONVERTGRAPHTOKERNELPASS
#include "lib/Conversion/Passes.h.inc"
} // namespace dlc

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

namespace {

constexpr IteratorType kPar = IteratorType::parallel;
constexpr IteratorType kRed = IteratorType::reduction;

RankedTensorType tensorType(Value v) {
  return cast<RankedTensorType>(v.getType());
}

AffineExpr dim(MLIRContext *ctx, unsigned i) {
  return getAffineDimExpr(i, ctx);
}

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

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
    FusedOp fused = buildFused(
        rewriter, loc, op->getOperands(), {resultType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value r = buildElementwise(
              b, l, ins, outs[0],
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return fn(nb, nl, s.drop_back(), op);
              });
          return SmallVector<Value>{r};
        });
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

Value compare(OpBuilder &b, Location loc, Value x, Value y,
              arith::CmpFPredicate fp, arith::CmpIPredicate sp,
              arith::CmpIPredicate up) {
  if (isa<FloatType>(x.getType()))
    return arith::CmpFOp::create(b, loc, fp, x, y);
  bool isUnsigned = x.getType().isUnsignedInteger() || x.getType().isInteger(1);
  return arith::CmpIOp::create(b, loc, isUnsigned ? up : sp, x, y);
}

void populateElementwise(RewritePatternSet &patterns) {
  using S = ValueRange;
  addElementwise<graph::AddOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) {
    return addS(b, l, s[0], s[1]);
  });
  addElementwise<graph::SubOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) {
    return subS(b, l, s[0], s[1]);
  });
  addElementwise<graph::MulOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) {
    return mulS(b, l, s[0], s[1]);
  });
  addElementwise<graph::DivOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) {
    return divS(b, l, s[0], s[1]);
  });
  addElementwise<graph::MaxOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) {
    return maxS(b, l, s[0], s[1]);
  });
  addElementwise<graph::MinOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) {
    return minS(b, l, s[0], s[1]);
  });
  addElementwise<graph::PowOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        Value x = s[0], e = s[1];
        if (isa<FloatType>(x.getType())) {
          e = castS(b, l, e, x.getType());
          return math::PowFOp::create(b, l, x, e);
        }
        e = castS(b, l, e, x.getType());
        return math::IPowIOp::create(b, l, x, e);
      });
  addElementwise<graph::EqualOp>(patterns, [](OpBuilder &b, Location l, S s,
                                              Operation *) {
    return compare(b, l, s[0], s[1], arith::CmpFPredicate::OEQ,
                   arith::CmpIPredicate::eq, arith::CmpIPredicate::eq);
  });
  addElementwise<graph::LessOp>(patterns, [](OpBuilder &b, Location l, S s,
                                             Operation *) {
    return compare(b, l, s[0], s[1], arith::CmpFPredicate::OLT,
                   arith::CmpIPredicate::slt, arith::CmpIPredicate::ult);
  });
  addElementwise<graph::GreaterOp>(patterns, [](OpBuilder &b, Location l, S s,
                                                Operation *) {
    return compare(b, l, s[0], s[1], arith::CmpFPredicate::OGT,
                   arith::CmpIPredicate::sgt, arith::CmpIPredicate::ugt);
  });
  addElementwise<graph::WhereOp>(patterns, [](OpBuilder &b, Location l, S s,
                                              Operation *) -> Value {
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
        return math::AbsIOp::create(b, l, s[0]);
      });
  addElementwise<graph::SqrtOp>(patterns, [](OpBuilder &b, Location l, S s,
                                             Operation *) -> Value {
    return math::SqrtOp::create(b, l, s[0]);
  });
  addElementwise<graph::ReciprocalOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *) -> Value {
        return arith::DivFOp::create(
            b, l, constantScalar(b, l, s[0].getType(), 1), s[0]);
      });
  addElementwise<graph::ExpOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) -> Value {
    return math::ExpOp::create(b, l, s[0]);
  });
  addElementwise<graph::LogOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) -> Value {
    return math::LogOp::create(b, l, s[0]);
  });
  addElementwise<graph::ErfOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) -> Value {
    return math::ErfOp::create(b, l, s[0]);
  });
  addElementwise<graph::TanhOp>(patterns, [](OpBuilder &b, Location l, S s,
                                             Operation *) -> Value {
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
  addElementwise<graph::ReluOp>(patterns, [](OpBuilder &b, Location l, S s,
                                             Operation *) {
    return maxS(b, l, s[0], constantScalar(b, l, s[0].getType(), 0));
  });
  addElementwise<graph::LeakyReluOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        Type t = s[0].getType();
        double alpha = cast<graph::LeakyReluOp>(op).getAlpha().convertToDouble();
        Value neg = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OLT, s[0],
                                          constantScalar(b, l, t, 0));
        Value scaled = mulS(b, l, s[0], constantScalar(b, l, t, alpha));
        return arith::SelectOp::create(b, l, neg, scaled, s[0]);
      });
  addElementwise<graph::HardSigmoidOp>(
      patterns, [](OpBuilder &b, Location l, S s, Operation *op) -> Value {
        auto hs = cast<graph::HardSigmoidOp>(op);
        Type t = s[0].getType();
        Value v = addS(b, l,
                       mulS(b, l, s[0],
                            constantScalar(b, l, t,
                                           hs.getAlpha().convertToDouble())),
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
  addElementwise<graph::NotOp>(patterns, [](OpBuilder &b, Location l, S s,
                                            Operation *) -> Value {
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

//===----------------------------------------------------------------------===//
// Contractions
//===----------------------------------------------------------------------===//

Value mulAdd(OpBuilder &b, Location l, ValueRange s) {
  return addS(b, l, s[2], mulS(b, l, s[0], s[1]));
}

struct MatMulPattern : OpRewritePattern<graph::MatMulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::MatMulOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    ArrayRef<int64_t> a = op.getLhs().getType().getShape();
    ArrayRef<int64_t> bShape = op.getRhs().getType().getShape();
    ArrayRef<int64_t> out = op.getType().getShape();
    bool aVec = a.size() == 1, bVec = bShape.size() == 1;
    // Loops: result dims, then K.
    unsigned numLoops = out.size() + 1, k = out.size();
    unsigned batch = out.size() - (aVec ? 0 : 1) - (bVec ? 0 : 1);
    // Result dims: batch..., [m], [n].
    auto batchExprs = [&](ArrayRef<int64_t> shape, unsigned operandBatch) {
      SmallVector<AffineExpr> exprs;
      unsigned offset = batch - operandBatch;
      for (unsigned i = 0; i < operandBatch; ++i)
        exprs.push_back(shape[i] == 1 && out[offset + i] != 1
                            ? getAffineConstantExpr(0, ctx)
                            : dim(ctx, offset + i));
      return exprs;
    };
    SmallVector<AffineExpr> aExprs =
        batchExprs(a, aVec ? 0 : a.size() - 2);
    if (!aVec)
      aExprs.push_back(dim(ctx, batch));
    aExprs.push_back(dim(ctx, k));
    SmallVector<AffineExpr> bExprs =
        batchExprs(bShape, bVec ? 0 : bShape.size() - 2);
    bExprs.push_back(dim(ctx, k));
    if (!bVec)
      bExprs.push_back(dim(ctx, out.size() - 1));
    SmallVector<AffineMap> maps = {
        AffineMap::get(numLoops, 0, aExprs, ctx),
        AffineMap::get(numLoops, 0, bExprs, ctx),
        AffineMap::getMultiDimIdentityMap(out.size(), ctx)};
    maps[2] = AffineMap::get(numLoops, 0, maps[2].getResults(), ctx);
    SmallVector<IteratorType> iterators(out.size(), kPar);
    iterators.push_back(kRed);
    Type elt = op.getType().getElementType();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getLhs(), op.getRhs()}, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value zero = buildFill(b, l, outs[0], b.getZeroAttr(elt));
          return SmallVector<Value>{
              buildGeneric(b, l, ins, zero, maps, iterators, mulAdd)};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct GemmPattern : OpRewritePattern<graph::GemmOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::GemmOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    // Loops (m, n, k).
    AffineExpr m = dim(ctx, 0), n = dim(ctx, 1), k = dim(ctx, 2);
    AffineMap aMap = AffineMap::get(
        3, 0, op.getTransA() ? ArrayRef<AffineExpr>{k, m}
                             : ArrayRef<AffineExpr>{m, k},
        ctx);
    AffineMap bMap = AffineMap::get(
        3, 0, op.getTransB() ? ArrayRef<AffineExpr>{n, k}
                             : ArrayRef<AffineExpr>{k, n},
        ctx);
    AffineMap cMap = AffineMap::get(3, 0, {m, n}, ctx);
    Type elt = op.getType().getElementType();
    double alpha = op.getAlpha().convertToDouble();
    double beta = op.getBeta().convertToDouble();
    SmallVector<Value> inputs = {op.getA(), op.getB()};
    if (op.getC())
      inputs.push_back(op.getC());
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), inputs, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value zero = buildFill(b, l, outs[0], b.getZeroAttr(elt));
          Value prod = buildGeneric(b, l, ins.take_front(2), zero,
                                    {aMap, bMap, cMap}, {kPar, kPar, kRed},
                                    mulAdd);
          if (alpha == 1.0 && (ins.size() == 2 || beta == 0.0))
            return SmallVector<Value>{prod};
          SmallVector<Value> epilogueIns = {prod};
          if (ins.size() == 3 && beta != 0.0)
            epilogueIns.push_back(ins[2]);
          Value r = buildElementwise(
              b, l, epilogueIns, outs[0],
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Type t = s[0].getType();
                Value v = s[0];
                if (alpha != 1.0)
                  v = mulS(nb, nl, v, constantScalar(nb, nl, t, alpha));
                if (epilogueIns.size() == 2) {
                  Value c = s[1];
                  if (beta != 1.0)
                    c = mulS(nb, nl, c, constantScalar(nb, nl, t, beta));
                  v = addS(nb, nl, v, c);
                }
                return v;
              });
          return SmallVector<Value>{r};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Windows: padding, conv, pooling
//===----------------------------------------------------------------------===//

/// The effective begin/end pads of a window op for each spatial dim.
void effectivePads(ArrayRef<int64_t> spatialIn, ArrayRef<int64_t> kernel,
                   ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
                   std::optional<ArrayRef<int64_t>> pads, StringRef autoPadStr,
                   SmallVectorImpl<int64_t> &begin,
                   SmallVectorImpl<int64_t> &end) {
  size_t n = spatialIn.size();
  graph::AutoPad autoPad =
      graph::parseAutoPad(autoPadStr).value_or(graph::AutoPad::NotSet);
  for (size_t i = 0; i < n; ++i) {
    if (autoPad == graph::AutoPad::SameUpper ||
        autoPad == graph::AutoPad::SameLower) {
      auto [pb, pe] = graph::samePadding(spatialIn[i], kernel[i], strides[i],
                                         dilations[i], autoPad);
      begin.push_back(pb);
      end.push_back(pe);
    } else if (autoPad == graph::AutoPad::Valid || !pads) {
      begin.push_back(0);
      end.push_back(0);
    } else {
      begin.push_back((*pads)[i]);
      end.push_back((*pads)[n + i]);
    }
  }
}

SmallVector<int64_t> orOnes(std::optional<ArrayRef<int64_t>> v, size_t n) {
  return v ? SmallVector<int64_t>(*v) : SmallVector<int64_t>(n, 1);
}

/// Pads the spatial dims (2..) of `x` with `padValue`: a generic over the
/// padded shape that reads x where the index falls inside it. `extraEnd`
/// adds room at the end (ceil-mode pooling windows that run past the pads).
Value padSpatial(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> begin,
                 ArrayRef<int64_t> end, TypedAttr padValue) {
  if (llvm::all_of(begin, [](int64_t p) { return p == 0; }) &&
      llvm::all_of(end, [](int64_t p) { return p == 0; }))
    return x;
  RankedTensorType type = tensorType(x);
  SmallVector<int64_t> shape(type.getShape());
  for (size_t i = 0; i < begin.size(); ++i)
    shape[2 + i] += begin[i] + end[i];
  Value init = tensor::EmptyOp::create(b, loc, shape, type.getElementType());
  unsigned rank = shape.size();
  return buildGeneric(
      b, loc, {}, init, {b.getMultiDimIdentityMap(rank)},
      SmallVector<IteratorType>(rank, kPar),
      [&](OpBuilder &nb, Location l, ValueRange) -> Value {
        // inside = AND over spatial dims of begin <= i < begin + size
        Value inside;
        SmallVector<Value> indices;
        for (unsigned d = 0; d < rank; ++d) {
          Value i = IndexOp::create(nb, l, d);
          if (d < 2) {
            indices.push_back(i);
            continue;
          }
          int64_t pb = begin[d - 2], size = type.getDimSize(d);
          Value lo = arith::ConstantIndexOp::create(nb, l, pb);
          Value hi = arith::ConstantIndexOp::create(nb, l, pb + size);
          Value ok = arith::AndIOp::create(
              nb, l,
              arith::CmpIOp::create(nb, l, arith::CmpIPredicate::sge, i, lo),
              arith::CmpIOp::create(nb, l, arith::CmpIPredicate::slt, i, hi));
          inside = inside ? arith::AndIOp::create(nb, l, inside, ok) : ok;
          // Clamp so the (discarded) read stays in bounds.
          Value shifted = arith::SubIOp::create(nb, l, i, lo);
          Value zero = arith::ConstantIndexOp::create(nb, l, 0);
          Value last = arith::ConstantIndexOp::create(nb, l, size - 1);
          shifted = arith::MaxSIOp::create(nb, l, shifted, zero);
          shifted = arith::MinSIOp::create(nb, l, shifted, last);
          indices.push_back(shifted);
        }
        Value v = tensor::ExtractOp::create(nb, l, x, indices);
        Value pad = arith::ConstantOp::create(nb, l, padValue);
        return arith::SelectOp::create(nb, l, inside, v, pad);
      });
}

struct ConvPattern : OpRewritePattern<graph::ConvOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ConvOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType xType = op.getX().getType(), wType = op.getW().getType();
    RankedTensorType outType = op.getType();
    size_t n = xType.getRank() - 2;
    ArrayRef<int64_t> kernel = wType.getShape().drop_front(2);
    SmallVector<int64_t> strides = orOnes(op.getStrides(), n);
    SmallVector<int64_t> dilations = orOnes(op.getDilations(), n);
    SmallVector<int64_t> begin, end;
    effectivePads(xType.getShape().drop_front(2), kernel, strides, dilations,
                  op.getPads(), op.getAutoPad(), begin, end);
    int64_t group = op.getGroup();
    int64_t outPerGroup = outType.getDimSize(1) / group;
    int64_t inPerGroup = wType.getDimSize(1);
    // Loops: n, f, spatial out..., c (per group), kernel spatial...
    unsigned numLoops = 2 + n + 1 + n;
    unsigned cLoop = 2 + n;
    AffineExpr batch = dim(ctx, 0), f = dim(ctx, 1), c = dim(ctx, cLoop);
    SmallVector<AffineExpr> xExprs = {
        batch, group == 1 ? c : f.floorDiv(outPerGroup) * inPerGroup + c};
    SmallVector<AffineExpr> wExprs = {f, c};
    SmallVector<AffineExpr> oExprs = {batch, f};
    for (size_t i = 0; i < n; ++i) {
      AffineExpr o = dim(ctx, 2 + i), k = dim(ctx, cLoop + 1 + i);
      xExprs.push_back(o * strides[i] + k * dilations[i]);
      wExprs.push_back(k);
      oExprs.push_back(o);
    }
    SmallVector<AffineMap> maps = {AffineMap::get(numLoops, 0, xExprs, ctx),
                                   AffineMap::get(numLoops, 0, wExprs, ctx),
                                   AffineMap::get(numLoops, 0, oExprs, ctx)};
    SmallVector<IteratorType> iterators(2 + n, kPar);
    iterators.append(1 + n, kRed);
    Type elt = outType.getElementType();
    SmallVector<Value> inputs = {op.getX(), op.getW()};
    if (op.getB())
      inputs.push_back(op.getB());
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), inputs, {outType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value x = padSpatial(b, l, ins[0], begin, end, b.getZeroAttr(elt));
          Value init;
          if (ins.size() == 3) {
            // Start the accumulation from the bias.
            AffineMap biasMap = AffineMap::get(outType.getRank(), 0,
                                               {dim(ctx, 1)}, ctx);
            init = buildGeneric(
                b, l, {ins[2]}, outs[0],
                {biasMap, b.getMultiDimIdentityMap(outType.getRank())},
                SmallVector<IteratorType>(outType.getRank(), kPar),
                [](OpBuilder &, Location, ValueRange s) { return s[0]; });
          } else {
            init = buildFill(b, l, outs[0], b.getZeroAttr(elt));
          }
          return SmallVector<Value>{
              buildGeneric(b, l, {x, ins[1]}, init, maps, iterators, mulAdd)};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// MaxPool and AveragePool: pad, then reduce each window.
template <typename OpTy>
struct PoolPattern : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  static constexpr bool isMax = std::is_same_v<OpTy, graph::MaxPoolOp>;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType xType = op.getX().getType(), outType = op.getType();
    size_t n = xType.getRank() - 2;
    ArrayRef<int64_t> kernel = op.getKernelShape();
    SmallVector<int64_t> strides = orOnes(op.getStrides(), n);
    SmallVector<int64_t> dilations = orOnes(op.getDilations(), n);
    SmallVector<int64_t> begin, end;
    effectivePads(xType.getShape().drop_front(2), kernel, strides, dilations,
                  op.getPads(), op.getAutoPad(), begin, end);
    // Ceil mode can place the last window past the end padding: pad more.
    SmallVector<int64_t> extraEnd(end);
    for (size_t i = 0; i < n; ++i) {
      int64_t need = (outType.getDimSize(2 + i) - 1) * strides[i] +
                     dilations[i] * (kernel[i] - 1) + 1;
      int64_t have = xType.getDimSize(2 + i) + begin[i] + end[i];
      if (need > have)
        extraEnd[i] += need - have;
    }
    unsigned numLoops = 2 + 2 * n;
    SmallVector<AffineExpr> xExprs = {dim(ctx, 0), dim(ctx, 1)};
    SmallVector<AffineExpr> oExprs = {dim(ctx, 0), dim(ctx, 1)};
    for (size_t i = 0; i < n; ++i) {
      AffineExpr o = dim(ctx, 2 + i), k = dim(ctx, 2 + n + i);
      xExprs.push_back(o * strides[i] + k * dilations[i]);
      oExprs.push_back(o);
    }
    // The window loops are indexed only through the input: a placeholder
    // "kernel" operand of the window's shape gives them their bounds.
    SmallVector<AffineExpr> kExprs;
    for (size_t i = 0; i < n; ++i)
      kExprs.push_back(dim(ctx, 2 + n + i));
    SmallVector<AffineMap> maps = {AffineMap::get(numLoops, 0, xExprs, ctx),
                                   AffineMap::get(numLoops, 0, kExprs, ctx),
                                   AffineMap::get(numLoops, 0, oExprs, ctx)};
    SmallVector<IteratorType> iterators(2 + n, kPar);
    iterators.append(n, kRed);
    Type elt = outType.getElementType();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getX()}, {outType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          TypedAttr padValue = isMax ? lowestValue(elt) : b.getZeroAttr(elt);
          Value x = padSpatial(b, l, ins[0], begin, extraEnd, padValue);
          Value window = tensor::EmptyOp::create(b, l, kernel, elt);
          Value init = buildFill(b, l, outs[0], padValue);
          Value acc = buildGeneric(
              b, l, {x, window}, init, maps, iterators,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return isMax ? maxS(nb, nl, s[2], s[0])
                             : addS(nb, nl, s[2], s[0]);
              });
          if (isMax)
            return SmallVector<Value>{acc};
          return SmallVector<Value>{divideByWindowCount(
              b, l, acc, outs[0], xType, kernel, strides, dilations, begin,
              end, op)};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }

  /// Average: divide each window sum by the number of elements counted:
  /// all window positions inside the explicit pads with count_include_pad,
  /// only real input elements without.
  static Value divideByWindowCount(OpBuilder &b, Location l, Value sum,
                                   Value init, RankedTensorType xType,
                                   ArrayRef<int64_t> kernel,
                                   ArrayRef<int64_t> strides,
                                   ArrayRef<int64_t> dilations,
                                   ArrayRef<int64_t> begin,
                                   ArrayRef<int64_t> end, OpTy op) {
    bool includePad = false;
    if constexpr (!isMax)
      includePad = op.getCountIncludePad();
    size_t n = kernel.size();
    unsigned rank = xType.getRank();
    return buildGeneric(
        b, l, {sum}, init,
        {b.getMultiDimIdentityMap(rank), b.getMultiDimIdentityMap(rank)},
        SmallVector<IteratorType>(rank, kPar),
        [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
          // count = prod over dims of #{k : lo <= o*s + k*d - begin < hi}
          // computed in index arithmetic per output position.
          Value count = arith::ConstantIndexOp::create(nb, nl, 1);
          for (size_t i = 0; i < n; ++i) {
            Value o = IndexOp::create(nb, nl, 2 + i);
            int64_t lo = includePad ? -begin[i] : 0;
            int64_t hi = xType.getDimSize(2 + i) + (includePad ? end[i] : 0);
            Value inside = arith::ConstantIndexOp::create(nb, nl, 0);
            for (int64_t k = 0; k < kernel[i]; ++k) {
              // pos = o * stride + k * dilation - begin
              Value pos = arith::AddIOp::create(
                  nb, nl,
                  arith::MulIOp::create(
                      nb, nl, o,
                      arith::ConstantIndexOp::create(nb, nl, strides[i])),
                  arith::ConstantIndexOp::create(
                      nb, nl, k * dilations[i] - begin[i]));
              Value ok = arith::AndIOp::create(
                  nb, nl,
                  arith::CmpIOp::create(
                      nb, nl, arith::CmpIPredicate::sge, pos,
                      arith::ConstantIndexOp::create(nb, nl, lo)),
                  arith::CmpIOp::create(
                      nb, nl, arith::CmpIPredicate::slt, pos,
                      arith::ConstantIndexOp::create(nb, nl, hi)));
              Value one =
                  arith::IndexCastUIOp::create(nb, nl, nb.getIndexType(), ok);
              inside = arith::AddIOp::create(nb, nl, inside, one);
            }
            count = arith::MulIOp::create(nb, nl, count, inside);
          }
          Value c = arith::IndexCastOp::create(nb, nl, nb.getI64Type(), count);
          Value cf = arith::SIToFPOp::create(nb, nl, s[0].getType(), c);
          return arith::DivFOp::create(nb, nl, s[0], cf);
        });
  }
};

/// GlobalAveragePool / GlobalMaxPool: reduce all spatial dims.
template <typename OpTy>
struct GlobalPoolPattern : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  static constexpr bool isMax = std::is_same_v<OpTy, graph::GlobalMaxPoolOp>;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType xType = op.getX().getType();
    unsigned rank = xType.getRank();
    SmallVector<AffineExpr> outExprs = {dim(ctx, 0), dim(ctx, 1)};
    for (unsigned i = 2; i < rank; ++i)
      outExprs.push_back(getAffineConstantExpr(0, ctx));
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx),
                                   AffineMap::get(rank, 0, outExprs, ctx)};
    SmallVector<IteratorType> iterators = {kPar, kPar};
    iterators.append(rank - 2, kRed);
    Type elt = xType.getElementType();
    int64_t count = 1;
    for (unsigned i = 2; i < rank; ++i)
      count *= xType.getDimSize(i);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getX()}, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          TypedAttr initValue = isMax ? lowestValue(elt) : b.getZeroAttr(elt);
          Value init = buildFill(b, l, outs[0], initValue);
          Value acc = buildGeneric(
              b, l, ins, init, maps, iterators,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return isMax ? maxS(nb, nl, s[1], s[0])
                             : addS(nb, nl, s[1], s[0]);
              });
          if (isMax)
            return SmallVector<Value>{acc};
          return SmallVector<Value>{buildElementwise(
              b, l, {acc}, outs[0],
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return divS(nb, nl, s[0],
                            constantScalar(nb, nl, s[0].getType(), count));
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Normalization, softmax, reductions
//===----------------------------------------------------------------------===//

struct BatchNormPattern : OpRewritePattern<graph::BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::BatchNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    unsigned rank = type.getRank();
    AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap channel = AffineMap::get(rank, 0, {dim(ctx, 1)}, ctx);
    double eps = op.getEpsilon().convertToDouble();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(),
        {op.getX(), op.getScale(), op.getB(), op.getMean(), op.getVar()},
        {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value r = buildGeneric(
              b, l, ins, outs[0], {id, channel, channel, channel, channel, id},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                // (x - mean) * scale / sqrt(var + eps) + B
                Type t = s[0].getType();
                Value denom = math::SqrtOp::create(
                    nb, nl, addS(nb, nl, s[4], constantScalar(nb, nl, t, eps)));
                Value norm = divS(nb, nl, subS(nb, nl, s[0], s[3]), denom);
                return addS(nb, nl, mulS(nb, nl, norm, s[1]), s[2]);
              });
          return SmallVector<Value>{r};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// Maps for reducing the dims in `reduced` of a tensor of `rank` into a
/// result that keeps them as size 1 (`keep`) or drops them.
std::pair<AffineMap, AffineMap> reductionMaps(unsigned rank,
                                              ArrayRef<int64_t> reduced,
                                              bool keep, MLIRContext *ctx) {
  SmallVector<AffineExpr> out;
  for (unsigned d = 0; d < rank; ++d) {
    if (!llvm::is_contained(reduced, d))
      out.push_back(dim(ctx, d));
    else if (keep)
      out.push_back(getAffineConstantExpr(0, ctx));
  }
  return {AffineMap::getMultiDimIdentityMap(rank, ctx),
          AffineMap::get(rank, 0, out, ctx)};
}

SmallVector<IteratorType> reductionIterators(unsigned rank,
                                             ArrayRef<int64_t> reduced) {
  SmallVector<IteratorType> it;
  for (unsigned d = 0; d < rank; ++d)
    it.push_back(llvm::is_contained(reduced, d) ? kRed : kPar);
  return it;
}

struct SoftmaxPattern : OpRewritePattern<graph::SoftmaxOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::SoftmaxOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    unsigned rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    AffineMap inMap, redMap;
    std::tie(inMap, redMap) = reductionMaps(rank, {axis}, /*keep=*/true, ctx);
    SmallVector<IteratorType> redIt = reductionIterators(rank, {axis});
    SmallVector<int64_t> redShape(type.getShape());
    redShape[axis] = 1;
    Type elt = type.getElementType();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value redInit = tensor::EmptyOp::create(b, l, redShape, elt);
          Value maxInit = buildFill(b, l, redInit, lowestValue(elt));
          Value max = buildGeneric(
              b, l, ins, maxInit, {inMap, redMap}, redIt,
              [](OpBuilder &nb, Location nl, ValueRange s) {
                return maxS(nb, nl, s[1], s[0]);
              });
          Value sumInit = buildFill(b, l, redInit, b.getZeroAttr(elt));
          Value sum = buildGeneric(
              b, l, {ins[0], max}, sumInit, {inMap, redMap, redMap}, redIt,
              [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value e = math::ExpOp::create(nb, nl, subS(nb, nl, s[0], s[1]));
                return addS(nb, nl, s[2], e);
              });
          AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
          Value r = buildGeneric(
              b, l, {ins[0], max, sum}, outs[0], {id, redMap, redMap, id},
              SmallVector<IteratorType>(rank, kPar),
              [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value e = math::ExpOp::create(nb, nl, subS(nb, nl, s[0], s[1]));
                return divS(nb, nl, e, s[2]);
              });
          return SmallVector<Value>{r};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct LayerNormPattern : OpRewritePattern<graph::LayerNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::LayerNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    unsigned rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    SmallVector<int64_t> reduced;
    int64_t count = 1;
    for (unsigned d = axis; d < rank; ++d) {
      reduced.push_back(d);
      count *= type.getDimSize(d);
    }
    AffineMap inMap, redMap;
    std::tie(inMap, redMap) = reductionMaps(rank, reduced, /*keep=*/true, ctx);
    SmallVector<IteratorType> redIt = reductionIterators(rank, reduced);
    SmallVector<int64_t> redShape(type.getShape());
    for (int64_t d : reduced)
      redShape[d] = 1;
    Type elt = type.getElementType();
    double eps = op.getEpsilon().convertToDouble();
    SmallVector<Value> inputs = {op.getX(), op.getScale()};
    if (op.getB())
      inputs.push_back(op.getB());
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), inputs, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value redInit = tensor::EmptyOp::create(b, l, redShape, elt);
          Value zero = buildFill(b, l, redInit, b.getZeroAttr(elt));
          Value sum = buildGeneric(b, l, {ins[0]}, zero, {inMap, redMap}, redIt,
                                   [](OpBuilder &nb, Location nl, ValueRange s) {
                                     return addS(nb, nl, s[1], s[0]);
                                   });
          // Variance as E[(x - mean)^2], the numerically stable form.
          Value sq = buildGeneric(
              b, l, {ins[0], sum}, zero, {inMap, redMap, redMap}, redIt,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value mean = divS(nb, nl, s[1],
                                  constantScalar(nb, nl, s[1].getType(), count));
                Value d = subS(nb, nl, s[0], mean);
                return addS(nb, nl, s[2], mulS(nb, nl, d, d));
              });
          AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
          SmallVector<Value> epIns = {ins[0], sum, sq, ins[1]};
          SmallVector<AffineMap> maps = {
              id, redMap, redMap,
              broadcastMap(tensorType(ins[1]).getShape(), type.getShape(), ctx)};
          if (ins.size() == 3) {
            epIns.push_back(ins[2]);
            maps.push_back(broadcastMap(tensorType(ins[2]).getShape(),
                                        type.getShape(), ctx));
          }
          maps.push_back(id);
          Value r = buildGeneric(
              b, l, epIns, outs[0], maps, SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Type t = s[0].getType();
                Value n = constantScalar(nb, nl, t, count);
                Value mean = divS(nb, nl, s[1], n);
                Value var = divS(nb, nl, s[2], n);
                Value inv = math::RsqrtOp::create(
                    nb, nl, addS(nb, nl, var, constantScalar(nb, nl, t, eps)));
                Value v = mulS(nb, nl, mulS(nb, nl, subS(nb, nl, s[0], mean), inv),
                               s[3]);
                if (s.size() == 6)
                  v = addS(nb, nl, v, s[4]);
                return v;
              });
          return SmallVector<Value>{r};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

enum class ReduceKind { Sum, Mean, Max, Min };

template <typename OpTy, ReduceKind kind>
struct ReducePattern : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType inType = op.getData().getType();
    unsigned rank = inType.getRank();
    SmallVector<int64_t> reduced;
    if (auto axes = op.getAxes(); axes && !axes->empty()) {
      for (int64_t a : *axes)
        reduced.push_back(a < 0 ? a + rank : a);
    } else if (op.getNoopWithEmptyAxes()) {
      rewriter.replaceOp(op, op.getData());
      return success();
    } else {
      for (unsigned d = 0; d < rank; ++d)
        reduced.push_back(d);
    }
    AffineMap inMap, outMap;
    std::tie(inMap, outMap) =
        reductionMaps(rank, reduced, op.getKeepdims(), ctx);
    SmallVector<IteratorType> it = reductionIterators(rank, reduced);
    Type elt = inType.getElementType();
    int64_t count = 1;
    for (int64_t d : reduced)
      count *= inType.getDimSize(d);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData()}, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          TypedAttr initValue = kind == ReduceKind::Max   ? lowestValue(elt)
                                : kind == ReduceKind::Min ? highestValue(elt)
                                                          : b.getZeroAttr(elt);
          Value init = buildFill(b, l, outs[0], initValue);
          Value acc = buildGeneric(
              b, l, ins, init, {inMap, outMap}, it,
              [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                switch (kind) {
                case ReduceKind::Max:
                  return maxS(nb, nl, s[1], s[0]);
                case ReduceKind::Min:
                  return minS(nb, nl, s[1], s[0]);
                default:
                  return addS(nb, nl, s[1], s[0]);
                }
              });
          if (kind != ReduceKind::Mean)
            return SmallVector<Value>{acc};
          return SmallVector<Value>{buildElementwise(
              b, l, {acc}, outs[0],
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return divS(nb, nl, s[0],
                            constantScalar(nb, nl, s[0].getType(), count));
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Data movement
//===----------------------------------------------------------------------===//

/// Reshape, Flatten, Squeeze, Unsqueeze only change the shape: a
/// tensor.reshape, which bufferizes to a view of the same memory.
template <typename OpTy>
struct ShapeOnlyPattern : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType type = cast<RankedTensorType>(op->getResult(0).getType());
    Value input = op->getOperand(0);
    if (input.getType() == type) {
      rewriter.replaceOp(op, input);
      return success();
    }
    auto shapeType =
        RankedTensorType::get({type.getRank()}, rewriter.getI64Type());
    Value shape = arith::ConstantOp::create(
        rewriter, op.getLoc(),
        DenseIntElementsAttr::get(shapeType, type.getShape()));
    rewriter.replaceOpWithNewOp<tensor::ReshapeOp>(op, type, input, shape);
    return success();
  }
};

struct TransposePattern : OpRewritePattern<graph::TransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::TransposeOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    SmallVector<int64_t> perm = op.getEffectivePerm();
    unsigned rank = perm.size();
    // Result dim i is input dim perm[i]: input index j = loop perm^-1[j].
    SmallVector<AffineExpr> inExprs(rank);
    for (unsigned i = 0; i < rank; ++i)
      inExprs[perm[i]] = dim(ctx, i);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{buildGeneric(
              b, l, ins, outs[0],
              {AffineMap::get(rank, 0, inExprs, ctx),
               AffineMap::getMultiDimIdentityMap(rank, ctx)},
              SmallVector<IteratorType>(rank, kPar),
              [](OpBuilder &, Location, ValueRange s) { return s[0]; })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// Reads `input` at start + i * step along each dim into `init`: Slice and
/// Split. Positive steps take a tensor.extract_slice (a strided view after
/// bufferization) and copy it; negative steps read through the map
/// `start + i * step`.
Value stridedRead(OpBuilder &b, Location loc, Value input, Value init,
                  ArrayRef<int64_t> starts, ArrayRef<int64_t> steps) {
  MLIRContext *ctx = b.getContext();
  unsigned rank = starts.size();
  RankedTensorType outType = tensorType(init);
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
  auto copy = [](OpBuilder &, Location, ValueRange s) { return s[0]; };
  if (llvm::all_of(steps, [](int64_t s) { return s > 0; })) {
    SmallVector<OpFoldResult> offsets, sizes, strides;
    for (unsigned d = 0; d < rank; ++d) {
      offsets.push_back(b.getIndexAttr(starts[d]));
      sizes.push_back(b.getIndexAttr(outType.getDimSize(d)));
      strides.push_back(b.getIndexAttr(steps[d]));
    }
    Value slice = tensor::ExtractSliceOp::create(b, loc, outType, input,
                                                 offsets, sizes, strides);
    return buildGeneric(b, loc, {slice}, init, {id, id},
                        SmallVector<IteratorType>(rank, kPar), copy);
  }
  SmallVector<AffineExpr> exprs;
  for (unsigned d = 0; d < rank; ++d)
    exprs.push_back(dim(ctx, d) * steps[d] + starts[d]);
  return buildGeneric(b, loc, {input}, init,
                      {AffineMap::get(rank, 0, exprs, ctx), id},
                      SmallVector<IteratorType>(rank, kPar), copy);
}

struct SlicePattern : OpRewritePattern<graph::SliceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::SliceOp op,
                                PatternRewriter &rewriter) const override {
    auto ints = [](Value v) -> std::optional<SmallVector<int64_t>> {
      DenseIntElementsAttr attr;
      if (!v || !matchPattern(v, m_Constant(&attr)))
        return std::nullopt;
      return llvm::map_to_vector(attr.getValues<APInt>(),
                                 [](const APInt &x) { return x.getSExtValue(); });
    };
    auto starts = ints(op.getStarts());
    if (!starts)
      return rewriter.notifyMatchFailure(op, "starts must be constant");
    RankedTensorType inType = op.getData().getType();
    int64_t rank = inType.getRank();
    SmallVector<int64_t> axes = llvm::to_vector(llvm::seq<int64_t>(0, starts->size()));
    if (op.getAxes()) {
      auto a = ints(op.getAxes());
      if (!a)
        return rewriter.notifyMatchFailure(op, "axes must be constant");
      axes = *a;
    }
    SmallVector<int64_t> steps(starts->size(), 1);
    if (op.getSteps()) {
      auto s = ints(op.getSteps());
      if (!s)
        return rewriter.notifyMatchFailure(op, "steps must be constant");
      steps = *s;
    }
    SmallVector<int64_t> first(rank, 0), step(rank, 1);
    for (auto [i, axis] : llvm::enumerate(axes)) {
      int64_t d = axis < 0 ? axis + rank : axis;
      int64_t size = inType.getDimSize(d), s = (*starts)[i];
      if (s < 0)
        s += size;
      s = steps[i] > 0 ? std::clamp<int64_t>(s, 0, size)
                       : std::clamp<int64_t>(s, 0, size - 1);
      first[d] = s;
      step[d] = steps[i];
    }
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData()}, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{
              stridedRead(b, l, ins[0], outs[0], first, step)};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct SplitPattern : OpRewritePattern<graph::SplitOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::SplitOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType inType = op.getInput().getType();
    int64_t rank = inType.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, op.getResultTypes(),
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          SmallVector<Value> results;
          int64_t offset = 0;
          for (auto [size, out] : llvm::zip(op.getSplit(), outs)) {
            SmallVector<int64_t> first(rank, 0), step(rank, 1);
            first[axis] = offset;
            results.push_back(stridedRead(b, l, ins[0], out, first, step));
            offset += size;
          }
          return results;
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct ConcatPattern : OpRewritePattern<graph::ConcatOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ConcatOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType type = op.getType();
    int64_t rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), op.getInputs(), {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          // Copy each input into its slice of the output.
          Value acc = outs[0];
          int64_t offset = 0;
          for (Value in : ins) {
            RankedTensorType t = tensorType(in);
            SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0)),
                sizes, strides(rank, b.getIndexAttr(1));
            for (int64_t d = 0; d < rank; ++d)
              sizes.push_back(b.getIndexAttr(t.getDimSize(d)));
            offsets[axis] = b.getIndexAttr(offset);
            Value slice =
                tensor::ExtractSliceOp::create(b, l, acc, offsets, sizes, strides);
            Value copied = buildGeneric(
                b, l, {in}, slice,
                {b.getMultiDimIdentityMap(rank), b.getMultiDimIdentityMap(rank)},
                SmallVector<IteratorType>(rank, kPar),
                [](OpBuilder &, Location, ValueRange s) { return s[0]; });
            acc = tensor::InsertSliceOp::create(b, l, copied, acc, offsets,
                                                sizes, strides);
            offset += t.getDimSize(axis);
          }
          return SmallVector<Value>{acc};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct GatherPattern : OpRewritePattern<graph::GatherOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::GatherOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType dataType = op.getData().getType();
    RankedTensorType idxType = op.getIndices().getType();
    RankedTensorType type = op.getType();
    int64_t rank = type.getRank(), dataRank = dataType.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), dataRank);
    int64_t idxRank = idxType.getRank();
    SmallVector<AffineExpr> idxExprs;
    for (int64_t d = 0; d < idxRank; ++d)
      idxExprs.push_back(dim(ctx, axis + d));
    int64_t axisSize = dataType.getDimSize(axis);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData(), op.getIndices()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value data = ins[0];
          return SmallVector<Value>{buildGeneric(
              b, l, {ins[1]}, outs[0],
              {AffineMap::get(rank, 0, idxExprs, ctx),
               AffineMap::getMultiDimIdentityMap(rank, ctx)},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                // Negative indices count from the back; out-of-range ones
                // are clamped (ONNX leaves them undefined).
                Value i = arith::IndexCastOp::create(nb, nl, nb.getIndexType(),
                                                     s[0]);
                Value size = arith::ConstantIndexOp::create(nb, nl, axisSize);
                Value zero = arith::ConstantIndexOp::create(nb, nl, 0);
                Value neg = arith::CmpIOp::create(
                    nb, nl, arith::CmpIPredicate::slt, i, zero);
                i = arith::SelectOp::create(
                    nb, nl, neg, arith::AddIOp::create(nb, nl, i, size), i);
                i = arith::MaxSIOp::create(nb, nl, i, zero);
                i = arith::MinSIOp::create(
                    nb, nl, i,
                    arith::ConstantIndexOp::create(nb, nl, axisSize - 1));
                SmallVector<Value> indices;
                for (int64_t d = 0; d < dataRank; ++d) {
                  if (d < axis)
                    indices.push_back(IndexOp::create(nb, nl, d));
                  else if (d == axis)
                    indices.push_back(i);
                  else
                    indices.push_back(
                        IndexOp::create(nb, nl, d + idxRank - 1));
                }
                return tensor::ExtractOp::create(nb, nl, data, indices);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct TilePattern : OpRewritePattern<graph::TileOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::TileOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType inType = op.getInput().getType();
    int64_t rank = inType.getRank();
    SmallVector<AffineExpr> exprs;
    for (int64_t d = 0; d < rank; ++d)
      exprs.push_back(dim(ctx, d) % inType.getDimSize(d));
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {op.getType()},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{buildGeneric(
              b, l, {ins[0]}, outs[0],
              {AffineMap::get(rank, 0, exprs, ctx),
               AffineMap::getMultiDimIdentityMap(rank, ctx)},
              SmallVector<IteratorType>(rank, kPar),
              [](OpBuilder &, Location, ValueRange s) { return s[0]; })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct ConstantPattern : OpRewritePattern<graph::ConstantOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ConstantOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(
        op, cast<TypedAttr>(op.getValue()));
    return success();
  }
};

struct IdentityPattern : OpRewritePattern<graph::IdentityOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::IdentityOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, op.getInput());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

/// Reports ops the CPU back end cannot compile, one error each.
LogicalResult checkLowerable(func::FuncOp func) {
  // A dynamic input dim is the usual cause of dynamic shapes: report it once,
  // by name, rather than at every op it reaches.
  bool ok = true;
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (!tensor || tensor.hasStaticShape())
      continue;
    auto name = func.getArgAttrOfType<StringAttr>(i, "onnx.name");
    auto dims = func.getArgAttrOfType<ArrayAttr>(i, "onnx.dim_params");
    std::string label = name ? name.str() : "#" + std::to_string(i);
    InFlightDiagnostic diag = emitError(func.getArgument(i).getLoc())
                              << "input '" << label << "' has type " << tensor
                              << "; the CPU back end needs static shapes: "
                                 "bind ";
    bool first = true;
    for (int64_t d = 0; d < tensor.getRank(); ++d) {
      if (!tensor.isDynamicDim(d))
        continue;
      StringRef dimName;
      if (dims && d < static_cast<int64_t>(dims.size()))
        dimName = cast<StringAttr>(dims[d]).getValue();
      diag << (first ? "" : ", ") << "--dim "
           << (dimName.empty() ? "NAME" : dimName) << "=VALUE";
      if (dimName.empty())
        diag << " (dim " << d << " has no name in the model)";
      first = false;
    }
    ok = false;
  }
  if (!ok)
    return failure();
  func.walk([&](Operation *op) {
    if (!isa<graph::GraphDialect>(op->getDialect()))
      return;
    for (Type t : llvm::concat<Type>(op->getOperandTypes(), op->getResultTypes())) {
      auto tensor = dyn_cast<RankedTensorType>(t);
      if (!tensor)
        continue;
      if (!tensor.hasStaticShape()) {
        op->emitError() << "has a dynamic shape (" << tensor
                        << "); the CPU back end needs static shapes: bind "
                           "symbolic dims with --dim NAME=VALUE";
        ok = false;
        return;
      }
      Type elt = tensor.getElementType();
      if (isa<IntegerType>(elt) && !elt.isSignlessInteger()) {
        op->emitError() << "uses unsigned tensors (" << tensor
                        << "), which the CPU back end does not support yet";
        ok = false;
        return;
      }
    }
  });
  return success(ok);
}

struct ConvertGraphToKernelPass
    : dlc::impl::ConvertGraphToKernelPassBase<ConvertGraphToKernelPass> {
  using Base::Base;
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (failed(checkLowerable(func)))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    populateGraphToKernelPatterns(patterns);
    GreedyRewriteConfig config;
    config.setUseTopDownTraversal(true);
    // Folding graph ops here would need their folders; fold first with
    // -canonicalize instead.
    config.enableFolding(false);
    if (failed(applyPatternsGreedily(func, std::move(patterns), config)))
      return signalPassFailure();
    bool ok = true;
    func.walk([&](Operation *op) {
      if (!isa<graph::GraphDialect>(op->getDialect()))
        return;
      op->emitError() << "'" << op->getName()
                      << "' cannot be lowered to the kernel dialect yet";
      ok = false;
    });
    if (!ok)
      signalPassFailure();
  }
};

} // namespace

void dlc::populateGraphToKernelPatterns(RewritePatternSet &patterns) {
  populateElementwise(patterns);
  patterns.add<MatMulPattern, GemmPattern, ConvPattern,
               PoolPattern<graph::MaxPoolOp>, PoolPattern<graph::AveragePoolOp>,
               GlobalPoolPattern<graph::GlobalAveragePoolOp>,
               GlobalPoolPattern<graph::GlobalMaxPoolOp>, BatchNormPattern,
               SoftmaxPattern, LayerNormPattern,
               ReducePattern<graph::ReduceSumOp, ReduceKind::Sum>,
               ReducePattern<graph::ReduceMeanOp, ReduceKind::Mean>,
               ReducePattern<graph::ReduceMaxOp, ReduceKind::Max>,
               ReducePattern<graph::ReduceMinOp, ReduceKind::Min>,
               ShapeOnlyPattern<graph::ReshapeOp>,
               ShapeOnlyPattern<graph::FlattenOp>,
               ShapeOnlyPattern<graph::SqueezeOp>,
               ShapeOnlyPattern<graph::UnsqueezeOp>, TransposePattern,
               SlicePattern, SplitPattern, ConcatPattern, GatherPattern,
               TilePattern, ExpandPattern, ConstantPattern, IdentityPattern>(
      patterns.getContext());
}
