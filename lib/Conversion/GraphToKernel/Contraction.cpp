//===- Contraction.cpp - MatMul, Gemm, Conv, pooling -> kernel.generic ----===//
//
// Ops that reduce over a contraction dim or a window: each is a fill (or a
// bias broadcast) and one kernel.generic with reduction loops, preceded for
// window ops by a generic that pads (or, for ConvTranspose, zero-inserts)
// the input.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/Patterns.h"

#include "dialects/Graph/ShapeInference.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;
using namespace dlc::graph_to_kernel;

namespace {

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
    SmallVector<AffineExpr> aExprs = batchExprs(a, aVec ? 0 : a.size() - 2);
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
    AffineMap aMap = AffineMap::get(3, 0,
                                    op.getTransA() ? ArrayRef<AffineExpr>{k, m}
                                                   : ArrayRef<AffineExpr>{m, k},
                                    ctx);
    AffineMap bMap = AffineMap::get(3, 0,
                                    op.getTransB() ? ArrayRef<AffineExpr>{n, k}
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
          Value prod =
              buildGeneric(b, l, ins.take_front(2), zero, {aMap, bMap, cMap},
                           {kPar, kPar, kRed}, mulAdd);
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

/// `fill` applied to the box of `padded` at `offsets` of `sizes` (a generic
/// writing an extract_slice, inserted back: in place once bufferized).
static Value writeBox(OpBuilder &b, Location loc, Value padded,
                      ArrayRef<int64_t> offsets, ArrayRef<int64_t> sizes,
                      function_ref<Value(Value)> fill) {
  SmallVector<OpFoldResult> o, s,
      strides(offsets.size(), b.getIndexAttr(1));
  for (auto [offset, size] : llvm::zip(offsets, sizes)) {
    o.push_back(b.getIndexAttr(offset));
    s.push_back(b.getIndexAttr(size));
  }
  Value box = tensor::ExtractSliceOp::create(b, loc, padded, o, s, strides);
  return tensor::InsertSliceOp::create(b, loc, fill(box), padded, o, s,
                                       strides);
}

/// Fills with `padValue` the slabs of `t` (of shape `shape`) before and
/// after each of its first `count` spatial dims (dims 2, 3, ...),
/// `begin[i]` and `end[i]` wide, across the whole extent of the other dims.
static Value fillBorderSlabs(OpBuilder &b, Location loc, Value t,
                             ArrayRef<int64_t> shape, ArrayRef<int64_t> begin,
                             ArrayRef<int64_t> end, size_t count,
                             TypedAttr padValue) {
  auto fill = [&](Value box) { return buildFill(b, loc, box, padValue); };
  for (size_t i = 0; i < count; ++i) {
    unsigned d = 2 + i;
    SmallVector<int64_t> at(shape.size(), 0), sizes(shape);
    if (begin[i] > 0) {
      sizes[d] = begin[i];
      t = writeBox(b, loc, t, at, sizes, fill);
    }
    if (end[i] > 0) {
      at[d] = shape[d] - end[i];
      sizes[d] = end[i];
      t = writeBox(b, loc, t, at, sizes, fill);
    }
  }
  return t;
}

/// Pads the spatial dims (2..) of `x` with `padValue`: `x` copied into the
/// interior of the padded tensor, and each border slab (the pads before and
/// after each spatial dim, across the whole extent of the others) filled
/// with it. Each is a generic writing an extract_slice inserted back, which
/// bufferizes to a plain copy or fill of a view of the padded buffer: loops
/// that vectorize and touch each element once, where one generic selecting
/// between x and the pad value per element (with clamped reads) does not.
/// `extraEnd` adds room at the end (ceil-mode pooling windows that run past
/// the pads).
Value padSpatial(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> begin,
                 ArrayRef<int64_t> end, TypedAttr padValue) {
  if (llvm::all_of(begin, [](int64_t p) { return p == 0; }) &&
      llvm::all_of(end, [](int64_t p) { return p == 0; }))
    return x;
  RankedTensorType type = tensorType(x);
  SmallVector<int64_t> shape(type.getShape());
  for (size_t i = 0; i < begin.size(); ++i)
    shape[2 + i] += begin[i] + end[i];
  unsigned rank = shape.size();
  Value padded =
      tensor::EmptyOp::create(b, loc, shape, type.getElementType());
  // The interior.
  SmallVector<int64_t> offsets(rank, 0);
  for (size_t i = 0; i < begin.size(); ++i)
    offsets[2 + i] = begin[i];
  AffineMap id = b.getMultiDimIdentityMap(rank);
  padded = writeBox(b, loc, padded, offsets, type.getShape(), [&](Value box) {
    return buildGeneric(
        b, loc, {x}, box, {id, id}, SmallVector<IteratorType>(rank, kPar),
        [](OpBuilder &, Location, ValueRange s) { return s[0]; });
  });
  return fillBorderSlabs(b, loc, padded, shape, begin, end, begin.size(),
                         padValue);
}

/// The starting value of a conv's accumulation into `out`: the bias
/// broadcast along the channel dim `channelDim` (1 in N x M x ...), or zero
/// without one.
Value convInit(OpBuilder &b, Location l, Value bias, Value out,
               unsigned channelDim = 1) {
  auto outType = cast<RankedTensorType>(out.getType());
  unsigned rank = outType.getRank();
  if (!bias)
    return buildFill(b, l, out, b.getZeroAttr(outType.getElementType()));
  MLIRContext *ctx = b.getContext();
  return buildGeneric(
      b, l, {bias}, out,
      {AffineMap::get(rank, 0, {getAffineDimExpr(channelDim, ctx)}, ctx),
       b.getMultiDimIdentityMap(rank)},
      SmallVector<IteratorType>(rank, kPar),
      [](OpBuilder &, Location, ValueRange s) { return s[0]; });
}

/// For a window op strided along its innermost spatial dim: `x` padded by
/// (`begin`, `end`) with `padValue` and rearranged to
/// N x C x ... x K x O with [..., k, o] = xp[..., o * stride + k * dilation]
/// (xp the padded input), so that the window reads it with stride 1 along
/// the output's innermost dim (the lanes of the vector micro-kernel)
/// instead of gathering every stride-th element. One pass: for each k, the
/// outputs o that read inside x are a copy of every stride-th element of x
/// into a box of the result; the padded rows and, per k, the columns before
/// and after that box are filled. Writes K / stride times the input.
Value padAndDecimate(OpBuilder &b, Location loc, Value x,
                     ArrayRef<int64_t> begin, ArrayRef<int64_t> end,
                     TypedAttr padValue, int64_t kernel, int64_t stride,
                     int64_t dilation, int64_t out) {
  RankedTensorType type = tensorType(x);
  unsigned rank = type.getRank();
  size_t n = begin.size();
  // Result dims: N, C, the padded spatial dims but the last, k, o.
  SmallVector<int64_t> shape(type.getShape().drop_back());
  for (size_t i = 0; i + 1 < n; ++i)
    shape[2 + i] += begin[i] + end[i];
  shape.append({kernel, out});
  unsigned resultRank = rank + 1;
  unsigned kDim = rank - 1, oDim = rank;
  int64_t width = type.getShape().back(), left = begin.back();
  MLIRContext *ctx = b.getContext();
  Value result = tensor::EmptyOp::create(b, loc, shape, type.getElementType());
  auto fill = [&](Value box) { return buildFill(b, loc, box, padValue); };
  for (int64_t k = 0; k < kernel; ++k) {
    // Outputs o reading column o * stride + k * dilation - left of x, in
    // [0, width): from `first` to `last`.
    int64_t shift = k * dilation - left;
    int64_t first = std::max<int64_t>(0, llvm::divideCeilSigned(-shift, stride));
    int64_t last = std::min<int64_t>(
        out - 1, llvm::divideFloorSigned(width - 1 - shift, stride));
    SmallVector<int64_t> at(resultRank, 0), sizes(shape);
    at[kDim] = k;
    sizes[kDim] = 1;
    if (first <= last) {
      SmallVector<int64_t> boxAt(at), boxSizes(sizes);
      for (size_t i = 0; i + 1 < n; ++i) {
        boxAt[2 + i] = begin[i];
        boxSizes[2 + i] = type.getDimSize(2 + i);
      }
      boxAt[oDim] = first;
      boxSizes[oDim] = last - first + 1;
      SmallVector<AffineExpr> read;
      for (unsigned d = 0; d + 1 < rank; ++d)
        read.push_back(dim(ctx, d));
      read.push_back(dim(ctx, oDim) * stride + (first * stride + shift));
      result = writeBox(b, loc, result, boxAt, boxSizes, [&](Value box) {
        return buildGeneric(
            b, loc, {x}, box,
            {AffineMap::get(resultRank, 0, read, ctx),
             b.getMultiDimIdentityMap(resultRank)},
            SmallVector<IteratorType>(resultRank, kPar),
            [](OpBuilder &, Location, ValueRange s) { return s[0]; });
      });
    }
    // The columns before and after, over all rows (the padded rows'
    // corners are written again below: the same value); every column when
    // no output reads inside x.
    bool inside = first <= last;
    sizes[oDim] = inside ? first : out;
    if (sizes[oDim] > 0)
      result = writeBox(b, loc, result, at, sizes, fill);
    if (inside && last + 1 < out) {
      at[oDim] = last + 1;
      sizes[oDim] = out - last - 1;
      result = writeBox(b, loc, result, at, sizes, fill);
    }
  }
  // The padded rows (every spatial dim but the last), across all k and o.
  return fillBorderSlabs(b, loc, result, shape, begin, end, n - 1, padValue);
}

/// A 2-D float convolution with stride 1 over rows as wide as the padded
/// input: out'[n, f, q] for q = oh * Wp + ow, ow < Wp, reads the flattened
/// padded input at q + kh * dh * Wp + kw * dw, contiguous in q for every
/// (c, kh, kw); the columns ow >= OW are computed and dropped. Worth it
/// when the output rows are short: a 7-wide row fills 7 of a vector's 16
/// lanes, the flattened rows fill them all (at the cost of Wp / OW more
/// work). When the rows are exactly as wide (a 1-wide filter without
/// padding along the rows) the flattened output itself is accumulated into.
Value wideRowConv(OpBuilder &b, Location l, graph::ConvOp op, Value x,
                  Value w, Value bias, Value out, ArrayRef<int64_t> begin,
                  ArrayRef<int64_t> end, ArrayRef<int64_t> dilations) {
  RankedTensorType xType = op.getX().getType();
  RankedTensorType wType = op.getW().getType();
  RankedTensorType outType = op.getType();
  Type elt = outType.getElementType();
  int64_t batch = outType.getDimSize(0), filters = outType.getDimSize(1);
  int64_t oh = outType.getDimSize(2), ow = outType.getDimSize(3);
  int64_t hp = xType.getDimSize(2) + begin[0] + end[0];
  int64_t wp = xType.getDimSize(3) + begin[1] + end[1];
  int64_t q = (oh - 1) * wp + ow;
  MLIRContext *ctx = b.getContext();
  Value xp = padSpatial(b, l, x, begin, end, b.getZeroAttr(elt));
  Value flat = tensor::CollapseShapeOp::create(
      b, l,
      RankedTensorType::get({batch, xType.getDimSize(1), hp * wp}, elt), xp,
      SmallVector<ReassociationIndices>{{0}, {1}, {2, 3}});
  // Rows exactly as wide as the padded input (a 1-wide filter, no padding
  // along the rows): the wide output is the output itself, flattened, and
  // needs no copy.
  bool exact = wp == ow;
  SmallVector<ReassociationIndices> flatten = {{0}, {1}, {2, 3}};
  Value wideInit =
      exact ? tensor::CollapseShapeOp::create(
                  b, l, RankedTensorType::get({batch, filters, q}, elt), out,
                  flatten)
                  .getResult()
            : tensor::EmptyOp::create(b, l, {batch, filters, q}, elt)
                  .getResult();
  Value init = convInit(b, l, bias, wideInit);
  // Loops: n, f, q, c, kh, kw.
  AffineExpr nn = dim(ctx, 0), f = dim(ctx, 1), qq = dim(ctx, 2),
             c = dim(ctx, 3), kh = dim(ctx, 4), kw = dim(ctx, 5);
  SmallVector<AffineMap> maps = {
      AffineMap::get(6, 0, {nn, c, qq + kh * (dilations[0] * wp) + kw * dilations[1]},
                     ctx),
      AffineMap::get(6, 0, {f, c, kh, kw}, ctx),
      AffineMap::get(6, 0, {nn, f, qq}, ctx)};
  (void)wType;
  Value wide = buildGeneric(b, l, {flat, w}, init, maps,
                            {kPar, kPar, kPar, kRed, kRed, kRed}, mulAdd);
  if (exact)
    return tensor::ExpandShapeOp::create(b, l, outType, wide, flatten);
  // Drop the columns past the output row.
  return buildGeneric(
      b, l, {wide}, out,
      {AffineMap::get(4, 0, {dim(ctx, 0), dim(ctx, 1), dim(ctx, 2) * wp + dim(ctx, 3)},
                      ctx),
       b.getMultiDimIdentityMap(4)},
      {kPar, kPar, kPar, kPar},
      [](OpBuilder &, Location, ValueRange s) { return s[0]; });
}

/// The elements of a constant operand (a graph or arith constant), or null.
ElementsAttr constantElements(Value v) {
  if (auto c = v.getDefiningOp<graph::ConstantOp>())
    return c.getValue();
  if (auto c = v.getDefiningOp<arith::ConstantOp>())
    return dyn_cast<ElementsAttr>(c.getValue());
  return {};
}

/// A 2-D float convolution with the output channels along the lanes: the
/// filter, a constant, is permuted at compile time to C x KH x KW x F, the
/// convolution computes a channels-last temporary (n, oh, ow, f) that reads
/// one filter vector per (c, kh, kw) and broadcasts the input, and the
/// result is transposed back to NCHW. For short output rows (ResNet's 14-
/// and 7-wide layers) whose channels fill whole vectors, where lanes along
/// the rows would idle, and for longer rows with at least 64 channels:
/// there one broadcast of the input feeds four vectors of channels
/// (KernelBuilder.cpp), and strided rows need no gathering of even lanes.
/// In ResNet-18, against the forms below: the 7x7 stride-2 stem 0.89x the
/// time, the 3x3 stride-2 conv to 28x28 0.73x, the 28x28 3x3 convs 0.93x,
/// the 56x56 ones unchanged; its strided 1x1 convs 0.52x-0.98x (whose
/// rows of lanes would otherwise be strided). (MobileNetV2's 32-channel
/// stem measured no faster; 16 channels would broadcast once per FMA.)
Value channelLaneConv(OpBuilder &b, Location l, graph::ConvOp op, Value x,
                      Value wt, Value bias, Value out, ArrayRef<int64_t> begin,
                      ArrayRef<int64_t> end, ArrayRef<int64_t> strides,
                      ArrayRef<int64_t> dilations) {
  RankedTensorType outType = op.getType();
  Type elt = outType.getElementType();
  int64_t batch = outType.getDimSize(0), filters = outType.getDimSize(1);
  int64_t oh = outType.getDimSize(2), ow = outType.getDimSize(3);
  MLIRContext *ctx = b.getContext();
  Value xp = padSpatial(b, l, x, begin, end, b.getZeroAttr(elt));
  Value tempInit =
      tensor::EmptyOp::create(b, l, {batch, oh, ow, filters}, elt);
  Value init = convInit(b, l, bias, tempInit, /*channelDim=*/3);
  // Loops: n, oh, ow, f, c, kh, kw.
  AffineExpr nn = dim(ctx, 0), h = dim(ctx, 1), w = dim(ctx, 2),
             f = dim(ctx, 3), c = dim(ctx, 4), kh = dim(ctx, 5),
             kw = dim(ctx, 6);
  SmallVector<AffineMap> maps = {
      AffineMap::get(7, 0,
                     {nn, c, h * strides[0] + kh * dilations[0],
                      w * strides[1] + kw * dilations[1]},
                     ctx),
      AffineMap::get(7, 0, {c, kh, kw, f}, ctx),
      AffineMap::get(7, 0, {nn, h, w, f}, ctx)};
  Value temp = buildGeneric(b, l, {xp, wt}, init, maps,
                            {kPar, kPar, kPar, kPar, kRed, kRed, kRed},
                            mulAdd);
  return buildGeneric(
      b, l, {temp}, out,
      {AffineMap::get(4, 0,
                      {dim(ctx, 0), dim(ctx, 2), dim(ctx, 3), dim(ctx, 1)},
                      ctx),
       b.getMultiDimIdentityMap(4)},
      {kPar, kPar, kPar, kPar},
      [](OpBuilder &, Location, ValueRange s) { return s[0]; });
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
    // Replaces the conv by one kernel.fused over (x, w, the bias if any),
    // `w` the filter as given or permuted, whose result `compute` builds
    // from them and the output (the bias null without one).
    using ComputeFn = function_ref<Value(OpBuilder &, Location, Value x,
                                         Value w, Value bias, Value out)>;
    auto replaceWithKernel = [&](Value w, ComputeFn compute) {
      SmallVector<Value> inputs = {op.getX(), w};
      if (op.getB())
        inputs.push_back(op.getB());
      FusedOp fused = buildFused(
          rewriter, op.getLoc(), inputs, {outType},
          [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
            return SmallVector<Value>{
                compute(b, l, ins[0], ins[1],
                        ins.size() == 3 ? ins[2] : Value(), outs[0])};
          });
      rewriter.replaceOp(op, fused.getResults());
      return success();
    };
    // A window wider than one position or a stride, whole vectors of
    // output channels (at least four of them for rows of 16 or more), a
    // constant filter: the channel-lane form (channelLaneConv).
    if (n == 2 && group == 1 && isa<FloatType>(outType.getElementType()) &&
        (kernel[0] * kernel[1] > 1 || strides[0] * strides[1] > 1) &&
        outType.getDimSize(1) % kVectorLanes == 0 &&
        (outType.getDimSize(3) < kVectorLanes ||
         outType.getDimSize(1) >= 4 * kVectorLanes)) {
      ElementsAttr filter = constantElements(op.getW());
      ElementsAttr wt =
          filter ? graph::permuteElements(filter, {1, 2, 3, 0}) : nullptr;
      if (wt)
        return replaceWithKernel(
            arith::ConstantOp::create(rewriter, op.getLoc(),
                                      cast<TypedAttr>(wt)),
            [&](OpBuilder &b, Location l, Value x, Value w, Value bias,
                Value out) {
              return channelLaneConv(b, l, op, x, w, bias, out, begin, end,
                                     strides, dilations);
            });
    }
    // Short output rows: the wide-row form (wideRowConv).
    if (n == 2 && group == 1 && strides[0] == 1 && strides[1] == 1 &&
        isa<FloatType>(outType.getElementType()) &&
        outType.getDimSize(2) > 1) {
      int64_t ow = outType.getDimSize(3);
      int64_t wp = xType.getDimSize(3) + begin[1] + end[1];
      if (static_cast<int64_t>(llvm::alignTo(ow, kVectorLanes)) > wp)
        return replaceWithKernel(
            op.getW(), [&](OpBuilder &b, Location l, Value x, Value w,
                           Value bias, Value out) {
              return wideRowConv(b, l, op, x, w, bias, out, begin, end,
                                 dilations);
            });
    }
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
    // Float convolutions strided by more than 2 along the innermost
    // spatial dim read a decimated copy of the input (padAndDecimate) whose
    // last two dims are (kernel, out); a stride of 2 the micro-kernel reads
    // itself (two vector loads, their even lanes).
    Type elt = outType.getElementType();
    bool decimate = n > 0 && strides[n - 1] > 2 && isa<FloatType>(elt);
    if (decimate) {
      xExprs.back() = dim(ctx, cLoop + n);
      xExprs.push_back(dim(ctx, 1 + n));
    }
    SmallVector<AffineMap> maps = {AffineMap::get(numLoops, 0, xExprs, ctx),
                                   AffineMap::get(numLoops, 0, wExprs, ctx),
                                   AffineMap::get(numLoops, 0, oExprs, ctx)};
    SmallVector<IteratorType> iterators(2 + n, kPar);
    iterators.append(1 + n, kRed);
    return replaceWithKernel(op.getW(), [&](OpBuilder &b, Location l,
                                            Value x, Value w, Value bias,
                                            Value out) {
      Value xp =
          decimate
              ? padAndDecimate(b, l, x, begin, end, b.getZeroAttr(elt),
                               kernel.back(), strides.back(), dilations.back(),
                               outType.getShape().back())
              : padSpatial(b, l, x, begin, end, b.getZeroAttr(elt));
      return buildGeneric(b, l, {xp, w}, convInit(b, l, bias, out), maps,
                          iterators, mulAdd);
    });
  }
};

/// ConvTranspose: Y[n, m, o] = B[m] + sum of X[n, c, i] * W[c, m', k] over
/// the input channels c of m's group and the (i, k) with
/// i * stride + k * dilation - pad_begin = o (per spatial dim).
///
/// Writing k = K - 1 - k', the condition is
/// i * stride = o + k' * dilation + shift with shift = pad_begin -
/// (K - 1) * dilation: a stride-1 convolution with the spatially flipped
/// weights over Z, the input with stride - 1 zeros inserted between its
/// elements and moved by `shift`:
///   Z[v] = X[(v + shift) / stride] if v + shift is a multiple of the stride
///          inside [0, stride * (D - 1)], else 0
///   Y[o] = B + sum over c, k' of Z[o + k' * dilation] * W[c, m', K - 1 - k'].
/// One generic builds Z (index arithmetic on kernel.index and tensor.extract
/// in its body), the second is the contraction, with plain affine maps.
struct ConvTransposePattern : OpRewritePattern<graph::ConvTransposeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ConvTransposeOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = op.getContext();
    RankedTensorType xType = op.getX().getType(), wType = op.getW().getType();
    RankedTensorType outType = op.getType();
    size_t n = xType.getRank() - 2;
    ArrayRef<int64_t> kernel = wType.getShape().drop_front(2);
    SmallVector<int64_t> strides = orOnes(op.getStrides(), n);
    SmallVector<int64_t> dilations = orOnes(op.getDilations(), n);
    SmallVector<int64_t> begin =
        convTransposePadBegin(op, kernel, strides, dilations);
    int64_t group = op.getGroup();
    int64_t inPerGroup = xType.getDimSize(1) / group;
    int64_t outPerGroup = wType.getDimSize(1);
    Type elt = outType.getElementType();

