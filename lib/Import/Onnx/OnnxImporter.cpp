//===- OnnxImporter.cpp - ONNX model -> graph dialect ---------------------===//
//
// The import runs in stages, each of which can reject the model with one
// error:
//   1. read and parse the protobuf;
//   2. list every op type DLC cannot import (all of them, in one message);
//   3. bind --dim values, freeze --freeze-input inputs into initializers,
//      inline external data;
//   4. libonnx's checker and shape inference (they throw; caught here);
//   5. build the function: inputs become arguments, initializers and
//      Constant nodes become graph.constant, each node becomes graph ops whose
//      location names the node and its op type. A node of an op type DLC
//      does not convert but libonnx defines as a function (a body of other
//      ops) is imported as that body (expandFunction).
// Each op's result type is DLC's own inference (the graph dialect's rules),
// made more static where ONNX's shape inference knows more; a disagreement
// between the two is reported rather than ignored.
//
// This file is compiled with exceptions (libonnx throws); every call into
// libonnx is wrapped so that no exception crosses into the rest of DLC.
//
//===----------------------------------------------------------------------===//

#include "lib/Import/Onnx/OnnxImporter.h"

#include "dialects/Graph/GraphOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/bit.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include "onnx/checker.h"
#include "onnx/defs/function.h"
#include "onnx/defs/schema.h"
#include "onnx/onnx_pb.h"
#include "onnx/shape_inference/implementation.h"

#include <climits>
#include <cstdlib>
#include <exception>
#include <map>
#include <memory>

using namespace mlir;
using namespace dlc;

namespace {

constexpr int64_t kMinOpset = 1;
constexpr int64_t kMaxOpset = 17;
constexpr int64_t kDyn = ShapedType::kDynamic;

/// Op types the importer converts (default ONNX domain).
const llvm::StringSet<> &supportedOpTypes() {
  static const llvm::StringSet<> types = [] {
    llvm::StringSet<> set;
    for (StringRef t : onnxImportableOpTypes())
      set.insert(t);
    return set;
  }();
  return types;
}

bool isDefaultDomain(const std::string &domain) {
  return domain.empty() || domain == "ai.onnx";
}

/// The schema of the default-domain op `opType` at `opset` when libonnx
/// defines that op as a function (a fixed body, or one built for each node
/// from its attributes and input types); null otherwise.
const onnx::OpSchema *functionSchema(const std::string &opType,
                                     int64_t opset) {
  try {
    const onnx::OpSchema *schema =
        onnx::OpSchemaRegistry::Schema(opType, static_cast<int>(opset), "");
    if (schema &&
        (schema->HasFunction() || schema->HasContextDependentFunction()))
      return schema;
  } catch (const std::exception &) {
  }
  return nullptr;
}

/// libonnx's exception text on one line: its messages span several lines
/// (a blank line before "==> Context: ...", a trailing newline), but a
/// diagnostic is printed as one `FILE: error: MESSAGE` line.
std::string oneLine(const char *what) {
  std::string out;
  bool space = false;
  for (const char *c = what; *c; ++c) {
    if (llvm::isSpace(*c)) {
      space = true;
      continue;
    }
    if (space && !out.empty())
      out += ' ';
    space = false;
    out += *c;
  }
  return out;
}

std::string attrTypeName(int type) {
  switch (type) {
  case onnx::AttributeProto_AttributeType_FLOAT:
    return "FLOAT";
  case onnx::AttributeProto_AttributeType_INT:
    return "INT";
  case onnx::AttributeProto_AttributeType_STRING:
    return "STRING";
  case onnx::AttributeProto_AttributeType_TENSOR:
    return "TENSOR";
  case onnx::AttributeProto_AttributeType_GRAPH:
    return "GRAPH";
  case onnx::AttributeProto_AttributeType_FLOATS:
    return "FLOATS";
  case onnx::AttributeProto_AttributeType_INTS:
    return "INTS";
  case onnx::AttributeProto_AttributeType_STRINGS:
    return "STRINGS";
  default:
    return "type " + std::to_string(type);
  }
}

//===----------------------------------------------------------------------===//
// Importer
//===----------------------------------------------------------------------===//

class Importer;

/// One node being converted: its inputs, attributes and location.
class NodeContext {
public:
  NodeContext(Importer &importer, const onnx::NodeProto &node, Location loc)
      : importer(importer), node(node), loc(loc) {}

  /// Reports an error about this node; its location names the node and op
  /// type (see lib/Support/Diagnostics.h for how tools print it).
  InFlightDiagnostic error() { return emitError(loc); }

  /// Input `i`, or a null value when it is absent or empty.
  Value input(int i);
  /// Input `i`, reporting an error when it is absent.
  FailureOr<Value> requiredInput(int i);
  bool hasInput(int i) const {
    return i < node.input_size() && !node.input(i).empty();
  }
  /// The integer values of input `i` if it is a constant.
  std::optional<SmallVector<int64_t>> constantInts(int i);
  /// The values of input `i` as a constant, if it is one.
  DenseElementsAttr constantInput(int i);

  const onnx::AttributeProto *attr(StringRef name) const {
    for (const onnx::AttributeProto &a : node.attribute())
      if (a.name() == name)
        return &a;
    return nullptr;
  }
  /// The attribute `name` if present (null if absent); failure (reported)
  /// when it is not of the AttributeProto type `type`.
  FailureOr<const onnx::AttributeProto *> typedAttr(StringRef name, int type);
  /// Attribute getters: failure (reported) when the attribute has the
  /// wrong type.
  FailureOr<int64_t> getInt(StringRef name, int64_t defaultValue);
  FailureOr<float> getFloat(StringRef name, float defaultValue);
  FailureOr<std::string> getString(StringRef name, StringRef defaultValue);
  FailureOr<std::optional<SmallVector<int64_t>>> getInts(StringRef name);
  FailureOr<std::optional<SmallVector<float>>> getFloats(StringRef name);

  /// True if output `i` is used (named).
  bool outputUsed(int i) const {
    return i < node.output_size() && !node.output(i).empty();
  }

  Importer &importer;
  const onnx::NodeProto &node;
  Location loc;
};

class Importer {
public:
  Importer(MLIRContext &ctx, const OnnxImportOptions &options,
           StringRef displayName)
      : ctx(ctx), builder(&ctx), options(options),
        displayName(displayName.str()) {}

  OwningOpRef<ModuleOp> run(onnx::ModelProto &model, StringRef externalDir);

  //===--------------------------------------------------------------------===//
  // Types and constants
  //===--------------------------------------------------------------------===//

  /// The MLIR element type of an ONNX TensorProto data type.
  Type elementType(int dataType) {
    switch (dataType) {
    case onnx::TensorProto_DataType_FLOAT:
      return builder.getF32Type();
    case onnx::TensorProto_DataType_DOUBLE:
      return builder.getF64Type();
    case onnx::TensorProto_DataType_FLOAT16:
      return builder.getF16Type();
    case onnx::TensorProto_DataType_BFLOAT16:
      return builder.getBF16Type();
    case onnx::TensorProto_DataType_INT8:
      return builder.getIntegerType(8);
    case onnx::TensorProto_DataType_INT16:
      return builder.getIntegerType(16);
    case onnx::TensorProto_DataType_INT32:
      return builder.getIntegerType(32);
    case onnx::TensorProto_DataType_INT64:
      return builder.getIntegerType(64);
    case onnx::TensorProto_DataType_UINT8:
      return builder.getIntegerType(8, /*isSigned=*/false);
    case onnx::TensorProto_DataType_UINT16:
      return builder.getIntegerType(16, /*isSigned=*/false);
    case onnx::TensorProto_DataType_UINT32:
      return builder.getIntegerType(32, /*isSigned=*/false);
    case onnx::TensorProto_DataType_UINT64:
      return builder.getIntegerType(64, /*isSigned=*/false);
    case onnx::TensorProto_DataType_BOOL:
      return builder.getI1Type();
    default:
      return {};
    }
  }

  /// The ONNX TensorProto data type of an element type (UNDEFINED if none).
  static int dataTypeOf(Type elt) {
    if (elt.isF32())
      return onnx::TensorProto_DataType_FLOAT;
    if (elt.isF64())
      return onnx::TensorProto_DataType_DOUBLE;
    if (elt.isF16())
      return onnx::TensorProto_DataType_FLOAT16;
    if (elt.isBF16())
      return onnx::TensorProto_DataType_BFLOAT16;
    auto i = dyn_cast<IntegerType>(elt);
    if (!i)
      return onnx::TensorProto_DataType_UNDEFINED;
    bool u = i.isUnsigned();
    switch (i.getWidth()) {
    case 1:
      return onnx::TensorProto_DataType_BOOL;
    case 8:
      return u ? onnx::TensorProto_DataType_UINT8
               : onnx::TensorProto_DataType_INT8;
    case 16:
      return u ? onnx::TensorProto_DataType_UINT16
               : onnx::TensorProto_DataType_INT16;
    case 32:
      return u ? onnx::TensorProto_DataType_UINT32
               : onnx::TensorProto_DataType_INT32;
    case 64:
      return u ? onnx::TensorProto_DataType_UINT64
               : onnx::TensorProto_DataType_INT64;
    default:
      return onnx::TensorProto_DataType_UNDEFINED;
    }
  }

  static std::string dataTypeName(int dataType) {
    if (onnx::TensorProto_DataType_IsValid(dataType))
      return onnx::TensorProto_DataType_Name(
          static_cast<onnx::TensorProto_DataType>(dataType));
    return "data type " + std::to_string(dataType);
  }

  /// The ranked tensor type of a value info, or null when ONNX does not know
  /// its element type or rank.
  RankedTensorType typeOf(const onnx::TypeProto &type) {
    if (!type.has_tensor_type() || !type.tensor_type().has_shape())
      return {};
    Type elt = elementType(type.tensor_type().elem_type());
    if (!elt)
      return {};
    SmallVector<int64_t> shape;
    for (const auto &dim : type.tensor_type().shape().dim())
      shape.push_back(dim.has_dim_value() && dim.dim_value() >= 0
                          ? dim.dim_value()
                          : kDyn);
    return RankedTensorType::get(shape, elt);
  }

  /// Converts a tensor (initializer, Constant value) to an attribute.
  /// Reports and returns null on malformed data.
  ElementsAttr tensorAttr(const onnx::TensorProto &t, Location loc,
                          StringRef what);

  /// Creates a graph.constant for `value` (named for diagnostics).
  Value constant(ElementsAttr value, Location loc) {
    return graph::ConstantOp::create(builder, loc, value);
  }
  Value i64Constant(ArrayRef<int64_t> values, Location loc) {
    auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                      builder.getI64Type());
    return constant(DenseIntElementsAttr::get(type, values), loc);
  }
  Value scalarConstant(Type elt, double value, Location loc) {
    auto type = RankedTensorType::get({}, elt);
    if (isa<FloatType>(elt))
      return constant(DenseElementsAttr::get(type, FloatAttr::get(elt, value)),
                      loc);
    // Saturating, NaN to 0 (a float attribute may hold any value).
    auto intType = cast<IntegerType>(elt);
    llvm::APSInt v(intType.getWidth(),
                   /*isUnsigned=*/intType.isUnsigned() || intType.getWidth() == 1);
    bool exact;
    APFloat(value).convertToInteger(v, APFloat::rmTowardZero, &exact);
    return constant(DenseElementsAttr::get(type, IntegerAttr::get(elt, v)),
                    loc);
  }

  //===--------------------------------------------------------------------===//
  // Building ops
  //===--------------------------------------------------------------------===//

  /// Creates the graph op `opName` with result types from DLC's inference
  /// (refined by ONNX's), verifies it, and returns it; failure is reported.
  FailureOr<Operation *> createOp(NodeContext &n, StringRef opName,
                                  ArrayRef<Value> operands,
                                  ArrayRef<NamedAttribute> attrs = {},
                                  unsigned numResults = 1,
                                  ArrayRef<int32_t> segments = {},
                                  ArrayRef<std::string> onnxOutputs = {});

  /// As createOp, and binds its results to the node's outputs in order.
  LogicalResult emit(NodeContext &n, StringRef opName, ArrayRef<Value> operands,
                     ArrayRef<NamedAttribute> attrs = {},
                     ArrayRef<int32_t> segments = {}) {
    unsigned numResults = n.node.output_size();
    SmallVector<std::string> outs(n.node.output().begin(),
                                  n.node.output().end());
    auto op = createOp(n, opName, operands, attrs, numResults, segments, outs);
    if (failed(op))
      return failure();
    for (auto [name, result] : llvm::zip(outs, (*op)->getResults()))
      if (!name.empty())
        values[name] = result;
    return success();
  }

  /// As emit, for a node whose outputs after the first are optional ones
  /// that DLC does not produce (the caller rejects them when named): one
  /// result, bound to output 0, however many outputs the node lists (ONNX
  /// allows trailing optional outputs named "").
  LogicalResult emitFirst(NodeContext &n, StringRef opName,
                          ArrayRef<Value> operands,
                          ArrayRef<NamedAttribute> attrs = {}) {
    auto op = createOp(n, opName, operands, attrs, 1, {}, {n.node.output(0)});
    if (failed(op))
      return failure();
    return bind(n, (*op)->getResult(0));
  }

  /// Creates an intermediate op (not bound to a node output) of one result.
  FailureOr<Value> make(NodeContext &n, StringRef opName,
                        ArrayRef<Value> operands,
                        ArrayRef<NamedAttribute> attrs = {},
                        ArrayRef<int32_t> segments = {}) {
    auto op = createOp(n, opName, operands, attrs, 1, segments);
    if (failed(op))
      return failure();
    return (*op)->getResult(0);
  }

  LogicalResult bind(NodeContext &n, Value v, int output = 0) {
    if (n.outputUsed(output))
      values[n.node.output(output)] = v;
    return success();
  }

  LogicalResult convertNode(NodeContext &n);
  LogicalResult requireTestMode(NodeContext &n);

  /// Imports a node whose op type DLC has no conversion for, but which
  /// libonnx defines as a function: its body, instantiated for the node,
  /// node by node (see the definition).
  LogicalResult expandFunction(NodeContext &n);

  MLIRContext &ctx;
  OpBuilder builder;
  const OnnxImportOptions &options;
  std::string displayName;
  int64_t opset = 0;
  /// ONNX value name -> its MLIR value.
  llvm::StringMap<Value> values;
  /// ONNX value name -> its type as ONNX shape inference found it.
  llvm::StringMap<RankedTensorType> onnxTypes;
  unsigned resourceCounter = 0;
  /// Function expansions so far (each gets a unique value-name prefix) and
  /// how deeply the one being imported is nested.
  unsigned expansionCounter = 0;
  unsigned expansionDepth = 0;
};

