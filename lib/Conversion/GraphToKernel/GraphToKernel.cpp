//===- GraphToKernel.cpp - graph ops -> kernel.fused / kernel.generic -----===//
//
// One pattern per graph op (templates for families), in one file per family
// (Elementwise, Contraction, Normalization, DataMovement, Resize). Each
// produces one kernel.fused holding the kernel.generics that compute the op,
// written with KernelBuilder. Before any rewriting the pass checks that
// every shape is static, so that a model that cannot be compiled gets one
// clear error per op.
//
//===----------------------------------------------------------------------===//

#include "lib/Conversion/GraphToKernel/GraphToKernel.h"

#include "lib/Conversion/GraphToKernel/Patterns.h"
#include "lib/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
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
using namespace dlc::graph_to_kernel;

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

std::optional<SmallVector<int64_t>> graph_to_kernel::constantInts(Value v) {
  DenseIntElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  return llvm::map_to_vector(attr.getValues<APInt>(),
                             [](const APInt &x) { return x.getSExtValue(); });
}

std::optional<SmallVector<double>> graph_to_kernel::constantDoubles(Value v) {
  DenseElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  Type elt = attr.getElementType();
  if (isa<FloatType>(elt))
    return llvm::map_to_vector(attr.getValues<APFloat>(), [](APFloat x) {
      bool lost;
      x.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
      return x.convertToDouble();
    });
  if (isa<IntegerType>(elt))
    return llvm::map_to_vector(attr.getValues<APInt>(), [&](const APInt &x) {
      return elt.isUnsignedInteger() ? static_cast<double>(x.getZExtValue())
                                     : static_cast<double>(x.getSExtValue());
    });
  return std::nullopt;
}

BodyOperand::BodyOperand(Value v, SmallVectorImpl<Value> &fusedInputs)
    : operand(v) {
  if (!v)
    return;
  if (matchPattern(v, m_Constant(&known)))
    return;
  arg = fusedInputs.size();
  fusedInputs.push_back(v);
}

Value BodyOperand::scalar(OpBuilder &b, Location loc, ValueRange ins,
                          int64_t k) const {
  if (known)
    return constantOf(b, loc, cast<TypedAttr>(known.getValues<Attribute>()[k]));
  Value t = ins[arg];
  // k indexes a 1-D tensor; a one-element tensor of another rank is read at
  // its only element.
  int64_t rank = tensorType(t).getRank();
  SmallVector<Value> indices(rank, indexConst(b, loc, 0));
  if (rank == 1)
    indices[0] = indexConst(b, loc, k);
  return tensor::ExtractOp::create(b, loc, t, indices);
}

Value BodyOperand::index(OpBuilder &b, Location loc, ValueRange ins,
                         int64_t k) const {
  Type elt = tensorType(operand).getElementType();
  if (known)
    return indexConst(
        b, loc,
        elt.isUnsignedInteger()
            ? static_cast<int64_t>(known.getValues<APInt>()[k].getZExtValue())
            : known.getValues<APInt>()[k].getSExtValue());
  Value v = toSignless(b, loc, scalar(b, loc, ins, k));
  if (elt.isUnsignedInteger())
    return arith::IndexCastUIOp::create(b, loc, b.getIndexType(), v);
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), v);
}

Value BodyOperand::f64(OpBuilder &b, Location loc, ValueRange ins,
                       int64_t k) const {
  Type f64 = b.getF64Type();
  if (known) {
    double v;
    Attribute a = known.getValues<Attribute>()[k];
    if (auto f = dyn_cast<FloatAttr>(a))
      v = f.getValueAsDouble();
    else if (tensorType(operand).getElementType().isUnsignedInteger())
      v = static_cast<double>(cast<IntegerAttr>(a).getValue().getZExtValue());
    else
      v = static_cast<double>(cast<IntegerAttr>(a).getValue().getSExtValue());
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(f64, v));
  }
  return castS(b, loc, scalar(b, loc, ins, k), f64);
}

Value graph_to_kernel::indexConst(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIndexOp::create(b, loc, v);
}

