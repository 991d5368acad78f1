//===- KernelBuilder.cpp - Building kernel.fused / kernel.generic ---------===//

#include "lib/Conversion/GraphToKernel/KernelBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <limits>

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

Value kernel::buildGeneric(OpBuilder &b, Location loc, ValueRange inputs,
                           Value init, ArrayRef<AffineMap> maps,
                           ArrayRef<IteratorType> iterators, BodyFn body) {
  SmallVector<Attribute> iteratorAttrs;
  for (IteratorType t : iterators)
    iteratorAttrs.push_back(IteratorTypeAttr::get(b.getContext(), t));
  SmallVector<Attribute> mapAttrs;
  for (AffineMap m : maps)
    mapAttrs.push_back(AffineMapAttr::get(m));
  auto generic = GenericOp::create(b, loc, TypeRange{init.getType()}, inputs,
                                   ValueRange{init}, b.getArrayAttr(mapAttrs),
                                   b.getArrayAttr(iteratorAttrs));
  OpBuilder::InsertionGuard guard(b);
  Block *block = b.createBlock(&generic.getBody());
  SmallVector<Value> args;
  SmallVector<Value> operands(inputs);
  operands.push_back(init);
  for (Value v : operands)
    args.push_back(block->addArgument(
        cast<RankedTensorType>(v.getType()).getElementType(), loc));
  Value result = body(b, loc, args);
  YieldOp::create(b, loc, ValueRange{result});
  return generic.getResult(0);
}

AffineMap kernel::broadcastMap(ArrayRef<int64_t> operandShape,
                               ArrayRef<int64_t> resultShape,
                               MLIRContext *ctx) {
  int64_t offset = resultShape.size() - operandShape.size();
  SmallVector<AffineExpr> exprs;
  for (auto [i, size] : llvm::enumerate(operandShape)) {
    int64_t r = offset + i;
    if (size == 1 && resultShape[r] != 1)
      exprs.push_back(getAffineConstantExpr(0, ctx));
    else
      exprs.push_back(getAffineDimExpr(r, ctx));
  }
  return AffineMap::get(resultShape.size(), 0, exprs, ctx);
}

Value kernel::buildElementwise(OpBuilder &b, Location loc, ValueRange inputs,
                               Value init, BodyFn body) {
  auto resultType = cast<RankedTensorType>(init.getType());
  ArrayRef<int64_t> shape = resultType.getShape();
  SmallVector<AffineMap> maps;
  for (Value in : inputs)
    maps.push_back(broadcastMap(cast<RankedTensorType>(in.getType()).getShape(),
                                shape, b.getContext()));
  maps.push_back(b.getMultiDimIdentityMap(shape.size()));
  SmallVector<IteratorType> iterators(shape.size(), IteratorType::parallel);
  return buildGeneric(b, loc, inputs, init, maps, iterators, body);
}

Value kernel::buildFill(OpBuilder &b, Location loc, Value init,
                        TypedAttr value) {
  auto type = cast<RankedTensorType>(init.getType());
  unsigned rank = type.getRank();
  SmallVector<IteratorType> iterators(rank, IteratorType::parallel);
  return buildGeneric(
      b, loc, {}, init, {b.getMultiDimIdentityMap(rank)}, iterators,
      [&](OpBuilder &nb, Location nloc, ValueRange) -> Value {
        return arith::ConstantOp::create(nb, nloc, value);
      });
}

FusedOp kernel::buildFused(
    OpBuilder &b, Location loc, ValueRange inputs, TypeRange resultTypes,
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange,
                                    ValueRange)>
        build) {
  SmallVector<Value> outs;
  for (Type t : resultTypes) {
    auto tensor = cast<RankedTensorType>(t);
    outs.push_back(tensor::EmptyOp::create(b, loc, tensor.getShape(),
                                           tensor.getElementType()));
  }
  auto fused = FusedOp::create(b, loc, resultTypes, inputs, outs,
                               /*schedule=*/ScheduleAttr());
  Block *block = b.createBlock(&fused.getBody());
  for (Value v : inputs)
    block->addArgument(v.getType(), loc);
  for (Value v : outs)
    block->addArgument(v.getType(), loc);
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(block);
    SmallVector<Value> results =
        build(b, loc, block->getArguments().take_front(inputs.size()),
              block->getArguments().drop_front(inputs.size()));
    YieldOp::create(b, loc, results);
  }
  b.setInsertionPointAfter(fused);
  if (ScheduleAttr schedule = defaultSchedule(fused))
    fused.setScheduleAttr(schedule);
  return fused;
}

ScheduleAttr kernel::defaultSchedule(FusedOp fused) {
  GenericOp root = fused.getRoot();
  if (!root)
    return {};
  SmallVector<IteratorType> iterators = root.getIteratorTypesArray();
  SmallVector<int64_t> ranges = root.getStaticLoopRanges();
  for (auto [i, t] : llvm::enumerate(iterators))
    if (t == IteratorType::parallel && ranges[i] != 1)
      return ScheduleAttr::get(fused.getContext(), {}, {}, 1, 1,
                               {static_cast<int64_t>(i)});
  return ScheduleAttr::get(fused.getContext());
}