    // Z: N x C x (out + (K - 1) * dilation) per spatial dim.
    SmallVector<int64_t> zShape(xType.getShape().take_front(2));
    SmallVector<int64_t> shift;
    bool zIsX = true;
    for (size_t i = 0; i < n; ++i) {
      int64_t span = (kernel[i] - 1) * dilations[i];
      zShape.push_back(outType.getDimSize(2 + i) + span);
      shift.push_back(begin[i] - span);
      zIsX &= strides[i] == 1 && shift[i] == 0 &&
              zShape.back() == xType.getDimSize(2 + i);
    }

    // Loops: n, m, spatial out..., c (in m's group), kernel spatial...
    unsigned numLoops = 2 + n + 1 + n;
    unsigned cLoop = 2 + n;
    AffineExpr batch = dim(ctx, 0), m = dim(ctx, 1), c = dim(ctx, cLoop);
    AffineExpr channel =
        group == 1 ? c : m.floorDiv(outPerGroup) * inPerGroup + c;
    SmallVector<AffineExpr> zExprs = {batch, channel};
    SmallVector<AffineExpr> wExprs = {channel,
                                      group == 1 ? m : m % outPerGroup};
    SmallVector<AffineExpr> oExprs = {batch, m};
    // The c and kernel loops appear alone in no map: a placeholder operand
    // of their shape gives them their bounds (as for pooling windows).
    SmallVector<AffineExpr> windowExprs = {c};
    SmallVector<int64_t> windowShape = {inPerGroup};
    for (size_t i = 0; i < n; ++i) {
      AffineExpr o = dim(ctx, 2 + i), k = dim(ctx, cLoop + 1 + i);
      zExprs.push_back(o + k * dilations[i]);
      wExprs.push_back(kernel[i] - 1 - k);
      oExprs.push_back(o);
      windowExprs.push_back(k);
      windowShape.push_back(kernel[i]);
    }
    SmallVector<AffineMap> maps = {
        AffineMap::get(numLoops, 0, zExprs, ctx),
        AffineMap::get(numLoops, 0, wExprs, ctx),
        AffineMap::get(numLoops, 0, windowExprs, ctx),
        AffineMap::get(numLoops, 0, oExprs, ctx)};
    SmallVector<IteratorType> iterators(2 + n, kPar);
    iterators.append(1 + n, kRed);