Value graph_to_kernel::clampIndex(OpBuilder &b, Location loc, Value i,
                                  int64_t lo, int64_t hi) {
  i = b.createOrFold<arith::MaxSIOp>(loc, i, indexConst(b, loc, lo));
  return b.createOrFold<arith::MinSIOp>(loc, i, indexConst(b, loc, hi));
}

Value graph_to_kernel::floorMod(OpBuilder &b, Location loc, Value a, Value n) {
  // remsi takes the sign of `a`; shift negative remainders up by n.
  Value r = b.createOrFold<arith::RemSIOp>(loc, a, n);
  Value neg = b.createOrFold<arith::CmpIOp>(loc, arith::CmpIPredicate::slt, r,
                                            indexConst(b, loc, 0));
  return b.createOrFold<arith::SelectOp>(
      loc, neg, b.createOrFold<arith::AddIOp>(loc, r, n), r);
}

Value graph_to_kernel::wrapIndex(OpBuilder &b, Location loc, Value i,
                                 int64_t size) {
  if (!i.getType().isIndex())
    i = b.createOrFold<arith::IndexCastOp>(loc, b.getIndexType(),
                                           toSignless(b, loc, i));
  Value neg = b.createOrFold<arith::CmpIOp>(loc, arith::CmpIPredicate::slt, i,
                                            indexConst(b, loc, 0));
  i = b.createOrFold<arith::SelectOp>(
      loc, neg, b.createOrFold<arith::AddIOp>(loc, i, indexConst(b, loc, size)),
      i);
  return clampIndex(b, loc, i, 0, size - 1);
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {

/// Reports ops the CPU back end cannot compile, one error each.
LogicalResult checkLowerable(func::FuncOp func) {
  bool ok = true;
  func.walk([&](Operation *op) {
    if (!isa<graph::GraphDialect>(op->getDialect()))
      return;
    auto isStatic = [](Type t) {
      auto tensor = dyn_cast<RankedTensorType>(t);
      return !tensor || tensor.hasStaticShape();
    };
    bool staticOperands = llvm::all_of(op->getOperandTypes(), isStatic);
    for (Type t : op->getResultTypes()) {
      if (isStatic(t) || !staticOperands)
        continue;
      // The inputs are static, so the result's shape depends on the values
      // of shape-like operands that are not constants.
      if (isa<graph::RangeOp>(op))
        op->emitError() << "has a length that depends on start, limit and "
                           "delta, which are not constants ("
                        << t
                        << "); the CPU back end needs a static length: make "
                           "them constants or give the output a static shape";
      else
        op->emitError() << "has a result shape that depends on operands "
                           "that are not constants ("
                        << t
                        << "); the CPU back end needs static shapes: make "
                           "those operands constants or give the output a "
                           "static shape";
      ok = false;
      return;
    }
    for (Type t :
         llvm::concat<Type>(op->getOperandTypes(), op->getResultTypes())) {
      if (isStatic(t))
        continue;
      op->emitError() << "has a dynamic shape (" << t
                      << "); the CPU back end needs static shapes: bind "
                         "symbolic dims with --dim NAME=VALUE";
      ok = false;
      return;
    }
    if (auto resize = dyn_cast<graph::ResizeOp>(op)) {
      int64_t rank = resize.getX().getType().getRank();
      RankedTensorType roi =
          resize.getRoi() ? tensorType(resize.getRoi()) : RankedTensorType();
      if (resize.getCoordinateTransformationMode() == "tf_crop_and_resize" &&
          (roi.getRank() != 1 || roi.getDimSize(0) != 2 * rank)) {
        op->emitError() << "has a roi of type " << roi
                        << "; tf_crop_and_resize needs 2 * rank = " << 2 * rank
                        << " entries (the starts, then the ends)";
        ok = false;
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
  populateElementwisePatterns(patterns);
  populateContractionPatterns(patterns);
  populateNormalizationPatterns(patterns);
  populateDataMovementPatterns(patterns);
  populateResizePatterns(patterns);
  populateIndexingPatterns(patterns);
}