//===----------------------------------------------------------------------===//
// NodeContext
//===----------------------------------------------------------------------===//

Value NodeContext::input(int i) {
  if (!hasInput(i))
    return {};
  auto it = importer.values.find(node.input(i));
  return it == importer.values.end() ? Value() : it->second;
}

FailureOr<Value> NodeContext::requiredInput(int i) {
  if (!hasInput(i)) {
    error() << "input #" << i << " is required but missing";
    return failure();
  }
  Value v = input(i);
  if (!v) {
    error() << "input #" << i << " '" << node.input(i)
            << "' is not produced by any earlier node, input or initializer";
    return failure();
  }
  return v;
}

DenseElementsAttr NodeContext::constantInput(int i) {
  Value v = input(i);
  if (!v)
    return {};
  auto c = v.getDefiningOp<graph::ConstantOp>();
  if (!c)
    return {};
  return dyn_cast<DenseElementsAttr>(c.getValue());
}

std::optional<SmallVector<int64_t>> NodeContext::constantInts(int i) {
  DenseElementsAttr attr = constantInput(i);
  if (!attr || !attr.getElementType().isInteger())
    return std::nullopt;
  SmallVector<int64_t> out;
  for (const APInt &v : attr.getValues<APInt>())
    out.push_back(v.getSExtValue());
  return out;
}

FailureOr<const onnx::AttributeProto *>
NodeContext::typedAttr(StringRef name, int type) {
  const onnx::AttributeProto *a = attr(name);
  if (a && a->type() != type) {
    error() << "attribute '" << name << "' must be " << attrTypeName(type)
            << ", got " << attrTypeName(a->type());
    return failure();
  }
  return a;
}

FailureOr<int64_t> NodeContext::getInt(StringRef name, int64_t defaultValue) {
  auto a = typedAttr(name, onnx::AttributeProto_AttributeType_INT);
  if (failed(a))
    return failure();
  return *a ? (*a)->i() : defaultValue;
}

FailureOr<float> NodeContext::getFloat(StringRef name, float defaultValue) {
  auto a = typedAttr(name, onnx::AttributeProto_AttributeType_FLOAT);
  if (failed(a))
    return failure();
  return *a ? (*a)->f() : defaultValue;
}

FailureOr<std::string> NodeContext::getString(StringRef name,
                                              StringRef defaultValue) {
  auto a = typedAttr(name, onnx::AttributeProto_AttributeType_STRING);
  if (failed(a))
    return failure();
  return *a ? (*a)->s() : defaultValue.str();
}

FailureOr<std::optional<SmallVector<int64_t>>>
NodeContext::getInts(StringRef name) {
  auto a = typedAttr(name, onnx::AttributeProto_AttributeType_INTS);
  if (failed(a))
    return failure();
  if (!*a)
    return std::optional<SmallVector<int64_t>>();
  return std::optional<SmallVector<int64_t>>(
      SmallVector<int64_t>((*a)->ints().begin(), (*a)->ints().end()));
}

FailureOr<std::optional<SmallVector<float>>>
NodeContext::getFloats(StringRef name) {
  auto a = typedAttr(name, onnx::AttributeProto_AttributeType_FLOATS);
  if (failed(a))
    return failure();
  if (!*a)
    return std::optional<SmallVector<float>>();
  return std::optional<SmallVector<float>>(
      SmallVector<float>((*a)->floats().begin(), (*a)->floats().end()));
}

//===----------------------------------------------------------------------===//
// Tensors
//===----------------------------------------------------------------------===//

/// Number of elements of `dims`, or std::nullopt on a negative dim or
/// overflow.
std::optional<int64_t> elementCount(ArrayRef<int64_t> dims) {
  int64_t n = 1;
  for (int64_t d : dims) {
    if (d < 0)
      return std::nullopt;
    if (d != 0 && n > INT64_MAX / d)
      return std::nullopt;
    n *= d;
  }
  return n;
}

ElementsAttr Importer::tensorAttr(const onnx::TensorProto &t, Location loc,
                                  StringRef what) {
  Type elt = elementType(t.data_type());
  if (!elt) {
    emitError(loc) << what << " has unsupported " << dataTypeName(t.data_type());
    return {};
  }
  SmallVector<int64_t> dims(t.dims().begin(), t.dims().end());
  std::optional<int64_t> count = elementCount(dims);
  if (!count || *count > (int64_t(1) << 40)) {
    emitError(loc) << what << " has invalid dims [" << llvm::make_range(
                                                           dims.begin(),
                                                           dims.end())
                   << "] (negative or overflowing)";
    return {};
  }
  auto type = RankedTensorType::get(dims, elt);
  int64_t n = *count;
  unsigned bits = elt.getIntOrFloatBitWidth();
  size_t bytesPerElement = bits == 1 ? 1 : bits / 8;
  // Gather the data as little-endian bytes, one element per bytesPerElement.
  std::vector<char> bytes;
  if (t.has_raw_data()) {
    const std::string &raw = t.raw_data();
    if (raw.size() != static_cast<size_t>(n) * bytesPerElement) {
      emitError(loc) << what << " has " << raw.size()
                     << " bytes of raw data but its shape and type need "
                     << static_cast<size_t>(n) * bytesPerElement;
      return {};
    }
    bytes.assign(raw.begin(), raw.end());
  } else {
    auto fail = [&](size_t have) {
      emitError(loc) << what << " has " << have << " values but its shape needs "
                     << n;
      return ElementsAttr();
    };
    // The typed field that holds this data type's values. Its count is
    // checked before anything is allocated: `dims` alone may ask for up to
    // 2^40 elements, which only a matching number of values can back.
    int have;
    switch (t.data_type()) {
    case onnx::TensorProto_DataType_FLOAT:
      have = t.float_data_size();
      break;
    case onnx::TensorProto_DataType_DOUBLE:
      have = t.double_data_size();
      break;
    case onnx::TensorProto_DataType_INT64:
      have = t.int64_data_size();
      break;
    case onnx::TensorProto_DataType_UINT32:
    case onnx::TensorProto_DataType_UINT64:
      have = t.uint64_data_size();
      break;
    default:
      // INT32, INT16, INT8, UINT16, UINT8, BOOL, FLOAT16, BFLOAT16 live in
      // int32_data (the 16-bit floats as their bit patterns).
      have = t.int32_data_size();
      break;
    }
    if (have != n)
      return fail(have);
    bytes.resize(static_cast<size_t>(n) * bytesPerElement);
    for (int64_t i = 0; i < n; ++i) {
      uint64_t bitsValue;
      switch (t.data_type()) {
      case onnx::TensorProto_DataType_FLOAT:
        bitsValue = llvm::bit_cast<uint32_t>(t.float_data(i));
        break;
      case onnx::TensorProto_DataType_DOUBLE:
        bitsValue = llvm::bit_cast<uint64_t>(t.double_data(i));
        break;
      case onnx::TensorProto_DataType_INT64:
        bitsValue = static_cast<uint64_t>(t.int64_data(i));
        break;
      case onnx::TensorProto_DataType_UINT32:
      case onnx::TensorProto_DataType_UINT64:
        bitsValue = t.uint64_data(i);
        break;
      default:
        bitsValue = static_cast<uint32_t>(t.int32_data(i));
        break;
      }
      std::memcpy(bytes.data() + i * bytesPerElement, &bitsValue,
                  bytesPerElement);
    }
  }
  if (bits == 1) {
    SmallVector<bool> flags;
    for (char c : bytes)
      flags.push_back(c != 0);
    return DenseElementsAttr::get(type, flags);
  }
  if (n > options.inlineConstantLimit) {
    std::string key = t.name().empty() ? "constant" : t.name();
    for (char &c : key)
      if (!llvm::isAlnum(c) && c != '_' && c != '.')
        c = '_';
    key += "_" + std::to_string(resourceCounter++);
    return DenseResourceElementsAttr::get(
        type, key,
        HeapAsmResourceBlob::allocateAndCopyWithAlign(
            ArrayRef<char>(bytes.data(), bytes.size()), alignof(uint64_t)));
  }
  bool detectedSplat = false;
  if (!DenseElementsAttr::isValidRawBuffer(
          type, ArrayRef<char>(bytes.data(), bytes.size()), detectedSplat)) {
    emitError(loc) << what << " has a data buffer that does not fit its type";
    return {};
  }
  return DenseElementsAttr::getFromRawBuffer(
      type, ArrayRef<char>(bytes.data(), bytes.size()));
}

//===----------------------------------------------------------------------===//
// Op creation
//===----------------------------------------------------------------------===//

/// `onnx` is a more static (or equal) version of `dlc`.
RankedTensorType refine(RankedTensorType dlcType, RankedTensorType onnxType,
                        bool &conflict) {
  conflict = false;
  if (!onnxType)
    return dlcType;
  if (onnxType.getRank() != dlcType.getRank() ||
      onnxType.getElementType() != dlcType.getElementType()) {
    conflict = true;
    return dlcType;
  }
  SmallVector<int64_t> shape;
  for (auto [d, o] : llvm::zip(dlcType.getShape(), onnxType.getShape())) {
    if (d != kDyn && o != kDyn && d != o) {
      conflict = true;
      return dlcType;
    }
    shape.push_back(d != kDyn ? d : o);
  }
  return dlcType.clone(shape);
}

FailureOr<Operation *> Importer::createOp(NodeContext &n, StringRef opName,
                                          ArrayRef<Value> operands,
                                          ArrayRef<NamedAttribute> attrs,
                                          unsigned numResults,
                                          ArrayRef<int32_t> segments,
                                          ArrayRef<std::string> onnxOutputs) {
  OperationState state(n.loc, opName);
  state.addOperands(operands);
  for (const NamedAttribute &a : attrs)
    state.addAttribute(a.getName(), a.getValue());
  if (!segments.empty())
    state.addAttribute("operandSegmentSizes",
                       builder.getDenseI32ArrayAttr(segments));
  // Placeholder types; replaced by the inferred ones below.
  state.addTypes(SmallVector<Type>(numResults, builder.getNoneType()));
  Operation *op = builder.create(state);
  auto infer = dyn_cast<InferTypeOpInterface>(op);
  SmallVector<Type> inferred;
  if (!infer ||
      failed(infer.inferReturnTypes(&ctx, n.loc, op->getOperands(),
                                    op->getRawDictionaryAttrs(),
                                    op->getPropertiesStorage(),
                                    op->getRegions(), inferred))) {
    op->erase();
    return failure();
  }
  if (inferred.size() != numResults) {
    n.error() << "has " << numResults << " outputs but " << opName
              << " produces " << inferred.size();
    op->erase();
    return failure();
  }
  for (auto [i, result] : llvm::enumerate(op->getResults())) {
    auto type = cast<RankedTensorType>(inferred[i]);
    if (i < onnxOutputs.size() && !onnxOutputs[i].empty()) {
      bool conflict;
      RankedTensorType onnxType = onnxTypes.lookup(onnxOutputs[i]);
      RankedTensorType refined = refine(type, onnxType, conflict);
      if (conflict) {
        n.error() << "output '" << onnxOutputs[i] << "': ONNX shape inference "
                  << "gives " << onnxType << " but DLC computes " << type;
        op->erase();
        return failure();
      }
      type = refined;
    }
    result.setType(type);
  }
  if (failed(mlir::verify(op))) {
    op->erase();
    return failure();
  }
  return op;
}

//===----------------------------------------------------------------------===//
// Node conversion
//===----------------------------------------------------------------------===//

/// Shorthands for attributes.
struct Attrs {
  explicit Attrs(OpBuilder &b) : b(b) {}
  Attrs &i64(StringRef name, int64_t v) {
    list.push_back(b.getNamedAttr(name, b.getI64IntegerAttr(v)));
    return *this;
  }
  Attrs &f32(StringRef name, float v) {
    list.push_back(b.getNamedAttr(name, b.getF32FloatAttr(v)));
    return *this;
  }
  Attrs &boolean(StringRef name, bool v) {
    list.push_back(b.getNamedAttr(name, b.getBoolAttr(v)));
    return *this;
  }
  Attrs &str(StringRef name, StringRef v) {
    list.push_back(b.getNamedAttr(name, b.getStringAttr(v)));
    return *this;
  }
  Attrs &ints(StringRef name, ArrayRef<int64_t> v) {
    list.push_back(b.getNamedAttr(name, b.getDenseI64ArrayAttr(v)));
    return *this;
  }
  Attrs &optInts(StringRef name, const std::optional<SmallVector<int64_t>> &v) {
    if (v)
      ints(name, *v);
    return *this;
  }
  Attrs &type(StringRef name, Type t) {
    list.push_back(b.getNamedAttr(name, TypeAttr::get(t)));
    return *this;
  }
  operator ArrayRef<NamedAttribute>() const { return list; }
  OpBuilder &b;
  SmallVector<NamedAttribute> list;
};

