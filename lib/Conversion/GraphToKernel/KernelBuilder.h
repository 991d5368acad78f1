//===- KernelBuilder.h - Building kernel.fused / kernel.generic -*- C++ -*-===//
//
// The vocabulary GraphToKernel's patterns are written in: make a kernel.fused
// over some tensors, and inside it kernel.generics from maps, iterator types
// and a scalar body; plus scalar arithmetic that picks the float or integer
// op from the element type.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_CONVERSION_GRAPHTOKERNEL_KERNELBUILDER_H
#define DLC_CONVERSION_GRAPHTOKERNEL_KERNELBUILDER_H

#include "dialects/Kernel/KernelOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

namespace dlc {
namespace kernel {

using BodyFn = llvm::function_ref<mlir::Value(
    mlir::OpBuilder &, mlir::Location, mlir::ValueRange /*scalars*/)>;

/// Creates a kernel.generic computing one output (destination `init`) from
/// `inputs`; `body` gets one scalar per input plus the output's current
/// value and returns the new output value.
mlir::Value buildGeneric(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::ValueRange inputs, mlir::Value init,
                         llvm::ArrayRef<mlir::AffineMap> maps,
                         llvm::ArrayRef<IteratorType> iterators, BodyFn body);

/// An elementwise kernel.generic over `init`'s shape: every input is read
/// through the map that broadcasts it (ONNX rules) to that shape.
mlir::Value buildElementwise(mlir::OpBuilder &b, mlir::Location loc,
                             mlir::ValueRange inputs, mlir::Value init,
                             BodyFn body);

/// A kernel.generic that sets every element of `init` to `value`.
mlir::Value buildFill(mlir::OpBuilder &b, mlir::Location loc, mlir::Value init,
                      mlir::TypedAttr value);

/// The map reading an operand of `operandShape` broadcast to `resultShape`
/// (right-aligned; size-1 dims read index 0).
mlir::AffineMap broadcastMap(llvm::ArrayRef<int64_t> operandShape,
                             llvm::ArrayRef<int64_t> resultShape,
                             mlir::MLIRContext *ctx);

/// Builds `kernel.fused ins(inputs) outs(tensor.empty : resultTypes)`;
/// `build` fills the body from the block arguments standing for the inputs
/// and the outputs, and returns the values to yield. Sets the default
/// schedule. Returns the fused op.
/// `destinations`, when given, are the outs instead of fresh tensor.empty
/// ones (an elementwise op writing over an input that dies with it).
FusedOp buildFused(
    mlir::OpBuilder &b, mlir::Location loc, mlir::ValueRange inputs,
    mlir::TypeRange resultTypes,
    llvm::function_ref<llvm::SmallVector<mlir::Value>(
        mlir::OpBuilder &, mlir::Location, mlir::ValueRange ins,
        mlir::ValueRange outs)>
        build,
    mlir::ValueRange destinations = {});

/// The destinations for an op computing `resultType` elementwise from
/// `operands`: the first operand of that type whose last use this op is, so
/// that it is overwritten in place instead of needing a buffer of its own;
/// empty (fresh outputs) if there is none. Function arguments and constants
/// are read-only and never chosen.
llvm::SmallVector<mlir::Value> inPlaceDestination(mlir::ValueRange operands,
                                                  mlir::Type resultType);

/// The heuristic default schedule for a kernel. A float32 reduction the
/// register tile can hold (RegisterTile.h) gets a micro-kernel: a register
/// tile of block rows by one to eight 16-lane vectors, cache blocks around
/// it, and threads over the block rows or, when rows are few, over blocks
/// of the lanes. Other contractions keep their reductions inside the
/// parallel loops but outside the loop along the output row; every kernel
/// of at least kMinThreadedIterations iterations runs a parallel loop with
/// more than one iteration across threads, a smaller one runs on one.
ScheduleAttr defaultSchedule(FusedOp fused);

/// Lanes of the CPU micro-kernels' float32 vectors (512 bits), which the
/// default schedules and the choice of a convolution's form assume.
constexpr int64_t kVectorLanes = 16;

//===----------------------------------------------------------------------===//
// Scalar arithmetic on float or integer values
//===----------------------------------------------------------------------===//

mlir::Value constantScalar(mlir::OpBuilder &b, mlir::Location loc,
                           mlir::Type type, double value);
/// A constant of `value`'s type. arith works on signless integers only, so
/// an unsigned constant is made signless and converted back.
mlir::Value constantOf(mlir::OpBuilder &b, mlir::Location loc,
                       mlir::TypedAttr value);
/// `v` as a signless integer of the same width (floats and signless values
/// are returned as they are); fromSignless is the inverse.
mlir::Value toSignless(mlir::OpBuilder &b, mlir::Location loc, mlir::Value v);
mlir::Value fromSignless(mlir::OpBuilder &b, mlir::Location loc, mlir::Value v,
                         mlir::Type type);
/// The signless integer type of an unsigned one; other types unchanged.
mlir::Type signlessType(mlir::Type type);
/// The arithmetic helpers below work on unsigned scalars through their
/// signless view, picking the unsigned variant of each op (divui, maxui,
/// cmpi ult, uitofp, extui, ...).
mlir::Value addS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                 mlir::Value y);
mlir::Value subS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                 mlir::Value y);
mlir::Value mulS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                 mlir::Value y);
mlir::Value divS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                 mlir::Value y);
/// The remainder of x / y with the sign of x (C's `%` and `fmod`).
mlir::Value remS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                 mlir::Value y);
mlir::Value maxS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                 mlir::Value y);
mlir::Value minS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                 mlir::Value y);
/// Compares with the float, signed or unsigned predicate the type calls for.
mlir::Value compareS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                     mlir::Value y, mlir::arith::CmpFPredicate floatPredicate,
                     mlir::arith::CmpIPredicate signedPredicate,
                     mlir::arith::CmpIPredicate unsignedPredicate);
/// Converts a scalar between element types with ONNX Cast semantics.
mlir::Value castS(mlir::OpBuilder &b, mlir::Location loc, mlir::Value x,
                  mlir::Type to);
/// The lowest / highest value of a type (-inf / +inf for floats).
mlir::TypedAttr lowestValue(mlir::Type type);
mlir::TypedAttr highestValue(mlir::Type type);

} // namespace kernel
} // namespace dlc

#endif // DLC_CONVERSION_GRAPHTOKERNEL_KERNELBUILDER_H
