//===- DataMovement.cpp - Shape and data movement ops -> kernel.generic ---===//
//
// Ops that move elements without arithmetic on them: views (reshape and
// friends become tensor.reshape), copies through affine maps (transpose,
// tile, constant-bound slices), and gathers whose read index is computed in
// the generic's body with kernel.index and tensor.extract (gather, pad,
// slices with bounds read at run time).
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/Patterns.h"

#include "dialects/Graph/ShapeInference.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;
using namespace dlc::graph_to_kernel;

namespace {

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
/// Split. A tensor.extract_slice with positive strides takes the elements
/// (a strided view after bufferization); dims with a negative step take the
/// same elements in ascending order and the copy reads them backwards
/// (`n - 1 - i`), so that every operand of the copy has the loop's extents.
Value stridedRead(OpBuilder &b, Location loc, Value input, Value init,
                  ArrayRef<int64_t> starts, ArrayRef<int64_t> steps) {
  MLIRContext *ctx = b.getContext();
  unsigned rank = starts.size();
  RankedTensorType outType = tensorType(init);
  AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
  auto copy = [](OpBuilder &, Location, ValueRange s) { return s[0]; };
  SmallVector<OpFoldResult> offsets, sizes, strides;
  SmallVector<AffineExpr> exprs;
  for (unsigned d = 0; d < rank; ++d) {
    int64_t n = outType.getDimSize(d);
    int64_t lowest = steps[d] > 0 ? starts[d] : starts[d] + (n - 1) * steps[d];
    offsets.push_back(b.getIndexAttr(lowest));
    sizes.push_back(b.getIndexAttr(n));
    strides.push_back(b.getIndexAttr(std::abs(steps[d])));
    exprs.push_back(steps[d] > 0 ? dim(ctx, d) : (n - 1) - dim(ctx, d));
  }
  Value slice = tensor::ExtractSliceOp::create(b, loc, outType, input,
                                               offsets, sizes, strides);
  return buildGeneric(b, loc, {slice}, init,
                      {AffineMap::get(rank, 0, exprs, ctx), id},
                      SmallVector<IteratorType>(rank, kPar), copy);
}

/// Which entry of the per-axis lists applies to each dim of a tensor of
/// `rank`: entry k applies to dim axes[k] (negative axes count from the
/// back); without axes, entry k applies to dim k.
struct AxisMap {
  int64_t rank, count;
  BodyOperand axes;
  std::optional<SmallVector<int64_t>> known; // normalized

  AxisMap(int64_t rank, int64_t count, Value axesOperand,
          SmallVectorImpl<Value> &fusedInputs)
      : rank(rank), count(count), axes(axesOperand, fusedInputs) {
    if (!axesOperand)
      return;
    known = constantInts(axesOperand);
    if (known)
      for (int64_t &a : *known)
        a = graph::wrapAxis(a, rank);
  }
  /// The entry of dim d, when the axes are known (-1: d has none).
  std::optional<int64_t> knownEntry(int64_t d) const {
    if (!axes)
      return d < count ? d : -1;
    if (!known)
      return std::nullopt;
    auto it = llvm::find(*known, d);
    return it == known->end() ? -1 : it - known->begin();
  }
  /// In a body: `entry(k)` for the k that applies to dim d, else `dflt`.
  Value select(OpBuilder &b, Location loc, ValueRange ins, int64_t d,
               function_ref<Value(int64_t)> entry, Value dflt) const {
    if (std::optional<int64_t> k = knownEntry(d))
      return *k < 0 ? dflt : entry(*k);
    // Axes read at run time: the last entry naming d wins.
    Value v = dflt;
    for (int64_t k = 0; k < count; ++k) {
      Value a = axes.index(b, loc, ins, k);
      Value neg = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, a,
                                        indexConst(b, loc, 0));
      a = arith::SelectOp::create(
          b, loc, neg,
          arith::AddIOp::create(b, loc, a, indexConst(b, loc, rank)), a);
      Value is = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, a,
                                       indexConst(b, loc, d));
      v = b.createOrFold<arith::SelectOp>(loc, is, entry(k), v);
    }
    return v;
  }
};