//===----------------------------------------------------------------------===//
// Scalars
//===----------------------------------------------------------------------===//

static bool isFloat(Value v) { return isa<FloatType>(v.getType()); }
static bool isUnsigned(Value v) { return v.getType().isUnsignedInteger(); }

Value kernel::constantScalar(OpBuilder &b, Location loc, Type type,
                             double value) {
  if (isa<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

Value kernel::addS(OpBuilder &b, Location loc, Value x, Value y) {
  if (isFloat(x))
    return arith::AddFOp::create(b, loc, x, y);
  return arith::AddIOp::create(b, loc, x, y);
}

Value kernel::subS(OpBuilder &b, Location loc, Value x, Value y) {
  if (isFloat(x))
    return arith::SubFOp::create(b, loc, x, y);
  return arith::SubIOp::create(b, loc, x, y);
}

Value kernel::mulS(OpBuilder &b, Location loc, Value x, Value y) {
  if (isFloat(x))
    return arith::MulFOp::create(b, loc, x, y);
  return arith::MulIOp::create(b, loc, x, y);
}

Value kernel::divS(OpBuilder &b, Location loc, Value x, Value y) {
  if (isFloat(x))
    return arith::DivFOp::create(b, loc, x, y);
  if (isUnsigned(x))
    return arith::DivUIOp::create(b, loc, x, y);
  return arith::DivSIOp::create(b, loc, x, y);
}

Value kernel::maxS(OpBuilder &b, Location loc, Value x, Value y) {
  if (isFloat(x))
    return arith::MaximumFOp::create(b, loc, x, y);
  if (isUnsigned(x) || x.getType().isInteger(1))
    return arith::MaxUIOp::create(b, loc, x, y);
  return arith::MaxSIOp::create(b, loc, x, y);
}

Value kernel::minS(OpBuilder &b, Location loc, Value x, Value y) {
  if (isFloat(x))
    return arith::MinimumFOp::create(b, loc, x, y);
  if (isUnsigned(x) || x.getType().isInteger(1))
    return arith::MinUIOp::create(b, loc, x, y);
  return arith::MinSIOp::create(b, loc, x, y);
}

Value kernel::castS(OpBuilder &b, Location loc, Value x, Type to) {
  Type from = x.getType();
  if (from == to)
    return x;
  // Anything to bool: x != 0.
  if (to.isInteger(1)) {
    if (isa<FloatType>(from))
      return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, x,
                                   constantScalar(b, loc, from, 0));
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, x,
                                 constantScalar(b, loc, from, 0));
  }
  bool fromUnsigned = from.isUnsignedInteger() || from.isInteger(1);
  // Arith works on signless integers; unsigned types go through a bitcast.
  auto signless = [&](Type t) -> Type {
    if (auto i = dyn_cast<IntegerType>(t))
      return b.getIntegerType(i.getWidth());
    return t;
  };
  Value v = x;
  if (isa<IntegerType>(from) && !from.isSignlessInteger())
    v = arith::BitcastOp::create(b, loc, signless(from), x);
  Type target = signless(to);
  Value r;
  if (isa<FloatType>(from) && isa<FloatType>(to)) {
    r = from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth()
            ? Value(arith::ExtFOp::create(b, loc, to, v))
            : Value(arith::TruncFOp::create(b, loc, to, v));
  } else if (isa<FloatType>(from)) {
    r = to.isUnsignedInteger() ? Value(arith::FPToUIOp::create(b, loc, target, v))
                               : Value(arith::FPToSIOp::create(b, loc, target, v));
  } else if (isa<FloatType>(to)) {
    r = fromUnsigned ? Value(arith::UIToFPOp::create(b, loc, to, v))
                     : Value(arith::SIToFPOp::create(b, loc, to, v));
  } else {
    unsigned fw = from.getIntOrFloatBitWidth(), tw = to.getIntOrFloatBitWidth();
    if (fw == tw)
      r = v;
    else if (fw > tw)
      r = arith::TruncIOp::create(b, loc, target, v);
    else
      r = fromUnsigned ? Value(arith::ExtUIOp::create(b, loc, target, v))
                       : Value(arith::ExtSIOp::create(b, loc, target, v));
  }
  if (r.getType() != to)
    r = arith::BitcastOp::create(b, loc, to, r);
  return r;
}

TypedAttr kernel::lowestValue(Type type) {
  if (auto f = dyn_cast<FloatType>(type))
    return FloatAttr::get(
        type, APFloat::getInf(f.getFloatSemantics(), /*Negative=*/true));
  unsigned w = type.getIntOrFloatBitWidth();
  if (type.isUnsignedInteger() || w == 1)
    return IntegerAttr::get(type, APInt::getZero(w));
  return IntegerAttr::get(type, APInt::getSignedMinValue(w));
}

TypedAttr kernel::highestValue(Type type) {
  if (auto f = dyn_cast<FloatType>(type))
    return FloatAttr::get(
        type, APFloat::getInf(f.getFloatSemantics(), /*Negative=*/false));
  unsigned w = type.getIntOrFloatBitWidth();
  if (type.isUnsignedInteger() || w == 1)
    return IntegerAttr::get(type, APInt::getMaxValue(w));
  return IntegerAttr::get(type, APInt::getSignedMaxValue(w));
}
