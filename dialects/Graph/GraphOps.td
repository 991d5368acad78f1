//===- GraphOps.td - Operations of the graph dialect -------*- tablegen -*-===//
//
// One op per ONNX operator. Names of ops and attributes follow ONNX; operand
// forms follow the newest opset the importer reads (17), so attributes that
// moved to inputs over the opsets (Slice, Pad, Reshape, Expand, Tile, Resize)
// are operands here and their values are read when they are constants.
// Lists that fix the result rank (reduction axes, Squeeze/Unsqueeze axes,
// Split sizes) are attributes; the importer requires them to be constant.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_DIALECT_GRAPH_GRAPHOPS_TD
#define DLC_DIALECT_GRAPH_GRAPHOPS_TD

include "dialects/Graph/GraphDialect.td"

//===----------------------------------------------------------------------===//
// Constant and Identity
//===----------------------------------------------------------------------===//

def Graph_ConstantOp : Graph_Op<"constant",
    [ConstantLike, Pure, Graph_InferType]> {
  let summary = "A constant tensor (an ONNX initializer or Constant node)";
  let description = [{
    Produces the tensor held in `value`. Large weights are dense resources
    (`dense_resource<...>`) so that IR dumps stay small.

    ```mlir
    %w = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

def Graph_IdentityOp : Graph_Op<"identity",
    [Pure, SameOperandsAndResultType, InferTypeOpInterface]> {
  let summary = "Returns its input unchanged";
  let description = [{
    ```mlir
    %0 = graph.identity %x : tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Broadcasting binary ops
//===----------------------------------------------------------------------===//

// Elementwise op over two operands broadcast with ONNX's multidirectional
// rule: shapes are right-aligned, and each pair of dims must be equal or one
// of them 1. The result has the element type of `lhs`.
class Graph_BinaryOp<string mnemonic, string onnxName, string formula,
                     list<Trait> traits = [], Type tensorType = Graph_Tensor>
    : Graph_Op<mnemonic, !listconcat(traits, [Pure, Graph_InferType])> {
  let summary = "Elementwise " # onnxName # " with broadcasting";
  let description = "Computes `" # formula # "` elementwise after "
      # "broadcasting `lhs` and `rhs` to a common shape (ONNX "
      # "multidirectional broadcasting). Both operands have the same element "
      # "type.\n\n```mlir\n%0 = graph." # mnemonic # " %a, %b : "
      # "(tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>\n```";
  let arguments = (ins tensorType:$lhs, tensorType:$rhs);
  let results = (outs tensorType:$output);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_AddOp : Graph_BinaryOp<"add", "Add", "lhs + rhs", [Commutative]>;
def Graph_SubOp : Graph_BinaryOp<"sub", "Sub", "lhs - rhs">;
def Graph_MulOp : Graph_BinaryOp<"mul", "Mul", "lhs * rhs", [Commutative]>;
def Graph_DivOp : Graph_BinaryOp<"div", "Div", "lhs / rhs">;
def Graph_MaxOp : Graph_BinaryOp<"max", "Max", "max(lhs, rhs)", [Commutative]>;
def Graph_MinOp : Graph_BinaryOp<"min", "Min", "min(lhs, rhs)", [Commutative]>;
// Bool logic: i1 operands and result.
class Graph_LogicOp<string mnemonic, string onnxName, string formula>
    : Graph_BinaryOp<mnemonic, onnxName, formula, [Commutative],
                     Graph_BoolTensor> {
  let description = "Computes `" # formula # "` elementwise on bools (`i1`) "
      # "after ONNX multidirectional broadcasting.\n\n```mlir\n%0 = graph."
      # mnemonic # " %a, %b : (tensor<2x3xi1>, tensor<3xi1>) -> "
      # "tensor<2x3xi1>\n```";
}

def Graph_AndOp : Graph_LogicOp<"and", "And", "lhs && rhs">;
def Graph_OrOp : Graph_LogicOp<"or", "Or", "lhs || rhs">;
def Graph_XorOp : Graph_LogicOp<"xor", "Xor", "lhs != rhs">;

def Graph_ModOp : Graph_BinaryOp<"mod", "Mod", "lhs mod rhs"> {
  let description = [{
    The remainder of `lhs / rhs` elementwise, with ONNX broadcasting. With
    `fmod = false` (integers only) it takes the sign of the divisor, as
    Python's `%`; with `fmod = true` it takes the sign of the dividend, as C's
    `fmod` (required for floats).

    ```mlir
    %0 = graph.mod %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    %1 = graph.mod %x, %y {fmod = true}
        : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$lhs, Graph_Tensor:$rhs,
                       DefaultValuedAttr<BoolAttr, "false">:$fmod);
  let hasFolder = 0;
  let hasVerifier = 1;
}

def Graph_BitShiftOp : Graph_BinaryOp<"bit_shift", "BitShift",
                                      "lhs << rhs or lhs >> rhs"> {
  let description = [{
    Shifts each element of `lhs` by the number of bits in `rhs` (ONNX
    broadcasting), to the left or the right as `direction` ("LEFT" or
    "RIGHT") says. Operands are unsigned integers; a shift by the bit width
    or more gives 0.

    ```mlir
    %0 = graph.bit_shift %x, %n {direction = "LEFT"}
        : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
    ```
  }];
  let arguments = (ins Graph_Tensor:$lhs, Graph_Tensor:$rhs,
                       StrAttr:$direction);
  let hasFolder = 0;
  let hasVerifier = 1;
}

def Graph_PowOp : Graph_Op<"pow", [Pure, Graph_InferType]> {
  let summary = "Elementwise power with broadcasting";
  let description = [{
    Computes `lhs ^ rhs` elementwise with ONNX broadcasting. As in ONNX the
    exponent may have a different element type from the base; the result has
    the base's element type.

    ```mlir
    %0 = graph.pow %x, %e : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$lhs, Graph_Tensor:$rhs);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

class Graph_CompareOp<string mnemonic, string onnxName, string formula,
                      list<Trait> traits = []>
    : Graph_Op<mnemonic, !listconcat(traits, [Pure, Graph_InferType])> {
  let summary = "Elementwise " # onnxName # " comparison with broadcasting";
  let description = "Computes `" # formula # "` elementwise with ONNX "
      # "broadcasting; the result is a tensor of `i1` (ONNX bool).\n\n"
      # "```mlir\n%0 = graph." # mnemonic # " %a, %b : "
      # "(tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xi1>\n```";
  let arguments = (ins Graph_Tensor:$lhs, Graph_Tensor:$rhs);
  let results = (outs Graph_BoolTensor:$output);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_EqualOp : Graph_CompareOp<"equal", "Equal", "lhs == rhs",
                                    [Commutative]>;
def Graph_LessOp : Graph_CompareOp<"less", "Less", "lhs < rhs">;
def Graph_GreaterOp : Graph_CompareOp<"greater", "Greater", "lhs > rhs">;
def Graph_LessOrEqualOp
    : Graph_CompareOp<"less_or_equal", "LessOrEqual", "lhs <= rhs">;
def Graph_GreaterOrEqualOp
    : Graph_CompareOp<"greater_or_equal", "GreaterOrEqual", "lhs >= rhs">;

def Graph_WhereOp : Graph_Op<"where", [Pure, Graph_InferType]> {
  let summary = "Elementwise select with broadcasting";
  let description = [{
    Picks `x` where `condition` is true and `y` elsewhere. All three operands
    broadcast together (ONNX multidirectional broadcasting); `x` and `y` have
    the same element type.

    ```mlir
    %0 = graph.where %c, %x, %y
        : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Graph_BoolTensor:$condition, Graph_Tensor:$x,
                       Graph_Tensor:$y);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$condition `,` $x `,` $y attr-dict `:` "
                       "functional-type(operands, results)";
}

def Graph_PReluOp : Graph_Op<"prelu", [Pure, Graph_InferType]> {
  let summary = "Leaky ReLU with a slope tensor";
  let description = [{
    Computes `x < 0 ? slope * x : x` elementwise. `slope` broadcasts to the
    input's shape (ONNX unidirectional broadcasting: the result has the
    input's shape); both have the same element type.

    ```mlir
    %0 = graph.prelu %x, %slope
        : (tensor<1x3x4x4xf32>, tensor<3x1x1xf32>) -> tensor<1x3x4x4xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, Graph_Tensor:$slope);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input `,` $slope attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Unary elementwise ops
//===----------------------------------------------------------------------===//

class Graph_UnaryOp<string mnemonic, string formula, Type tensorType,
                    list<Trait> traits = []>
    : Graph_Op<mnemonic, !listconcat(traits,
        [Pure, SameOperandsAndResultType, InferTypeOpInterface])> {
  let summary = "Elementwise `" # formula # "`";
  let description = "Computes `" # formula # "` for every element; the "
      # "result has the operand's type.\n\n```mlir\n%0 = graph." # mnemonic
      # " %x : tensor<2x3xf32>\n```";
  let arguments = (ins tensorType:$input);
  let results = (outs tensorType:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def Graph_NegOp : Graph_UnaryOp<"neg", "-x", Graph_Tensor> {
  let hasFolder = 1;
}
def Graph_AbsOp : Graph_UnaryOp<"abs", "|x|", Graph_Tensor> {
  let hasFolder = 1;
}
def Graph_SqrtOp : Graph_UnaryOp<"sqrt", "sqrt(x)", Graph_FloatTensor> {
  let hasFolder = 1;
}
def Graph_ReciprocalOp
    : Graph_UnaryOp<"reciprocal", "1 / x", Graph_FloatTensor> {
  let hasFolder = 1;
}
def Graph_ExpOp : Graph_UnaryOp<"exp", "exp(x)", Graph_FloatTensor>;
def Graph_LogOp : Graph_UnaryOp<"log", "log(x)", Graph_FloatTensor>;
def Graph_ErfOp : Graph_UnaryOp<"erf", "erf(x)", Graph_FloatTensor>;
def Graph_TanhOp : Graph_UnaryOp<"tanh", "tanh(x)", Graph_FloatTensor>;
def Graph_SigmoidOp
    : Graph_UnaryOp<"sigmoid", "1 / (1 + exp(-x))", Graph_FloatTensor>;
def Graph_ReluOp : Graph_UnaryOp<"relu", "max(x, 0)", Graph_Tensor>;
def Graph_HardSwishOp : Graph_UnaryOp<"hard_swish",
    "x * max(0, min(1, x / 6 + 1 / 2))", Graph_FloatTensor>;
def Graph_NotOp : Graph_UnaryOp<"not", "!x", Graph_BoolTensor> {
  let hasFolder = 1;
}
def Graph_SignOp : Graph_UnaryOp<"sign", "x > 0 ? 1 : x < 0 ? -1 : 0",
                                 Graph_Tensor>;
def Graph_CeilOp : Graph_UnaryOp<"ceil", "ceil(x)", Graph_FloatTensor>;
def Graph_FloorOp : Graph_UnaryOp<"floor", "floor(x)", Graph_FloatTensor>;
def Graph_RoundOp : Graph_UnaryOp<"round",
    "x rounded to the nearest integer, halves to even", Graph_FloatTensor>;
def Graph_SinOp : Graph_UnaryOp<"sin", "sin(x)", Graph_FloatTensor>;
def Graph_CosOp : Graph_UnaryOp<"cos", "cos(x)", Graph_FloatTensor>;
def Graph_TanOp : Graph_UnaryOp<"tan", "tan(x)", Graph_FloatTensor>;
def Graph_AsinOp : Graph_UnaryOp<"asin", "asin(x)", Graph_FloatTensor>;
def Graph_AcosOp : Graph_UnaryOp<"acos", "acos(x)", Graph_FloatTensor>;
def Graph_AtanOp : Graph_UnaryOp<"atan", "atan(x)", Graph_FloatTensor>;
def Graph_SinhOp : Graph_UnaryOp<"sinh", "sinh(x)", Graph_FloatTensor>;
def Graph_CoshOp : Graph_UnaryOp<"cosh", "cosh(x)", Graph_FloatTensor>;
def Graph_AsinhOp : Graph_UnaryOp<"asinh", "asinh(x)", Graph_FloatTensor>;
def Graph_AcoshOp : Graph_UnaryOp<"acosh", "acosh(x)", Graph_FloatTensor>;
def Graph_AtanhOp : Graph_UnaryOp<"atanh", "atanh(x)", Graph_FloatTensor>;
def Graph_SoftplusOp
    : Graph_UnaryOp<"softplus", "log(exp(x) + 1)", Graph_FloatTensor>;
def Graph_SoftsignOp
    : Graph_UnaryOp<"softsign", "x / (1 + |x|)", Graph_FloatTensor>;

def Graph_EluOp : Graph_UnaryOp<"elu", "x < 0 ? alpha * (exp(x) - 1) : x",
                                Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<F32Attr, "1.0f">:$alpha);
  let description = [{
    Computes `x < 0 ? alpha * (exp(x) - 1) : x` elementwise.

    ```mlir
    %0 = graph.elu %x {alpha = 2.0 : f32} : tensor<2x3xf32>
    ```
  }];
}

def Graph_CeluOp : Graph_UnaryOp<"celu",
    "max(0, x) + min(0, alpha * (exp(x / alpha) - 1))", Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<F32Attr, "1.0f">:$alpha);
  let description = [{
    Computes `max(0, x) + min(0, alpha * (exp(x / alpha) - 1))` elementwise;
    `alpha` must not be 0.

    ```mlir
    %0 = graph.celu %x {alpha = 2.0 : f32} : tensor<2x3xf32>
    ```
  }];
  let hasVerifier = 1;
}

def Graph_SeluOp : Graph_UnaryOp<"selu",
    "x > 0 ? gamma * x : gamma * alpha * (exp(x) - 1)", Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
      DefaultValuedAttr<F32Attr, "1.67326319217681884765625f">:$alpha,
      DefaultValuedAttr<F32Attr, "1.05070102214813232421875f">:$gamma);
  let description = [{
    Computes `x > 0 ? gamma * x : gamma * alpha * (exp(x) - 1)` elementwise
    (ONNX defaults alpha = 1.6732632, gamma = 1.0507010).

    ```mlir
    %0 = graph.selu %x {alpha = 2.0 : f32, gamma = 3.0 : f32} : tensor<8xf32>
    ```
  }];
}

def Graph_ThresholdedReluOp : Graph_UnaryOp<"thresholded_relu",
    "x > alpha ? x : 0", Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<F32Attr, "1.0f">:$alpha);
  let description = [{
    Computes `x > alpha ? x : 0` elementwise.

    ```mlir
    %0 = graph.thresholded_relu %x {alpha = 2.0 : f32} : tensor<8xf32>
    ```
  }];
}

def Graph_ShrinkOp : Graph_UnaryOp<"shrink",
    "x < -lambd ? x + bias : x > lambd ? x - bias : 0", Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<F32Attr, "0.0f">:$bias,
                       DefaultValuedAttr<F32Attr, "0.5f">:$lambd);
  let description = [{
    Computes `x < -lambd ? x + bias : x > lambd ? x - bias : 0` elementwise
    (ONNX defaults bias = 0, lambd = 0.5).

    ```mlir
    %0 = graph.shrink %x {bias = 1.5 : f32, lambd = 1.5 : f32} : tensor<5xf32>
    ```
  }];
}

// A test of each float element whose result is a bool tensor of the same
// shape.
class Graph_FloatTestOp<string mnemonic, string what>
    : Graph_Op<mnemonic, [Pure, Graph_InferType]> {
  let summary = "Tests whether each element is " # what;
  let description = "True where the element is " # what # ".\n\n```mlir\n"
      # "%0 = graph." # mnemonic
      # " %x : (tensor<2x3xf32>) -> tensor<2x3xi1>\n```";
  let arguments = (ins Graph_FloatTensor:$input);
  let results = (outs Graph_BoolTensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
}

def Graph_IsNaNOp : Graph_FloatTestOp<"is_nan", "NaN">;
def Graph_IsInfOp : Graph_FloatTestOp<"is_inf", "infinite"> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<BoolAttr, "true">:$detect_negative,
                       DefaultValuedAttr<BoolAttr, "true">:$detect_positive);
  let description = [{
    True where the element is +inf (if `detect_positive`) or -inf (if
    `detect_negative`).

    ```mlir
    %0 = graph.is_inf %x {detect_negative = false}
        : (tensor<2x3xf32>) -> tensor<2x3xi1>
    ```
  }];
}

