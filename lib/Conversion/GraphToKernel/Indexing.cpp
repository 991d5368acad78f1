//===- Indexing.cpp - Ops that address elements through index values ------===//
//
// GatherElements, GatherND, ScatterElements, ScatterND, OneHot, Trilu, TopK
// and ReverseSequence: each output element is computed from loop indices
// (kernel.index) and, for the gathers and scatters, from index values read
// with tensor.extract in the body. A scatter cannot write through an index,
// so it loops over the updates and over the output positions an update may
// land on, and combines an update into a position when its index names it;
// TopK likewise places each element by its rank.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/Patterns.h"

#include "dialects/Graph/ShapeInference.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;
using namespace dlc::graph_to_kernel;

namespace {

/// The loop indices `first .. first + n - 1` of the enclosing generic.
SmallVector<Value> loopIndices(OpBuilder &b, Location l, int64_t first,
                               int64_t n) {
  SmallVector<Value> v;
  for (int64_t d = first; d < first + n; ++d)
    v.push_back(IndexOp::create(b, l, d));
  return v;
}

Value andI1(OpBuilder &b, Location l, Value x, Value y) {
  return x ? b.createOrFold<arith::AndIOp>(l, x, y) : y;
}

/// combine(acc, update) for a scatter's `reduction`.
Value scatterCombine(OpBuilder &b, Location l, StringRef reduction, Value acc,
                     Value update) {
  if (reduction == "add")
    return addS(b, l, acc, update);
  if (reduction == "mul")
    return mulS(b, l, acc, update);
  return update;
}

/// A copy of `data` into `out`: the starting value of a scatter.
Value copyInto(OpBuilder &b, Location l, Value data, Value out) {
  return buildElementwise(
      b, l, {data}, out,
      [](OpBuilder &, Location, ValueRange s) -> Value { return s[0]; });
}

struct GatherElementsPattern : OpRewritePattern<graph::GatherElementsOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::GatherElementsOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType dataType = op.getData().getType();
    RankedTensorType type = op.getType();
    int64_t rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    int64_t axisSize = dataType.getDimSize(axis);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData(), op.getIndices()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value data = ins[0];
          AffineMap id =
              AffineMap::getMultiDimIdentityMap(rank, b.getContext());
          return SmallVector<Value>{buildGeneric(
              b, l, {ins[1]}, outs[0], {id, id},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                SmallVector<Value> at = loopIndices(nb, nl, 0, rank);
                at[axis] = wrapIndex(nb, nl, s[0], axisSize);
                return tensor::ExtractOp::create(nb, nl, data, at);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

struct GatherNDPattern : OpRewritePattern<graph::GatherNDOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::GatherNDOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType dataType = op.getData().getType();
    RankedTensorType idxType = op.getIndices().getType();
    RankedTensorType type = op.getType();
    int64_t rank = type.getRank();
    int64_t batchDims = op.getBatchDims();
    int64_t outer = idxType.getRank() - 1; // result dims from indices
    int64_t q = idxType.getDimSize(outer);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData(), op.getIndices()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value data = ins[0], indices = ins[1];
          return SmallVector<Value>{buildGeneric(
              b, l, {}, outs[0],
              {AffineMap::getMultiDimIdentityMap(rank, b.getContext())},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange) -> Value {
                SmallVector<Value> at = loopIndices(nb, nl, 0, batchDims);
                SmallVector<Value> tuple = loopIndices(nb, nl, 0, outer);
                tuple.push_back(Value());
                for (int64_t k = 0; k < q; ++k) {
                  tuple.back() = indexConst(nb, nl, k);
                  Value i = tensor::ExtractOp::create(nb, nl, indices, tuple);
                  at.push_back(
                      wrapIndex(nb, nl, i, dataType.getDimSize(batchDims + k)));
                }
                llvm::append_range(at,
                                   loopIndices(nb, nl, outer, rank - outer));
                return tensor::ExtractOp::create(nb, nl, data, at);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// ScatterElements, in two generics over P = the data's shape with the
/// updates' extent along the axis (updates may be smaller than the data in
/// the other dims). The first reads each update's target along the axis
/// (-1 where P lies outside the updates). The second loops over P and, as
/// one more loop `a`, over the output's dim along the axis: update `u`
/// combines into output `u with u[axis] = a` when its target is `a`. P's
/// axis loop is the reduction (several updates may land on one element; it
/// runs in order, so with `none` the last one wins).
struct ScatterElementsPattern : OpRewritePattern<graph::ScatterElementsOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ScatterElementsOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    ArrayRef<int64_t> updShape = op.getUpdates().getType().getShape();
    int64_t rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    int64_t axisSize = type.getDimSize(axis);
    StringRef reduction = op.getReduction();
    SmallVector<int64_t> p(type.getShape());
    p[axis] = updShape[axis];
    SmallVector<IteratorType> it(rank + 1, kPar);
    it[axis] = kRed;
    AffineMap pMap = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap pInLoops =
        AffineMap::getMultiDimIdentityMap(rank + 1, ctx).getMajorSubMap(rank);
    SmallVector<AffineExpr> outExprs(pInLoops.getResults());
    outExprs[axis] = dim(ctx, rank);
    AffineMap outMap = AffineMap::get(rank + 1, 0, outExprs, ctx);
    // The position of P's element `u` in the updates, clamped inside them,
    // and whether it was inside.
    auto updatePos = [&](OpBuilder &nb, Location nl, Value &inside) {
      SmallVector<Value> u = loopIndices(nb, nl, 0, rank);
      for (int64_t d = 0; d < rank; ++d) {
        if (updShape[d] == p[d])
          continue;
        inside = andI1(
            nb, nl, inside,
            nb.createOrFold<arith::CmpIOp>(nl, arith::CmpIPredicate::slt, u[d],
                                           indexConst(nb, nl, updShape[d])));
        u[d] = clampIndex(nb, nl, u[d], 0, updShape[d] - 1);
      }
      return u;
    };
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData(), op.getIndices(), op.getUpdates()},
        {type}, [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value indices = ins[1], updates = ins[2];
          Type i64 = b.getI64Type();
          Value targets = buildGeneric(
              b, l, {}, tensor::EmptyOp::create(b, l, p, i64), {pMap},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange) -> Value {
                Value inside;
                SmallVector<Value> u = updatePos(nb, nl, inside);
                Value t = arith::IndexCastOp::create(
                    nb, nl, i64,
                    wrapIndex(nb, nl,
                              tensor::ExtractOp::create(nb, nl, indices, u),
                              axisSize));
                if (!inside)
                  return t;
                return arith::SelectOp::create(
                    nb, nl, inside, t,
                    arith::ConstantIntOp::create(nb, nl, i64, -1));
              });
          Value init = copyInto(b, l, ins[0], outs[0]);
          return SmallVector<Value>{buildGeneric(
              b, l, {targets}, init, {pInLoops, outMap}, it,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value a = arith::IndexCastOp::create(
                    nb, nl, nb.getI64Type(), IndexOp::create(nb, nl, rank));
                Value hit = arith::CmpIOp::create(
                    nb, nl, arith::CmpIPredicate::eq, s[0], a);
                Value inside;
                Value update = tensor::ExtractOp::create(
                    nb, nl, updates, updatePos(nb, nl, inside));
                return arith::SelectOp::create(
                    nb, nl, hit,
                    scatterCombine(nb, nl, reduction, s[1], update), s[1]);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// ScatterND: loops over the updates (`t` over the index tuples, the
/// reduction, then `s` over the slice) and over the `q` addressed output
/// dims `a`; update `[t, s]` combines into output `[a, s]` when
/// `indices[t] == a`.
struct ScatterNDPattern : OpRewritePattern<graph::ScatterNDOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ScatterNDOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    RankedTensorType idxType = op.getIndices().getType();
    int64_t rank = type.getRank();
    int64_t tuples = idxType.getRank() - 1;
    int64_t q = idxType.getDimSize(tuples);
    int64_t updRank = tuples + rank - q;
    StringRef reduction = op.getReduction();
    SmallVector<IteratorType> it(updRank + q, kPar);
    for (int64_t d = 0; d < tuples; ++d)
      it[d] = kRed;
    AffineMap updMap = AffineMap::getMultiDimIdentityMap(updRank + q, ctx)
                           .getMajorSubMap(updRank);
    SmallVector<AffineExpr> outExprs;
    for (int64_t k = 0; k < q; ++k)
      outExprs.push_back(dim(ctx, updRank + k));
    for (int64_t d = tuples; d < updRank; ++d)
      outExprs.push_back(dim(ctx, d));
    AffineMap outMap = AffineMap::get(updRank + q, 0, outExprs, ctx);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getData(), op.getIndices(), op.getUpdates()},
        {type}, [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value indices = ins[1];
          Value init = copyInto(b, l, ins[0], outs[0]);
          return SmallVector<Value>{buildGeneric(
              b, l, {ins[2]}, init, {updMap, outMap}, it,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                SmallVector<Value> at = loopIndices(nb, nl, 0, tuples);
                at.push_back(Value());
                Value hit;
                for (int64_t k = 0; k < q; ++k) {
                  at.back() = indexConst(nb, nl, k);
                  Value target = wrapIndex(
                      nb, nl, tensor::ExtractOp::create(nb, nl, indices, at),
                      type.getDimSize(k));
                  hit = andI1(nb, nl, hit,
                              arith::CmpIOp::create(
                                  nb, nl, arith::CmpIPredicate::eq, target,
                                  IndexOp::create(nb, nl, updRank + k)));
                }
                return arith::SelectOp::create(
                    nb, nl, hit, scatterCombine(nb, nl, reduction, s[1], s[0]),
                    s[1]);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// OneHot: `values[1]` where the loop index along `axis` equals the index
/// read from `indices` (the other loop indices), `values[0]` elsewhere.
struct OneHotPattern : OpRewritePattern<graph::OneHotOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::OneHotOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    int64_t rank = type.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    int64_t depth = op.getDepth();
    SmallVector<AffineExpr> idxExprs;
    for (int64_t d = 0; d < rank; ++d)
      if (d != axis)
        idxExprs.push_back(dim(ctx, d));
    // `values` is read twice, at element 0 (off) and 1 (on).
    auto element = [&](int64_t k) {
      SmallVector<AffineExpr> e;
      if (op.getValues().getType().getRank() == 1)
        e.push_back(getAffineConstantExpr(k, ctx));
      return AffineMap::get(rank, 0, e, ctx);
    };
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getIndices(), op.getValues()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{buildGeneric(
              b, l, {ins[0], ins[1], ins[1]}, outs[0],
              {AffineMap::get(rank, 0, idxExprs, ctx), element(0), element(1),
               AffineMap::getMultiDimIdentityMap(rank, ctx)},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                // Indices may be floats (ONNX allows any numeric type).
                Value i = castS(nb, nl, s[0], nb.getI64Type());
                Value d =
                    arith::ConstantIntOp::create(nb, nl, i.getType(), depth);
                Value neg = arith::CmpIOp::create(
                    nb, nl, arith::CmpIPredicate::slt, i,
                    arith::ConstantIntOp::create(nb, nl, i.getType(), 0));
                i = arith::SelectOp::create(
                    nb, nl, neg, arith::AddIOp::create(nb, nl, i, d), i);
                Value pos = arith::IndexCastOp::create(
                    nb, nl, nb.getI64Type(), IndexOp::create(nb, nl, axis));
                Value on = arith::CmpIOp::create(
                    nb, nl, arith::CmpIPredicate::eq, i, pos);
                return arith::SelectOp::create(nb, nl, on, s[2], s[1]);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// Trilu: keeps `[..., i, j]` where `j - i >= k` (upper) or `<= k` (lower).
struct TriluPattern : OpRewritePattern<graph::TriluOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::TriluOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType type = op.getType();
    int64_t rank = type.getRank();
    int64_t k = op.getK();
    bool upper = op.getUpper();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{buildElementwise(
              b, l, ins, outs[0],
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value diff = arith::SubIOp::create(
                    nb, nl, IndexOp::create(nb, nl, rank - 1),
                    IndexOp::create(nb, nl, rank - 2));
                Value keep =
                    arith::CmpIOp::create(nb, nl,
                                          upper ? arith::CmpIPredicate::sge
                                                : arith::CmpIPredicate::sle,
                                          diff, indexConst(nb, nl, k));
                Value zero = constantOf(nb, nl, nb.getZeroAttr(s[0].getType()));
                return arith::SelectOp::create(nb, nl, keep, s[0], zero);
              })};
        },
        inPlaceDestination({op.getInput()}, type));
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// TopK by ranking: rank[i] = #{j : x[j] beats x[i], or equals it with
/// j < i} along the axis (a permutation of 0 .. n-1), then output position
/// r takes the element of rank r (values) and its position (indices).
struct TopKPattern : OpRewritePattern<graph::TopKOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::TopKOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType inType = op.getInput().getType();
    RankedTensorType valType = op.getValues().getType();
    RankedTensorType idxType = op.getIndices().getType();
    int64_t rank = inType.getRank();
    int64_t axis = graph::wrapAxis(op.getAxis(), rank);
    bool largest = op.getLargest();
    // Loops: rank dims, then one more (`j` or `i`) along the axis.
    SmallVector<AffineExpr> ids, alongExtra;
    for (int64_t d = 0; d < rank; ++d) {
      ids.push_back(dim(ctx, d));
      alongExtra.push_back(dim(ctx, d == axis ? rank : d));
    }
    AffineMap idMap = AffineMap::get(rank + 1, 0, ids, ctx);
    AffineMap extraMap = AffineMap::get(rank + 1, 0, alongExtra, ctx);
    SmallVector<IteratorType> it(rank, kPar);
    it.push_back(kRed);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput()}, {valType, idxType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Type i64 = b.getI64Type();
          Value zero = buildFill(
              b, l, tensor::EmptyOp::create(b, l, inType.getShape(), i64),
              b.getI64IntegerAttr(0));
          Value ranks = buildGeneric(
              b, l, {ins[0], ins[0]}, zero, {idMap, extraMap, idMap}, it,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value beats = largest ? compareS(nb, nl, s[1], s[0],
                                                 arith::CmpFPredicate::OGT,
                                                 arith::CmpIPredicate::sgt,
                                                 arith::CmpIPredicate::ugt)
                                      : compareS(nb, nl, s[1], s[0],
                                                 arith::CmpFPredicate::OLT,
                                                 arith::CmpIPredicate::slt,
                                                 arith::CmpIPredicate::ult);
                Value equal = compareS(
                    nb, nl, s[1], s[0], arith::CmpFPredicate::OEQ,
                    arith::CmpIPredicate::eq, arith::CmpIPredicate::eq);
                Value before =
                    arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::slt,
                                          IndexOp::create(nb, nl, rank),
                                          IndexOp::create(nb, nl, axis));
                Value ahead = arith::OrIOp::create(
                    nb, nl, beats,
                    arith::AndIOp::create(nb, nl, equal, before));
                Value one = arith::ExtUIOp::create(nb, nl, i64, ahead);
                return arith::AddIOp::create(nb, nl, s[2], one);
              });
          // Output position r (the loop along the axis, size k) takes the
          // element i (the extra loop) whose rank is r.
          auto select = [&](Value init, bool position) {
            return buildGeneric(
                b, l, {ins[0], ranks}, init, {extraMap, extraMap, idMap}, it,
                [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                  Value r = arith::IndexCastOp::create(
                      nb, nl, i64, IndexOp::create(nb, nl, axis));
                  Value hit = arith::CmpIOp::create(
                      nb, nl, arith::CmpIPredicate::eq, s[1], r);
                  Value v =
                      position ? arith::IndexCastOp::create(
                                     nb, nl, i64, IndexOp::create(nb, nl, rank))
                                     .getResult()
                               : s[0];
                  return arith::SelectOp::create(nb, nl, hit, v, s[2]);
                });
          };
          Value values = select(
              buildFill(b, l, outs[0], b.getZeroAttr(valType.getElementType())),
              false);
          Value indices =
              select(buildFill(b, l, outs[1], b.getI64IntegerAttr(0)), true);
          return SmallVector<Value>{values, indices};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

/// ReverseSequence: output [b, t] reads input [b, len[b] - 1 - t] where
/// t < len[b], and [b, t] elsewhere.
struct ReverseSequencePattern : OpRewritePattern<graph::ReverseSequenceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ReverseSequenceOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType type = op.getType();
    int64_t rank = type.getRank();
    int64_t batch = op.getBatchAxis(), time = op.getTimeAxis();
    int64_t steps = type.getDimSize(time);
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getInput(), op.getSequenceLens()}, {type},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value input = ins[0];
          return SmallVector<Value>{buildGeneric(
              b, l, {ins[1]}, outs[0],
              {AffineMap::get(rank, 0, {dim(ctx, batch)}, ctx),
               AffineMap::getMultiDimIdentityMap(rank, ctx)},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value len = clampIndex(
                    nb, nl,
                    arith::IndexCastOp::create(nb, nl, nb.getIndexType(), s[0]),
                    0, steps);
                SmallVector<Value> at = loopIndices(nb, nl, 0, rank);
                Value t = at[time];
                Value reversed = arith::SubIOp::create(
                    nb, nl, arith::SubIOp::create(nb, nl, len, t),
                    indexConst(nb, nl, 1));
                Value inside = arith::CmpIOp::create(
                    nb, nl, arith::CmpIPredicate::slt, t, len);
                at[time] = arith::SelectOp::create(nb, nl, inside, reversed, t);
                return tensor::ExtractOp::create(nb, nl, input, at);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }
};

} // namespace

void graph_to_kernel::populateIndexingPatterns(RewritePatternSet &patterns) {
  patterns.add<GatherElementsPattern, GatherNDPattern, ScatterElementsPattern,
               ScatterNDPattern, OneHotPattern, TriluPattern, TopKPattern,
               ReverseSequencePattern>(patterns.getContext());
}