#define TRY(var, expr)                                                         \
  auto var##OrFail = (expr);                                                   \
  if (failed(var##OrFail))                                                     \
    return failure();                                                          \
  auto var = *var##OrFail;

/// Before opset 7, Dropout and BatchNormalization run in training mode
/// unless `is_test` is set; DLC compiles inference only.
LogicalResult Importer::requireTestMode(NodeContext &n) {
  if (opset >= 7)
    return success();
  auto isTest = n.getInt("is_test", 0);
  if (failed(isTest))
    return failure();
  if (*isTest == 0)
    return n.error() << "is_test = 0 (training mode) is not supported; "
                        "DLC compiles inference (is_test = 1)",
           failure();
  return success();
}

LogicalResult Importer::convertNode(NodeContext &n) {
  const std::string &op = n.node.op_type();
  Location loc = n.loc;

  // Broadcasting binary ops.
  static const llvm::StringMap<StringRef> binary = {
      {"Add", "graph.add"},     {"Sub", "graph.sub"},
      {"Mul", "graph.mul"},     {"Div", "graph.div"},
      {"Pow", "graph.pow"},     {"Equal", "graph.equal"},
      {"Less", "graph.less"},   {"Greater", "graph.greater"},
      {"And", "graph.and"},     {"Or", "graph.or"},
      {"Xor", "graph.xor"},     {"LessOrEqual", "graph.less_or_equal"},
      {"GreaterOrEqual", "graph.greater_or_equal"}};
  if (auto it = binary.find(op); it != binary.end()) {
    TRY(lhs, n.requiredInput(0));
    TRY(rhs, n.requiredInput(1));
    // Before opset 7, B broadcasts to A only with broadcast = 1, its dims
    // lined up with A's from dim `axis` on (without `axis`, from the back,
    // as opset 7 does). Trailing size-1 dims make that numpy broadcasting.
    if (opset < 7 && n.attr("axis")) {
      TRY(broadcast, n.getInt("broadcast", 0));
      TRY(axis, n.getInt("axis", 0));
      int64_t lrank = cast<RankedTensorType>(lhs.getType()).getRank();
      int64_t rrank = cast<RankedTensorType>(rhs.getType()).getRank();
      if (axis < 0)
        axis += lrank;
      if (broadcast != 0 && (axis < 0 || axis + rrank > lrank))
        return n.error() << "axis " << axis << " cannot line up B (rank "
                         << rrank << ") with A (rank " << lrank << ")",
               failure();
      if (broadcast != 0 && axis + rrank < lrank) {
        SmallVector<int64_t> axes;
        for (int64_t d = rrank; d < lrank - axis; ++d)
          axes.push_back(d);
        TRY(aligned, make(n, "graph.unsqueeze", {rhs},
                          Attrs(builder).ints("axes", axes)));
        rhs = aligned;
      }
    }
    return emit(n, it->second, {lhs, rhs});
  }
  if (op == "Mod") {
    TRY(lhs, n.requiredInput(0));
    TRY(rhs, n.requiredInput(1));
    TRY(fmod, n.getInt("fmod", 0));
    return emit(n, "graph.mod", {lhs, rhs},
                Attrs(builder).boolean("fmod", fmod != 0));
  }
  if (op == "BitShift") {
    TRY(lhs, n.requiredInput(0));
    TRY(rhs, n.requiredInput(1));
    TRY(direction, n.getString("direction", ""));
    return emit(n, "graph.bit_shift", {lhs, rhs},
                Attrs(builder).str("direction", direction));
  }
  if (op == "PRelu") {
    TRY(x, n.requiredInput(0));
    TRY(slope, n.requiredInput(1));
    // PRelu-6 and older do not say how a slope of another rank lines up.
    auto slopeType = cast<RankedTensorType>(slope.getType());
    if (opset < 7 &&
        slopeType.getRank() != cast<RankedTensorType>(x.getType()).getRank() &&
        !(slopeType.hasStaticShape() && slopeType.getNumElements() == 1))
      return n.error() << "opset-" << opset
                       << " PRelu needs a slope of one element or of the "
                          "input's rank, got "
                       << slopeType,
             failure();
    return emit(n, "graph.prelu", {x, slope});
  }
  // Variadic ones fold left: max(a, b, c) = max(max(a, b), c).
  if (op == "Max" || op == "Min" || op == "Sum" || op == "Mean") {
    if (n.node.input_size() < 1)
      return n.error() << "needs at least one input", failure();
    StringRef name = op == "Max"   ? "graph.max"
                     : op == "Min" ? "graph.min"
                                   : "graph.add";
    TRY(acc, n.requiredInput(0));
    Value result = acc;
    for (int i = 1; i < n.node.input_size(); ++i) {
      TRY(next, n.requiredInput(i));
      TRY(combined, make(n, name, {result, next}));
      result = combined;
    }
    if (op == "Mean" && n.node.input_size() > 1) {
      Type elt = cast<RankedTensorType>(result.getType()).getElementType();
      Value count = scalarConstant(elt, n.node.input_size(), loc);
      return emit(n, "graph.div", {result, count});
    }
    if (n.node.input_size() == 1)
      return emit(n, "graph.identity", {result});
    return bind(n, result);
  }

  // Unary ops without attributes.
  static const llvm::StringMap<StringRef> unary = {
      {"Neg", "graph.neg"},         {"Abs", "graph.abs"},
      {"Sqrt", "graph.sqrt"},       {"Reciprocal", "graph.reciprocal"},
      {"Exp", "graph.exp"},         {"Log", "graph.log"},
      {"Erf", "graph.erf"},         {"Tanh", "graph.tanh"},
      {"Sigmoid", "graph.sigmoid"}, {"Relu", "graph.relu"},
      {"Not", "graph.not"},         {"Identity", "graph.identity"},
      {"HardSwish", "graph.hard_swish"}, {"Sign", "graph.sign"},
      {"Ceil", "graph.ceil"},       {"Floor", "graph.floor"},
      {"Round", "graph.round"},     {"Sin", "graph.sin"},
      {"Cos", "graph.cos"},         {"Tan", "graph.tan"},
      {"Asin", "graph.asin"},       {"Acos", "graph.acos"},
      {"Atan", "graph.atan"},       {"Sinh", "graph.sinh"},
      {"Cosh", "graph.cosh"},       {"Asinh", "graph.asinh"},
      {"Acosh", "graph.acosh"},     {"Atanh", "graph.atanh"},
      {"Softplus", "graph.softplus"}, {"Softsign", "graph.softsign"},
      {"IsNaN", "graph.is_nan"}};
  if (auto it = unary.find(op); it != unary.end()) {
    TRY(x, n.requiredInput(0));
    return emit(n, it->second, {x});
  }
  if (op == "LeakyRelu") {
    TRY(x, n.requiredInput(0));
    TRY(alpha, n.getFloat("alpha", 0.01f));
    return emit(n, "graph.leaky_relu", {x}, Attrs(builder).f32("alpha", alpha));
  }
  if (op == "HardSigmoid") {
    TRY(x, n.requiredInput(0));
    TRY(alpha, n.getFloat("alpha", 0.2f));
    TRY(beta, n.getFloat("beta", 0.5f));
    return emit(n, "graph.hard_sigmoid", {x},
                Attrs(builder).f32("alpha", alpha).f32("beta", beta));
  }
  if (op == "Elu" || op == "Celu" || op == "ThresholdedRelu") {
    TRY(x, n.requiredInput(0));
    TRY(alpha, n.getFloat("alpha", 1.0f));
    StringRef name = op == "Elu"    ? "graph.elu"
                     : op == "Celu" ? "graph.celu"
                                    : "graph.thresholded_relu";
    return emit(n, name, {x}, Attrs(builder).f32("alpha", alpha));
  }
  if (op == "Selu") {
    TRY(x, n.requiredInput(0));
    TRY(alpha, n.getFloat("alpha", 1.67326319217681884765625f));
    TRY(gamma, n.getFloat("gamma", 1.05070102214813232421875f));
    return emit(n, "graph.selu", {x},
                Attrs(builder).f32("alpha", alpha).f32("gamma", gamma));
  }
  if (op == "Shrink") {
    TRY(x, n.requiredInput(0));
    TRY(bias, n.getFloat("bias", 0.0f));
    TRY(lambd, n.getFloat("lambd", 0.5f));
    return emit(n, "graph.shrink", {x},
                Attrs(builder).f32("bias", bias).f32("lambd", lambd));
  }
  if (op == "IsInf") {
    TRY(x, n.requiredInput(0));
    TRY(negative, n.getInt("detect_negative", 1));
    TRY(positive, n.getInt("detect_positive", 1));
    return emit(n, "graph.is_inf", {x},
                Attrs(builder)
                    .boolean("detect_negative", negative != 0)
                    .boolean("detect_positive", positive != 0));
  }
  if (op == "Dropout") {
    // Inference: Dropout is the identity, and its mask is all true.
    TRY(x, n.requiredInput(0));
    if (failed(requireTestMode(n)))
      return failure();
    if (opset >= 12 && n.hasInput(2)) {
      // Training mode drops nothing at ratio 0 (default 0.5): then too the
      // output is the input and the mask all true.
      auto training = n.constantInts(2);
      bool train = !training || llvm::any_of(*training,
                                             [](int64_t v) { return v != 0; });
      DenseElementsAttr ratio = n.constantInput(1);
      bool zeroRatio = ratio && isa<FloatType>(ratio.getElementType()) &&
                       llvm::all_of(ratio.getValues<APFloat>(),
                                    [](const APFloat &v) { return v.isZero(); });
      if (train && !zeroRatio)
        return n.error() << "training_mode must be a constant false, or the "
                            "ratio a constant 0 (DLC draws no random numbers)",
               failure();
    }
    if (n.outputUsed(1)) {
      auto type = cast<RankedTensorType>(x.getType());
      if (!type.hasStaticShape())
        return n.error() << "the mask output needs a static shape, got "
                         << type,
               failure();
      auto maskType = RankedTensorType::get(type.getShape(),
                                            builder.getI1Type());
      (void)bind(n, constant(DenseElementsAttr::get(maskType, true), loc), 1);
    }
    return emitFirst(n, "graph.identity", {x});
  }
  if (op == "Clip") {
    TRY(x, n.requiredInput(0));
    Type elt = cast<RankedTensorType>(x.getType()).getElementType();
    Value lo, hi;
    if (opset < 11) {
      if (n.attr("min")) {
        TRY(v, n.getFloat("min", 0));
        lo = scalarConstant(elt, v, loc);
      }
      if (n.attr("max")) {
        TRY(v, n.getFloat("max", 0));
        hi = scalarConstant(elt, v, loc);
      }
    } else {
      lo = n.input(1);
      hi = n.input(2);
      if ((n.hasInput(1) && !lo) || (n.hasInput(2) && !hi))
        return n.error() << "min/max input is not produced by any earlier node",
               failure();
    }
    SmallVector<Value> operands = {x};
    if (lo)
      operands.push_back(lo);
    if (hi)
      operands.push_back(hi);
    return emit(n, "graph.clip", operands, {},
                {1, lo ? 1 : 0, hi ? 1 : 0});
  }
  if (op == "CastLike") {
    TRY(x, n.requiredInput(0));
    TRY(like, n.requiredInput(1));
    Type elt = cast<RankedTensorType>(like.getType()).getElementType();
    return emit(n, "graph.cast", {x}, Attrs(builder).type("to", elt));
  }
  if (op == "QuantizeLinear" || op == "DequantizeLinear") {
    // Elementwise, with a scale and zero point that are scalars or (from
    // opset 13) 1-D along `axis`:
    //   Quantize:   saturate(round(x / scale) + zero_point), of the zero
    //               point's type (uint8 without one);
    //   Dequantize: (x - zero_point) * scale, of the scale's type.
    bool quantize = op == "QuantizeLinear";
    TRY(x, n.requiredInput(0));
    TRY(scale, n.requiredInput(1));
    Value zeroPoint = n.input(2);
    if (n.hasInput(2) && !zeroPoint)
      return n.error() << "zero point input is not produced by any earlier "
                          "node",
             failure();
    auto xType = cast<RankedTensorType>(x.getType());
    Type floatType =
        quantize ? xType.getElementType()
                 : cast<RankedTensorType>(scale.getType()).getElementType();
    if (!isa<FloatType>(floatType))
      return n.error() << (quantize ? "x" : "x_scale") << " must be float, got "
                       << floatType,
             failure();
    // A 1-D scale and zero point apply along `axis`: unsqueezed to broadcast
    // (C x 1 x ... x 1).
    TRY(axis, n.getInt("axis", 1));
    int64_t rank = xType.getRank();
    auto alongAxis = [&](Value v) -> FailureOr<Value> {
      if (cast<RankedTensorType>(v.getType()).getRank() != 1 || rank == 0)
        return v;
      int64_t a = axis < 0 ? axis + rank : axis;
      if (a < 0 || a >= rank)
        return n.error() << "axis " << axis << " is out of range for rank "
                         << rank,
               failure();
      SmallVector<int64_t> trailing;
      for (int64_t d = a + 1; d < rank; ++d)
        trailing.push_back(d - a);
      if (trailing.empty())
        return v;
      return make(n, "graph.unsqueeze", {v},
                  Attrs(builder).ints("axes", trailing));
    };
    TRY(s, alongAxis(scale));
    Value zp;
    if (zeroPoint) {
      TRY(z, alongAxis(zeroPoint));
      TRY(zf, make(n, "graph.cast", {z}, Attrs(builder).type("to", floatType)));
      zp = zf;
    }
    if (!quantize) {
      TRY(xf, make(n, "graph.cast", {x}, Attrs(builder).type("to", floatType)));
      Value centered = xf;
      if (zp) {
        TRY(c, make(n, "graph.sub", {xf, zp}));
        centered = c;
      }
      return emit(n, "graph.mul", {centered, s});
    }
    Type qType =
        zeroPoint
            ? cast<RankedTensorType>(zeroPoint.getType()).getElementType()
            : builder.getIntegerType(8, /*isSigned=*/false);
    auto intType = dyn_cast<IntegerType>(qType);
    if (!intType || intType.getWidth() != 8)
      return n.error() << "the zero point must be int8 or uint8, got " << qType,
             failure();
    TRY(scaled, make(n, "graph.div", {x, s}));
    TRY(rounded, make(n, "graph.round", {scaled}));
    Value shifted = rounded;
    if (zp) {
      TRY(sh, make(n, "graph.add", {rounded, zp}));
      shifted = sh;
    }
    bool isUnsigned = intType.isUnsigned();
    Value lo = scalarConstant(floatType, isUnsigned ? 0 : -128, loc);
    Value hi = scalarConstant(floatType, isUnsigned ? 255 : 127, loc);
    TRY(clipped, make(n, "graph.clip", {shifted, lo, hi}, {}, {1, 1, 1}));
    return emit(n, "graph.cast", {clipped}, Attrs(builder).type("to", qType));
  }
  if (op == "Cast") {
    TRY(x, n.requiredInput(0));
    int64_t to = 0;
    if (opset < 6) {
      // Cast-1 names the type in a string ("FLOAT").
      TRY(name, n.getString("to", ""));
      onnx::TensorProto_DataType type;
      if (!onnx::TensorProto_DataType_Parse(name, &type))
        return n.error() << "cast to unknown type '" << name << "'", failure();
      to = type;
    } else {
      TRY(number, n.getInt("to", 0));
      to = number;
    }
    Type elt = elementType(to);
    if (!elt)
      return n.error() << "cast to " << dataTypeName(to) << " is not supported",
             failure();
    return emit(n, "graph.cast", {x}, Attrs(builder).type("to", elt));
  }
  if (op == "Where") {
    TRY(c, n.requiredInput(0));
    TRY(x, n.requiredInput(1));
    TRY(y, n.requiredInput(2));
    return emit(n, "graph.where", {c, x, y});
  }

  // Contractions, conv, pooling.
  if (op == "MatMul") {
    TRY(a, n.requiredInput(0));
    TRY(b, n.requiredInput(1));
    return emit(n, "graph.matmul", {a, b});
  }
  if (op == "Gemm") {
    TRY(a, n.requiredInput(0));
    TRY(b, n.requiredInput(1));
    TRY(alpha, n.getFloat("alpha", 1.0f));
    TRY(beta, n.getFloat("beta", 1.0f));
    TRY(transA, n.getInt("transA", 0));
    TRY(transB, n.getInt("transB", 0));
    SmallVector<Value> operands = {a, b};
    if (Value c = n.input(2))
      operands.push_back(c);
    return emit(n, "graph.gemm", operands,
                Attrs(builder)
                    .f32("alpha", alpha)
                    .f32("beta", beta)
                    .boolean("transA", transA != 0)
                    .boolean("transB", transB != 0));
  }
  if (op == "Conv" || op == "ConvTranspose") {
    TRY(x, n.requiredInput(0));
    TRY(w, n.requiredInput(1));
    SmallVector<Value> operands = {x, w};
    if (Value b = n.input(2))
      operands.push_back(b);
    TRY(autoPad, n.getString("auto_pad", "NOTSET"));
    TRY(dilations, n.getInts("dilations"));
    TRY(group, n.getInt("group", 1));
    TRY(kernelShape, n.getInts("kernel_shape"));
    TRY(pads, n.getInts("pads"));
    TRY(strides, n.getInts("strides"));
    Attrs a(builder);
    a.str("auto_pad", autoPad)
        .optInts("dilations", dilations)
        .i64("group", group)
        .optInts("kernel_shape", kernelShape)
        .optInts("pads", pads)
        .optInts("strides", strides);
    if (op == "Conv")
      return emit(n, "graph.conv", operands, a);
    TRY(outputPadding, n.getInts("output_padding"));
    TRY(outputShape, n.getInts("output_shape"));
    a.optInts("output_padding", outputPadding)
        .optInts("output_shape", outputShape);
    return emit(n, "graph.conv_transpose", operands, a);
  }
  if (op == "MaxPool" || op == "AveragePool") {
    TRY(x, n.requiredInput(0));
    TRY(autoPad, n.getString("auto_pad", "NOTSET"));
    TRY(ceilMode, n.getInt("ceil_mode", 0));
    TRY(dilations, n.getInts("dilations"));
    TRY(kernelShape, n.getInts("kernel_shape"));
    TRY(pads, n.getInts("pads"));
    TRY(strides, n.getInts("strides"));
    if (!kernelShape)
      return n.error() << "attribute 'kernel_shape' is required", failure();
    Attrs a(builder);
    a.str("auto_pad", autoPad)
        .boolean("ceil_mode", ceilMode != 0)
        .optInts("dilations", dilations)
        .ints("kernel_shape", *kernelShape)
        .optInts("pads", pads)
        .optInts("strides", strides);
    if (op == "MaxPool") {
      if (n.outputUsed(1)) {
        // The Indices output: an op of its own beside the values.
        TRY(storageOrder, n.getInt("storage_order", 0));
        Attrs ia = a;
        ia.i64("storage_order", storageOrder);
        auto indices = createOp(n, "graph.max_pool_indices", {x}, ia, 1, {},
                                {n.node.output(1)});
        if (failed(indices))
          return failure();
        (void)bind(n, (*indices)->getResult(0), 1);
      }
      return emitFirst(n, "graph.max_pool", {x}, a);
    }
    TRY(countIncludePad, n.getInt("count_include_pad", 0));
    a.boolean("count_include_pad", countIncludePad != 0);
    return emit(n, "graph.average_pool", {x}, a);
  }
  if (op == "GlobalAveragePool" || op == "GlobalMaxPool") {
    TRY(x, n.requiredInput(0));
    return emit(n,
                op == "GlobalAveragePool" ? "graph.global_average_pool"
                                          : "graph.global_max_pool",
                {x});
  }

  // Normalization.
  if (op == "BatchNormalization") {
    TRY(trainingMode, n.getInt("training_mode", 0));
    // From opset 14 the extra outputs are the running mean and variance of
    // training mode; before, they were the (training) statistics.
    bool training = opset >= 14 && trainingMode != 0;
    for (int i = 1; i < n.node.output_size(); ++i)
      if (n.outputUsed(i) && !training)
        return n.error() << "training-mode outputs (running mean/var, saved "
                            "statistics) are not supported",
               failure();
    TRY(spatial, n.getInt("spatial", 1));
    if (failed(requireTestMode(n)))
      return failure();
    if (trainingMode != 0 && !training)
      return n.error() << "training_mode = 1 is not supported", failure();
    if (spatial != 1)
      return n.error() << "spatial = 0 is not supported", failure();
    SmallVector<Value> operands;
    for (int i = 0; i < 5; ++i) {
      TRY(v, n.requiredInput(i));
      operands.push_back(v);
    }
    TRY(epsilon, n.getFloat("epsilon", 1e-5f));
    TRY(momentum, n.getFloat("momentum", 0.9f));
    if (training) {
      // Normalize with the batch's statistics over every dim but 1 (the
      // population variance), and blend them into the running ones:
      // running = input * momentum + batch * (1 - momentum).
      Value x = operands[0];
      auto type = cast<RankedTensorType>(x.getType());
      SmallVector<int64_t> axes = {0};
      for (int64_t d = 2; d < type.getRank(); ++d)
        axes.push_back(d);
      Attrs keep(builder), drop(builder);
      keep.ints("axes", axes).boolean("keepdims", true);
      drop.ints("axes", axes).boolean("keepdims", false);
      TRY(meanKept, make(n, "graph.reduce_mean", {x}, keep));
      TRY(centered, make(n, "graph.sub", {x, meanKept}));
      TRY(squared, make(n, "graph.mul", {centered, centered}));
      TRY(mean, make(n, "graph.reduce_mean", {x}, drop));
      TRY(var, make(n, "graph.reduce_mean", {squared}, drop));
      operands[3] = mean;
      operands[4] = var;
      Type elt = type.getElementType();
      Value keepFactor, newFactor;
      if (n.outputUsed(1) || n.outputUsed(2)) {
        keepFactor = scalarConstant(elt, momentum, loc);
        newFactor = scalarConstant(elt, 1.0 - double(momentum), loc);
      }
      for (auto [output, input, batch] :
           {std::make_tuple(1, 3, mean), std::make_tuple(2, 4, var)}) {
        if (!n.outputUsed(output))
          continue;
        TRY(kept, make(n, "graph.mul", {n.input(input), keepFactor}));
        TRY(added, make(n, "graph.mul", {batch, newFactor}));
        auto running = createOp(n, "graph.add", {kept, added}, {}, 1, {},
                                {n.node.output(output)});
        if (failed(running))
          return failure();
        (void)bind(n, (*running)->getResult(0), output);
      }
    }
    auto op = createOp(n, "graph.batch_normalization", operands,
                       Attrs(builder).f32("epsilon", epsilon)
                           .f32("momentum", momentum),
                       1, {}, {n.node.output(0)});
    if (failed(op))
      return failure();
    return bind(n, (*op)->getResult(0));
  }
  if (op == "InstanceNormalization") {
    TRY(x, n.requiredInput(0));
    TRY(scale, n.requiredInput(1));
    TRY(b, n.requiredInput(2));
    TRY(epsilon, n.getFloat("epsilon", 1e-5f));
    return emit(n, "graph.instance_normalization", {x, scale, b},
                Attrs(builder).f32("epsilon", epsilon));
  }
  if (op == "LayerNormalization") {
    TRY(x, n.requiredInput(0));
    TRY(scale, n.requiredInput(1));
    SmallVector<Value> operands = {x, scale};
    if (Value b = n.input(2))
      operands.push_back(b);
    TRY(axis, n.getInt("axis", -1));
    TRY(epsilon, n.getFloat("epsilon", 1e-5f));
    auto op = createOp(n, "graph.layer_normalization", operands,
                       Attrs(builder).i64("axis", axis).f32("epsilon", epsilon),
                       1, {}, {n.node.output(0)});
    if (failed(op))
      return failure();
    if (n.outputUsed(1) || n.outputUsed(2)) {
      // The statistics, from their definition: Mean = mean(X), InvStdDev =
      // 1 / sqrt(mean((X - Mean)^2) + epsilon) over dims [axis, rank), kept
      // as size 1, in the stash type.
      auto type = cast<RankedTensorType>(x.getType());
      int64_t rank = type.getRank();
      int64_t a = axis < 0 ? axis + rank : axis; // checked by the op above
      TRY(stashType, n.getInt("stash_type", onnx::TensorProto_DataType_FLOAT));
      Type stash = elementType(stashType);
      if (!stash || !isa<FloatType>(stash))
        return n.error() << "stash_type " << dataTypeName(stashType)
                         << " is not supported",
               failure();
      Attrs reduce(builder);
      reduce.ints("axes", llvm::to_vector(llvm::seq<int64_t>(a, rank)))
          .boolean("keepdims", true);
      TRY(mean, make(n, "graph.reduce_mean", {x}, reduce));
      TRY(centered, make(n, "graph.sub", {x, mean}));
      TRY(squared, make(n, "graph.mul", {centered, centered}));
      TRY(var, make(n, "graph.reduce_mean", {squared}, reduce));
      Value eps = scalarConstant(type.getElementType(), epsilon, loc);
      TRY(shifted, make(n, "graph.add", {var, eps}));
      TRY(std, make(n, "graph.sqrt", {shifted}));
      TRY(inv, make(n, "graph.reciprocal", {std}));
      Value stats[] = {mean, inv};
      for (int i = 1; i <= 2; ++i) {
        Value v = stats[i - 1];
        if (stash != type.getElementType()) {
          TRY(c, make(n, "graph.cast", {v}, Attrs(builder).type("to", stash)));
          v = c;
        }
        (void)bind(n, v, i);
      }
    }
    return bind(n, (*op)->getResult(0));
  }
  if (op == "Softmax" || op == "LogSoftmax" || op == "Hardmax") {
    StringRef name = op == "Softmax"      ? "graph.softmax"
                     : op == "LogSoftmax" ? "graph.log_softmax"
                                          : "graph.hardmax";
    TRY(x, n.requiredInput(0));
    auto type = cast<RankedTensorType>(x.getType());
    int64_t rank = type.getRank();
    TRY(axis, n.getInt("axis", opset < 13 ? 1 : -1));
    if (axis < -rank || axis >= rank)
      return n.error() << "axis " << axis << " is out of range for rank "
                       << rank,
             failure();
    if (axis < 0)
      axis += rank;
    // Before opset 13, these normalize over all dims from `axis` on (the
    // input is flattened to 2-D first).
    if (opset >= 13 || axis == rank - 1)
      return emit(n, name, {x}, Attrs(builder).i64("axis", axis));
    if (!type.hasStaticShape())
      return n.error() << "opset-" << opset << " " << StringRef(op).lower()
                       << " over several dims needs a static shape",
             failure();
    TRY(flat, make(n, "graph.flatten", {x}, Attrs(builder).i64("axis", axis)));
    TRY(soft, make(n, name, {flat}, Attrs(builder).i64("axis", 1)));
    Value shape = i64Constant(type.getShape(), loc);
    return emit(n, "graph.reshape", {soft, shape});
  }

  // Reductions.
  static const llvm::StringMap<StringRef> reductions = {
      {"ReduceSum", "graph.reduce_sum"},
      {"ReduceMean", "graph.reduce_mean"},
      {"ReduceMax", "graph.reduce_max"},
      {"ReduceMin", "graph.reduce_min"},
      {"ReduceProd", "graph.reduce_prod"},
      {"ReduceL1", "graph.reduce_l1"},
      {"ReduceL2", "graph.reduce_l2"},
      {"ReduceSumSquare", "graph.reduce_sum_square"},
      {"ReduceLogSum", "graph.reduce_log_sum"},
      {"ReduceLogSumExp", "graph.reduce_log_sum_exp"}};
  if (auto it = reductions.find(op); it != reductions.end()) {
    TRY(x, n.requiredInput(0));
    TRY(keepdims, n.getInt("keepdims", 1));
    TRY(noop, n.getInt("noop_with_empty_axes", 0));
    std::optional<SmallVector<int64_t>> axes;
    if (op == "ReduceSum" && opset >= 13) {
      if (n.hasInput(1)) {
        axes = n.constantInts(1);
        if (!axes)
          return n.error() << "axes must be a constant", failure();
      }
    } else {
      TRY(a, n.getInts("axes"));
      axes = a;
    }
    Attrs a(builder);
    a.optInts("axes", axes)
        .boolean("keepdims", keepdims != 0)
        .boolean("noop_with_empty_axes", noop != 0);
    return emit(n, it->second, {x}, a);
  }
  if (op == "ArgMax" || op == "ArgMin") {
    TRY(x, n.requiredInput(0));
    TRY(axis, n.getInt("axis", 0));
    TRY(keepdims, n.getInt("keepdims", 1));
    TRY(last, n.getInt("select_last_index", 0));
    return emit(n, op == "ArgMax" ? "graph.arg_max" : "graph.arg_min", {x},
                Attrs(builder)
                    .i64("axis", axis)
                    .boolean("keepdims", keepdims != 0)
                    .boolean("select_last_index", last != 0));
  }
  if (op == "TopK") {
    TRY(x, n.requiredInput(0));
    int64_t k;
    if (opset < 10) {
      if (!n.attr("k"))
        return n.error() << "attribute 'k' is required", failure();
      TRY(kAttr, n.getInt("k", 0));
      k = kAttr;
    } else {
      auto v = n.constantInts(1);
      if (!v || v->size() != 1)
        return n.error() << "K must be a constant with one element", failure();
      k = (*v)[0];
    }
    TRY(axis, n.getInt("axis", -1));
    TRY(largest, n.getInt("largest", 1));
    TRY(sorted, n.getInt("sorted", 1));
    return emit(n, "graph.top_k", {x},
                Attrs(builder)
                    .i64("k", k)
                    .i64("axis", axis)
                    .boolean("largest", largest != 0)
                    .boolean("sorted", sorted != 0));
  }
  if (op == "CumSum") {
    TRY(x, n.requiredInput(0));
    auto axis = n.constantInts(1);
    if (!axis || axis->size() != 1)
      return n.error() << "axis must be a constant scalar", failure();
    TRY(exclusive, n.getInt("exclusive", 0));
    TRY(reverse, n.getInt("reverse", 0));
    return emit(n, "graph.cumsum", {x},
                Attrs(builder)
                    .i64("axis", (*axis)[0])
                    .boolean("exclusive", exclusive != 0)
                    .boolean("reverse", reverse != 0));
  }
  if (op == "Size") {
    // A constant when the shape is static (as for Shape, so that shapes
    // computed from it inside an expanded function body are static too);
    // the product of the shape otherwise.
    TRY(x, n.requiredInput(0));
    auto type = cast<RankedTensorType>(x.getType());
    if (type.hasStaticShape()) {
      auto scalar = RankedTensorType::get({}, builder.getI64Type());
      return bind(n, constant(DenseElementsAttr::get(
                                  scalar, type.getNumElements()),
                              loc));
    }
    TRY(shape, make(n, "graph.shape", {x}));
    return emit(n, "graph.reduce_prod", {shape},
                Attrs(builder).boolean("keepdims", false));
  }

  // Shape and data movement.
  if (op == "Reshape") {
    TRY(x, n.requiredInput(0));
    if (opset < 5) {
      // Reshape-1: the shape is an attribute.
      TRY(dims, n.getInts("shape"));
      if (!dims)
        return n.error() << "attribute 'shape' is required", failure();
      return emit(n, "graph.reshape", {x, i64Constant(*dims, loc)},
                  Attrs(builder).boolean("allowzero", false));
    }
    TRY(shape, n.requiredInput(1));
    TRY(allowzero, n.getInt("allowzero", 0));
    return emit(n, "graph.reshape", {x, shape},
                Attrs(builder).boolean("allowzero", allowzero != 0));
  }
  if (op == "Transpose") {
    TRY(x, n.requiredInput(0));
    TRY(perm, n.getInts("perm"));
    return emit(n, "graph.transpose", {x}, Attrs(builder).optInts("perm", perm));
  }
  if (op == "Flatten") {
    TRY(x, n.requiredInput(0));
    TRY(axis, n.getInt("axis", 1));
    return emit(n, "graph.flatten", {x}, Attrs(builder).i64("axis", axis));
  }
  if (op == "Squeeze" || op == "Unsqueeze") {
    TRY(x, n.requiredInput(0));
    std::optional<SmallVector<int64_t>> axes;
    if (opset >= 13) {
      if (n.hasInput(1)) {
        axes = n.constantInts(1);
        if (!axes)
          return n.error() << "axes must be a constant", failure();
      }
    } else {
      TRY(a, n.getInts("axes"));
      axes = a;
    }
    if (op == "Unsqueeze") {
      if (!axes)
        return n.error() << "axes are required", failure();
      return emit(n, "graph.unsqueeze", {x}, Attrs(builder).ints("axes", *axes));
    }
    return emit(n, "graph.squeeze", {x}, Attrs(builder).optInts("axes", axes));
  }
  if (op == "Concat") {
    SmallVector<Value> inputs;
    for (int i = 0; i < n.node.input_size(); ++i) {
      TRY(v, n.requiredInput(i));
      inputs.push_back(v);
    }
    // Concat-1 concatenates along dim 1 by default.
    if (!n.attr("axis") && opset >= 4)
      return n.error() << "attribute 'axis' is required", failure();
    TRY(axis, n.getInt("axis", 1));
    return emit(n, "graph.concat", inputs, Attrs(builder).i64("axis", axis));
  }
  if (op == "Split") {
    TRY(x, n.requiredInput(0));
    TRY(axis, n.getInt("axis", 0));
    std::optional<SmallVector<int64_t>> split;
    if (opset >= 13) {
      if (n.hasInput(1)) {
        split = n.constantInts(1);
        if (!split)
          return n.error() << "split sizes must be a constant", failure();
      }
    } else {
      TRY(s, n.getInts("split"));
      split = s;
      // Split-1 may take the sizes as a second input instead.
      if (!split && opset < 2 && n.hasInput(1)) {
        split = n.constantInts(1);
        if (!split)
          return n.error() << "split sizes must be a constant", failure();
      }
    }
    if (!split) {
      // Equal parts, one per output.
      auto type = cast<RankedTensorType>(x.getType());
      int64_t rank = type.getRank();
      int64_t a = axis < 0 ? axis + rank : axis;
      if (a < 0 || a >= rank)
        return n.error() << "axis " << axis << " is out of range for rank "
                         << rank,
               failure();
      int64_t dim = type.getDimSize(a), parts = n.node.output_size();
      if (dim == kDyn)
        return n.error() << "an equal split needs a static dim " << a,
               failure();
      if (parts == 0 || dim % parts != 0)
        return n.error() << "cannot split dim " << a << " of size " << dim
                         << " into " << parts << " equal parts",
               failure();
      split = SmallVector<int64_t>(parts, dim / parts);
    }
    return emit(n, "graph.split", {x},
                Attrs(builder).i64("axis", axis).ints("split", *split));
  }
  if (op == "Slice") {
    TRY(x, n.requiredInput(0));
    if (opset < 10) {
      TRY(starts, n.getInts("starts"));
      TRY(ends, n.getInts("ends"));
      TRY(axes, n.getInts("axes"));
      if (!starts || !ends)
        return n.error() << "attributes 'starts' and 'ends' are required",
               failure();
      SmallVector<Value> operands = {x, i64Constant(*starts, loc),
                                     i64Constant(*ends, loc)};
      if (axes)
        operands.push_back(i64Constant(*axes, loc));
      return emit(n, "graph.slice", operands, {}, {1, 1, 1, axes ? 1 : 0, 0});
    }
    TRY(starts, n.requiredInput(1));
    TRY(ends, n.requiredInput(2));
    SmallVector<Value> operands = {x, starts, ends};
    Value axes = n.input(3), steps = n.input(4);
    if (axes)
      operands.push_back(axes);
    if (steps)
      operands.push_back(steps);
    return emit(n, "graph.slice", operands, {},
                {1, 1, 1, axes ? 1 : 0, steps ? 1 : 0});
  }
  if (op == "GatherElements" || op == "ScatterElements" || op == "Scatter") {
    TRY(x, n.requiredInput(0));
    TRY(indices, n.requiredInput(1));
    TRY(axis, n.getInt("axis", 0));
    Attrs a(builder);
    a.i64("axis", axis);
    if (op == "GatherElements")
      return emit(n, "graph.gather_elements", {x, indices}, a);
    TRY(updates, n.requiredInput(2));
    TRY(reduction, n.getString("reduction", "none"));
    return emit(n, "graph.scatter_elements", {x, indices, updates},
                a.str("reduction", reduction));
  }
  if (op == "GatherND") {
    TRY(x, n.requiredInput(0));
    TRY(indices, n.requiredInput(1));
    TRY(batchDims, n.getInt("batch_dims", 0));
    return emit(n, "graph.gather_nd", {x, indices},
                Attrs(builder).i64("batch_dims", batchDims));
  }
  if (op == "ScatterND") {
    TRY(x, n.requiredInput(0));
    TRY(indices, n.requiredInput(1));
    TRY(updates, n.requiredInput(2));
    TRY(reduction, n.getString("reduction", "none"));
    return emit(n, "graph.scatter_nd", {x, indices, updates},
                Attrs(builder).str("reduction", reduction));
  }
  if (op == "ReverseSequence") {
    TRY(x, n.requiredInput(0));
    TRY(lens, n.requiredInput(1));
    TRY(batchAxis, n.getInt("batch_axis", 1));
    TRY(timeAxis, n.getInt("time_axis", 0));
    return emit(n, "graph.reverse_sequence", {x, lens},
                Attrs(builder)
                    .i64("batch_axis", batchAxis)
                    .i64("time_axis", timeAxis));
  }
  if (op == "Trilu") {
    TRY(x, n.requiredInput(0));
    int64_t k = 0;
    if (n.hasInput(1)) {
      auto v = n.constantInts(1);
      if (!v || v->size() != 1)
        return n.error() << "k must be a constant scalar", failure();
      k = (*v)[0];
    }
    TRY(upper, n.getInt("upper", 1));
    return emit(n, "graph.trilu", {x},
                Attrs(builder).i64("k", k).boolean("upper", upper != 0));
  }
  if (op == "OneHot") {
    TRY(indices, n.requiredInput(0));
    TRY(values, n.requiredInput(2));
    // depth may have any numeric type; ONNX truncates a float one.
    DenseElementsAttr depth = n.constantInput(1);
    if (!depth || depth.getNumElements() != 1)
      return n.error() << "depth must be a constant scalar", failure();
    double d = isa<FloatType>(depth.getElementType())
                   ? (*depth.getValues<APFloat>().begin()).convertToDouble()
                   : static_cast<double>(
                         (*depth.getValues<APInt>().begin()).getSExtValue());
    TRY(axis, n.getInt("axis", -1));
    return emit(n, "graph.one_hot", {indices, values},
                Attrs(builder)
                    .i64("depth", static_cast<int64_t>(d))
                    .i64("axis", axis));
  }
  if (op == "DepthToSpace" || op == "SpaceToDepth") {
    // A reshape that splits the block out of its dims, a transpose that
    // moves it, and a reshape that merges it in its new place.
    TRY(x, n.requiredInput(0));
    auto type = cast<RankedTensorType>(x.getType());
    TRY(bs, n.getInt("blocksize", 0));
    TRY(mode, n.getString("mode", "DCR"));
    if (type.getRank() != 4 || !type.hasStaticShape())
      return n.error() << "input must be 4-D with a static shape, got "
                       << type,
             failure();
    int64_t b = type.getDimSize(0), c = type.getDimSize(1),
            h = type.getDimSize(2), w = type.getDimSize(3);
    SmallVector<int64_t> split, perm, merged;
    if (op == "DepthToSpace") {
      if (bs < 1 || c % (bs * bs) != 0)
        return n.error() << "blocksize " << bs << " squared must divide the "
                         << c << " channels",
               failure();
      if (mode == "DCR") {
        split = {b, bs, bs, c / (bs * bs), h, w};
        perm = {0, 3, 4, 1, 5, 2};
      } else if (mode == "CRD") {
        split = {b, c / (bs * bs), bs, bs, h, w};
        perm = {0, 1, 4, 2, 5, 3};
      } else {
        return n.error() << "mode must be DCR or CRD, got '" << mode << "'",
               failure();
      }
      merged = {b, c / (bs * bs), h * bs, w * bs};
    } else {
      if (bs < 1 || h % bs != 0 || w % bs != 0)
        return n.error() << "blocksize " << bs << " must divide the spatial "
                         << "dims " << h << " and " << w,
               failure();
      split = {b, c, h / bs, bs, w / bs, bs};
      perm = {0, 3, 5, 1, 2, 4};
      merged = {b, c * bs * bs, h / bs, w / bs};
    }
    TRY(r, make(n, "graph.reshape", {x, i64Constant(split, loc)}));
    TRY(t, make(n, "graph.transpose", {r}, Attrs(builder).ints("perm", perm)));
    return emit(n, "graph.reshape", {t, i64Constant(merged, loc)});
  }
  if (op == "EyeLike") {
    // A constant: the shape is static.
    TRY(x, n.requiredInput(0));
    auto type = cast<RankedTensorType>(x.getType());
    TRY(k, n.getInt("k", 0));
    Type elt = type.getElementType();
    if (n.attr("dtype")) {
      TRY(dtype, n.getInt("dtype", 0));
      elt = elementType(dtype);
      if (!elt)
        return n.error() << "dtype " << dataTypeName(dtype)
                         << " is not supported",
               failure();
    }
    if (type.getRank() != 2 || !type.hasStaticShape())
      return n.error() << "input must be 2-D with a static shape, got "
                       << type,
             failure();
    // The constant is built element by element.
    constexpr int64_t kMaxEyeElements = int64_t(1) << 24;
    if (type.getDimSize(1) > 0 &&
        type.getDimSize(0) > kMaxEyeElements / type.getDimSize(1))
      return n.error() << "a " << type.getDimSize(0) << "x"
                       << type.getDimSize(1) << " EyeLike is larger than "
                       << kMaxEyeElements << " elements, DLC's limit",
             failure();
    auto outType = RankedTensorType::get(type.getShape(), elt);
    Attribute zero = builder.getZeroAttr(elt);
    Attribute one = isa<FloatType>(elt)
                        ? Attribute(builder.getFloatAttr(elt, 1.0))
                        : Attribute(builder.getIntegerAttr(elt, 1));
    SmallVector<Attribute> elems;
    for (int64_t i = 0; i < type.getDimSize(0); ++i)
      for (int64_t j = 0; j < type.getDimSize(1); ++j)
        elems.push_back(j - i == k ? one : zero);
    return bind(n, constant(DenseElementsAttr::get(outType, elems), loc));
  }
  if (op == "Gather") {
    TRY(x, n.requiredInput(0));
    TRY(indices, n.requiredInput(1));
    TRY(axis, n.getInt("axis", 0));
    return emit(n, "graph.gather", {x, indices},
                Attrs(builder).i64("axis", axis));
  }
  if (op == "Expand" || op == "Tile") {
    if (op == "Tile" && opset < 6)
      return n.error() << "opset-" << opset
                       << " Tile (tiles and axis inputs) is not supported; "
                          "use opset 6 or later (a repeats input)",
             failure();
    TRY(x, n.requiredInput(0));
    TRY(shape, n.requiredInput(1));
    return emit(n, op == "Expand" ? "graph.expand" : "graph.tile", {x, shape});
  }
  if (op == "ConstantOfShape") {
    TRY(shape, n.requiredInput(0));
    ElementsAttr value;
    if (const onnx::AttributeProto *a = n.attr("value")) {
      if (a->type() != onnx::AttributeProto_AttributeType_TENSOR)
        return n.error() << "attribute 'value' must be TENSOR, got "
                         << attrTypeName(a->type()),
               failure();
      value = tensorAttr(a->t(), loc, "attribute 'value'");
      if (!value)
        return failure();
    } else {
      value = DenseElementsAttr::get(
          RankedTensorType::get({1}, builder.getF32Type()), 0.0f);
    }
    auto dense = dyn_cast<DenseElementsAttr>(value);
    if (!dense || dense.getNumElements() != 1)
      return n.error() << "attribute 'value' must hold one element", failure();
    Value scalar = constant(
        dense.reshape(RankedTensorType::get({}, dense.getElementType())), loc);
    return emit(n, "graph.expand", {scalar, shape});
  }
  if (op == "Pad") {
    TRY(x, n.requiredInput(0));
    TRY(mode, n.getString("mode", "constant"));
    Value pads, value;
    if (opset < 11) {
      // Pad-1 calls its pads "paddings".
      StringRef padsName = opset < 2 ? "paddings" : "pads";
      TRY(p, n.getInts(padsName));
      if (!p)
        return n.error() << "attribute '" << padsName << "' is required",
               failure();
      pads = i64Constant(*p, loc);
      TRY(v, n.getFloat("value", 0.0f));
      value = scalarConstant(
          cast<RankedTensorType>(x.getType()).getElementType(), v, loc);
    } else {
      TRY(p, n.requiredInput(1));
      pads = p;
      value = n.input(2);
    }
    SmallVector<Value> operands = {x, pads};
    if (value)
      operands.push_back(value);
    return emit(n, "graph.pad", operands, Attrs(builder).str("mode", mode),
                {1, 1, value ? 1 : 0, 0});
  }
  if (op == "Resize" || op == "Upsample") {
    TRY(x, n.requiredInput(0));
    TRY(mode, n.getString("mode", "nearest"));
    Attrs a(builder);
    a.str("mode", mode);
    Value roi, scales, sizes;
    auto isEmpty = [](Value v) {
      auto t = v ? dyn_cast<RankedTensorType>(v.getType()) : RankedTensorType();
      return t && t.getRank() == 1 && t.getDimSize(0) == 0;
    };
    if (op == "Upsample" || opset == 10) {
      // The original Upsample semantics: asymmetric coordinates, floor.
      a.str("coordinate_transformation_mode", "asymmetric")
          .str("nearest_mode", "floor");
      if (op == "Upsample" && opset < 7)
        return n.error() << "opset-" << opset
                         << " Upsample (height_scale and width_scale) is not "
                            "supported; use opset 7 or later (scales)",
               failure();
      if (op == "Upsample" && opset < 9) {
        TRY(s, n.getFloats("scales"));
        if (!s)
          return n.error() << "attribute 'scales' is required", failure();
        auto type = RankedTensorType::get({static_cast<int64_t>(s->size())},
                                          builder.getF32Type());
        scales = constant(DenseElementsAttr::get(type, ArrayRef<float>(*s)),
                          loc);
      } else {
        TRY(s, n.requiredInput(1));
        scales = s;
      }
    } else {
      TRY(ctm, n.getString("coordinate_transformation_mode", "half_pixel"));
      TRY(cubic, n.getFloat("cubic_coeff_a", -0.75f));
      TRY(exclude, n.getInt("exclude_outside", 0));
      TRY(extrapolation, n.getFloat("extrapolation_value", 0.0f));
      TRY(nearestMode, n.getString("nearest_mode", "round_prefer_floor"));
      a.str("coordinate_transformation_mode", ctm)
          .f32("cubic_coeff_a", cubic)
          .boolean("exclude_outside", exclude != 0)
          .f32("extrapolation_value", extrapolation)
          .str("nearest_mode", nearestMode);
      roi = n.input(1);
      scales = n.input(2);
      sizes = n.input(3);
      if (isEmpty(roi))
        roi = {};
      if (isEmpty(scales))
        scales = {};
      if (isEmpty(sizes))
        sizes = {};
    }
    SmallVector<Value> operands = {x};
    for (Value v : {roi, scales, sizes})
      if (v)
        operands.push_back(v);
    return emit(n, "graph.resize", operands, a,
                {1, roi ? 1 : 0, scales ? 1 : 0, sizes ? 1 : 0});
  }
  if (op == "Shape") {
    TRY(x, n.requiredInput(0));
    TRY(start, n.getInt("start", 0));
    Attrs a(builder);
    a.i64("start", start);
    if (n.attr("end")) {
      TRY(end, n.getInt("end", 0));
      a.i64("end", end);
    }
    if (!cast<RankedTensorType>(x.getType()).hasStaticShape())
      return emit(n, "graph.shape", {x}, a);
    // The shape of a static tensor is a constant, so that the ops reading it
    // (Reshape, Expand, ...) get static types here already; ONNX's data
    // propagation does the same, but not inside an expanded function body.
    TRY(shape, make(n, "graph.shape", {x}, a));
    SmallVector<OpFoldResult> folded;
    Operation *shapeOp = shape.getDefiningOp();
    ElementsAttr value;
    if (succeeded(shapeOp->fold(folded)) && folded.size() == 1)
      value = dyn_cast_if_present<ElementsAttr>(
          dyn_cast_if_present<Attribute>(folded[0]));
    if (!value)
      return bind(n, shape);
    shapeOp->erase();
    return bind(n, constant(value, loc));
  }
  if (op == "Range") {
    TRY(start, n.requiredInput(0));
    TRY(limit, n.requiredInput(1));
    TRY(delta, n.requiredInput(2));
    return emit(n, "graph.range", {start, limit, delta});
  }
  if (op == "Constant") {
    ElementsAttr value;
    Type f32 = builder.getF32Type(), i64 = builder.getI64Type();
    if (const onnx::AttributeProto *a = n.attr("value")) {
      if (a->type() != onnx::AttributeProto_AttributeType_TENSOR)
        return n.error() << "attribute 'value' must be TENSOR, got "
                         << attrTypeName(a->type()),
               failure();
      value = tensorAttr(a->t(), loc, "attribute 'value'");
    } else if (n.attr("value_float")) {
      TRY(v, n.getFloat("value_float", 0));
      value = DenseElementsAttr::get(RankedTensorType::get({}, f32), v);
    } else if (n.attr("value_int")) {
      TRY(v, n.getInt("value_int", 0));
      value = DenseElementsAttr::get(RankedTensorType::get({}, i64), v);
    } else if (n.attr("value_floats")) {
      TRY(v, n.getFloats("value_floats"));
      value = DenseElementsAttr::get(
          RankedTensorType::get({static_cast<int64_t>(v->size())}, f32),
          ArrayRef<float>(*v));
    } else if (n.attr("value_ints")) {
      TRY(v, n.getInts("value_ints"));
      value = DenseElementsAttr::get(
          RankedTensorType::get({static_cast<int64_t>(v->size())}, i64),
          ArrayRef<int64_t>(*v));
    } else {
      return n.error() << "only tensor, float(s) and int(s) values are "
                          "supported (sparse and string constants are not)",
             failure();
    }
    if (!value)
      return failure();
    return bind(n, constant(value, loc));
  }
  return expandFunction(n);
}

#undef TRY

//===----------------------------------------------------------------------===//
// Function expansion
//===----------------------------------------------------------------------===//

/// How deeply function bodies may nest (a body using ops that are functions
/// themselves). libonnx 1.12's deepest is 2: SoftmaxCrossEntropyLoss uses
/// NegativeLogLikelihoodLoss.
constexpr unsigned kMaxExpansionDepth = 8;

/// An ONNX function is a graph of other ops, instantiated per node: the
/// body's formal inputs and outputs become the node's actual values, every
/// other value gets a name unique to this expansion, and each attribute
/// that refers to one of the function's (`ref_attr_name`) takes the node's
/// value or the schema's default, or is dropped when neither exists (the
/// inner op's default then applies). The body's nodes are imported like the
/// model's, under the body's own opset, and their locations nest in the
/// node's: errors read `node 'loss' (SoftmaxCrossEntropyLoss) > expanded
/// 'X_Log' (Reshape): ...`.
LogicalResult Importer::expandFunction(NodeContext &n) {
  const onnx::NodeProto &node = n.node;
  const onnx::OpSchema *schema = isDefaultDomain(node.domain())
                                     ? functionSchema(node.op_type(), opset)
                                     : nullptr;
  if (!schema)
    return n.error() << "op type is not supported", failure();
  if (expansionDepth >= kMaxExpansionDepth)
    return n.error() << "function bodies nest more than " << kMaxExpansionDepth
                     << " deep",
           failure();

  // The body: libonnx's fixed one, or the one it builds for this node from
  // its attributes and input types.
  onnx::FunctionProto body;
  try {
    if (schema->HasFunction()) {
      body = *schema->GetFunction();
    } else {
      std::vector<onnx::TypeProto> inputTypes(node.input_size());
      for (int i = 0; i < node.input_size(); ++i) {
        Value v = n.input(i);
        if (!v)
          continue;
        auto type = cast<RankedTensorType>(v.getType());
        onnx::TypeProto_Tensor *tensor = inputTypes[i].mutable_tensor_type();
        tensor->set_elem_type(dataTypeOf(type.getElementType()));
        onnx::TensorShapeProto *shape = tensor->mutable_shape();
        for (int64_t d : type.getShape()) {
          onnx::TensorShapeProto_Dimension *dim = shape->add_dim();
          if (d != kDyn)
            dim->set_dim_value(d);
        }
      }
      onnx::FunctionBodyBuildContextImpl context(node, inputTypes);
      if (!schema->BuildContextDependentFunction(context, body))
        return n.error() << "libonnx cannot build the function body of "
                         << node.op_type() << " for this node",
               failure();
    }
  } catch (const std::exception &e) {
    return n.error() << "cannot build the function body of " << node.op_type()
                     << ": " << oneLine(e.what()),
           failure();
  }

  int64_t bodyOpset = opset;
  for (const onnx::OperatorSetIdProto &o : body.opset_import())
    if (isDefaultDomain(o.domain()))
      bodyOpset = o.version();

  // Attribute values: the node's, else the schema's defaults.
  std::map<std::string, onnx::AttributeProto> attrs;
  for (const auto &[name, a] : schema->attributes())
    if (a.default_value.has_type() &&
        a.default_value.type() != onnx::AttributeProto_AttributeType_UNDEFINED)
      attrs[name] = a.default_value;
  for (const onnx::AttributeProto &a : node.attribute())
    attrs[a.name()] = a;

  // Value names: formal inputs and outputs are the node's (an absent
  // optional input stays ""); everything else is private to this expansion.
  std::string prefix =
      node.name() + "/" + std::to_string(expansionCounter++) + "/";
  std::map<std::string, std::string> rename;
  for (int i = 0; i < body.input_size(); ++i)
    rename[body.input(i)] = i < node.input_size() ? node.input(i) : "";
  for (int i = 0; i < body.output_size(); ++i)
    if (n.outputUsed(i))
      rename[body.output(i)] = node.output(i);
  auto renamed = [&](const std::string &name) -> std::string {
    if (name.empty())
      return name;
    auto it = rename.find(name);
    return it != rename.end() ? it->second : prefix + name;
  };

  int64_t outerOpset = opset;
  opset = bodyOpset;
  ++expansionDepth;
  llvm::scope_exit restore([&] {
    opset = outerOpset;
    --expansionDepth;
  });
  for (auto [index, inner] : llvm::enumerate(body.node())) {
    // Named like the body names it: its node name or first output.
    std::string name = !inner.name().empty() ? inner.name()
                       : inner.output_size() > 0 && !inner.output(0).empty()
                           ? inner.output(0)
                           : inner.op_type() + "_" + std::to_string(index);
    Location loc = FusedLoc::get(
        &ctx, {NameLoc::get(builder.getStringAttr(name), n.loc)},
        builder.getStringAttr(inner.op_type()));
    if (!isDefaultDomain(inner.domain()))
      return emitError(loc) << "op type of domain '" << inner.domain()
                            << "' is not supported",
             failure();
    onnx::NodeProto expanded;
    expanded.set_name(name);
    expanded.set_op_type(inner.op_type());
    for (const std::string &in : inner.input())
      expanded.add_input(renamed(in));
    for (const std::string &out : inner.output())
      expanded.add_output(renamed(out));
    for (const onnx::AttributeProto &a : inner.attribute()) {
      if (!a.has_ref_attr_name()) {
        *expanded.add_attribute() = a;
        continue;
      }
      auto it = attrs.find(a.ref_attr_name());
      if (it == attrs.end())
        continue;
      onnx::AttributeProto *bound = expanded.add_attribute();
      *bound = it->second;
      bound->set_name(a.name());
    }
    NodeContext innerContext(*this, expanded, loc);
    if (failed(convertNode(innerContext)))
      return failure();
  }
  for (int i = 0; i < node.output_size(); ++i)
    if (n.outputUsed(i) && !values.count(node.output(i)))
      return n.error() << "output #" << i << " '" << node.output(i)
                       << "' is not computed by the function body of "
                       << node.op_type(),
             failure();
  return success();
}

//===----------------------------------------------------------------------===//
// The model
//===----------------------------------------------------------------------===//

/// Reads each external-data tensor into raw_data. Reports and fails on a
/// missing file, a bad path or a short read.
LogicalResult inlineExternalData(onnx::TensorProto &t, StringRef dir,
                                 Location loc) {
  if (t.data_location() != onnx::TensorProto_DataLocation_EXTERNAL)
    return success();
  std::string location;
  uint64_t offset = 0;
  std::optional<uint64_t> length;
  for (const auto &kv : t.external_data()) {
    if (kv.key() == "location")
      location = kv.value();
    else if (kv.key() == "offset" || kv.key() == "length") {
      uint64_t v;
      if (StringRef(kv.value()).getAsInteger(10, v))
        return emitError(loc) << "tensor '" << t.name() << "': external data "
                              << kv.key() << " '" << kv.value()
                              << "' is not a number";
      if (kv.key() == "offset")
        offset = v;
      else
        length = v;
    }
  }
  if (location.empty())
    return emitError(loc) << "tensor '" << t.name()
                          << "': external data has no location";
  if (dir.empty())
    return emitError(loc) << "tensor '" << t.name()
                          << "': external data is not available here";
  if (llvm::sys::path::is_absolute(location) ||
      llvm::is_contained(llvm::make_range(llvm::sys::path::begin(location),
                                          llvm::sys::path::end(location)),
                         ".."))
    return emitError(loc) << "tensor '" << t.name() << "': external data path '"
                          << location
                          << "' must be relative and stay inside the model's "
                             "directory";
  SmallString<256> path(dir);
  llvm::sys::path::append(path, location);
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return emitError(loc) << "tensor '" << t.name()
                          << "': cannot read external data file '" << path
                          << "': " << buffer.getError().message();
  uint64_t size = (*buffer)->getBufferSize();
  uint64_t len = length ? *length : (offset <= size ? size - offset : 0);
  if (offset > size || len > size - offset)
    return emitError(loc) << "tensor '" << t.name() << "': external data file '"
                          << path << "' has " << size
                          << " bytes, fewer than offset " << offset
                          << " + length " << len;
  t.set_raw_data((*buffer)->getBufferStart() + offset, len);
  t.clear_external_data();
  t.set_data_location(onnx::TensorProto_DataLocation_DEFAULT);
  return success();
}

/// Reads a NumPy .npy file (format 1.0/2.0/3.0, little-endian, C order) into
/// `t`. Returns an error message, empty on success.
std::string readNpy(StringRef bytes, onnx::TensorProto &t) {
  if (!bytes.starts_with("\x93NUMPY") || bytes.size() < 10)
    return "not a NumPy .npy file";
  unsigned major = static_cast<unsigned char>(bytes[6]);
  size_t headerLen, start;
  if (major == 1) {
    headerLen = static_cast<unsigned char>(bytes[8]) |
                (static_cast<unsigned char>(bytes[9]) << 8);
    start = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12)
      return "truncated .npy header";
    headerLen = 0;
    for (int i = 3; i >= 0; --i)
      headerLen = (headerLen << 8) | static_cast<unsigned char>(bytes[8 + i]);
    start = 12;
  } else {
    return "unsupported .npy format version " + std::to_string(major);
  }
  if (bytes.size() < start + headerLen)
    return "truncated .npy header";
  StringRef header = bytes.substr(start, headerLen);
  auto field = [&](StringRef key) -> StringRef {
    size_t k = header.find("'" + key.str() + "'");
    if (k == StringRef::npos)
      return {};
    StringRef rest = header.substr(k + key.size() + 2).ltrim(" :");
    return rest;
  };
  StringRef descr = field("descr");
  if (descr.empty() || (descr[0] != '\'' && descr[0] != '"'))
    return "the .npy header has no descr";
  descr = descr.drop_front().take_until([](char c) { return c == '\'' || c == '"'; });
  if (field("fortran_order").starts_with("True"))
    return "Fortran-order .npy files are not supported";
  static const std::pair<const char *, int> kTypes[] = {
      {"f4", onnx::TensorProto_DataType_FLOAT},
      {"f8", onnx::TensorProto_DataType_DOUBLE},
      {"f2", onnx::TensorProto_DataType_FLOAT16},
      {"i1", onnx::TensorProto_DataType_INT8},
      {"i2", onnx::TensorProto_DataType_INT16},
      {"i4", onnx::TensorProto_DataType_INT32},
      {"i8", onnx::TensorProto_DataType_INT64},
      {"u1", onnx::TensorProto_DataType_UINT8},
      {"u2", onnx::TensorProto_DataType_UINT16},
      {"u4", onnx::TensorProto_DataType_UINT32},
      {"u8", onnx::TensorProto_DataType_UINT64},
      {"b1", onnx::TensorProto_DataType_BOOL}};
  if (descr.size() != 3 || descr[0] == '>' ||
      (descr[0] == '|') != (descr[2] == '1'))
    return "unsupported .npy dtype '" + descr.str() + "'";
  int dataType = 0;
  for (auto [code, type] : kTypes)
    if (descr.drop_front() == code)
      dataType = type;
  if (!dataType)
    return "unsupported .npy dtype '" + descr.str() + "'";
  StringRef shape = field("shape");
  if (!shape.consume_front("("))
    return "the .npy header has no shape";
  shape = shape.take_until([](char c) { return c == ')'; });
  uint64_t count = 1;
  while (!(shape = shape.trim(" ,")).empty()) {
    StringRef dim = shape.take_while([](char c) { return c >= '0' && c <= '9'; });
    uint64_t d;
    if (dim.empty() || dim.getAsInteger(10, d) || d > (1ull << 40))
      return "bad shape in the .npy header";
    shape = shape.drop_front(dim.size());
    t.add_dims(static_cast<int64_t>(d));
    count *= d;
    if (count > (1ull << 40))
      return "the .npy tensor is too large";
  }
  uint64_t size = count * (descr[2] - '0');
  StringRef data = bytes.substr(start + headerLen);
  if (data.size() != size)
    return "the .npy data has " + std::to_string(data.size()) +
           " bytes, expected " + std::to_string(size);
  t.set_data_type(dataType);
  t.set_raw_data(data.data(), data.size());
  return "";
}

/// --freeze-input: turns each named graph input into an initializer holding
/// the tensor read from its file (ONNX TensorProto .pb or NumPy .npy), whose
/// dtype and shape must match the input's.
LogicalResult freezeInputs(onnx::ModelProto &model,
                           const OnnxImportOptions &options, Location loc) {
  onnx::GraphProto &graph = *model.mutable_graph();
  for (const auto &entry : options.frozenInputs) {
    StringRef name = entry.first();
    const std::string &path = entry.second;
    auto what = [&] { return "--freeze-input " + name.str() + ": "; };
    int index = -1;
    for (int i = 0; i < graph.input_size(); ++i)
      if (graph.input(i).name() == name)
        index = i;
    if (index < 0) {
      std::string names;
      for (const onnx::ValueInfoProto &in : graph.input())
        names += (names.empty() ? "'" : ", '") + in.name() + "'";
      return emitError(loc) << what() << "the graph has no input named '"
                            << name << "' (its inputs: "
                            << (names.empty() ? "none" : names) << ")";
    }
    const onnx::ValueInfoProto &input = graph.input(index);
    if (!input.type().has_tensor_type())
      return emitError(loc) << what() << "input '" << name
                            << "' is not a tensor";
    auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!buffer)
      return emitError(loc) << what() << "cannot read '" << path
                            << "': " << buffer.getError().message();
    StringRef bytes = (*buffer)->getBuffer();
    onnx::TensorProto t;
    if (StringRef(path).ends_with(".npy")) {
      std::string err = readNpy(bytes, t);
      if (!err.empty())
        return emitError(loc) << what() << "'" << path << "': " << err;
    } else if (bytes.size() > static_cast<size_t>(INT_MAX) ||
               !t.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) ||
               !t.has_data_type()) {
      return emitError(loc) << what() << "'" << path
                            << "' is not an ONNX TensorProto file";
    }
    if (t.data_location() == onnx::TensorProto_DataLocation_EXTERNAL)
      return emitError(loc) << what() << "'" << path
                            << "' uses external data, which is not supported";
    const onnx::TypeProto_Tensor &type = input.type().tensor_type();
    if (t.data_type() != type.elem_type())
      return emitError(loc)
             << what() << "'" << path << "' holds "
             << Importer::dataTypeName(t.data_type()) << " but input '" << name
             << "' is " << Importer::dataTypeName(type.elem_type());
    if (type.has_shape()) {
      bool same = type.shape().dim_size() == t.dims_size();
      for (int i = 0; same && i < t.dims_size(); ++i)
        if (type.shape().dim(i).has_dim_value() &&
            type.shape().dim(i).dim_value() != t.dims(i))
          same = false;
      if (!same) {
        std::string want, got;
        for (const auto &d : type.shape().dim())
          want += (want.empty() ? "" : "x") +
                  (d.has_dim_value() ? std::to_string(d.dim_value())
                                     : std::string("?"));
        for (int64_t d : t.dims())
          got += (got.empty() ? "" : "x") + std::to_string(d);
        return emitError(loc) << what() << "'" << path << "' has shape ["
                              << got << "] but input '" << name
                              << "' has shape [" << want << "]";
      }
    }
    t.set_name(name.str());
    // Drop a default value the model may already carry for the input.
    for (int i = 0; i < graph.initializer_size(); ++i)
      if (graph.initializer(i).name() == name) {
        graph.mutable_initializer()->DeleteSubrange(i, 1);
        break;
      }
    *graph.add_initializer() = std::move(t);
    // From IR version 4 on an initializer need not be an input; removing the
    // input lets shape inference treat the value as a constant.
    if (model.ir_version() >= 4)
      graph.mutable_input()->DeleteSubrange(index, 1);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// libonnx shape inference, guarded
//===----------------------------------------------------------------------===//

/// The rank of input `i` of the node being inferred, or -1 when unknown.
int inputRank(onnx::InferenceContext &ctx, size_t i) {
  if (i >= ctx.getNumInputs())
    return -1;
  const onnx::TypeProto *t = ctx.getInputType(i);
  if (!t || !t->has_tensor_type() || !t->tensor_type().has_shape())
    return -1;
  return t->tensor_type().shape().dim_size();
}

/// The op types whose libonnx inference functions checkBeforeOnnxInference
/// guards.
bool hasOnnxInferenceGuard(const std::string &opType) {
  return opType == "Conv" || opType == "ConvTranspose" ||
         opType == "MaxPool" || opType == "AveragePool" ||
         opType == "LayerNormalization";
}

/// Checks that libonnx's inference function of `opType` can run on `ctx`,
/// throwing an InferenceError (as libonnx does for other bad models) where
/// libonnx 1.12 would instead crash: read out of bounds or divide by zero.
/// Each case was found by test/fuzz/onnx-import-fuzzer; the model is invalid
/// in each, so nothing valid is rejected.
void checkBeforeOnnxInference(const std::string &opType,
                              onnx::InferenceContext &ctx) {
  if (opType == "Conv" || opType == "ConvTranspose") {
    // The kernel shape comes from W's dims 2.. and is indexed by X's spatial
    // dims (and the dilations by the kernel's); ConvTranspose also reads W's
    // dim 1 unchecked.
    int x = inputRank(ctx, 0), w = inputRank(ctx, 1);
    if (x >= 0 && w >= 0 && w != x)
      fail_shape_inference(opType, ": W has rank ", w, " but X has rank ", x,
                           "; they must be equal");
  }
  if (opType == "Conv" || opType == "ConvTranspose" || opType == "MaxPool" ||
      opType == "AveragePool") {
    // The output size is divided by each stride.
    if (const onnx::AttributeProto *strides = ctx.getAttribute("strides"))
      for (int64_t s : strides->ints())
        if (s < 1)
          fail_shape_inference(opType, ": strides must be positive, got ", s);
  }
  if (opType == "LayerNormalization") {
    // The Mean/InvStdDev shapes are written from dim `axis` on, unchecked.
    int x = inputRank(ctx, 0);
    const onnx::AttributeProto *axisAttr = ctx.getAttribute("axis");
    int64_t axis = axisAttr ? axisAttr->i() : -1;
    if (x >= 0 && (axis < -x || axis >= x))
      fail_shape_inference(opType, ": axis ", axis,
                           " is out of range for rank ", x);
  }
}

/// The op types whose libonnx data propagation (the values of small integer
/// tensors, e.g. shapes, followed through the graph) shouldPropagateData
/// guards.
bool hasOnnxDataPropagationGuard(const std::string &opType) {
  return opType == "Add" || opType == "Sub" || opType == "Mul" ||
         opType == "Shape" || opType == "Slice";
}

/// Whether libonnx's data propagation of `opType` can run on `ctx`; where it
/// cannot, the node's values are not propagated (its shape inference still
/// runs). Each case read out of bounds or through a null pointer in libonnx
/// 1.12 and was found by test/fuzz/onnx-import-fuzzer:
///   - Add/Sub/Mul broadcast a one-element value by reading element 0 of the
///     other, which an empty value (the shape of a scalar) does not have;
///     such a broadcast is empty, so nothing is lost.
///   - Shape (opset 15) reads its input's type unchecked; the type is missing
///     when inference failed on the producer, an error reported anyway.
///   - Slice with a negative step reads element 0 of an empty value (its
///     start is clamped to [0, size - 1]); the slice of an empty value is
///     empty. It also steps an `int` index by the int64 step, which a step
///     beyond the int range wraps to an index far out of bounds.
bool shouldPropagateData(const std::string &opType,
                         onnx::DataPropagationContext &ctx) {
  if (opType == "Shape")
    return onnx::hasInputShape(ctx, 0);
  if (opType == "Slice") {
    const onnx::TensorShapeProto *data =
        ctx.getNumInputs() > 0 ? ctx.getInputData(0) : nullptr;
    if (data && data->dim_size() == 0)
      return false;
    if (ctx.getNumInputs() > 4)
      if (const onnx::TensorShapeProto *steps = ctx.getInputData(4))
        for (const onnx::TensorShapeProto::Dimension &step : steps->dim())
          if (std::abs(step.dim_value()) > (int64_t{1} << 30))
            return false;
    return true;
  }
  if (opType == "Add" || opType == "Sub" || opType == "Mul") {
    if (ctx.getNumInputs() < 2)
      return true;
    const onnx::TensorShapeProto *a = ctx.getInputData(0);
    const onnx::TensorShapeProto *b = ctx.getInputData(1);
    return !a || !b || (a->dim_size() != 0 && b->dim_size() != 0);
  }
  return true;
}

/// The schema registry InferShapes sees: libonnx's, except that the schemas
/// of the ops checkBeforeOnnxInference and shouldPropagateData know about are
/// copies whose inference and data propagation functions run those checks
/// first.
class GuardedSchemaRegistry final : public onnx::ISchemaRegistry {
public:
  const onnx::OpSchema *GetSchema(const std::string &key,
                                  const int maxInclusiveVersion,
                                  const std::string &domain) const override {
    const onnx::OpSchema *schema =
        onnx::OpSchemaRegistry::Instance()->GetSchema(key, maxInclusiveVersion,
                                                       domain);
    if (!schema || !isDefaultDomain(domain) ||
        !(hasOnnxInferenceGuard(key) || hasOnnxDataPropagationGuard(key)))
      return schema;
    std::unique_ptr<onnx::OpSchema> &guarded = copies[schema];
    if (guarded)
      return guarded.get();
    guarded = std::make_unique<onnx::OpSchema>(*schema);
    if (hasOnnxInferenceGuard(key)) {
      onnx::InferenceFunction inner =
          schema->GetTypeAndShapeInferenceFunction();
      guarded->TypeAndShapeInferenceFunction(
          [key, inner](onnx::InferenceContext &ctx) {
            checkBeforeOnnxInference(key, ctx);
            if (inner)
              inner(ctx);
          });
    }
    if (hasOnnxDataPropagationGuard(key) &&
        schema->has_data_propagation_function()) {
      onnx::DataPropagationFunction inner =
          schema->GetDataPropagationFunction();
      guarded->PartialDataPropagationFunction(
          [key, inner](onnx::DataPropagationContext &ctx) {
            if (shouldPropagateData(key, ctx))
              inner(ctx);
          });
    }
    return guarded.get();
  }

private:
  mutable std::map<const onnx::OpSchema *, std::unique_ptr<onnx::OpSchema>>
      copies;
};

/// Lists every node whose op type DLC cannot import, in one error. An op
/// type that libonnx defines as a function at `opset` counts as importable:
/// its body's ops are checked when the node is expanded.
LogicalResult checkSupportedOps(const onnx::GraphProto &graph, int64_t opset,
                                Location loc) {
  struct Use {
    int count = 0;
    SmallVector<std::string, 3> names;
  };
  std::map<std::string, Use> unsupported;
  for (auto [index, node] : llvm::enumerate(graph.node())) {
    std::string key = node.op_type();
    if (!isDefaultDomain(node.domain()))
      key = node.domain() + "." + key;
    else if (supportedOpTypes().contains(node.op_type()) ||
             functionSchema(node.op_type(), opset))
      continue;
    Use &use = unsupported[key];
    ++use.count;
    if (use.names.size() < 3)
      use.names.push_back(node.name().empty()
                              ? node.op_type() + "_" + std::to_string(index)
                              : node.name());
  }
  if (unsupported.empty())
    return success();
  InFlightDiagnostic diag = emitError(loc);
  diag << "the model uses " << unsupported.size()
       << " unsupported op type" << (unsupported.size() == 1 ? "" : "s")
       << ": ";
  bool first = true;
  for (const auto &[type, use] : unsupported) {
    if (!first)
      diag << "; ";
    first = false;
    diag << type << " (" << use.count << " node"
         << (use.count == 1 ? "" : "s") << ", e.g. ";
    llvm::interleave(
        use.names, [&](const std::string &s) { diag << "'" << s << "'"; },
        [&] { diag << ", "; });
    diag << ")";
  }
  return failure();
}

OwningOpRef<ModuleOp> Importer::run(onnx::ModelProto &model,
                                    StringRef externalDir) {
  Location fileLoc = FileLineColLoc::get(&ctx, displayName, 0, 0);
  // Opset of the default domain.
  bool haveOpset = false;
  for (const auto &o : model.opset_import())
    if (isDefaultDomain(o.domain())) {
      opset = o.version();
      haveOpset = true;
    }
  if (!haveOpset)
    return emitError(fileLoc) << "the model imports no opset of the default "
                                 "ONNX domain",
           nullptr;
  if (opset < kMinOpset || opset > kMaxOpset)
    return emitError(fileLoc) << "opset " << opset
                              << " is not supported (DLC reads opsets "
                              << kMinOpset << " to " << kMaxOpset << ")",
           nullptr;
  onnx::GraphProto &graph = *model.mutable_graph();
  // libonnx 1.12 knows the default domain only as "": rename the "ai.onnx"
  // spelling accepted above, or its checker finds no schema for any node.
  for (onnx::OperatorSetIdProto &o : *model.mutable_opset_import())
    if (o.domain() == "ai.onnx")
      o.set_domain("");
  for (onnx::NodeProto &node : *graph.mutable_node())
    if (node.domain() == "ai.onnx")
      node.set_domain("");
  if (graph.node_size() == 0)
    return emitError(fileLoc) << "the graph has no nodes", nullptr;
  if (graph.output_size() == 0)
    return emitError(fileLoc) << "the graph has no outputs", nullptr;
  if (failed(checkSupportedOps(graph, opset, fileLoc)))
    return nullptr;

  // --dim bindings: give symbolic input dims their values before shape
  // inference so that it propagates them.
  llvm::StringSet<> usedBindings;
  // The symbolic dim names of each input, kept for the signature (binding
  // a dim replaces its name by its value in the proto).
  llvm::StringMap<SmallVector<std::string>> dimParams;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (!input.type().has_tensor_type() ||
        !input.type().tensor_type().has_shape())
      continue;
    SmallVector<std::string> &names = dimParams[input.name()];
    for (const auto &dim : input.type().tensor_type().shape().dim())
      names.push_back(dim.has_dim_param() ? dim.dim_param() : "");
  }
  for (onnx::ValueInfoProto &input : *graph.mutable_input()) {
    if (!input.type().has_tensor_type() ||
        !input.type().tensor_type().has_shape())
      continue;
    for (auto &dim :
         *input.mutable_type()->mutable_tensor_type()->mutable_shape()->mutable_dim()) {
      if (!dim.has_dim_param())
        continue;
      auto it = options.dimBindings.find(dim.dim_param());
      if (it == options.dimBindings.end())
        continue;
      usedBindings.insert(it->first());
      dim.set_dim_value(it->second);
    }
  }
  for (const auto &binding : options.dimBindings)
    if (!usedBindings.contains(binding.first()))
      return emitError(fileLoc) << "--dim " << binding.first()
                                << ": no graph input has a dim named '"
                                << binding.first() << "'",
             nullptr;
  if (failed(freezeInputs(model, options, fileLoc)))
    return nullptr;

  for (onnx::TensorProto &t : *graph.mutable_initializer())
    if (failed(inlineExternalData(t, externalDir, fileLoc)))
      return nullptr;
  for (onnx::NodeProto &node : *graph.mutable_node())
    for (onnx::AttributeProto &a : *node.mutable_attribute())
      if (a.has_t() && failed(inlineExternalData(*a.mutable_t(), externalDir,
                                                 fileLoc)))
        return nullptr;

  try {
    onnx::checker::check_model(model);
  } catch (const std::exception &e) {
    return emitError(fileLoc) << "invalid ONNX model: " << oneLine(e.what()),
           nullptr;
  }
  try {
    onnx::ShapeInferenceOptions opts(/*check_type=*/true, /*error_mode=*/1,
                                     /*data_prop=*/true);
    GuardedSchemaRegistry registry;
    onnx::shape_inference::InferShapes(model, &registry, opts);
  } catch (const std::exception &e) {
    return emitError(fileLoc) << "ONNX shape inference failed: "
                              << oneLine(e.what()),
           nullptr;
  }

  for (const onnx::ValueInfoProto &vi : graph.value_info())
    if (RankedTensorType t = typeOf(vi.type()))
      onnxTypes[vi.name()] = t;
  for (const onnx::ValueInfoProto &vi : graph.output())
    if (RankedTensorType t = typeOf(vi.type()))
      onnxTypes[vi.name()] = t;

  auto module = ModuleOp::create(fileLoc);
  OwningOpRef<ModuleOp> owned(module);
  builder.setInsertionPointToEnd(module.getBody());

  // Arguments: graph inputs that are not initializers.
  llvm::StringSet<> initializerNames;
  for (const onnx::TensorProto &t : graph.initializer())
    initializerNames.insert(t.name());
  SmallVector<Type> argTypes;
  SmallVector<const onnx::ValueInfoProto *> args;
  for (const onnx::ValueInfoProto &input : graph.input()) {
    if (initializerNames.contains(input.name()))
      continue;
    Location loc = NameLoc::get(builder.getStringAttr(input.name()), fileLoc);
    if (!input.type().has_tensor_type())
      return emitError(loc) << "input '" << input.name()
                            << "' is not a tensor (sequences, maps and "
                               "optionals are not supported)",
             nullptr;
    int elemType = input.type().tensor_type().elem_type();
    if (!elementType(elemType))
      return emitError(loc) << "input '" << input.name() << "' has unsupported "
                            << dataTypeName(elemType),
             nullptr;
    RankedTensorType type = typeOf(input.type());
    if (!type)
      return emitError(loc) << "input '" << input.name()
                            << "' has no shape; DLC needs the rank of every "
                               "input",
             nullptr;
    // Sizes computed from the type later (bytes, strides) must not overflow.
    SmallVector<int64_t> staticDims;
    for (int64_t d : type.getShape())
      if (d != kDyn)
        staticDims.push_back(d);
    if (!elementCount(staticDims))
      return emitError(loc) << "input '" << input.name() << "' of type "
                            << type << " has more than 2^63 - 1 elements",
             nullptr;
    argTypes.push_back(type);
    args.push_back(&input);
  }
  auto func = func::FuncOp::create(builder, fileLoc, options.funcName,
                                   builder.getFunctionType(argTypes, {}));
  Block *body = func.addEntryBlock();
  for (auto [i, input] : llvm::enumerate(args)) {
    values[input->name()] = body->getArgument(i);
    func.setArgAttr(i, "onnx.name", builder.getStringAttr(input->name()));
    SmallVector<Attribute> dimNames;
    bool anySymbolic = false;
    for (const std::string &name : dimParams.lookup(input->name())) {
      dimNames.push_back(builder.getStringAttr(name));
      anySymbolic |= !name.empty();
    }
    if (anySymbolic)
      func.setArgAttr(i, "onnx.dim_params", builder.getArrayAttr(dimNames));
  }
  builder.setInsertionPointToStart(body);

  for (const onnx::TensorProto &t : graph.initializer()) {
    Location loc = NameLoc::get(builder.getStringAttr(t.name()), fileLoc);
    ElementsAttr value =
        tensorAttr(t, loc, "initializer '" + t.name() + "'");
    if (!value)
      return nullptr;
    values[t.name()] = constant(value, loc);
  }

  for (auto [index, node] : llvm::enumerate(graph.node())) {
    std::string name = node.name().empty()
                           ? node.op_type() + "_" + std::to_string(index)
                           : node.name();
    Location loc = FusedLoc::get(
        &ctx, {NameLoc::get(builder.getStringAttr(name), fileLoc)},
        builder.getStringAttr(node.op_type()));
    onnx::NodeProto named = node;
    named.set_name(name);
    NodeContext n(*this, named, loc);
    if (failed(convertNode(n)))
      return nullptr;
  }

  SmallVector<Value> results;
  for (const onnx::ValueInfoProto &output : graph.output()) {
    Value v = values.lookup(output.name());
    if (!v)
      return emitError(fileLoc) << "graph output '" << output.name()
                                << "' is not produced by any node, input or "
                                   "initializer",
             nullptr;
    results.push_back(v);
  }
  func::ReturnOp::create(builder, fileLoc, results);
  func.setType(builder.getFunctionType(argTypes, ValueRange(results).getTypes()));
  for (auto [i, output] : llvm::enumerate(graph.output()))
    func.setResultAttr(i, "onnx.name", builder.getStringAttr(output.name()));
  if (failed(mlir::verify(module)))
    return nullptr;
  // A declared type the graph's own computation contradicts (an output
  // declared [8, ?] that a Reshape of a computed shape makes [16, 6]) shows
  // only once the shape computation folds to constants: fold a copy now, so
  // that the import fails naming the node, rather than handing on IR that
  // the first folding makes invalid.
  OwningOpRef<ModuleOp> folded(module.clone());
  (void)applyPatternsGreedily(folded->getOperation(),
                              RewritePatternSet(&ctx));
  if (failed(mlir::verify(*folded)))
    return nullptr;
  return owned;
}