def Graph_LeakyReluOp : Graph_UnaryOp<"leaky_relu", "x < 0 ? alpha * x : x",
                                      Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<F32Attr, "0.01f">:$alpha);
  let description = [{
    Computes `x < 0 ? alpha * x : x` elementwise.

    ```mlir
    %0 = graph.leaky_relu %x {alpha = 0.1 : f32} : tensor<2x3xf32>
    ```
  }];
}

def Graph_HardSigmoidOp : Graph_UnaryOp<"hard_sigmoid",
    "max(0, min(1, alpha * x + beta))", Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<F32Attr, "0.2f">:$alpha,
                       DefaultValuedAttr<F32Attr, "0.5f">:$beta);
  let description = [{
    Computes `max(0, min(1, alpha * x + beta))` elementwise (ONNX defaults
    alpha = 0.2, beta = 0.5).

    ```mlir
    %0 = graph.hard_sigmoid %x {alpha = 0.1666 : f32} : tensor<8xf32>
    ```
  }];
}

def Graph_GeluOp : Graph_UnaryOp<"gelu", "x * Phi(x)", Graph_FloatTensor> {
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedStrAttr<StrAttr, "none">:$approximate);
  let description = [{
    Gaussian error linear unit. `approximate = "none"` computes
    `0.5 * x * (1 + erf(x / sqrt(2)))`; `"tanh"` computes
    `0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))`.

    ```mlir
    %0 = graph.gelu %x {approximate = "tanh"} : tensor<2x768xf32>
    ```
  }];
  let hasVerifier = 1;
}

