//===- Normalization.cpp - Normalizations, softmax, reductions ------------===//
//
// Ops that reduce over some dims and then (for the normalizations and
// softmax) combine each element with the reduced values: reduction generics
// into a kept-dims temporary, then an elementwise epilogue.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/Patterns.h"

#include "dialects/Graph/ShapeInference.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <limits>

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;
using namespace dlc::graph_to_kernel;

namespace {

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
        {type}, [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
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
        },
        inPlaceDestination({op.getX()}, type));
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

/// The maximum of `x` along `axis`, into a kept-dims temporary.
Value reduceMaxAlong(OpBuilder &b, Location l, Value x, int64_t axis) {
  auto type = cast<RankedTensorType>(x.getType());
  unsigned rank = type.getRank();
  AffineMap inMap, redMap;
  std::tie(inMap, redMap) =
      reductionMaps(rank, {axis}, /*keep=*/true, b.getContext());
  SmallVector<int64_t> redShape(type.getShape());
  redShape[axis] = 1;
  Type elt = type.getElementType();
  Value init = buildFill(b, l, tensor::EmptyOp::create(b, l, redShape, elt),
                         lowestValue(elt));
  return buildGeneric(b, l, {x}, init, {inMap, redMap},
                      reductionIterators(rank, {axis}),
                      [](OpBuilder &nb, Location nl, ValueRange s) {
                        return maxS(nb, nl, s[1], s[0]);
                      });
}

/// Softmax (`Log` false) and LogSoftmax along `axis`, numerically stable:
/// the max and sum(exp(x - max)) into kept-dims temporaries, then each
/// element as exp(x - max) / sum or x - max - log(sum).
template <typename OpTy, bool Log>
struct SoftmaxPattern : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    unsigned rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    AffineMap inMap, redMap;
    std::tie(inMap, redMap) = reductionMaps(rank, {axis}, /*keep=*/true, ctx);
    SmallVector<int64_t> redShape(type.getShape());
    redShape[axis] = 1;
    Type elt = type.getElementType();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value max = reduceMaxAlong(b, l, ins[0], axis);
          Value sumInit =
              buildFill(b, l, tensor::EmptyOp::create(b, l, redShape, elt),
                        b.getZeroAttr(elt));
          Value sum = buildGeneric(
              b, l, {ins[0], max}, sumInit, {inMap, redMap, redMap},
              reductionIterators(rank, {axis}),
              [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value e = math::ExpOp::create(nb, nl, subS(nb, nl, s[0], s[1]));
                return addS(nb, nl, s[2], e);
              });
          AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
          Value r = buildGeneric(
              b, l, {ins[0], max, sum}, outs[0], {id, redMap, redMap, id},
              SmallVector<IteratorType>(rank, kPar),
              [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value shifted = subS(nb, nl, s[0], s[1]);
                if (Log)
                  return subS(nb, nl, shifted,
                              math::LogOp::create(nb, nl, s[2]));
                return divS(nb, nl, math::ExpOp::create(nb, nl, shifted),
                            s[2]);
              });
          return SmallVector<Value>{r};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// Hardmax: the max along `axis`, then the first index reaching it (the
/// minimum over indices k of `x == max ? k : INT64_MAX`, as i64), then each
/// element as `k == first ? 1 : 0`.
struct HardmaxPattern : OpRewritePattern<graph::HardmaxOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::HardmaxOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    unsigned rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    AffineMap inMap, redMap;
    std::tie(inMap, redMap) = reductionMaps(rank, {axis}, /*keep=*/true, ctx);
    SmallVector<int64_t> redShape(type.getShape());
    redShape[axis] = 1;
    Type i64 = rewriter.getI64Type();
    auto indexAsI64 = [axis, i64](OpBuilder &nb, Location nl) -> Value {
      return arith::IndexCastOp::create(nb, nl, i64,
                                        IndexOp::create(nb, nl, axis));
    };
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value max = reduceMaxAlong(b, l, ins[0], axis);
          Value firstInit =
              buildFill(b, l, tensor::EmptyOp::create(b, l, redShape, i64),
                        highestValue(i64));
          Value first = buildGeneric(
              b, l, {ins[0], max}, firstInit, {inMap, redMap, redMap},
              reductionIterators(rank, {axis}),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value isMax = arith::CmpFOp::create(
                    nb, nl, arith::CmpFPredicate::OEQ, s[0], s[1]);
                Value k = arith::SelectOp::create(nb, nl, isMax,
                                                  indexAsI64(nb, nl), s[2]);
                return arith::MinSIOp::create(nb, nl, s[2], k);
              });
          AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
          Value r = buildGeneric(
              b, l, {first}, outs[0], {redMap, id},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Type elt = s[1].getType();
                Value hit = arith::CmpIOp::create(
                    nb, nl, arith::CmpIPredicate::eq, indexAsI64(nb, nl), s[0]);
                return arith::SelectOp::create(
                    nb, nl, hit, constantScalar(nb, nl, elt, 1.0),
                    constantScalar(nb, nl, elt, 0.0));
              });
          return SmallVector<Value>{r};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// Normalizes `x` (of `type`) over the dims `from .. rank-1` to zero mean
