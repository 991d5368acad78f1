//===- Resize.cpp - graph.resize -> kernel.generic ------------------------===//
//
// Resize is one kernel.generic over the output. For each resized dim the
// body maps the output index x to a coordinate x_ori in the input (the
// coordinate_transformation_mode), picks the input indices around it (the
// taps) and their weights (the mode), and sums tap values times the product
// of their weights over all dims, reading X with tensor.extract. The
// arithmetic follows the ONNX reference implementation
// (onnx/backend/test/case/node/resize.py; onnx/reference/ops/op_resize.py
// for the modes it added): coordinates and weights in f64, scales as given
// (f32 values) or out / in for `sizes`, `output_width = scale * in`, the
// taps of x_ori being base + t with base = ceil(x_ori) - 1 and ratio =
// x_ori - base in (0, 1], out-of-range taps clamped to the edge:
//   nearest: one tap, x_ori rounded by nearest_mode;
//   linear:  taps base, base + 1, weights 1 - ratio, ratio;
//   cubic:   taps base - 1 .. base + 2, the cubic convolution weights with
//            coefficient cubic_coeff_a (renormalized over the taps inside
//            the input with exclude_outside).
// Dims that keep their size with scale 1 (N and C, typically) read their
// index directly. `scales` and `roi` that are not constants are read in the
// body.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/Patterns.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <functional>

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;
using namespace dlc::graph_to_kernel;

namespace {

/// f64 arithmetic in a kernel body that folds on constants.
struct F64 {
  OpBuilder &b;
  Location loc;
  Value c(double v) const {
    return arith::ConstantOp::create(b, loc, b.getF64FloatAttr(v));
  }
  Value add(Value x, Value y) const {
    return b.createOrFold<arith::AddFOp>(loc, x, y);
  }
  Value sub(Value x, Value y) const {
    return b.createOrFold<arith::SubFOp>(loc, x, y);
  }
  Value mul(Value x, Value y) const {
    return b.createOrFold<arith::MulFOp>(loc, x, y);
  }
  Value div(Value x, Value y) const {
    return b.createOrFold<arith::DivFOp>(loc, x, y);
  }
  Value cmp(arith::CmpFPredicate p, Value x, Value y) const {
    return b.createOrFold<arith::CmpFOp>(loc, p, x, y);
  }
  Value select(Value cond, Value x, Value y) const {
    return b.createOrFold<arith::SelectOp>(loc, cond, x, y);
  }
  /// `x` clamped into [lo, hi] (NaN gives lo) and converted to an index.
  Value toIndex(Value x, double lo, double hi) const {
    x = b.createOrFold<arith::MaxNumFOp>(loc, x, c(lo));
    x = b.createOrFold<arith::MinNumFOp>(loc, x, c(hi));
    Value i = b.createOrFold<arith::FPToSIOp>(loc, b.getI64Type(), x);
    return b.createOrFold<arith::IndexCastOp>(loc, b.getIndexType(), i);
  }
};

/// One input index of a resized dim and its weight (null: weight 1).
struct Tap {
  Value index;
  Value weight;
};

struct ResizePattern : OpRewritePattern<graph::ResizeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(graph::ResizeOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType xType = op.getX().getType(), outType = op.getType();
    int64_t rank = xType.getRank();
    StringRef ctm = op.getCoordinateTransformationMode();
    bool crop = ctm == "tf_crop_and_resize";
    if (crop &&
        tensorType(op.getRoi()).getShape() != ArrayRef<int64_t>{2 * rank})
      return rewriter.notifyMatchFailure(op, "roi needs 2 * rank entries");
    SmallVector<Value> inputs = {op.getX()};
    BodyOperand scales(op.getSizes() ? Value() : op.getScales(), inputs);
    BodyOperand roi(crop ? op.getRoi() : Value(), inputs);
    // The scale of each dim when known at compile time.
    SmallVector<std::optional<double>> scale(rank);
    std::optional<SmallVector<double>> knownScales =
        scales ? constantDoubles(op.getScales()) : std::nullopt;
    for (int64_t d = 0; d < rank; ++d) {
      int64_t in = xType.getDimSize(d), out = outType.getDimSize(d);
      if (op.getSizes())
        scale[d] =
            in == 0 ? 1.0 : static_cast<double>(out) / static_cast<double>(in);
      else if (knownScales)
        scale[d] = static_cast<double>(static_cast<float>((*knownScales)[d]));
    }
    FusedOp fused = buildFused(
        rewriter, op.getLoc(), inputs, {outType},
        [&](OpBuilder &b, Location l, ValueRange ins, ValueRange outs) {
          return SmallVector<Value>{
              buildGeneric(b, l, {}, outs[0], {b.getMultiDimIdentityMap(rank)},
                           SmallVector<IteratorType>(rank, kPar),
                           [&](OpBuilder &nb, Location nl, ValueRange) {
                             return body(nb, nl, op, ins, scales, roi, scale);
                           })};
        });
    rewriter.replaceOp(op, fused.getResults());
    return success();
  }

