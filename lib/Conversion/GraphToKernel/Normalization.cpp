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
          Value max =
              buildGeneric(b, l, ins, maxInit, {inMap, redMap}, redIt,
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
          Value sum =
              buildGeneric(b, l, {ins[0]}, zero, {inMap, redMap}, redIt,
                           [](OpBuilder &nb, Location nl, ValueRange s) {
                             return addS(nb, nl, s[1], s[0]);
                           });
          // Variance as E[(x - mean)^2], the numerically stable form.
          Value sq = buildGeneric(
              b, l, {ins[0], sum}, zero, {inMap, redMap, redMap}, redIt,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value mean =
                    divS(nb, nl, s[1],
                         constantScalar(nb, nl, s[1].getType(), count));
                Value d = subS(nb, nl, s[0], mean);
                return addS(nb, nl, s[2], mulS(nb, nl, d, d));
              });
          AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
          SmallVector<Value> epIns = {ins[0], sum, sq, ins[1]};
          SmallVector<AffineMap> maps = {
              id, redMap, redMap,
              broadcastMap(tensorType(ins[1]).getShape(), type.getShape(),
                           ctx)};
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
                Value v = mulS(
                    nb, nl, mulS(nb, nl, subS(nb, nl, s[0], mean), inv), s[3]);
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

} // namespace

void graph_to_kernel::populateNormalizationPatterns(
    RewritePatternSet &patterns) {
  patterns.add<BatchNormPattern, SoftmaxPattern, LayerNormPattern,
               ReducePattern<graph::ReduceSumOp, ReduceKind::Sum>,
               ReducePattern<graph::ReduceMeanOp, ReduceKind::Mean>,
               ReducePattern<graph::ReduceMaxOp, ReduceKind::Max>,
               ReducePattern<graph::ReduceMinOp, ReduceKind::Min>>(
      patterns.getContext());
}