/// and unit variance, then multiplies by `scale` and adds `bias` (if any),
/// each read through its map: two reductions into a kept-dims temporary and
/// an elementwise epilogue, in one kernel.fused.
static FusedOp buildMeanVarianceNorm(OpBuilder &rewriter, Location loc,
                                     RankedTensorType type, unsigned from,
                                     double eps, Value x, Value scale,
                                     AffineMap scaleMap, Value bias,
                                     AffineMap biasMap) {
  MLIRContext *ctx = type.getContext();
  unsigned rank = type.getRank();
  SmallVector<int64_t> reduced;
  int64_t count = 1;
  for (unsigned d = from; d < rank; ++d) {
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
  // The sums accumulate in f64 for narrower floats (as ONNX Runtime does):
  // an f32 running sum of n values carries errors of about n ulps, and
  // (x - mean) / sqrt(var + eps) amplifies them by 1/sqrt(eps) when the
  // variance is small (a constant row gave errors of 1e-3).
  Type acc = isa<FloatType>(elt) && elt.getIntOrFloatBitWidth() < 64
                 ? Type(rewriter.getF64Type())
                 : elt;
  SmallVector<Value> inputs = {x, scale};
  if (bias)
    inputs.push_back(bias);
  return buildFused(
      rewriter, loc, inputs, {type},
      [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
        Value redInit = tensor::EmptyOp::create(b, l, redShape, acc);
        Value zero = buildFill(b, l, redInit, b.getZeroAttr(acc));
        Value sum = buildGeneric(b, l, {ins[0]}, zero, {inMap, redMap}, redIt,
                                 [&](OpBuilder &nb, Location nl, ValueRange s) {
                                   return addS(nb, nl, s[1],
                                               castS(nb, nl, s[0], acc));
                                 });
        // Variance as E[(x - mean)^2], the numerically stable form.
        Value sq = buildGeneric(
            b, l, {ins[0], sum}, zero, {inMap, redMap, redMap}, redIt,
            [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
              Value mean = divS(nb, nl, s[1], constantScalar(nb, nl, acc, count));
              Value d = subS(nb, nl, castS(nb, nl, s[0], acc), mean);
              return addS(nb, nl, s[2], mulS(nb, nl, d, d));
            });
        AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
        SmallVector<Value> epIns = {ins[0], sum, sq, ins[1]};
        SmallVector<AffineMap> maps = {id, redMap, redMap, scaleMap};
        if (ins.size() == 3) {
          epIns.push_back(ins[2]);
          maps.push_back(biasMap);
        }
        maps.push_back(id);
        Value r = buildGeneric(
            b, l, epIns, outs[0], maps, SmallVector<IteratorType>(rank, kPar),
            [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
              Type t = s[0].getType();
              Value n = constantScalar(nb, nl, acc, count);
              // The statistics in the element type: a constant row's mean
              // is then exactly its value.
              Value mean = castS(nb, nl, divS(nb, nl, s[1], n), t);
              Value var = castS(nb, nl, divS(nb, nl, s[2], n), t);
              Value inv = math::RsqrtOp::create(
                  nb, nl, addS(nb, nl, var, constantScalar(nb, nl, t, eps)));
              Value v = mulS(nb, nl,
                             mulS(nb, nl, subS(nb, nl, s[0], mean), inv), s[3]);
              if (s.size() == 6)
                v = addS(nb, nl, v, s[4]);
              return v;
            });
        return SmallVector<Value>{r};
      });
}

/// LayerNormalization: over the dims from `axis` on; scale and B broadcast
/// to those dims.
struct LayerNormPattern : OpRewritePattern<graph::LayerNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::LayerNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    int64_t axis = graph::wrapAxis(op.getAxis(), type.getRank());
    auto mapOf = [&](Value v) {
      return v ? broadcastMap(tensorType(v).getShape(), type.getShape(), ctx)
               : AffineMap();
    };
    FusedOp fused = buildMeanVarianceNorm(
        rewriter, op.getLoc(), type, axis, op.getEpsilon().convertToDouble(),
        op.getX(), op.getScale(), mapOf(op.getScale()), op.getB(),
        mapOf(op.getB()));
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// InstanceNormalization: over the spatial dims (2 on); scale and B are
/// read at the channel (dim 1).
struct InstanceNormPattern : OpRewritePattern<graph::InstanceNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::InstanceNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType type = op.getType();
    AffineMap channel = AffineMap::get(
        type.getRank(), 0, rewriter.getAffineDimExpr(1), op.getContext());
    FusedOp fused = buildMeanVarianceNorm(
        rewriter, op.getLoc(), type, 2, op.getEpsilon().convertToDouble(),
        op.getInput(), op.getScale(), channel, op.getB(), channel);
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// A reduction is `post(combine over the reduced dims of pre(x))`, with the
/// accumulator starting at combine's identity.
enum class ReduceKind {
  Sum,
  Mean,
  Max,
  Min,
  Prod,
  L1,
  L2,
  SumSquare,
  LogSum,
  LogSumExp
};

/// pre(x): the value each element contributes.
static Value reducePre(ReduceKind kind, OpBuilder &b, Location l, Value x) {
  switch (kind) {
  case ReduceKind::L1:
    if (isa<FloatType>(x.getType()))
      return math::AbsFOp::create(b, l, x);
    if (x.getType().isUnsignedInteger())
      return x;
    return math::AbsIOp::create(b, l, x);
  case ReduceKind::L2:
  case ReduceKind::SumSquare:
    return mulS(b, l, x, x);
  default:
    return x;
  }
}

/// combine(acc, v).
static Value reduceCombine(ReduceKind kind, OpBuilder &b, Location l, Value acc,
                           Value v) {
  switch (kind) {
  case ReduceKind::Max:
    return maxS(b, l, acc, v);
  case ReduceKind::Min:
    return minS(b, l, acc, v);
  case ReduceKind::Prod:
    return mulS(b, l, acc, v);
  default:
    return addS(b, l, acc, v);
  }
}

static TypedAttr reduceIdentity(ReduceKind kind, OpBuilder &b, Type elt) {
  switch (kind) {
  case ReduceKind::Max:
    return lowestValue(elt);
  case ReduceKind::Min:
    return highestValue(elt);
  case ReduceKind::Prod:
    return isa<FloatType>(elt) ? TypedAttr(b.getFloatAttr(elt, 1.0))
                               : TypedAttr(b.getIntegerAttr(elt, 1));
  default:
    return b.getZeroAttr(elt);
  }
}

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
    RankedTensorType type = op.getType();
    Type elt = inType.getElementType();
    int64_t count = 1;
    for (int64_t d : reduced)
      count *= inType.getDimSize(d);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          if (kind == ReduceKind::LogSumExp) {
            // max + log(sum(exp(x - max))): no overflow for large x.
            Value maxInit = buildFill(
                b, l, tensor::EmptyOp::create(b, l, type.getShape(), elt),
                lowestValue(elt));
            Value max =
                buildGeneric(b, l, ins, maxInit, {inMap, outMap}, it,
                             [](OpBuilder &nb, Location nl, ValueRange s) {
                               return maxS(nb, nl, s[1], s[0]);
                             });
            Value sum = buildGeneric(
                b, l, {ins[0], max},
                buildFill(b, l, outs[0], b.getZeroAttr(elt)),
                {inMap, outMap, outMap}, it,
                [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                  Value e =
                      math::ExpOp::create(nb, nl, subS(nb, nl, s[0], s[1]));
                  return addS(nb, nl, s[2], e);
                });
            return SmallVector<Value>{buildElementwise(
                b, l, {sum, max}, outs[0],
                [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                  return addS(nb, nl, math::LogOp::create(nb, nl, s[0]), s[1]);
                })};
          }
          Value init = buildFill(b, l, outs[0], reduceIdentity(kind, b, elt));
          Value acc = buildGeneric(
              b, l, ins, init, {inMap, outMap}, it,
              [](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return reduceCombine(kind, nb, nl, s[1],
                                     reducePre(kind, nb, nl, s[0]));
              });
          if (kind != ReduceKind::Mean && kind != ReduceKind::L2 &&
              kind != ReduceKind::LogSum)
            return SmallVector<Value>{acc};
          return SmallVector<Value>{buildElementwise(
              b, l, {acc}, outs[0],
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                switch (kind) {
                case ReduceKind::L2:
                  return math::SqrtOp::create(nb, nl, s[0]);
                case ReduceKind::LogSum:
                  return math::LogOp::create(nb, nl, s[0]);
                default:
                  return divS(nb, nl, s[0],
                              constantScalar(nb, nl, s[0].getType(), count));
                }
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// ArgMax / ArgMin: the extreme value along the axis first, then the
/// smallest (or, with select_last_index, largest) index holding it.
template <typename OpTy, bool isMax>
struct ArgReducePattern : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType inType = op.getData().getType();
    RankedTensorType type = op.getType();
    unsigned rank = inType.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    AffineMap inMap, outMap;
    std::tie(inMap, outMap) =
        reductionMaps(rank, {axis}, op.getKeepdims(), ctx);
    SmallVector<IteratorType> it = reductionIterators(rank, {axis});
    Type elt = inType.getElementType();
    bool last = op.getSelectLastIndex();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value extInit = buildFill(
              b, l, tensor::EmptyOp::create(b, l, type.getShape(), elt),
              isMax ? lowestValue(elt) : highestValue(elt));
          Value ext =
              buildGeneric(b, l, ins, extInit, {inMap, outMap}, it,
                           [](OpBuilder &nb, Location nl, ValueRange s) {
                             return isMax ? maxS(nb, nl, s[1], s[0])
                                          : minS(nb, nl, s[1], s[0]);
                           });
          Type i64 = b.getI64Type();
          Value idxInit =
              buildFill(b, l, outs[0],
                        b.getI64IntegerAttr(
                            last ? -1 : std::numeric_limits<int64_t>::max()));
          return SmallVector<Value>{buildGeneric(
              b, l, {ins[0], ext}, idxInit, {inMap, outMap, outMap}, it,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value i = arith::IndexCastOp::create(
                    nb, nl, i64, IndexOp::create(nb, nl, axis));
                Value hit = compareS(
                    nb, nl, s[0], s[1], arith::CmpFPredicate::OEQ,
                    arith::CmpIPredicate::eq, arith::CmpIPredicate::eq);
                Value better =
                    last ? arith::MaxSIOp::create(nb, nl, s[2], i).getResult()
                         : arith::MinSIOp::create(nb, nl, s[2], i).getResult();
                return arith::SelectOp::create(nb, nl, hit, better, s[2]);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// CumSum: an extra reduction loop `r` along the axis; output element `i`
/// adds the elements at the `r` that precede it (or follow it, `reverse`).
struct CumSumPattern : OpRewritePattern<graph::CumSumOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::CumSumOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    unsigned rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    SmallVector<AffineExpr> inExprs, outExprs;
    for (unsigned d = 0; d < rank; ++d) {
      inExprs.push_back(dim(ctx, static_cast<int64_t>(d) == axis ? rank : d));
      outExprs.push_back(dim(ctx, d));
    }
    SmallVector<IteratorType> it(rank, kPar);
    it.push_back(kRed);
    arith::CmpIPredicate pred =
        op.getReverse() ? (op.getExclusive() ? arith::CmpIPredicate::sgt
                                             : arith::CmpIPredicate::sge)
                        : (op.getExclusive() ? arith::CmpIPredicate::slt
                                             : arith::CmpIPredicate::sle);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value init =
              buildFill(b, l, outs[0], b.getZeroAttr(type.getElementType()));
          return SmallVector<Value>{buildGeneric(
              b, l, ins, init,
              {AffineMap::get(rank + 1, 0, inExprs, ctx),
               AffineMap::get(rank + 1, 0, outExprs, ctx)},
              it, [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value take = arith::CmpIOp::create(
                    nb, nl, pred, IndexOp::create(nb, nl, rank),
                    IndexOp::create(nb, nl, axis));
                return arith::SelectOp::create(nb, nl, take,
                                               addS(nb, nl, s[1], s[0]), s[1]);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

} // namespace

void graph_to_kernel::populateNormalizationPatterns(
    RewritePatternSet &patterns) {
  patterns.add<BatchNormPattern, SoftmaxPattern<graph::SoftmaxOp, false>,
               SoftmaxPattern<graph::LogSoftmaxOp, true>, HardmaxPattern,
               LayerNormPattern, InstanceNormPattern,
               ReducePattern<graph::ReduceSumOp, ReduceKind::Sum>,
               ReducePattern<graph::ReduceMeanOp, ReduceKind::Mean>,
               ReducePattern<graph::ReduceMaxOp, ReduceKind::Max>,
               ReducePattern<graph::ReduceMinOp, ReduceKind::Min>,
               ReducePattern<graph::ReduceProdOp, ReduceKind::Prod>,
               ReducePattern<graph::ReduceL1Op, ReduceKind::L1>,
               ReducePattern<graph::ReduceL2Op, ReduceKind::L2>,
               ReducePattern<graph::ReduceSumSquareOp, ReduceKind::SumSquare>,
               ReducePattern<graph::ReduceLogSumOp, ReduceKind::LogSum>,
               ReducePattern<graph::ReduceLogSumExpOp, ReduceKind::LogSumExp>,
               ArgReducePattern<graph::ArgMaxOp, /*isMax=*/true>,
               ArgReducePattern<graph::ArgMinOp, /*isMax=*/false>,
               CumSumPattern>(patterns.getContext());
}