OwningOpRef<ModuleOp> importParsed(onnx::ModelProto &model,
                                   StringRef displayName, StringRef externalDir,
                                   MLIRContext &ctx,
                                   const OnnxImportOptions &options) {
  ctx.loadDialect<graph::GraphDialect, func::FuncDialect>();
  // Last line of defence: libonnx may throw from places not listed above.
  try {
    Importer importer(ctx, options, displayName);
    return importer.run(model, externalDir);
  } catch (const std::exception &e) {
    emitError(FileLineColLoc::get(&ctx, displayName, 0, 0))
        << "cannot import the model: " << oneLine(e.what());
  } catch (...) {
    emitError(FileLineColLoc::get(&ctx, displayName, 0, 0))
        << "cannot import the model: unknown error in the ONNX library";
  }
  return nullptr;
}

} // namespace

OwningOpRef<ModuleOp> dlc::importOnnxBuffer(StringRef bytes,
                                            StringRef displayName,
                                            StringRef externalDataDir,
                                            MLIRContext &ctx,
                                            const OnnxImportOptions &options) {
  Location fileLoc = FileLineColLoc::get(&ctx, displayName, 0, 0);
  if (bytes.empty())
    return emitError(fileLoc) << "the file is empty, not an ONNX model",
           nullptr;
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    return emitError(fileLoc) << "the file is larger than 2 GiB; store the "
                                 "weights as ONNX external data",
           nullptr;
  onnx::ModelProto model;
  if (!model.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
    return emitError(fileLoc) << "not a valid ONNX model: the protobuf "
                                 "cannot be parsed (truncated or corrupt "
                                 "file?)",
           nullptr;
  if (!model.has_graph())
    return emitError(fileLoc) << "not a valid ONNX model: it has no graph",
           nullptr;
  return importParsed(model, displayName, externalDataDir, ctx, options);
}

bool dlc::addDimBinding(StringRef binding, OnnxImportOptions &options,
                        std::string &error) {
  auto [name, value] = binding.split('=');
  int64_t v;
  if (name.empty() || value.getAsInteger(10, v) || v < 0) {
    error = ("--dim expects NAME=VALUE with a non-negative integer VALUE, "
             "got '" + binding + "'").str();
    return false;
  }
  if (!options.dimBindings.try_emplace(name, v).second) {
    error = ("--dim " + name + " is given twice").str();
    return false;
  }
  return true;
}

OwningOpRef<ModuleOp> dlc::importOnnxFile(StringRef path, MLIRContext &ctx,
                                          const OnnxImportOptions &options) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return emitError(UnknownLoc::get(&ctx))
               << "cannot open '" << path
               << "': " << buffer.getError().message(),
           nullptr;
  SmallString<256> dir(path);
  llvm::sys::path::remove_filename(dir);
  if (dir.empty())
    dir = ".";
  return importOnnxBuffer((*buffer)->getBuffer(), path, dir, ctx, options);
}

