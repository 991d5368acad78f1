//===- onnx-import-fuzzer.cpp - libFuzzer target for the ONNX importer ----===//
//
// Feeds arbitrary bytes to dlc::importOnnxBuffer. The importer must never
// crash, abort, hang, leak or let an exception out, whatever the bytes: a
// bad model is one reported error and a null module.
//
// When a model imports, the harness also checks what DLC does next with it:
//   - the module prints and parses back (the graph dialect's assembly);
//   - the canonicalizer (the graph dialect's folders and patterns) runs over
//     it and leaves valid IR.
// A failure there is a bug in DLC, so the harness aborts with the
// diagnostics it collected.
//
// Besides libFuzzer's byte-level mutations, a structure-aware mutator
// (LLVMFuzzerCustomMutator) parses the input as an onnx::ModelProto and
// changes it the way a producer could: op types, attributes, dims, element
// types, opset, node inputs. Byte-level mutations of a protobuf rarely get
// past the parser and libonnx's checker; these do, and reach the importer's
// node conversion and the dialect's shape inference.
//
// Run: build/bin/onnx-import-fuzzer -dict=test/fuzz/onnx-import.dict \
//        NEW_CORPUS_DIR test/fuzz/corpus/onnx-import
// (scripts/fuzz-smoke.sh does this for a bounded time).
//
//===----------------------------------------------------------------------===//

#include "lib/Import/Onnx/OnnxImporter.h"

#include "dialects/Graph/GraphOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/raw_ostream.h"

#include "onnx/defs/schema.h"
#include "onnx/onnx_pb.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace mlir;

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

//===----------------------------------------------------------------------===//
// The target
//===----------------------------------------------------------------------===//

/// Prints the collected diagnostics and `what`, then aborts (a finding).
[[noreturn]] void fail(const std::string &diagnostics, const char *what) {
  std::fprintf(stderr, "%s\nonnx-import-fuzzer: %s\n", diagnostics.c_str(),
               what);
  std::abort();
}

/// Checks that an imported module prints, parses back and canonicalizes into
/// valid IR. Aborts when it does not.
void checkImported(ModuleOp module, MLIRContext &ctx, std::string &diags) {
  std::string text;
  {
    llvm::raw_string_ostream os(text);
    module->print(os);
  }
  OwningOpRef<ModuleOp> reparsed = parseSourceString<ModuleOp>(text, &ctx);
  if (!reparsed)
    fail(diags + "\n" + text,
         "the imported module does not parse back after printing");

  PassManager pm(&ctx);
  pm.enableVerifier(true);
  pm.addPass(createCanonicalizerPass());
  if (failed(pm.run(module)))
    fail(diags, "canonicalizing the imported module failed (invalid IR?)");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  // libonnx's schema registry is a process-wide singleton built on first
  // use; build it now so that its (intentionally immortal) allocations are
  // not attributed to the first input.
  (void)onnx::OpSchemaRegistry::Instance();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // Everything lives in this call: a fresh context (no threads, so runs are
  // deterministic and LeakSanitizer sees no pool), fresh dialects. The
  // importer keeps no state between calls other than constant tables, and
  // libonnx's schema registry is read-only after LLVMFuzzerInitialize.
  DialectRegistry registry;
  registry.insert<dlc::graph::GraphDialect, func::FuncDialect>();
  MLIRContext ctx(registry, MLIRContext::Threading::DISABLED);
  ctx.loadAllAvailableDialects();

  // Swallow diagnostics (bad models are the common case), but keep their
  // text to print if a later check fails.
  std::string diags;
  ScopedDiagnosticHandler handler(&ctx, [&](Diagnostic &diag) {
    if (diags.size() < 64 * 1024) {
      llvm::raw_string_ostream os(diags);
      os << diag.getLocation() << ": " << diag << "\n";
    }
    return success();
  });

  OwningOpRef<ModuleOp> module = dlc::importOnnxBuffer(
      llvm::StringRef(reinterpret_cast<const char *>(data), size),
      "fuzz.onnx", /*externalDataDir=*/"", ctx);
  if (module)
    checkImported(*module, ctx, diags);
  return 0;
}

//===----------------------------------------------------------------------===//
// Structure-aware mutations
//===----------------------------------------------------------------------===//