Value maxIndex(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::MaxSIOp>(loc, x, y);
}
Value minIndex(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::MinSIOp>(loc, x, y);
}
Value addIndex(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::AddIOp>(loc, x, y);
}
Value subIndex(OpBuilder &b, Location loc, Value x, Value y) {
  return b.createOrFold<arith::SubIOp>(loc, x, y);
}
Value cmpIndex(OpBuilder &b, Location loc, arith::CmpIPredicate p, Value x,
               Value y) {
  return b.createOrFold<arith::CmpIOp>(loc, p, x, y);
}

/// Slice whose starts, axes or steps are not constants (the result shape
/// is static, so the ends only decide it): output index o of a sliced dim
/// of size n reads start + o * step, with start normalized as ONNX does
/// (negative counts from the back; clamped to [0, n] for positive steps,
/// [0, n - 1] for negative ones). The read index is clamped into the input
/// so that operands disagreeing with the static shape cannot read out of
/// bounds.
LogicalResult rewriteRuntimeSlice(graph::SliceOp op,
                                  PatternRewriter &rewriter) {
  RankedTensorType inType = op.getData().getType();
  int64_t rank = inType.getRank();
  int64_t count = tensorType(op.getStarts()).getDimSize(0);
  SmallVector<Value> inputs = {op.getData()};
  BodyOperand starts(op.getStarts(), inputs);
  BodyOperand steps(op.getSteps(), inputs);
  AxisMap axes(rank, count, op.getAxes(), inputs);
  FusedOp fused = buildFused(
      rewriter, op.getLoc(), inputs, {op.getType()},
      [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
        unsigned outRank = op.getType().getRank();
        return SmallVector<Value>{buildGeneric(
            b, l, {}, outs[0], {b.getMultiDimIdentityMap(outRank)},
            SmallVector<IteratorType>(outRank, kPar),
            [&](OpBuilder &nb, Location nl, ValueRange) -> Value {
              SmallVector<Value> indices;
              Value zero = indexConst(nb, nl, 0), one = indexConst(nb, nl, 1);
              for (int64_t d = 0; d < rank; ++d) {
                Value o = IndexOp::create(nb, nl, d);
                if (axes.knownEntry(d) == -1) {
                  indices.push_back(o);
                  continue;
                }
                int64_t size = inType.getDimSize(d);
                Value n = indexConst(nb, nl, size);
                Value start = axes.select(
                    nb, nl, ins, d,
                    [&](int64_t k) { return starts.index(nb, nl, ins, k); },
                    zero);
                Value step = axes.select(
                    nb, nl, ins, d,
                    [&](int64_t k) {
                      return steps ? steps.index(nb, nl, ins, k) : one;
                    },
                    one);
                Value neg =
                    cmpIndex(nb, nl, arith::CmpIPredicate::slt, start, zero);
                start = nb.createOrFold<arith::SelectOp>(
                    nl, neg, addIndex(nb, nl, start, n), start);
                Value forward =
                    cmpIndex(nb, nl, arith::CmpIPredicate::sgt, step, zero);
                Value hi = nb.createOrFold<arith::SelectOp>(
                    nl, forward, n, indexConst(nb, nl, size - 1));
                start = minIndex(nb, nl, maxIndex(nb, nl, start, zero), hi);
                Value i = addIndex(nb, nl, start,
                                   nb.createOrFold<arith::MulIOp>(nl, o, step));
                indices.push_back(clampIndex(nb, nl, i, 0, size - 1));
              }
              return tensor::ExtractOp::create(nb, nl, ins[0], indices);
            })};
      });
  rewriter.replaceOp(op, fused.getResults());
  return success();
}