ArrayRef<StringRef> dlc::onnxImportableOpTypes() {
  static const StringRef types[] = {
      "Abs", "Acos", "Acosh", "Add", "And", "ArgMax", "ArgMin", "Asin", "Asinh",
      "Atan", "Atanh", "AveragePool", "BatchNormalization", "BitShift", "Cast",
      "CastLike", "Ceil", "Celu", "Clip", "Concat", "Constant",
      "ConstantOfShape", "Conv", "ConvTranspose", "Cos", "Cosh", "CumSum",
      "DepthToSpace", "DequantizeLinear", "Div", "Dropout", "Elu", "Equal",
      "Erf", "Exp", "Expand", "EyeLike", "Flatten", "Floor", "Gather",
      "GatherElements", "GatherND",
      "Gemm", "GlobalAveragePool", "GlobalMaxPool", "Greater", "GreaterOrEqual",
      "HardSigmoid", "HardSwish", "Hardmax", "Identity",
      "InstanceNormalization", "IsInf", "IsNaN", "LayerNormalization",
      "LeakyRelu", "Less", "LessOrEqual", "Log", "LogSoftmax", "MatMul", "Max",
      "MaxPool", "Mean", "Min", "Mod", "Mul", "Neg", "Not", "OneHot", "Or",
      "PRelu", "Pad", "Pow", "QuantizeLinear", "Range", "Reciprocal",
      "ReduceL1", "ReduceL2",
      "ReduceLogSum", "ReduceLogSumExp", "ReduceMax", "ReduceMean", "ReduceMin",
      "ReduceProd", "ReduceSum", "ReduceSumSquare", "Relu", "Reshape", "Resize",
      "ReverseSequence", "Round", "Scatter", "ScatterElements", "ScatterND",
      "Selu", "Shape", "Shrink", "Sigmoid", "Sign", "Sin", "Sinh", "Size",
      "Slice", "Softmax", "Softplus", "Softsign", "SpaceToDepth", "Split",
      "Sqrt", "Squeeze", "Sub", "Sum", "Tan", "Tanh", "ThresholdedRelu", "Tile",
      "TopK", "Transpose", "Trilu", "Unsqueeze", "Upsample", "Where", "Xor"};
  return types;
}