namespace {

using Rng = std::minstd_rand;

/// Op types a mutation may give a node: every one the importer converts,
/// a few it does not, and a few that libonnx defines as functions (the
/// importer expands their bodies, which libonnx builds for the node).
const std::vector<std::string> &opTypes() {
  static const std::vector<std::string> types = [] {
    std::vector<std::string> v;
    for (llvm::StringRef t : dlc::onnxImportableOpTypes())
      v.push_back(t.str());
    for (const char *t : {"Loop", "If", "LSTM", "Unique", "NonZero"})
      v.push_back(t);
    for (const char *t :
         {"SoftmaxCrossEntropyLoss", "NegativeLogLikelihoodLoss",
          "MeanVarianceNormalization", "HannWindow", "Bernoulli"})
      v.push_back(t);
    return v;
  }();
  return types;
}

const char *const kAttrNames[] = {
    "axis", "axes", "keepdims", "noop_with_empty_axes", "perm", "pads",
    "strides", "dilations", "kernel_shape", "group", "auto_pad", "ceil_mode",
    "count_include_pad", "storage_order", "output_padding", "output_shape",
    "alpha", "beta", "transA", "transB", "epsilon", "momentum", "spatial",
    "training_mode", "to", "min", "max", "mode", "value", "value_float",
    "value_int", "value_floats", "value_ints", "split", "starts", "ends",
    "start", "end", "allowzero", "scales", "coordinate_transformation_mode",
    "cubic_coeff_a", "exclude_outside", "extrapolation_value", "nearest_mode",
    "seed", "ratio", "stash_type", "reduction", "ignore_index", "periodic",
    "output_datatype", "select_last_index", "exclusive", "reverse", "upper",
    "blocksize", "k", "largest", "sorted", "batch_dims", "batch_axis",
    "time_axis", "dtype", "fmod", "direction", "gamma", "bias", "lambd",
    "detect_negative", "detect_positive", "broadcast", "is_test", "shape",
    "paddings", "consumed_inputs"};

const char *const kStrings[] = {
    "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID", "constant", "reflect",
    "edge", "wrap", "nearest", "linear", "cubic", "bilinear", "half_pixel",
    "pytorch_half_pixel", "align_corners", "asymmetric", "tf_crop_and_resize",
    "round_prefer_floor", "round_prefer_ceil", "floor", "ceil", "", "x",
    "DCR", "CRD", "none", "add", "mul", "LEFT", "RIGHT", "FLOAT", "INT64"};

const int64_t kInts[] = {0,  1,  2,  3,  4,  -1, -2, -3, 5,         7,
                         8,  16, 64, 255, 1 << 20, INT32_MAX, INT64_MAX,
                         INT64_MIN, INT32_MIN, -(int64_t(1) << 40)};

const float kFloats[] = {0.0f, 1.0f, -1.0f, 0.5f, 2.0f, 1e-5f, 1e30f, -0.0f,
                         __builtin_inff(), -__builtin_inff(), __builtin_nanf("")};

/// Element types: every TensorProto data type, including unsupported ones.
int randomDataType(Rng &rng) {
  static const int common[] = {1, 1, 1, 7, 7, 6, 9, 10, 11, 2, 3, 16};
  if (rng() % 4 == 0)
    return static_cast<int>(rng() % 20);
  return common[rng() % std::size(common)];
}

template <typename T, size_t N>
const T &pick(Rng &rng, const T (&values)[N]) {
  return values[rng() % N];
}

int64_t randomInt(Rng &rng) {
  if (rng() % 3 == 0)
    return static_cast<int64_t>(rng() % 9) - 3;
  return pick(rng, kInts);
}

int64_t randomDim(Rng &rng) {
  static const int64_t dims[] = {0, 1, 1, 2, 2, 3, 4, 5, 8, 16, -1, 1 << 20,
                                 INT64_MAX};
  return pick(rng, dims);
}

/// Every value name in the graph: inputs, initializers, node outputs.
std::vector<std::string> valueNames(const onnx::GraphProto &g) {
  std::vector<std::string> names;
  for (const auto &v : g.input())
    names.push_back(v.name());
  for (const auto &t : g.initializer())
    names.push_back(t.name());
  for (const auto &n : g.node())
    for (const auto &o : n.output())
      names.push_back(o);
  return names;
}

void mutateInts(Rng &rng, google::protobuf::RepeatedField<int64_t> &ints) {
  switch (rng() % 4) {
  case 0:
    ints.Add(randomInt(rng));
    break;
  case 1:
    if (!ints.empty())
      ints.RemoveLast();
    break;
  default:
    if (!ints.empty())
      ints.Set(rng() % ints.size(), randomInt(rng));
    else
      ints.Add(randomInt(rng));
  }
}

void randomTensor(Rng &rng, onnx::TensorProto &t) {
  t.clear_dims();
  t.clear_raw_data();
  t.clear_float_data();
  t.clear_int32_data();
  t.clear_int64_data();
  t.clear_double_data();
  t.clear_uint64_data();
  int type = rng() % 3 ? (rng() % 2 ? 1 : 7) : randomDataType(rng);
  t.set_data_type(type);
  int rank = rng() % 3;
  int64_t count = 1;
  for (int i = 0; i < rank; ++i) {
    int64_t d = rng() % 5 ? static_cast<int64_t>(rng() % 5) : randomDim(rng);
    t.add_dims(d);
    count = d >= 0 && d < 64 ? count * d : count;
  }
  if (count > 64)
    count = 64;
  if (rng() % 8 == 0)
    count += static_cast<int64_t>(rng() % 3) - 1;
  for (int64_t i = 0; i < count; ++i) {
    switch (type) {
    case 1:
      t.add_float_data(rng() % 4 ? float(randomInt(rng) % 8) : pick(rng, kFloats));
      break;
    case 7:
      t.add_int64_data(randomInt(rng));
      break;
    case 11:
      t.add_double_data(double(randomInt(rng)));
      break;
    case 12:
    case 13:
      t.add_uint64_data(static_cast<uint64_t>(randomInt(rng)));
      break;
    default:
      t.add_int32_data(static_cast<int32_t>(randomInt(rng)));
    }
  }
}

void mutateAttribute(Rng &rng, onnx::AttributeProto &a) {
  switch (rng() % 8) {
  case 0: // Change its type (and set a value of that type).
    a.clear_ints();
    a.clear_floats();
    switch (rng() % 6) {
    case 0:
      a.set_type(onnx::AttributeProto_AttributeType_INT);
      a.set_i(randomInt(rng));
      break;
    case 1:
      a.set_type(onnx::AttributeProto_AttributeType_INTS);
      for (int i = 0, e = rng() % 5; i < e; ++i)
        a.add_ints(randomInt(rng));
      break;
    case 2:
      a.set_type(onnx::AttributeProto_AttributeType_FLOAT);
      a.set_f(pick(rng, kFloats));
      break;
    case 3:
      a.set_type(onnx::AttributeProto_AttributeType_FLOATS);
      for (int i = 0, e = rng() % 5; i < e; ++i)
        a.add_floats(pick(rng, kFloats));
      break;
    case 4:
      a.set_type(onnx::AttributeProto_AttributeType_STRING);
      a.set_s(pick(rng, kStrings));
      break;
    default:
      a.set_type(onnx::AttributeProto_AttributeType_TENSOR);
      randomTensor(rng, *a.mutable_t());
    }
    break;
  case 1:
    a.set_name(pick(rng, kAttrNames));
    break;
  default: // Change its value, keeping its type.
    switch (a.type()) {
    case onnx::AttributeProto_AttributeType_INT:
      a.set_i(randomInt(rng));
      break;
    case onnx::AttributeProto_AttributeType_INTS:
      mutateInts(rng, *a.mutable_ints());
      break;
    case onnx::AttributeProto_AttributeType_FLOAT:
      a.set_f(pick(rng, kFloats));
      break;
    case onnx::AttributeProto_AttributeType_FLOATS:
      if (a.floats_size() && rng() % 2)
        a.set_floats(rng() % a.floats_size(), pick(rng, kFloats));
      else
        a.add_floats(pick(rng, kFloats));
      break;
    case onnx::AttributeProto_AttributeType_STRING:
      a.set_s(pick(rng, kStrings));
      break;
    case onnx::AttributeProto_AttributeType_TENSOR:
      randomTensor(rng, *a.mutable_t());
      break;
    default:
      a.set_i(randomInt(rng));
    }
  }
}

void mutateNode(Rng &rng, onnx::GraphProto &g, onnx::NodeProto &node) {
  switch (rng() % 10) {
  case 0:
    node.set_op_type(opTypes()[rng() % opTypes().size()]);
    break;
  case 1: { // Add an attribute.
    onnx::AttributeProto *a = node.add_attribute();
    a->set_name(pick(rng, kAttrNames));
    a->set_type(onnx::AttributeProto_AttributeType_INT);
    mutateAttribute(rng, *a);
    break;
  }
  case 2: // Remove an attribute.
    if (node.attribute_size()) {
      node.mutable_attribute()->SwapElements(rng() % node.attribute_size(),
                                             node.attribute_size() - 1);
      node.mutable_attribute()->RemoveLast();
    }
    break;
  case 3:
  case 4:
  case 5: // Change an attribute.
    if (node.attribute_size())
      mutateAttribute(rng,
                      *node.mutable_attribute(rng() % node.attribute_size()));
    break;
  case 6: { // Rewire an input.
    std::vector<std::string> names = valueNames(g);
    names.push_back("");
    if (node.input_size() && rng() % 2)
      node.set_input(rng() % node.input_size(), names[rng() % names.size()]);
    else
      node.add_input(names[rng() % names.size()]);
    break;
  }
  case 7: // Drop an input.
    if (node.input_size())
      node.mutable_input()->RemoveLast();
    break;
  case 8: // Add or drop an output.
    if (rng() % 2 && node.output_size())
      node.mutable_output()->RemoveLast();
    else
      node.add_output("fz" + std::to_string(rng() % 1000));
    break;
  default: // Change the domain.
    node.set_domain(rng() % 4 ? "" : (rng() % 2 ? "ai.onnx" : "com.x"));
  }
}

void mutateValueInfo(Rng &rng, onnx::ValueInfoProto &v) {
  onnx::TypeProto_Tensor *t = v.mutable_type()->mutable_tensor_type();
  switch (rng() % 5) {
  case 0:
    t->set_elem_type(randomDataType(rng));
    break;
  case 1:
    t->mutable_shape()->add_dim()->set_dim_value(randomDim(rng));
    break;
  case 2:
    if (t->shape().dim_size())
      t->mutable_shape()->mutable_dim()->RemoveLast();
    else
      t->clear_shape();
    break;
  default:
    if (t->shape().dim_size()) {
      auto *d = t->mutable_shape()->mutable_dim(rng() % t->shape().dim_size());
      if (rng() % 4 == 0)
        d->set_dim_param(rng() % 2 ? "N" : "batch");
      else
        d->set_dim_value(randomDim(rng));
    }
  }
}

void mutateModel(Rng &rng, onnx::ModelProto &m) {
  onnx::GraphProto &g = *m.mutable_graph();
  unsigned choice = rng() % 16;
  if (choice < 9 && g.node_size()) {
    int i = rng() % g.node_size();
    mutateNode(rng, g, *g.mutable_node(i));
    return;
  }
  switch (choice) {
  case 9: { // Opset.
    onnx::OperatorSetIdProto *o =
        m.opset_import_size() ? m.mutable_opset_import(0) : m.add_opset_import();
    o->set_version(rng() % 8 ? 1 + rng() % 17 : randomInt(rng));
    break;
  }
  case 10:
    if (g.input_size())
      mutateValueInfo(rng, *g.mutable_input(rng() % g.input_size()));
    break;
  case 11:
    if (g.output_size())
      mutateValueInfo(rng, *g.mutable_output(rng() % g.output_size()));
    break;
  case 12: // An initializer's data or shape.
    if (g.initializer_size()) {
      onnx::TensorProto &t = *g.mutable_initializer(rng() % g.initializer_size());
      std::string name = t.name();
      randomTensor(rng, t);
      t.set_name(name);
    }
    break;
  case 13: // Duplicate or remove a node.
    if (g.node_size() && rng() % 2) {
      g.mutable_node()->SwapElements(rng() % g.node_size(), g.node_size() - 1);
      g.mutable_node()->RemoveLast();
    } else if (g.node_size()) {
      *g.add_node() = g.node(rng() % g.node_size());
    }
    break;
  case 14: // Reorder two nodes.
    if (g.node_size() > 1)
      g.mutable_node()->SwapElements(rng() % g.node_size(),
                                     rng() % g.node_size());
    break;
  default: // Graph outputs: point one at another value.
    if (std::vector<std::string> names = valueNames(g);
        g.output_size() && !names.empty()) {
      g.mutable_output(rng() % g.output_size())
          ->set_name(names[rng() % names.size()]);
    }
  }
}

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size,
                                          size_t maxSize, unsigned seed) {
  Rng rng(seed);
  // Half the time (and whenever the input is not a model), mutate bytes.
  onnx::ModelProto model;
  if (rng() % 2 == 0 ||
      !model.ParseFromArray(data, static_cast<int>(size)) ||
      !model.has_graph())
    return LLVMFuzzerMutate(data, size, maxSize);
  for (unsigned i = 0, e = 1 + rng() % 3; i < e; ++i)
    mutateModel(rng, model);
  std::string out;
  if (!model.SerializeToString(&out) || out.size() > maxSize)
    return LLVMFuzzerMutate(data, size, maxSize);
  std::memcpy(data, out.data(), out.size());
  return out.size();
}