struct SlicePattern : OpRewritePattern<graph::SliceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::SliceOp op,
                                PatternRewriter &rewriter) const override {
    auto starts = constantInts(op.getStarts());
    std::optional<SmallVector<int64_t>> axesList, stepsList;
    if (op.getAxes())
      axesList = constantInts(op.getAxes());
    if (op.getSteps())
      stepsList = constantInts(op.getSteps());
    if (!starts || (op.getAxes() && !axesList) || (op.getSteps() && !stepsList))
      return rewriteRuntimeSlice(op, rewriter);
    RankedTensorType inType = op.getData().getType();
    int64_t rank = inType.getRank();
    SmallVector<int64_t> axes =
        axesList ? *axesList
                 : llvm::to_vector(llvm::seq<int64_t>(0, starts->size()));
    SmallVector<int64_t> steps =
        stepsList ? *stepsList : SmallVector<int64_t>(starts->size(), 1);
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
            SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0)), sizes,
                strides(rank, b.getIndexAttr(1));
            for (int64_t d = 0; d < rank; ++d)
              sizes.push_back(b.getIndexAttr(t.getDimSize(d)));
            offsets[axis] = b.getIndexAttr(offset);
            Value slice = tensor::ExtractSliceOp::create(b, l, acc, offsets,
                                                         sizes, strides);
            Value copied = buildGeneric(
                b, l, {in}, slice,
                {b.getMultiDimIdentityMap(rank),
                 b.getMultiDimIdentityMap(rank)},
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
                Value i = wrapIndex(nb, nl, s[0], axisSize);
                SmallVector<Value> indices;
                for (int64_t d = 0; d < dataRank; ++d) {
                  if (d < axis)
                    indices.push_back(IndexOp::create(nb, nl, d));
                  else if (d == axis)
                    indices.push_back(i);
                  else
                    indices.push_back(IndexOp::create(nb, nl, d + idxRank - 1));
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

/// Pad: output index o of a padded dim reads the input at an index computed
/// in the body from the dim's begin and end pads b and e (constants, or read
/// from the pads operand). Negative pads crop first: the input is cut to
/// [lo, n - max(-e, 0)) with lo = max(-b, 0) (size m), then padded by
/// max(b, 0) and max(e, 0); j = o - max(b, 0) is the position in the cut
/// input, mapped into [0, m) by the mode:
///   constant: out of range reads constant_value;
///   edge:     clamp(j, 0, m - 1);
///   reflect:  j mod 2(m - 1), folded back into [0, m) (m = 1: 0);
///   wrap:     j mod m.
/// Axes that are not constants select each dim's pads in the body.
struct PadPattern : OpRewritePattern<graph::PadOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::PadOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType inType = op.getData().getType();
    RankedTensorType outType = op.getType();
    int64_t rank = inType.getRank();
    int64_t count = tensorType(op.getPads()).getDimSize(0) / 2;
    StringRef mode = op.getMode();
    Type elt = outType.getElementType();
    SmallVector<Value> inputs = {op.getData()};
    BodyOperand pads(op.getPads(), inputs);
    AxisMap axes(rank, count, op.getAxes(), inputs);
    BodyOperand value(op.getConstantValue(), inputs);
    bool empty = inType.getNumElements() == 0;
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), inputs, {outType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{buildGeneric(
              b, l, {}, outs[0], {b.getMultiDimIdentityMap(rank)},
              SmallVector<IteratorType>(rank, kPar),
              [&](OpBuilder &nb, Location nl, ValueRange) -> Value {
                Value padValue = value ? value.scalar(nb, nl, ins)
                                       : constantScalar(nb, nl, elt, 0);
                // Nothing to read from an empty input.
                if (empty)
                  return padValue;
                Value inside;
                SmallVector<Value> indices;
                for (int64_t d = 0; d < rank; ++d) {
                  Value index = padIndex(nb, nl, ins, d, inType.getDimSize(d),
                                         pads, axes, count, mode, inside);
                  indices.push_back(index);
                }
                Value v = tensor::ExtractOp::create(nb, nl, ins[0], indices);
                if (!inside)
                  return v;
                return arith::SelectOp::create(nb, nl, inside, v, padValue);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }

  /// The input index that output dim d reads; for constant mode, ANDs into
  /// `inside` whether the index falls inside the input.
  static Value padIndex(OpBuilder &b, Location l, ValueRange ins, int64_t d,
                        int64_t size, const BodyOperand &pads,
                        const AxisMap &axes, int64_t count, StringRef mode,
                        Value &inside) {
    Value o = IndexOp::create(b, l, d);
    if (axes.knownEntry(d) == -1)
      return o;
    Value zero = indexConst(b, l, 0);
    Value begin = axes.select(
        b, l, ins, d, [&](int64_t k) { return pads.index(b, l, ins, k); },
        zero);
    Value end = axes.select(
        b, l, ins, d,
        [&](int64_t k) { return pads.index(b, l, ins, count + k); }, zero);
    if (matchPattern(begin, m_Zero()) && matchPattern(end, m_Zero()))
      return o;
    Value n = indexConst(b, l, size);
    Value lo = maxIndex(b, l, subIndex(b, l, zero, begin), zero);
    Value cropEnd = maxIndex(b, l, subIndex(b, l, zero, end), zero);
    // Cut size, at least 1 so that the modulos below stay defined when the
    // operands disagree with the static shape.
    Value m = maxIndex(b, l, subIndex(b, l, subIndex(b, l, n, lo), cropEnd),
                       indexConst(b, l, 1));
    Value j = subIndex(b, l, o, maxIndex(b, l, begin, zero));
    Value mLast = subIndex(b, l, m, indexConst(b, l, 1));
    if (mode == "constant" || mode == "edge") {
      if (mode == "constant") {
        Value ok = b.createOrFold<arith::AndIOp>(
            l, cmpIndex(b, l, arith::CmpIPredicate::sge, j, zero),
            cmpIndex(b, l, arith::CmpIPredicate::slt, j, m));
        inside = inside ? b.createOrFold<arith::AndIOp>(l, inside, ok) : ok;
      }
      // Constant mode: clamped so that the (discarded) read stays in bounds.
      j = minIndex(b, l, maxIndex(b, l, j, zero), mLast);
    } else if (mode == "reflect") {
      Value period =
          maxIndex(b, l, addIndex(b, l, mLast, mLast), indexConst(b, l, 1));
      Value r = floorMod(b, l, j, period);
      j = b.createOrFold<arith::SelectOp>(
          l, cmpIndex(b, l, arith::CmpIPredicate::slt, r, m), r,
          subIndex(b, l, period, r));
    } else { // wrap
      j = floorMod(b, l, j, m);
    }
    // j is in [0, m), so lo + j is inside the input unless pads read at run
    // time disagree with the static shapes: clamp then.
    Value index = addIndex(b, l, lo, j);
    APInt knownLo, knownM;
    if (matchPattern(lo, m_ConstantInt(&knownLo)) &&
        matchPattern(m, m_ConstantInt(&knownM)) &&
        knownLo.getSExtValue() + knownM.getSExtValue() <= size)
      return index;
    return clampIndex(b, l, index, 0, size - 1);
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

/// Shape: with static shapes, the folder's constant.
struct ShapePattern : OpRewritePattern<graph::ShapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ShapeOp op,
                                PatternRewriter &rewriter) const override {
    SmallVector<OpFoldResult> folded;
    if (failed(op->fold(folded)) || folded.size() != 1)
      return rewriter.notifyMatchFailure(op, "the shape must be static");
    auto value = dyn_cast_if_present<TypedAttr>(
        dyn_cast_if_present<Attribute>(folded[0]));
    if (!value)
      return rewriter.notifyMatchFailure(op, "the shape must be static");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
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

} // namespace

void graph_to_kernel::populateDataMovementPatterns(
    RewritePatternSet &patterns) {
  patterns.add<
      ShapeOnlyPattern<graph::ReshapeOp>, ShapeOnlyPattern<graph::FlattenOp>,
      ShapeOnlyPattern<graph::SqueezeOp>, ShapeOnlyPattern<graph::UnsqueezeOp>,
      TransposePattern, SlicePattern, SplitPattern, ConcatPattern,
      GatherPattern, TilePattern, PadPattern, ShapePattern, ConstantPattern,
      IdentityPattern>(patterns.getContext());
}