  static Value body(OpBuilder &b, Location l, graph::ResizeOp op,
                    ValueRange ins, const BodyOperand &scales,
                    const BodyOperand &roi,
                    ArrayRef<std::optional<double>> scale) {
    RankedTensorType xType = op.getX().getType(), outType = op.getType();
    Type elt = outType.getElementType();
    int64_t rank = xType.getRank();
    StringRef ctm = op.getCoordinateTransformationMode();
    StringRef mode = op.getMode();
    F64 f{b, l};
    SmallVector<SmallVector<Tap>> taps(rank);
    Value outside; // tf_crop_and_resize: some x_ori outside the input
    for (int64_t d = 0; d < rank; ++d) {
      Value o = IndexOp::create(b, l, d);
      int64_t in = xType.getDimSize(d), out = outType.getDimSize(d);
      if (in == out && scale[d] == 1.0 && ctm != "tf_crop_and_resize" &&
          ctm != "tf_half_pixel_for_nn") {
        // x_ori = x exactly in every other mode: read the index itself.
        taps[d].push_back({o, Value()});
        continue;
      }
      Value x = arith::SIToFPOp::create(
          b, l, b.getF64Type(),
          arith::IndexCastOp::create(b, l, b.getI64Type(), o));
      Value s = scale[d] ? f.c(*scale[d]) : scales.f64(b, l, ins, d);
      Value inW = f.c(static_cast<double>(in));
      Value outW = f.mul(s, inW);
      Value isOne = f.cmp(arith::CmpFPredicate::OEQ, outW, f.c(1));
      Value halfPixel = f.sub(f.div(f.add(x, f.c(0.5)), s), f.c(0.5));
      Value xOri;
      if (ctm == "align_corners") {
        xOri = f.select(isOne, f.c(0),
                        f.div(f.mul(x, f.c(in - 1)), f.sub(outW, f.c(1))));
      } else if (ctm == "asymmetric") {
        xOri = f.div(x, s);
      } else if (ctm == "tf_crop_and_resize") {
        Value r0 = roi.f64(b, l, ins, d), r1 = roi.f64(b, l, ins, rank + d);
        Value extent = f.sub(r1, r0);
        Value single = f.div(f.mul(extent, f.c(in - 1)), f.c(2));
        Value many =
            f.div(f.mul(f.mul(x, extent), f.c(in - 1)), f.sub(outW, f.c(1)));
        xOri = f.add(f.select(isOne, single, many), f.mul(r0, f.c(in - 1)));
        Value out = b.createOrFold<arith::OrIOp>(
            l, f.cmp(arith::CmpFPredicate::OLT, xOri, f.c(0)),
            f.cmp(arith::CmpFPredicate::OGT, xOri, f.c(in - 1)));
        outside = outside ? b.createOrFold<arith::OrIOp>(l, outside, out) : out;
      } else if (ctm == "pytorch_half_pixel") {
        xOri = f.select(isOne, f.c(-0.5), halfPixel);
      } else if (ctm == "half_pixel_symmetric") {
        Value adjustment = f.div(f.c(static_cast<double>(out)), outW);
        Value offset = f.mul(f.c(in / 2.0), f.sub(f.c(1), adjustment));
        xOri = f.add(offset, halfPixel);
      } else if (ctm == "tf_half_pixel_for_nn") {
        xOri = f.div(f.add(x, f.c(0.5)), s);
      } else { // half_pixel
        xOri = halfPixel;
      }
      taps[d] = mode == "nearest" ? nearestTap(b, l, op, xOri, in)
                                  : interpolationTaps(b, l, op, xOri, in);
    }

    // Sum over every combination of taps.
    Value acc;
    SmallVector<Value> indices(rank);
    std::function<void(int64_t, Value)> sum = [&](int64_t d, Value weight) {
      if (d == rank) {
        Value v = tensor::ExtractOp::create(b, l, ins[0], indices);
        if (mode == "nearest") {
          acc = v;
          return;
        }
        // No weight: every dim reads its index directly (an identity
        // resize), the one tap has weight 1.
        Value term = castS(b, l, v, b.getF64Type());
        if (weight)
          term = f.mul(weight, term);
        acc = acc ? f.add(acc, term) : term;
        return;
      }
      for (const Tap &t : taps[d]) {
        indices[d] = t.index;
        sum(d + 1, !t.weight ? weight
                   : weight  ? f.mul(weight, t.weight)
                             : t.weight);
      }
    };
    sum(0, Value());
    Value result = mode == "nearest" ? acc : castS(b, l, acc, elt);
    if (outside)
      result = arith::SelectOp::create(
          b, l, outside,
          constantScalar(b, l, elt,
                         op.getExtrapolationValue().convertToDouble()),
          result);
    return result;
  }