def Graph_ClipOp : Graph_Op<"clip", [Pure, AttrSizedOperandSegments,
                                     Graph_InferType]> {
  let summary = "Clamps every element into [min, max]";
  let description = [{
    Computes `min(max(x, min), max)` elementwise. `min` and `max` are optional
    scalar tensors (rank 0, or one element) of the input's element type; a
    missing bound does not clamp.

    ```mlir
    %0 = graph.clip %x, min = %lo, max = %hi
        : (tensor<4xf32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, Optional<Graph_Tensor>:$min,
                       Optional<Graph_Tensor>:$max);
  let results = (outs Graph_Tensor:$output);
  // `, min = %lo` and `, max = %hi` are each optional (see SliceOp).
  let assemblyFormat = "custom<ClipOperands>($input, $min, $max) "
                       "attr-dict `:` functional-type(operands, results)";
}

def Graph_CastOp : Graph_Op<"cast", [Pure, Graph_InferType]> {
  let summary = "Converts every element to another element type";
  let description = [{
    Converts elementwise to the element type `to` with ONNX's rules: float to
    integer truncates toward zero, anything to `i1` tests for non-zero, `i1`
    to a number gives 0 or 1.

    ```mlir
    %0 = graph.cast %x {to = i64} : (tensor<2x3xf32>) -> tensor<2x3xi64>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, TypeAttr:$to);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Contractions, convolution, pooling
//===----------------------------------------------------------------------===//

def Graph_MatMulOp : Graph_Op<"matmul", [Pure, Graph_InferType]> {
  let summary = "Matrix product with numpy semantics";
  let description = [{
    Matrix product as numpy's `matmul`: a 1-D `lhs` is treated as a row
    vector and a 1-D `rhs` as a column vector (the added dim is dropped from
    the result); leading batch dims broadcast. The contraction dims
    (`lhs[-1]` and `rhs[-2]`) must agree.

    ```mlir
    %0 = graph.matmul %a, %b
        : (tensor<8x128x64xf32>, tensor<64x32xf32>) -> tensor<8x128x32xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$lhs, Graph_Tensor:$rhs);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

def Graph_GemmOp : Graph_Op<"gemm", [Pure, Graph_InferType]> {
  let summary = "General matrix multiply: alpha * op(A) * op(B) + beta * C";
  let description = [{
    `A` and `B` are 2-D; `transA`/`transB` transpose them first. The optional
    `C` broadcasts (unidirectionally) to the `M x N` result.

    ```mlir
    %0 = graph.gemm %a, %b, %c {transB = true}
        : (tensor<1x512xf32>, tensor<10x512xf32>, tensor<10xf32>) -> tensor<1x10xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$a, Graph_Tensor:$b,
                       Optional<Graph_Tensor>:$c,
                       DefaultValuedAttr<F32Attr, "1.0f">:$alpha,
                       DefaultValuedAttr<F32Attr, "1.0f">:$beta,
                       DefaultValuedAttr<BoolAttr, "false">:$transA,
                       DefaultValuedAttr<BoolAttr, "false">:$transB);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$a `,` $b (`,` $c^)? attr-dict `:` "
                       "functional-type(operands, results)";
  let hasCanonicalizer = 1;
}

def Graph_ConvOp : Graph_Op<"conv", [Pure, Graph_InferType]> {
  let summary = "N-D convolution (1-D, 2-D, 3-D) with groups";
  let description = [{
    `X` is `N x C x D1 ... Dn`, `W` is `M x C/group x k1 ... kn`, the optional
    bias `B` is `M`. `strides` and `dilations` have one entry per spatial dim
    (default 1); `pads` has `2n` entries (all begins, then all ends; default
    0). `auto_pad` is `NOTSET` (use `pads`), `SAME_UPPER`, `SAME_LOWER`
    (output = ceil(input / stride)) or `VALID` (no padding). Output spatial
    dim: `floor((D + pad_begin + pad_end - dilation * (k - 1) - 1) / stride) + 1`.

    ```mlir
    %0 = graph.conv %x, %w, %b {pads = array<i64: 1, 1, 1, 1>,
                                strides = array<i64: 2, 2>}
        : (tensor<1x3x224x224xf32>, tensor<64x3x3x3xf32>, tensor<64xf32>)
        -> tensor<1x64x112x112xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$X, Graph_FloatTensor:$W,
                       Optional<Graph_FloatTensor>:$B,
                       Graph_AutoPadAttr:$auto_pad,
                       OptionalAttr<DenseI64ArrayAttr>:$dilations,
                       DefaultValuedAttr<I64Attr, "1">:$group,
                       OptionalAttr<DenseI64ArrayAttr>:$kernel_shape,
                       OptionalAttr<DenseI64ArrayAttr>:$pads,
                       OptionalAttr<DenseI64ArrayAttr>:$strides);
  let results = (outs Graph_FloatTensor:$output);
  let assemblyFormat = "$X `,` $W (`,` $B^)? attr-dict `:` "
                       "functional-type(operands, results)";
}

def Graph_ConvTransposeOp : Graph_Op<"conv_transpose", [Pure, Graph_InferType]> {
  let summary = "N-D transposed convolution (the gradient of conv)";
  let description = [{
    `X` is `N x C x D1 ... Dn`, `W` is `C x M/group x k1 ... kn`, the optional
    bias `B` is `M`. Output spatial dim:
    `stride * (D - 1) + output_padding + dilation * (k - 1) + 1 - pad_begin - pad_end`,
    or `output_shape` when given (the pads are then derived, split by
    `auto_pad`).

    ```mlir
    %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, 2>}
        : (tensor<1x16x8x8xf32>, tensor<16x8x2x2xf32>) -> tensor<1x8x16x16xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$X, Graph_FloatTensor:$W,
                       Optional<Graph_FloatTensor>:$B,
                       Graph_AutoPadAttr:$auto_pad,
                       OptionalAttr<DenseI64ArrayAttr>:$dilations,
                       DefaultValuedAttr<I64Attr, "1">:$group,
                       OptionalAttr<DenseI64ArrayAttr>:$kernel_shape,
                       OptionalAttr<DenseI64ArrayAttr>:$output_padding,
                       OptionalAttr<DenseI64ArrayAttr>:$output_shape,
                       OptionalAttr<DenseI64ArrayAttr>:$pads,
                       OptionalAttr<DenseI64ArrayAttr>:$strides);
  let results = (outs Graph_FloatTensor:$output);
  let assemblyFormat = "$X `,` $W (`,` $B^)? attr-dict `:` "
                       "functional-type(operands, results)";
}

class Graph_PoolOp<string mnemonic, string what> : Graph_Op<mnemonic,
    [Pure, Graph_InferType]> {
  let summary = what # " pooling over the spatial dims";
  let results = (outs Graph_FloatTensor:$output);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
}

def Graph_MaxPoolOp : Graph_PoolOp<"max_pool", "Max"> {
  let description = [{
    `X` is `N x C x D1 ... Dn`; `kernel_shape` (required), `strides`,
    `dilations` and `pads` are as for `graph.conv`. With `ceil_mode` the
    output size rounds up, but a window never starts inside the end padding.

    ```mlir
    %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3>,
                            pads = array<i64: 1, 1, 1, 1>,
                            strides = array<i64: 2, 2>}
        : (tensor<1x64x112x112xf32>) -> tensor<1x64x56x56xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$X,
                       Graph_AutoPadAttr:$auto_pad,
                       DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
                       OptionalAttr<DenseI64ArrayAttr>:$dilations,
                       DenseI64ArrayAttr:$kernel_shape,
                       OptionalAttr<DenseI64ArrayAttr>:$pads,
                       OptionalAttr<DenseI64ArrayAttr>:$strides);
  // Max pooling is defined on integers too (ONNX allows int8 and uint8).
  let results = (outs Graph_Tensor:$output);
}

def Graph_MaxPoolIndicesOp
    : Graph_PoolOp<"max_pool_indices", "Indices of the max"> {
  let description = [{
    The `i64` indices of the elements `graph.max_pool` with the same
    attributes picks (ONNX MaxPool's second output): offsets into `X`
    flattened, the spatial dims row-major (`storage_order = 0`) or
    column-major (`1`), the first on equal values.

    ```mlir
    %0 = graph.max_pool_indices %x {kernel_shape = array<i64: 2, 2>,
                                    strides = array<i64: 2, 2>}
        : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xi64>
    ```
  }];
  let arguments = (ins Graph_Tensor:$X,
                       Graph_AutoPadAttr:$auto_pad,
                       DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
                       OptionalAttr<DenseI64ArrayAttr>:$dilations,
                       DenseI64ArrayAttr:$kernel_shape,
                       OptionalAttr<DenseI64ArrayAttr>:$pads,
                       OptionalAttr<DenseI64ArrayAttr>:$strides,
                       DefaultValuedAttr<I64Attr, "0">:$storage_order);
  let results = (outs Graph_I64Tensor:$output);
  let hasVerifier = 1;
}

def Graph_AveragePoolOp : Graph_PoolOp<"average_pool", "Average"> {
  let description = [{
    As `graph.max_pool`, averaging each window. With `count_include_pad` the
    padded elements count in the divisor; without it only real ones do.

    ```mlir
    %0 = graph.average_pool %x {kernel_shape = array<i64: 2, 2>,
                                strides = array<i64: 2, 2>}
        : (tensor<1x8x4x4xf32>) -> tensor<1x8x2x2xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$X,
                       Graph_AutoPadAttr:$auto_pad,
                       DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
                       DefaultValuedAttr<BoolAttr, "false">:$count_include_pad,
                       OptionalAttr<DenseI64ArrayAttr>:$dilations,
                       DenseI64ArrayAttr:$kernel_shape,
                       OptionalAttr<DenseI64ArrayAttr>:$pads,
                       OptionalAttr<DenseI64ArrayAttr>:$strides);
}

def Graph_GlobalAveragePoolOp
    : Graph_PoolOp<"global_average_pool", "Global average"> {
  let description = [{
    Averages all spatial dims of `X` (`N x C x D1 ... Dn`), giving
    `N x C x 1 ... 1`.

    ```mlir
    %0 = graph.global_average_pool %x
        : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$X);
}

def Graph_GlobalMaxPoolOp : Graph_PoolOp<"global_max_pool", "Global max"> {
  let description = [{
    Takes the maximum over all spatial dims of `X`, giving `N x C x 1 ... 1`.

    ```mlir
    %0 = graph.global_max_pool %x
        : (tensor<1x512x7x7xf32>) -> tensor<1x512x1x1xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$X);
  let results = (outs Graph_Tensor:$output);
}

//===----------------------------------------------------------------------===//
// Normalization and softmax
//===----------------------------------------------------------------------===//

def Graph_BatchNormalizationOp : Graph_Op<"batch_normalization",
    [Pure, Graph_InferType]> {
  let summary = "Batch normalization in inference mode";
  let description = [{
    `Y = scale * (X - mean) / sqrt(var + epsilon) + B`, with `scale`, `B`,
    `mean` and `var` of shape `C` applied along dim 1 of `X`.

    ```mlir
    %0 = graph.batch_normalization %x, %s, %b, %m, %v {epsilon = 1.0e-05 : f32}
        : (tensor<1x64x56x56xf32>, tensor<64xf32>, tensor<64xf32>,
           tensor<64xf32>, tensor<64xf32>) -> tensor<1x64x56x56xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$X, Graph_FloatTensor:$scale,
                       Graph_FloatTensor:$B, Graph_FloatTensor:$mean,
                       Graph_FloatTensor:$var,
                       DefaultValuedAttr<F32Attr, "1e-5f">:$epsilon,
                       DefaultValuedAttr<F32Attr, "0.9f">:$momentum);
  let results = (outs Graph_FloatTensor:$output);
  let hasCanonicalizer = 1;
  let assemblyFormat = "$X `,` $scale `,` $B `,` $mean `,` $var attr-dict `:` "
                       "functional-type(operands, results)";
}

def Graph_LayerNormalizationOp : Graph_Op<"layer_normalization",
    [Pure, Graph_InferType]> {
  let summary = "Layer normalization over the trailing dims from `axis`";
  let description = [{
    Normalizes `X` over dims `[axis, rank)` to zero mean and unit variance,
    then computes `Y = normalized * scale + B`. `scale` and the optional `B`
    broadcast to `X.shape[axis:]`.

    ```mlir
    %0 = graph.layer_normalization %x, %g, %b {axis = -1 : i64}
        : (tensor<1x128x768xf32>, tensor<768xf32>, tensor<768xf32>)
        -> tensor<1x128x768xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$X, Graph_FloatTensor:$scale,
                       Optional<Graph_FloatTensor>:$B,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F32Attr, "1e-5f">:$epsilon);
  let results = (outs Graph_FloatTensor:$output);
  let assemblyFormat = "$X `,` $scale (`,` $B^)? attr-dict `:` "
                       "functional-type(operands, results)";
}

def Graph_InstanceNormalizationOp : Graph_Op<"instance_normalization",
    [Pure, Graph_InferType]> {
  let summary = "Instance normalization: each sample's channel on its own";
  let description = [{
    `input` is `N x C x D1 ... Dn` (n >= 1). Each `[n, c]` slice is
    normalized over its spatial dims to zero mean and unit variance, then
    `Y = normalized * scale[c] + B[c]`; `scale` and `B` have `C` elements.

    ```mlir
    %0 = graph.instance_normalization %x, %s, %b {epsilon = 1.0e-2 : f32}
        : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>)
        -> tensor<2x3x4x5xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$input, Graph_FloatTensor:$scale,
                       Graph_FloatTensor:$B,
                       DefaultValuedAttr<F32Attr, "1e-5f">:$epsilon);
  let results = (outs Graph_FloatTensor:$output);
  let assemblyFormat = "$input `,` $scale `,` $B attr-dict `:` "
                       "functional-type(operands, results)";
}

/// Softmax and its relatives: each normalizes `input` along one `axis`
/// (opset-13 semantics; the importer rewrites older opsets' flatten-to-2-D
/// form) into a result of the input's type.
class Graph_SoftmaxLikeOp<string mnemonic, string what>
    : Graph_Op<mnemonic, [Pure, Graph_InferType]> {
  let summary = what # " along one axis";
  let description = "`" # what # "` along `axis` (opset-13 semantics; the "
      # "importer rewrites older opsets' flatten-to-2-D form).\n\n```mlir\n"
      # "%0 = graph." # mnemonic # " %x {axis = -1 : i64} "
      # ": (tensor<2x10xf32>) -> tensor<2x10xf32>\n```";
  let arguments = (ins Graph_FloatTensor:$input,
                       DefaultValuedAttr<I64Attr, "-1">:$axis);
  let results = (outs Graph_FloatTensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
}

def Graph_SoftmaxOp
    : Graph_SoftmaxLikeOp<"softmax", "exp(x - max) / sum(exp(x - max))">;
def Graph_LogSoftmaxOp
    : Graph_SoftmaxLikeOp<"log_softmax", "x - max - log(sum(exp(x - max)))">;
/// 1 at the first maximum of each lane along `axis`, 0 elsewhere.
def Graph_HardmaxOp
    : Graph_SoftmaxLikeOp<"hardmax", "x == max ? 1 : 0 (first max only)">;

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

class Graph_ReduceOp<string mnemonic, string what,
                     Type tensorType = Graph_Tensor> : Graph_Op<mnemonic,
    [Pure, Graph_InferType]> {
  let summary = "Reduces with " # what # " over `axes`";
  let description = "Reduces `data` with " # what # " over `axes` (negative "
      # "values count from the back). With no `axes` every dim is reduced, "
      # "unless `noop_with_empty_axes` is set, which makes the op an identity. "
      # "`keepdims` keeps reduced dims as size 1.\n\n```mlir\n%0 = graph."
      # mnemonic # " %x {axes = array<i64: 1>, keepdims = false}\n"
      # "    : (tensor<2x3x4xf32>) -> tensor<2x4xf32>\n```";
  let arguments = (ins tensorType:$data,
                       OptionalAttr<DenseI64ArrayAttr>:$axes,
                       DefaultValuedAttr<BoolAttr, "true">:$keepdims,
                       DefaultValuedAttr<BoolAttr, "false">:$noop_with_empty_axes);
  let results = (outs tensorType:$output);
  let assemblyFormat = "$data attr-dict `:` functional-type(operands, results)";
}

def Graph_ReduceSumOp : Graph_ReduceOp<"reduce_sum", "a sum">;
def Graph_ReduceMeanOp : Graph_ReduceOp<"reduce_mean", "the mean">;
def Graph_ReduceMaxOp : Graph_ReduceOp<"reduce_max", "the maximum">;
def Graph_ReduceMinOp : Graph_ReduceOp<"reduce_min", "the minimum">;
def Graph_ReduceProdOp : Graph_ReduceOp<"reduce_prod", "a product">;
def Graph_ReduceL1Op
    : Graph_ReduceOp<"reduce_l1", "the sum of absolute values">;
def Graph_ReduceSumSquareOp
    : Graph_ReduceOp<"reduce_sum_square", "the sum of squares">;
def Graph_ReduceL2Op : Graph_ReduceOp<"reduce_l2",
    "the Euclidean norm (the square root of the sum of squares)",
    Graph_FloatTensor>;
def Graph_ReduceLogSumOp : Graph_ReduceOp<"reduce_log_sum",
    "the natural log of the sum", Graph_FloatTensor>;
def Graph_ReduceLogSumExpOp : Graph_ReduceOp<"reduce_log_sum_exp",
    "the natural log of the sum of exponentials (computed as "
    "`max + log(sum(exp(x - max)))`)", Graph_FloatTensor>;

class Graph_ArgReduceOp<string mnemonic, string what> : Graph_Op<mnemonic,
    [Pure, Graph_InferType]> {
  let summary = "Index of the " # what # " along one axis";
  let description = "The `i64` index of the " # what # " of `data` along "
      # "`axis` (negative counts from the back). Of equal values the first "
      # "wins, or the last with `select_last_index`. `keepdims` keeps the "
      # "reduced dim as size 1.\n\n```mlir\n%0 = graph." # mnemonic
      # " %x {axis = 1 : i64, keepdims = false}\n"
      # "    : (tensor<2x3x4xf32>) -> tensor<2x4xi64>\n```";
  let arguments = (ins Graph_Tensor:$data,
                       DefaultValuedAttr<I64Attr, "0">:$axis,
                       DefaultValuedAttr<BoolAttr, "true">:$keepdims,
                       DefaultValuedAttr<BoolAttr, "false">:$select_last_index);
  let results = (outs Graph_I64Tensor:$output);
  let assemblyFormat = "$data attr-dict `:` functional-type(operands, results)";
}

def Graph_ArgMaxOp : Graph_ArgReduceOp<"arg_max", "maximum">;
def Graph_ArgMinOp : Graph_ArgReduceOp<"arg_min", "minimum">;

def Graph_TopKOp : Graph_Op<"top_k", [Pure, Graph_InferType]> {
  let summary = "The `k` largest (or smallest) elements along one axis";
  let description = [{
    `values` holds the `k` largest elements of `input` along `axis` (the
    smallest when `largest` is false), best first, and `indices` their
    positions along the axis; of equal elements the one with the lower index
    comes first. (The importer reads ONNX's `K` input, which must be a
    constant; results are always sorted, which `sorted = false` allows.)

    ```mlir
    %v, %i = graph.top_k %x {k = 2 : i64}
        : (tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, I64Attr:$k,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<BoolAttr, "true">:$largest,
                       DefaultValuedAttr<BoolAttr, "true">:$sorted);
  let results = (outs Graph_Tensor:$values, Graph_I64Tensor:$indices);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
}

def Graph_CumSumOp : Graph_Op<"cumsum", [Pure, Graph_InferType]> {
  let summary = "Running sum along one axis";
  let description = [{
    Element `i` along `axis` is the sum of elements `0 .. i` (with `reverse`,
    `i .. n-1`); `exclusive` leaves out element `i` itself. (The importer
    reads ONNX's `axis` input, which must be a constant.)

    ```mlir
    %0 = graph.cumsum %x {axis = 1 : i64, exclusive = true}
        : (tensor<2x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, I64Attr:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                       DefaultValuedAttr<BoolAttr, "false">:$reverse);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
}

//===----------------------------------------------------------------------===//
// Shape and data movement
//===----------------------------------------------------------------------===//

def Graph_ReshapeOp : Graph_Op<"reshape", [Pure, Graph_InferType]> {
  let summary = "Gives a tensor a new shape with the same elements";
  let description = [{
    `shape` is a 1-D `i64` tensor. An entry of 0 copies the input dim at that
    position (unless `allowzero`), one entry may be -1 and is inferred from
    the element count. Result dims are `?` when `shape` is not a constant.

    ```mlir
    %s = graph.constant dense<[0, -1]> : tensor<2xi64>
    %0 = graph.reshape %x, %s : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_I64Tensor:$shape,
                       DefaultValuedAttr<BoolAttr, "false">:$allowzero);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$data `,` $shape attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
  let hasCanonicalizer = 1;
}

def Graph_TransposeOp : Graph_Op<"transpose", [Pure, Graph_InferType]> {
  let summary = "Permutes the dims of a tensor";
  let description = [{
    Result dim `i` is input dim `perm[i]`; without `perm` the dims are
    reversed.

    ```mlir
    %0 = graph.transpose %x {perm = array<i64: 0, 2, 1>}
        : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input,
                       OptionalAttr<DenseI64ArrayAttr>:$perm);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    /// The permutation in effect (`perm`, or the reversal when absent).
    ::llvm::SmallVector<int64_t> getEffectivePerm();
  }];
}

def Graph_FlattenOp : Graph_Op<"flatten", [Pure, Graph_InferType]> {
  let summary = "Flattens a tensor into a 2-D matrix";
  let description = [{
    The result is `prod(shape[:axis]) x prod(shape[axis:])`.

    ```mlir
    %0 = graph.flatten %x {axis = 1 : i64} : (tensor<1x512x1x1xf32>) -> tensor<1x512xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input,
                       DefaultValuedAttr<I64Attr, "1">:$axis);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_SqueezeOp : Graph_Op<"squeeze", [Pure, Graph_InferType]> {
  let summary = "Removes dims of size 1";
  let description = [{
    Removes the dims listed in `axes`, each of which must be 1; without
    `axes`, removes every dim of static size 1.

    ```mlir
    %0 = graph.squeeze %x {axes = array<i64: 0>} : (tensor<1x3xf32>) -> tensor<3xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input,
                       OptionalAttr<DenseI64ArrayAttr>:$axes);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_UnsqueezeOp : Graph_Op<"unsqueeze", [Pure, Graph_InferType]> {
  let summary = "Inserts dims of size 1";
  let description = [{
    `axes` index the result (negative values count from its back); a dim of
    size 1 is inserted at each.

    ```mlir
    %0 = graph.unsqueeze %x {axes = array<i64: 0, 3>} : (tensor<3x4xf32>) -> tensor<1x3x4x1xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, DenseI64ArrayAttr:$axes);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_ConcatOp : Graph_Op<"concat", [Pure, Graph_InferType]> {
  let summary = "Joins tensors along one axis";
  let description = [{
    All inputs have the same rank, element type and dims except along `axis`.

    ```mlir
    %0 = graph.concat %a, %b {axis = 1 : i64}
        : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Variadic<Graph_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$inputs attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_SplitOp : Graph_Op<"split", [Pure, Graph_InferType]> {
  let summary = "Splits a tensor into pieces along one axis";
  let description = [{
    Result `i` takes `split[i]` elements along `axis`; the sizes add up to
    the input's dim. (The importer turns ONNX's equal split and its `split`
    input into this attribute.)

    ```mlir
    %0:2 = graph.split %x {axis = 1 : i64, split = array<i64: 2, 4>}
        : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
    ```
  }];
  let arguments = (ins Graph_Tensor:$input,
                       DefaultValuedAttr<I64Attr, "0">:$axis,
                       DenseI64ArrayAttr:$split);
  let results = (outs Variadic<Graph_Tensor>:$outputs);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
}

def Graph_SliceOp : Graph_Op<"slice", [Pure, AttrSizedOperandSegments,
                                       Graph_InferType]> {
  let summary = "Takes a strided slice of a tensor";
  let description = [{
    `starts`, `ends` and the optional `axes` and `steps` are 1-D integer
    tensors of one length. Indices follow ONNX: negative values count from
    the back, and are clamped to the dim (to `[0, dim]` for positive steps,
    `[-1, dim - 1]` for negative ones). Missing `axes` means `0 ..
    len(starts) - 1`, missing `steps` means 1. Result dims are `?` where the
    bounds are not constants.

    ```mlir
    %0 = graph.slice %x, %starts, %ends, axes = %axes
        : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x5xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_IndexTensor:$starts,
                       Graph_IndexTensor:$ends,
                       Optional<Graph_IndexTensor>:$axes,
                       Optional<Graph_IndexTensor>:$steps);
  let results = (outs Graph_Tensor:$output);
  // `, axes = %a` and `, steps = %s` are each optional: a custom directive,
  // because an optional group that begins with `,` would commit to `axes`.
  let assemblyFormat = "$data `,` $starts `,` "
                       "custom<SliceOperands>($ends, $axes, $steps) "
                       "attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_GatherOp : Graph_Op<"gather", [Pure, Graph_InferType]> {
  let summary = "Gathers slices of `data` at `indices` along `axis`";
  let description = [{
    The result shape is `data.shape[:axis] + indices.shape +
    data.shape[axis+1:]`. Negative indices count from the back.

    ```mlir
    %0 = graph.gather %table, %ids {axis = 0 : i64}
        : (tensor<30522x768xf32>, tensor<1x128xi64>) -> tensor<1x128x768xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_IndexTensor:$indices,
                       DefaultValuedAttr<I64Attr, "0">:$axis);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$data `,` $indices attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_GatherElementsOp : Graph_Op<"gather_elements",
    [Pure, Graph_InferType]> {
  let summary = "Gathers single elements of `data` along `axis`";
  let description = [{
    `indices` has the rank of `data`, and so has the result, whose shape is
    that of `indices`:
    `output[i][j][k] = data[indices[i][j][k]][j][k]` for `axis = 0`.
    Negative indices count from the back.

    ```mlir
    %0 = graph.gather_elements %x, %i {axis = 1 : i64}
        : (tensor<2x3xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_IndexTensor:$indices,
                       DefaultValuedAttr<I64Attr, "0">:$axis);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$data `,` $indices attr-dict `:` functional-type(operands, results)";
}

def Graph_GatherNDOp : Graph_Op<"gather_nd", [Pure, Graph_InferType]> {
  let summary = "Gathers slices of `data` addressed by index tuples";
  let description = [{
    The last dim of `indices` (static, `q`) holds tuples indexing the first
    `q` dims of `data` after `batch_dims` leading batch dims, which `data` and
    `indices` share. The result shape is `indices.shape[:-1] +
    data.shape[batch_dims + q:]`. Negative indices count from the back.

    ```mlir
    %0 = graph.gather_nd %x, %i
        : (tensor<2x2xf32>, tensor<2x2xi64>) -> tensor<2xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_I64Tensor:$indices,
                       DefaultValuedAttr<I64Attr, "0">:$batch_dims);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$data `,` $indices attr-dict `:` functional-type(operands, results)";
}

def Graph_ScatterElementsOp : Graph_Op<"scatter_elements",
    [Pure, Graph_InferType]> {
  let summary = "Writes `updates` into a copy of `data` along `axis`";
  let description = [{
    `data`, `indices` and `updates` have one rank; `indices` and `updates`
    one shape, no larger than `data`'s in any dim. For `axis = 0`:
    `output[indices[i][j]][j] = updates[i][j]`, or combined with the value
    there by `reduction` (`none`, `add` or `mul`). With `none` and repeated
    indices the last update wins. Negative indices count from the back.

    ```mlir
    %0 = graph.scatter_elements %x, %i, %u {axis = 1 : i64}
        : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_IndexTensor:$indices,
                       Graph_Tensor:$updates,
                       DefaultValuedAttr<I64Attr, "0">:$axis,
                       DefaultValuedStrAttr<StrAttr, "none">:$reduction);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$data `,` $indices `,` $updates attr-dict `:` "
                       "functional-type(operands, results)";
}

def Graph_ScatterNDOp : Graph_Op<"scatter_nd", [Pure, Graph_InferType]> {
  let summary = "Writes slices of `updates` into a copy of `data`";
  let description = [{
    The last dim of `indices` (static, `q`) holds tuples indexing the first
    `q` dims of `data`; `updates` has shape `indices.shape[:-1] +
    data.shape[q:]`. Each addressed slice is replaced, or combined with
    `reduction` (`none`, `add` or `mul`). Negative indices count from the
    back.

    ```mlir
    %0 = graph.scatter_nd %x, %i, %u {reduction = "add"}
        : (tensor<4x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<4x4xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_I64Tensor:$indices,
                       Graph_Tensor:$updates,
                       DefaultValuedStrAttr<StrAttr, "none">:$reduction);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$data `,` $indices `,` $updates attr-dict `:` "
                       "functional-type(operands, results)";
}

def Graph_ReverseSequenceOp : Graph_Op<"reverse_sequence",
    [Pure, Graph_InferType]> {
  let summary = "Reverses the first `sequence_lens[b]` steps of each batch";
  let description = [{
    `input` has rank >= 2; `batch_axis` and `time_axis` are 0 and 1 in some
    order. For batch `b`, the elements at times `0 .. sequence_lens[b] - 1`
    are reversed and the others copied.

    ```mlir
    %0 = graph.reverse_sequence %x, %lens {batch_axis = 0 : i64, time_axis = 1 : i64}
        : (tensor<4x5xf32>, tensor<4xi64>) -> tensor<4x5xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, Graph_I64Tensor:$sequence_lens,
                       DefaultValuedAttr<I64Attr, "1">:$batch_axis,
                       DefaultValuedAttr<I64Attr, "0">:$time_axis);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$input `,` $sequence_lens attr-dict `:` "
                       "functional-type(operands, results)";
}

def Graph_TriluOp : Graph_Op<"trilu", [Pure, SameOperandsAndResultType,
                                       InferTypeOpInterface]> {
  let summary = "Keeps the upper or lower triangle of the last two dims";
  let description = [{
    Element `[..., i, j]` is kept where `j - i >= k` (`upper`) or
    `j - i <= k` (lower) and zeroed elsewhere. (The importer reads ONNX's `k`
    input, which must be a constant.)

    ```mlir
    %0 = graph.trilu %x {k = 1 : i64, upper = false} : tensor<3x4xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input,
                       DefaultValuedAttr<I64Attr, "0">:$k,
                       DefaultValuedAttr<BoolAttr, "true">:$upper);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

def Graph_OneHotOp : Graph_Op<"one_hot", [Pure, Graph_InferType]> {
  let summary = "One-hot encoding of `indices` along a new axis";
  let description = [{
    Inserts a dim of size `depth` at `axis` (in `[-r-1, r]` for `indices` of
    rank `r`); the result holds `values[1]` where the position along it
    equals the index (negative indices count from the back) and
    `values[0]` elsewhere. `values` has two elements. (The importer reads
    ONNX's `depth` input, which must be a constant.)

    ```mlir
    %0 = graph.one_hot %i, %v {axis = -1 : i64, depth = 10 : i64}
        : (tensor<3xi64>, tensor<2xf32>) -> tensor<3x10xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$indices, Graph_Tensor:$values,
                       I64Attr:$depth, DefaultValuedAttr<I64Attr, "-1">:$axis);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$indices `,` $values attr-dict `:` functional-type(operands, results)";
}

def Graph_ExpandOp : Graph_Op<"expand", [Pure, Graph_InferType]> {
  let summary = "Broadcasts a tensor to a shape";
  let description = [{
    The result shape is the multidirectional broadcast of the input's shape
    and `shape` (a 1-D `i64` tensor); its dims are `?` when `shape` is not a
    constant.

    ```mlir
    %s = graph.constant dense<[2, 1, 3]> : tensor<3xi64>
    %0 = graph.expand %x, %s : (tensor<4x1xf32>, tensor<3xi64>) -> tensor<2x4x3xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, Graph_I64Tensor:$shape);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input `,` $shape attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_TileOp : Graph_Op<"tile", [Pure, Graph_InferType]> {
  let summary = "Repeats a tensor along each dim";
  let description = [{
    `repeats` is a 1-D `i64` tensor with one non-negative entry per dim;
    result dim `i` is `input[i] * repeats[i]`.

    ```mlir
    %r = graph.constant dense<[1, 2]> : tensor<2xi64>
    %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x6xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$input, Graph_I64Tensor:$repeats);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat =
      "$input `,` $repeats attr-dict `:` functional-type(operands, results)";
}

def Graph_PadOp : Graph_Op<"pad", [Pure, AttrSizedOperandSegments,
                                   Graph_InferType]> {
  let summary = "Pads a tensor";
  let description = [{
    `pads` is a 1-D `i64` tensor of `2 * n` entries (all begins, then all
    ends) for the `n` dims listed in `axes` (all dims when absent); negative
    pads crop. `mode` is `constant` (fill with `constant_value`, default 0),
    `reflect`, `edge` or `wrap`.

    ```mlir
    %0 = graph.pad %x, %pads {mode = "reflect"}
        : (tensor<1x3x8x8xf32>, tensor<8xi64>) -> tensor<1x3x10x10xf32>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data, Graph_I64Tensor:$pads,
                       Optional<Graph_Tensor>:$constant_value,
                       Optional<Graph_IndexTensor>:$axes,
                       DefaultValuedStrAttr<StrAttr, "constant">:$mode);
  let results = (outs Graph_Tensor:$output);
  // `, value = %v` and `, axes = %a` are each optional (see SliceOp).
  let assemblyFormat = "$data `,` "
                       "custom<PadOperands>($pads, $constant_value, $axes) "
                       "attr-dict `:` functional-type(operands, results)";
}

def Graph_ResizeOp : Graph_Op<"resize", [Pure, AttrSizedOperandSegments,
                                         Graph_InferType]> {
  let summary = "Resizes a tensor by interpolation";
  let description = [{
    Gives `X` the size `sizes`, or `floor(X.shape * scales)`; exactly one of
    the two is present. `mode` is `nearest`, `linear` or `cubic`;
    `coordinate_transformation_mode`, `nearest_mode`, `cubic_coeff_a`,
    `exclude_outside` and `extrapolation_value` keep their ONNX meaning.
    `roi` is read only by `tf_crop_and_resize`.

    ```mlir
    %0 = graph.resize %x, scales = %s {mode = "nearest"}
        : (tensor<1x8x4x4xf32>, tensor<4xf32>) -> tensor<1x8x8x8xf32>
    ```
  }];
  let arguments = (ins Graph_FloatTensor:$X,
                       Optional<Graph_FloatTensor>:$roi,
                       Optional<Graph_FloatTensor>:$scales,
                       Optional<Graph_I64Tensor>:$sizes,
                       DefaultValuedStrAttr<StrAttr, "nearest">:$mode,
                       DefaultValuedStrAttr<StrAttr, "half_pixel">:
                           $coordinate_transformation_mode,
                       DefaultValuedStrAttr<StrAttr, "round_prefer_floor">:
                           $nearest_mode,
                       DefaultValuedAttr<F32Attr, "-0.75f">:$cubic_coeff_a,
                       DefaultValuedAttr<BoolAttr, "false">:$exclude_outside,
                       DefaultValuedAttr<F32Attr, "0.0f">:$extrapolation_value);
  let results = (outs Graph_FloatTensor:$output);
  // `, roi = %r`, `, scales = %s` and `, sizes = %s` are each optional (see
  // SliceOp).
  let assemblyFormat = "custom<ResizeOperands>($X, $roi, $scales, $sizes) "
                       "attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def Graph_ShapeOp : Graph_Op<"shape", [Pure, Graph_InferType]> {
  let summary = "The shape of a tensor as a 1-D i64 tensor";
  let description = [{
    Returns dims `[start, end)` of the input's shape (defaults: all; negative
    values count from the back, out-of-range values clamp). Folds to a
    constant when those dims are static.

    ```mlir
    %0 = graph.shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
    ```
  }];
  let arguments = (ins Graph_Tensor:$data,
                       DefaultValuedAttr<I64Attr, "0">:$start,
                       OptionalAttr<I64Attr>:$end);
  let results = (outs Graph_I64Tensor:$output);
  let assemblyFormat =
      "$data attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def Graph_RangeOp : Graph_Op<"range", [Pure, Graph_InferType]> {
  let summary = "A 1-D tensor of evenly spaced values";
  let description = [{
    `start`, `limit` and `delta` are scalars (rank 0) of one element type. The
    result has `max(ceil((limit - start) / delta), 0)` elements, `?` unless
    all three are constants.

    ```mlir
    %0 = graph.range %start, %limit, %delta
        : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
    ```
  }];
  let arguments = (ins Graph_Tensor:$start, Graph_Tensor:$limit,
                       Graph_Tensor:$delta);
  let results = (outs Graph_Tensor:$output);
  let assemblyFormat = "$start `,` $limit `,` $delta attr-dict `:` "
                       "functional-type(operands, results)";
}

#endif // DLC_DIALECT_GRAPH_GRAPHOPS_TD