    SmallVector<Value> inputs = {op.getX(), op.getW()};
    if (op.getB())
      inputs.push_back(op.getB());
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), inputs, {outType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value z =
              zIsX ? ins[0] : zeroInsert(b, l, ins[0], zShape, strides, shift);
          Value init = convInit(b, l, ins.size() == 3 ? ins[2] : Value(),
                                outs[0]);
          Value window = tensor::EmptyOp::create(b, l, windowShape, elt);
          return SmallVector<Value>{buildGeneric(
              b, l, {z, ins[1], window}, init, maps, iterators,
              [](OpBuilder &nb, Location nl, ValueRange s) {
                return addS(nb, nl, s[3], mulS(nb, nl, s[0], s[1]));
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }

  /// The begin pads in effect (ONNX reference semantics): with
  /// `output_shape`, or SAME_* auto_pad (output = input * stride), the
  /// total padding is `stride * (in - 1) + output_padding + (K - 1) *
  /// dilation + 1 - out`, split with the larger half at the end for
  /// SAME_UPPER and at the beginning otherwise; VALID pads nothing; else the
  /// `pads` attribute.
  static SmallVector<int64_t>
  convTransposePadBegin(graph::ConvTransposeOp op, ArrayRef<int64_t> kernel,
                        ArrayRef<int64_t> strides,
                        ArrayRef<int64_t> dilations) {
    size_t n = kernel.size();
    RankedTensorType xType = op.getX().getType();
    graph::AutoPad autoPad =
        graph::parseAutoPad(op.getAutoPad()).value_or(graph::AutoPad::NotSet);
    bool same = autoPad == graph::AutoPad::SameUpper ||
                autoPad == graph::AutoPad::SameLower;
    SmallVector<int64_t> begin;
    for (size_t i = 0; i < n; ++i) {
      if (op.getOutputShape() || same) {
        int64_t outputPadding =
            op.getOutputPadding() ? (*op.getOutputPadding())[i] : 0;
        int64_t total = strides[i] * (xType.getDimSize(2 + i) - 1) +
                        outputPadding + (kernel[i] - 1) * dilations[i] + 1 -
                        op.getType().getDimSize(2 + i);
        int64_t half = llvm::divideFloorSigned(total, 2);
        begin.push_back(autoPad == graph::AutoPad::SameUpper ? half
                                                             : total - half);
      } else if (autoPad == graph::AutoPad::Valid || !op.getPads()) {
        begin.push_back(0);
      } else {
        begin.push_back((*op.getPads())[i]);
      }
    }
    return begin;
  }

  /// Z (see above) as a generic over `zShape` reading `x` in its body.
  static Value zeroInsert(OpBuilder &b, Location loc, Value x,
                          ArrayRef<int64_t> zShape, ArrayRef<int64_t> strides,
                          ArrayRef<int64_t> shift) {
    RankedTensorType xType = tensorType(x);
    Type elt = xType.getElementType();
    unsigned rank = zShape.size();
    Value init = tensor::EmptyOp::create(b, loc, zShape, elt);
    return buildGeneric(
        b, loc, {}, init, {b.getMultiDimIdentityMap(rank)},
        SmallVector<IteratorType>(rank, kPar),
        [&](OpBuilder &nb, Location l, ValueRange) -> Value {
          Value inside;
          SmallVector<Value> indices = {IndexOp::create(nb, l, 0),
                                        IndexOp::create(nb, l, 1)};
          for (unsigned d = 2; d < rank; ++d) {
            int64_t s = strides[d - 2], size = xType.getDimSize(d);
            // t = v + shift must be s * i with 0 <= i < size.
            Value t = nb.createOrFold<arith::AddIOp>(
                l, IndexOp::create(nb, l, d), indexConst(nb, l, shift[d - 2]));
            Value ok = arith::AndIOp::create(
                nb, l,
                arith::CmpIOp::create(nb, l, arith::CmpIPredicate::sge, t,
                                      indexConst(nb, l, 0)),
                arith::CmpIOp::create(nb, l, arith::CmpIPredicate::sle, t,
                                      indexConst(nb, l, s * (size - 1))));
            Value i = t;
            if (s != 1) {
              Value sv = indexConst(nb, l, s);
              Value rem = arith::RemSIOp::create(nb, l, t, sv);
              ok = arith::AndIOp::create(
                  nb, l, ok,
                  arith::CmpIOp::create(nb, l, arith::CmpIPredicate::eq, rem,
                                        indexConst(nb, l, 0)));
              i = arith::DivSIOp::create(nb, l, t, sv);
            }
            inside = inside ? arith::AndIOp::create(nb, l, inside, ok) : ok;
            // Clamped so that the (discarded) reads stay in bounds.
            indices.push_back(clampIndex(nb, l, i, 0, size - 1));
          }
          Value v = tensor::ExtractOp::create(nb, l, x, indices);
          return arith::SelectOp::create(nb, l, inside, v,
                                         constantScalar(nb, l, elt, 0));
        });
  }
};

/// The loops of a pooling window: `N, C, o1 .. on` (parallel) and
/// `k1 .. kn` (reduction) over the padded input, with the maps that read the
/// input (`o * stride + k * dilation`), a placeholder of the window's shape
/// and the output.
struct PoolWindow {
  size_t n;
  ArrayRef<int64_t> kernel;
  SmallVector<int64_t> strides, dilations, begin, end, extraEnd;
  SmallVector<AffineMap> maps; // input, window placeholder, output
  SmallVector<IteratorType> iterators;

  template <typename OpTy>
  PoolWindow(OpTy op, RankedTensorType xType, RankedTensorType outType) {
    MLIRContext *ctx = op.getContext();
    n = xType.getRank() - 2;
    kernel = op.getKernelShape();
    strides = orOnes(op.getStrides(), n);
    dilations = orOnes(op.getDilations(), n);
    effectivePads(xType.getShape().drop_front(2), kernel, strides, dilations,
                  op.getPads(), op.getAutoPad(), begin, end);
    // Ceil mode can place the last window past the end padding: pad more.
    extraEnd = end;
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
    maps = {AffineMap::get(numLoops, 0, xExprs, ctx),
            AffineMap::get(numLoops, 0, kExprs, ctx),
            AffineMap::get(numLoops, 0, oExprs, ctx)};
    iterators.assign(2 + n, kPar);
    iterators.append(n, kRed);
  }


  /// The maximum of each window of `x` (padded) into `init`.
  Value max(OpBuilder &b, Location l, Value x, Value init) const {
    Type elt = tensorType(x).getElementType();
    Value window = tensor::EmptyOp::create(b, l, kernel, elt);
    return buildGeneric(
        b, l, {x, window}, buildFill(b, l, init, lowestValue(elt)), maps,
        iterators, [](OpBuilder &nb, Location nl, ValueRange s) {
          return maxS(nb, nl, s[2], s[0]);
        });
  }
};

/// MaxPool and AveragePool: pad, then reduce each window.
template <typename OpTy>
struct PoolPattern : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  static constexpr bool isMax = std::is_same_v<OpTy, graph::MaxPoolOp>;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType xType = op.getX().getType(), outType = op.getType();
    PoolWindow w(op, xType, outType);
    ArrayRef<int64_t> kernel = w.kernel;
    Type elt = outType.getElementType();
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getX()}, {outType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          TypedAttr padValue = isMax ? lowestValue(elt) : b.getZeroAttr(elt);
          Value x = padSpatial(b, l, ins[0], w.begin, w.extraEnd, padValue);
          if (isMax)
            return SmallVector<Value>{w.max(b, l, x, outs[0])};
          Value window = tensor::EmptyOp::create(b, l, kernel, elt);
          Value init = buildFill(b, l, outs[0], padValue);
          Value acc = buildGeneric(
              b, l, {x, window}, init, w.maps, w.iterators,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                return addS(nb, nl, s[2], s[0]);
              });
          return SmallVector<Value>{
              divideByWindowCount(b, l, acc, outs[0], xType, kernel, w.strides,
                                  w.dilations, w.begin, w.end, op)};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }

  /// Average: divide each window sum by the number of elements counted:
  /// all window positions inside the explicit pads with count_include_pad,
  /// only real input elements without.
  static Value
  divideByWindowCount(OpBuilder &b, Location l, Value sum, Value init,
                      RankedTensorType xType, ArrayRef<int64_t> kernel,
                      ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
                      ArrayRef<int64_t> begin, ArrayRef<int64_t> end, OpTy op) {
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
                  arith::ConstantIndexOp::create(nb, nl,
                                                 k * dilations[i] - begin[i]));
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