  /// nearest: x_ori rounded as nearest_mode says (the reference's choice
  /// between base and base + 1: round_prefer_floor is ceil(x - 1/2),
  /// round_prefer_ceil floor(x + 1/2)), clamped into the input.
  static SmallVector<Tap> nearestTap(OpBuilder &b, Location l,
                                     graph::ResizeOp op, Value xOri,
                                     int64_t in) {
    F64 f{b, l};
    StringRef nearest = op.getNearestMode();
    Value v;
    if (nearest == "round_prefer_ceil")
      v = math::FloorOp::create(b, l, f.add(xOri, f.c(0.5)));
    else if (nearest == "floor")
      v = math::FloorOp::create(b, l, xOri);
    else if (nearest == "ceil")
      v = math::CeilOp::create(b, l, xOri);
    else // round_prefer_floor
      v = math::CeilOp::create(b, l, f.sub(xOri, f.c(0.5)));
    return {{f.toIndex(v, 0, in - 1), Value()}};
  }

  /// linear and cubic: the taps base + t around x_ori with their weights.
  static SmallVector<Tap> interpolationTaps(OpBuilder &b, Location l,
                                            graph::ResizeOp op, Value xOri,
                                            int64_t in) {
    F64 f{b, l};
    Value base = f.sub(math::CeilOp::create(b, l, xOri), f.c(1));
    Value r = f.sub(xOri, base);
    SmallVector<int64_t> offsets;
    SmallVector<Value> weights;
    if (op.getMode() == "linear") {
      offsets = {0, 1};
      weights = {f.sub(f.c(1), r), r};
    } else {
      double a = op.getCubicCoeffA().convertToDouble();
      Value A = f.c(a);
      // The reference's cubic_coeffs(ratio, A), term by term.
      auto outer = [&](Value t) { // for t = ratio + 1 and (1 - ratio) + 1
        Value p = f.sub(f.mul(A, t), f.c(5 * a));
        p = f.add(f.mul(p, t), f.c(8 * a));
        return f.sub(f.mul(p, t), f.c(4 * a));
      };
      auto inner = [&](Value t) { // for t = ratio and 1 - ratio
        Value p = f.sub(f.mul(f.c(a + 2), t), f.c(a + 3));
        return f.add(f.mul(f.mul(p, t), t), f.c(1));
      };
      Value rc = f.sub(f.c(1), r);
      offsets = {-1, 0, 1, 2};
      weights = {outer(f.add(r, f.c(1))), inner(r), inner(rc),
                 outer(f.add(rc, f.c(1)))};
    }
    // The base as an index: x_ori is within [-1, in] for every mode but
    // tf_crop_and_resize (whose outside values are replaced); the clamp
    // only keeps garbage scales from reading out of bounds.
    Value baseIndex = f.toIndex(base, -4, in + 4);
    SmallVector<Tap> taps;
    SmallVector<Value> inside;
    for (int64_t t : offsets) {
      Value i =
          b.createOrFold<arith::AddIOp>(l, baseIndex, indexConst(b, l, t));
      taps.push_back({clampIndex(b, l, i, 0, in - 1), Value()});
      inside.push_back(b.createOrFold<arith::AndIOp>(
          l,
          b.createOrFold<arith::CmpIOp>(l, arith::CmpIPredicate::sge, i,
                                        indexConst(b, l, 0)),
          b.createOrFold<arith::CmpIOp>(l, arith::CmpIPredicate::slt, i,
                                        indexConst(b, l, in))));
    }
    if (op.getExcludeOutside()) {
      // Zero the weights of taps outside the input, renormalize.
      Value total;
      for (auto [w, ok] : llvm::zip(weights, inside)) {
        w = f.select(ok, w, f.c(0));
        total = total ? f.add(total, w) : w;
      }
      for (Value &w : weights)
        w = f.div(w, total);
    }
    for (auto [tap, w] : llvm::zip(taps, weights))
      tap.weight = w;
    return taps;
  }
};

} // namespace

void graph_to_kernel::populateResizePatterns(RewritePatternSet &patterns) {
  patterns.add<ResizePattern>(patterns.getContext());
}
