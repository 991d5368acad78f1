//===- GraphDialect.td - The graph dialect -----------------*- tablegen -*-===//
//
// The graph dialect holds ONNX-level operations on ranked tensors with value
// semantics. The ONNX importer produces it; graph-level transforms clean it
// up; GraphToKernel lowers it to the kernel dialect.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_DIALECT_GRAPH_GRAPHDIALECT_TD
#define DLC_DIALECT_GRAPH_GRAPHDIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def Graph_Dialect : Dialect {
  let name = "graph";
  let cppNamespace = "::dlc::graph";
  let summary = "ONNX-level operations on ranked tensors";
  let description = [{
    The `graph` dialect models an ONNX graph: one op per ONNX operator, on
    ranked tensors with value semantics. Broadcasting follows ONNX's
    multidirectional (numpy) rules. Every op infers its result type from its
    operands and attributes; where a result dimension depends on the value of
    a non-constant operand it is `?`. Attributes keep ONNX's names.
  }];
  let hasConstantMaterializer = 1;
  let dependentDialects = ["::mlir::func::FuncDialect"];
}

//===----------------------------------------------------------------------===//
// Base classes
//===----------------------------------------------------------------------===//

class Graph_Op<string mnemonic, list<Trait> traits = []>
    : Op<Graph_Dialect, mnemonic, traits>;

// Result-type inference with a compatibility rule: the declared result type
// must have the inferred element type and rank, and agree with the inferred
// shape wherever both are static. Either may be more static than the other:
// the declared one when ONNX's shape inference resolved a `?`, the inferred
// one when folding made an operand constant (graph-infer-shapes then
// refines the declared type).
def Graph_InferType : TraitList<[
  DeclareOpInterfaceMethods<InferTypeOpInterface>,
  NativeOpTrait<
    /*name=*/"InferTypeOpAdaptor",
    /*traits=*/[],
    /*extraOpDeclaration=*/[{
      static ::llvm::LogicalResult
      inferReturnTypes(::mlir::MLIRContext *context,
                       std::optional<::mlir::Location> location,
                       Adaptor adaptor,
                       ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes);
      static bool isCompatibleReturnTypes(::mlir::TypeRange l,
                                          ::mlir::TypeRange r) {
        return ::dlc::graph::areCompatibleReturnTypes(l, r);
      }
    }],
    /*extraOpDefinition=*/[{
      ::llvm::LogicalResult
      $cppClass::inferReturnTypes(::mlir::MLIRContext *context,
                        std::optional<::mlir::Location> location,
                        ::mlir::ValueRange operands, ::mlir::DictionaryAttr attributes,
                        ::mlir::OpaqueProperties properties, ::mlir::RegionRange regions,
                        ::llvm::SmallVectorImpl<::mlir::Type> &inferredReturnTypes) {
        $cppClass::Adaptor adaptor(operands, attributes, properties, regions);
        return $cppClass::inferReturnTypes(context,
          location, adaptor, inferredReturnTypes);
      }
    }]
  >
]>;

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

// Any ONNX tensor: floats, signed/unsigned/signless integers and i1 (bool).
def Graph_Tensor : RankedTensorOf<[AnyFloat, AnyInteger]>;
def Graph_FloatTensor : RankedTensorOf<[AnyFloat]>;
def Graph_BoolTensor : RankedTensorOf<[I1]>;
// Shapes, indices, axes: ONNX uses int64 (int32 accepted for indices).
def Graph_IndexTensor : RankedTensorOf<[I32, I64]>;
def Graph_I64Tensor : RankedTensorOf<[I64]>;

def Graph_AutoPadAttr : DefaultValuedStrAttr<StrAttr, "NOTSET">;

#endif // DLC_DIALECT_GRAPH_GRAPHDIALECT_TD