/// MaxPool's Indices: the window maximum first, then the smallest flat
/// index (into the unpadded input) of a real element equal to it.
struct MaxPoolIndicesPattern : OpRewritePattern<graph::MaxPoolIndicesOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::MaxPoolIndicesOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType xType = op.getX().getType(), outType = op.getType();
    PoolWindow w(op, xType, outType);
    size_t n = w.n;
    Type elt = xType.getElementType();
    bool columnMajor = op.getStorageOrder() == 1;
    ArrayRef<int64_t> spatial = xType.getShape().drop_front(2);
    int64_t spatialSize = 1;
    for (int64_t d : spatial)
      spatialSize *= d;
    SmallVector<AffineMap> maps(w.maps);
    maps.insert(maps.begin() + 2, w.maps[2]); // the maximum, like the output
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), {op.getX()}, {outType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          Value x =
              padSpatial(b, l, ins[0], w.begin, w.extraEnd, lowestValue(elt));
          Value max = w.max(
              b, l, x, tensor::EmptyOp::create(b, l, outType.getShape(), elt));
          Value window = tensor::EmptyOp::create(b, l, w.kernel, elt);
          Value init = buildFill(
              b, l, outs[0],
              b.getI64IntegerAttr(std::numeric_limits<int64_t>::max()));
          return SmallVector<Value>{buildGeneric(
              b, l, {x, window, max}, init, maps, w.iterators,
              [&](OpBuilder &nb, Location nl, ValueRange s) -> Value {
                Value hit = compareS(
                    nb, nl, s[0], s[2], arith::CmpFPredicate::OEQ,
                    arith::CmpIPredicate::eq, arith::CmpIPredicate::eq);
                // Position in the input (o * stride + k * dilation - begin)
                // of each spatial dim; padding does not count.
                SmallVector<Value> pos;
                for (size_t i = 0; i < n; ++i) {
                  Value p = arith::AddIOp::create(
                      nb, nl,
                      arith::MulIOp::create(nb, nl,
                                            IndexOp::create(nb, nl, 2 + i),
                                            indexConst(nb, nl, w.strides[i])),
                      arith::MulIOp::create(
                          nb, nl, IndexOp::create(nb, nl, 2 + n + i),
                          indexConst(nb, nl, w.dilations[i])));
                  p = arith::SubIOp::create(nb, nl, p,
                                            indexConst(nb, nl, w.begin[i]));
                  Value in = arith::AndIOp::create(
                      nb, nl,
                      arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::sge,
                                            p, indexConst(nb, nl, 0)),
                      arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::slt,
                                            p, indexConst(nb, nl, spatial[i])));
                  hit = arith::AndIOp::create(nb, nl, hit, in);
                  pos.push_back(p);
                }
                // (n * C + c) * prod(spatial) + the spatial offset, the
                // last dim fastest (row-major) or the first (column-major).
                Value flat = indexConst(nb, nl, 0);
                for (size_t j = 0; j < n; ++j) {
                  size_t i = columnMajor ? n - 1 - j : j;
                  flat = arith::AddIOp::create(
                      nb, nl,
                      arith::MulIOp::create(nb, nl, flat,
                                            indexConst(nb, nl, spatial[i])),
                      pos[i]);
                }
                Value plane = arith::AddIOp::create(
                    nb, nl,
                    arith::MulIOp::create(
                        nb, nl, IndexOp::create(nb, nl, 0),
                        indexConst(nb, nl, xType.getDimSize(1))),
                    IndexOp::create(nb, nl, 1));
                flat = arith::AddIOp::create(
                    nb, nl,
                    arith::MulIOp::create(nb, nl, plane,
                                          indexConst(nb, nl, spatialSize)),
                    flat);
                Value f =
                    arith::IndexCastOp::create(nb, nl, nb.getI64Type(), flat);
                return arith::SelectOp::create(
                    nb, nl, hit, arith::MinSIOp::create(nb, nl, s[3], f), s[3]);
              })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
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

} // namespace

void graph_to_kernel::populateContractionPatterns(RewritePatternSet &patterns) {
  patterns.add<MatMulPattern, GemmPattern, ConvPattern, ConvTransposePattern,
               PoolPattern<graph::MaxPoolOp>, PoolPattern<graph::AveragePoolOp>,
               MaxPoolIndicesPattern,
               GlobalPoolPattern<graph::GlobalAveragePoolOp>,
               GlobalPoolPattern<graph::GlobalMaxPoolOp>>(
      patterns.getContext());
}
