//===- CpuTarget.cpp - LLVM dialect -> object code -> model.so ------------===//

#include "lib/Target/Cpu/CpuTarget.h"

#include "lib/Conversion/KernelToAffine/KernelToAffine.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVMPass.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Approximation.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/OpenMP/OpenMPToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/TargetParser/Triple.h"

using namespace mlir;

namespace {

/// Where CpuRecordGuidedLoopsPass leaves, on a function, which of its
/// parallel loops are guided, for CpuGuidedSchedulePass.
constexpr StringLiteral kGuidedLoopsAttr = "dlc.guided_loops";

/// The float32 transcendental functions of activations and softmax (erf,
/// exp, tanh) as polynomial approximations in arith ops, which LLVM
/// vectorizes with the loop around them, instead of one libm call per
/// element. Their error is a few ulp (MLIR's approximations).
struct CpuApproximateMathPass
    : PassWrapper<CpuApproximateMathPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CpuApproximateMathPass)
  StringRef getArgument() const override { return "dlc-cpu-approximate-math"; }
  StringRef getDescription() const override {
    return "Compute f32 erf, exp and tanh with polynomial approximations "
           "that vectorize, instead of libm calls";
  }
  void getDependentDialects(DialectRegistry &registry) const override {
    registry.insert<arith::ArithDialect, math::MathDialect,
                    vector::VectorDialect>();
  }
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(
        patterns, [](StringRef name) {
          return name == math::ErfOp::getOperationName() ||
                 name == math::ExpOp::getOperationName() ||
                 name == math::TanhOp::getOperationName();
        });
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

/// The affine.parallel loops of each function that KernelToAffine marked
/// guided (kGuidedAttr), in order, as the function's `dlc.guided_loops`:
/// lower-affine and SCF-to-OpenMP keep no attributes of the loops, but
/// turn each affine.parallel into one omp.wsloop in the same place, so
/// CpuGuidedSchedulePass can find them again by position.
struct CpuRecordGuidedLoopsPass
    : PassWrapper<CpuRecordGuidedLoopsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CpuRecordGuidedLoopsPass)
  StringRef getArgument() const override {
    return "dlc-cpu-record-guided-loops";
  }
  StringRef getDescription() const override {
    return "Record which affine.parallel loops are guided before "
           "lower-affine drops their attributes";
  }
  void runOnOperation() override {
    getOperation().walk([](func::FuncOp func) {
      SmallVector<bool> marks;
      func.walk<WalkOrder::PreOrder>([&](affine::AffineParallelOp loop) {
        marks.push_back(loop->removeAttr(dlc::kGuidedAttr) != nullptr);
      });
      if (llvm::is_contained(marks, true))
        func->setAttr(kGuidedLoopsAttr,
                      DenseBoolArrayAttr::get(func.getContext(), marks));
    });
  }
};

/// Gives the omp.wsloop of every loop CpuRecordGuidedLoopsPass recorded as
/// guided OpenMP's guided schedule: its tasks are handed out in shrinking
/// chunks as threads ask, the first ones about an even share each. Where
/// the function's loops no longer match the record one to one, every loop
/// keeps the static schedule (the schedule only changes speed).
struct CpuGuidedSchedulePass
    : PassWrapper<CpuGuidedSchedulePass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(CpuGuidedSchedulePass)
  StringRef getArgument() const override { return "dlc-cpu-guided-schedule"; }
  StringRef getDescription() const override {
    return "Give the omp.wsloops recorded as guided the guided schedule";
  }
  void runOnOperation() override {
    getOperation().walk([](func::FuncOp func) {
      auto marks = func->getAttrOfType<DenseBoolArrayAttr>(kGuidedLoopsAttr);
      if (!marks)
        return;
      func->removeAttr(kGuidedLoopsAttr);
      SmallVector<omp::WsloopOp> loops;
      func.walk<WalkOrder::PreOrder>(
          [&](omp::WsloopOp loop) { loops.push_back(loop); });
      if (static_cast<int64_t>(loops.size()) != marks.size())
        return;
      for (auto [loop, guided] : llvm::zip(loops, marks.asArrayRef()))
        if (guided)
          loop.setScheduleKind(omp::ClauseScheduleKind::Guided);
    });
  }
};

} // namespace

void dlc::registerCpuPasses() {
  PassRegistration<CpuApproximateMathPass>();
  PassRegistration<CpuRecordGuidedLoopsPass>();
  PassRegistration<CpuGuidedSchedulePass>();
}

void dlc::buildLowerToLLVMPipeline(OpPassManager &pm) {
  pm.addPass(std::make_unique<CpuApproximateMathPass>());
  pm.addPass(std::make_unique<CpuRecordGuidedLoopsPass>());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createConvertSCFToOpenMPPass());
  pm.addPass(std::make_unique<CpuGuidedSchedulePass>());
  // Inlines the memref.alloca_scope SCFToOpenMP wraps loop bodies in (they
  // hold no allocas), which control-flow lowering could not handle.
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertMathToFuncs());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  // The micro-kernels' masked loads, stores and gathers, FMAs, broadcasts.
  pm.addPass(createConvertVectorToLLVMPass());
  addFinalLLVMConversions(pm, /*openmp=*/true);
}

void dlc::addFinalLLVMConversions(OpPassManager &pm, bool openmp) {
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  ConvertFuncToLLVMPassOptions funcOptions;
  funcOptions.useBarePtrCallConv = true;
  pm.addPass(createConvertFuncToLLVMPass(funcOptions));
  if (openmp)
    pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

std::unique_ptr<llvm::TargetMachine>
dlc::createCpuTargetMachine(StringRef cpu, std::string &error) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::Triple triple(llvm::sys::getDefaultTargetTriple());
  const llvm::Target *target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  std::string cpuName = cpu.str();
  std::string features;
  if (cpu == "native" || cpu.empty()) {
    cpuName = llvm::sys::getHostCPUName().str();
    llvm::SubtargetFeatures f;
    for (const auto &[name, enabled] : llvm::sys::getHostCPUFeatures())
      f.AddFeature(name, enabled);
    features = f.getString();
  } else {
    // LLVM only warns about an unknown CPU (once per function) and may then
    // abort; check the name first.
    std::unique_ptr<llvm::MCSubtargetInfo> subtarget(
        target->createMCSubtargetInfo(triple, "", ""));
    if (subtarget && !subtarget->isCPUStringValid(cpuName)) {
      error = "unknown CPU '" + cpuName + "' for " + triple.str() +
              ": use 'native' or an LLVM CPU name such as x86-64-v3, "
              "skylake-avx512 or znver4";
      return nullptr;
    }
  }
  llvm::TargetOptions options;
  std::unique_ptr<llvm::TargetMachine> tm(target->createTargetMachine(
      triple, cpuName, features, options, llvm::Reloc::PIC_, std::nullopt,
      llvm::CodeGenOptLevel::Aggressive));
  if (!tm)
    error = "cannot create a target machine for CPU '" + cpuName + "'";
  return tm;
}

std::unique_ptr<llvm::Module>
dlc::translateAndOptimize(ModuleOp module, llvm::LLVMContext &llvmCtx,
                          llvm::TargetMachine &tm, std::string &error) {
  DialectRegistry registry;
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  registerOpenMPDialectTranslation(registry);
  module->getContext()->appendDialectRegistry(registry);
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmCtx, "dlc_model");
  if (!llvmModule) {
    error = "cannot translate the model to LLVM IR";
    return nullptr;
  }
  llvmModule->setDataLayout(tm.createDataLayout());
  llvmModule->setTargetTriple(tm.getTargetTriple());
  auto optimize = makeOptimizingTransformer(/*optLevel=*/3, /*sizeLevel=*/0, &tm);
  if (llvm::Error e = optimize(llvmModule.get())) {
    error = llvm::toString(std::move(e));
    return nullptr;
  }
  return llvmModule;
}

bool dlc::emitObjectFile(llvm::Module &module, llvm::TargetMachine &tm,
                         StringRef path, std::string &error) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    error = "cannot write '" + path.str() + "': " + ec.message();
    return false;
  }
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, os, nullptr,
                             llvm::CodeGenFileType::ObjectFile)) {
    error = "the target cannot emit object files";
    return false;
  }
  pm.run(module);
  os.flush();
  return true;
}

//===----------------------------------------------------------------------===//
// The description stub and model.h
//===----------------------------------------------------------------------===//

int dlc::onnxDataTypeOf(Type t) {
  if (t.isF32())
    return 1;
  if (t.isF64())
    return 11;
  if (t.isF16())
    return 10;
  if (t.isBF16())
    return 16;
  if (t.isInteger(1))
    return 9;
  if (auto i = dyn_cast<IntegerType>(t)) {
    bool u = i.isUnsigned();
    switch (i.getWidth()) {
    case 8:
      return u ? 2 : 3;
    case 16:
      return u ? 4 : 5;
    case 32:
      return u ? 12 : 6;
    case 64:
      return u ? 13 : 7;
    default:
      return 0;
    }
  }
  return 0;
}

static std::string cString(StringRef s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      snprintf(buf, sizeof(buf), "\\%03o", static_cast<unsigned char>(c));
      out += buf;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

/// The bytes of one tensor.
static uint64_t byteSize(const dlc::TensorSignature &t) {
  uint64_t n = 1;
  for (int64_t d : t.shape)
    n *= static_cast<uint64_t>(d);
  switch (t.dtype) {
  case 11:
  case 7:
  case 13:
    return n * 8;
  case 1:
  case 6:
  case 12:
    return n * 4;
  case 4:
  case 5:
  case 10:
  case 16:
    return n * 2;
  default:
    return n;
  }
}

/// run() of a CUDA model: dlc_cuda_run (runtime/lib/CudaModel.c) stages
/// host buffers to the device and calls the entry through a thunk.
static void emitCudaRun(llvm::raw_ostream &os, const dlc::ModelSignature &sig) {
  size_t numArgs = sig.inputs.size() + sig.outputs.size() + 1;
  os << "int32_t dlc_cuda_run(void (*)(void **), int32_t, int32_t, void "
        "*const *, void *const *, void *, const uint64_t *, const uint64_t "
        "*, uint64_t);\n"
        "const char *dlc_cuda_last_error(void);\n"
        "int32_t dlc_cuda_arena_alloc(uint64_t, void **);\n"
        "void dlc_cuda_arena_free(void *);\n\n"
        "static void call_entry(void **args) {\n  "
     << sig.entryName << "(";
  for (size_t i = 0; i < numArgs; ++i)
    os << (i ? ", " : "") << "args[" << i << "]";
  os << ");\n}\n\n";
  auto sizes = [&](StringRef name,
                   const std::vector<dlc::TensorSignature> &tensors) {
    os << "static const uint64_t " << name << "[] = {";
    for (auto [i, t] : llvm::enumerate(tensors))
      os << (i ? ", " : "") << byteSize(t) << "u";
    if (tensors.empty())
      os << "0";
    os << "};\n";
  };
  sizes("input_bytes", sig.inputs);
  sizes("output_bytes", sig.outputs);
  os << "\nstatic int32_t run(void *const *inputs, void *const *outputs, "
        "void *arena) {\n"
     << "  return dlc_cuda_run(call_entry, " << sig.inputs.size() << ", "
     << sig.outputs.size()
     << ", inputs, outputs, arena, input_bytes, output_bytes, "
     << sig.arenaBytes << "u);\n}\n\n"
     << "/* Host threads do not matter to a GPU model. */\n"
        "static void set_num_threads(int32_t n) { (void)n; }\n\n"
        "static const dlc_model_device_desc device = {\"cuda\", "
        "dlc_cuda_arena_alloc, dlc_cuda_arena_free, dlc_cuda_last_error};\n\n"
        "__attribute__((visibility(\"default\")))\n"
        "const dlc_model_device_desc *dlc_model_device(void) {\n"
        "  return &device;\n}\n\n";
}

/// dlc-compile --profile: the functions the kernel-profile pass brackets
/// every kernel with, and dlc_model_profile() (dlc/model_abi.h). A run
/// times its kernels on the thread that called it; the totals are atomic so
/// that runs on several threads at once add up.
static void emitProfile(llvm::raw_ostream &os,
                        const std::vector<std::string> &names) {
  size_t n = names.size();
  os << "#include <time.h>\n\n"
     << "static const char *const profile_names[" << n << "] = {\n";
  for (const std::string &name : names)
    os << "  " << cString(name) << ",\n";
  os << "};\nstatic uint64_t profile_ns[" << n << "], profile_runs[" << n
     << "];\n"
     << R"c(static _Thread_local uint64_t profile_start;

static uint64_t profile_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

__attribute__((visibility("hidden"))) void dlc_profile_begin(int32_t k) {
  (void)k;
  profile_start = profile_now();
}

__attribute__((visibility("hidden"))) void dlc_profile_end(int32_t k) {
  uint64_t elapsed = profile_now() - profile_start;
  __atomic_fetch_add(&profile_ns[k], elapsed, __ATOMIC_RELAXED);
  __atomic_fetch_add(&profile_runs[k], 1, __ATOMIC_RELAXED);
}

static void profile_read(int32_t k, uint64_t *ns, uint64_t *runs) {
  *ns = __atomic_load_n(&profile_ns[k], __ATOMIC_RELAXED);
  *runs = __atomic_load_n(&profile_runs[k], __ATOMIC_RELAXED);
}

static void profile_reset(void) {
  for (int32_t k = 0; k < (int32_t)(sizeof profile_ns / sizeof *profile_ns);
       ++k) {
    __atomic_store_n(&profile_ns[k], 0, __ATOMIC_RELAXED);
    __atomic_store_n(&profile_runs[k], 0, __ATOMIC_RELAXED);
  }
}

)c"
     << "static const dlc_model_profile_desc profile = {" << n
     << ", profile_names, profile_read, profile_reset};\n\n"
     << "__attribute__((visibility(\"default\")))\n"
        "const dlc_model_profile_desc *dlc_model_profile(void) {\n"
        "  return &profile;\n}\n\n";
}

std::string dlc::generateDescriptionStub(const ModelSignature &sig) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "/* Generated by dlc-compile: the description of " << sig.modelName
     << ". */\n#include \"dlc/model_abi.h\"\n#include <stddef.h>\n\n";
  bool cuda = sig.device == "cuda";
  if (!cuda)
    os << "void omp_set_num_threads(int);\n";
  os << "extern void " << sig.entryName << "(";
  size_t numArgs = sig.inputs.size() + sig.outputs.size() + 1;
  for (size_t i = 0; i < numArgs; ++i)
    os << (i ? ", " : "") << "void *";
  os << ");\n\n";
  auto emitTensors = [&](StringRef kind,
                         const std::vector<TensorSignature> &tensors) {
    for (auto [i, t] : llvm::enumerate(tensors)) {
      os << "static const int64_t " << kind << i << "_shape[] = {";
      for (auto [j, d] : llvm::enumerate(t.shape))
        os << (j ? ", " : "") << d;
      if (t.shape.empty())
        os << "0";
      os << "};\nstatic const char *const " << kind << i << "_dims[] = {";
      for (size_t j = 0; j < std::max<size_t>(t.shape.size(), 1); ++j) {
        std::string n = j < t.dimNames.size() ? t.dimNames[j] : "";
        os << (j ? ", " : "") << (n.empty() ? "NULL" : cString(n));
      }
      os << "};\n";
    }
    os << "static const dlc_tensor_desc " << kind << "s[] = {\n";
    for (auto [i, t] : llvm::enumerate(tensors))
      os << "  {" << cString(t.name) << ", (dlc_dtype)" << t.dtype << ", "
         << t.shape.size() << ", " << kind << i << "_shape, " << kind << i
         << "_dims},\n";
    if (tensors.empty())
      os << "  {NULL, DLC_DTYPE_INVALID, 0, NULL, NULL},\n";
    os << "};\n\n";
  };
  emitTensors("input", sig.inputs);
  emitTensors("output", sig.outputs);
  // memref.copy of strided views lowers to a call of memrefCopy (MLIR's
  // C runner utilities); the model carries its own copy.
  os << R"c(typedef struct { int64_t rank; void *descriptor; } dlc_unranked;
__attribute__((visibility("hidden")))
void memrefCopy(int64_t elemSize, dlc_unranked *src, dlc_unranked *dst) {
  int64_t rank = src->rank;
  char **s = (char **)src->descriptor, **d = (char **)dst->descriptor;
  const int64_t *sm = (const int64_t *)(s + 2), *dm = (const int64_t *)(d + 2);
  /* metadata: offset, sizes[rank], strides[rank] */
  const int64_t *sizes = sm + 1, *sstr = sm + 1 + rank, *dstr = dm + 1 + rank;
  char *sp = s[1] + sm[0] * elemSize, *dp = d[1] + dm[0] * elemSize;
  int64_t index[64] = {0};
  if (rank > 64) return;
  for (int64_t i = 0; i < rank; ++i)
    if (sizes[i] == 0) return;
  for (;;) {
    int64_t so = 0, dof = 0;
    for (int64_t i = 0; i < rank; ++i) {
      so += index[i] * sstr[i];
      dof += index[i] * dstr[i];
    }
    for (int64_t b = 0; b < elemSize; ++b)
      dp[dof * elemSize + b] = sp[so * elemSize + b];
    int64_t i = rank - 1;
    for (; i >= 0; --i) {
      if (++index[i] < sizes[i]) break;
      index[i] = 0;
    }
    if (i < 0) return;
  }
}

)c";
  if (!sig.profiledKernels.empty())
    emitProfile(os, sig.profiledKernels);
  if (cuda)
    emitCudaRun(os, sig);
  else {
    os << "static int32_t run(void *const *inputs, void *const *outputs, "
          "void *arena) {\n  "
       << sig.entryName << "(";
    for (size_t i = 0; i < sig.inputs.size(); ++i)
      os << "inputs[" << i << "], ";
    for (size_t i = 0; i < sig.outputs.size(); ++i)
      os << "outputs[" << i << "], ";
    os << "arena);\n  return 0;\n}\n\n";
    os << "static void set_num_threads(int32_t n) {\n"
          "  omp_set_num_threads(n < 1 ? 1 : n);\n}\n\n";
  }
  os << "static const dlc_model_desc description = {\n"
     << "  DLC_MODEL_ABI_VERSION, " << cString(sig.modelName) << ", "
     << sig.inputs.size() << ", " << sig.outputs.size()
     << ", inputs, outputs,\n  " << sig.arenaBytes << "u, "
     << sig.arenaAlignment << "u, run, set_num_threads};\n\n"
     << "__attribute__((visibility(\"default\")))\n"
     << "const dlc_model_desc *dlc_model_describe(void) {\n"
     << "  return &description;\n}\n";
  return s;
}

static StringRef cTypeOf(int dtype) {
  switch (dtype) {
  case 1:
    return "float";
  case 11:
    return "double";
  case 3:
    return "int8_t";
  case 5:
    return "int16_t";
  case 6:
    return "int32_t";
  case 7:
    return "int64_t";
  case 2:
  case 9:
    return "uint8_t";
  case 4:
  case 10:
  case 16:
    return "uint16_t";
  case 12:
    return "uint32_t";
  case 13:
    return "uint64_t";
  default:
    return "void";
  }
}

std::string dlc::generateModelHeader(const ModelSignature &sig) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "/* Generated by dlc-compile for " << sig.modelName
     << ".\n * Load the library with dlc_model_load() from dlc/runtime.h;"
        " its inputs and outputs are: */\n"
     << "#ifndef DLC_MODEL_H\n#define DLC_MODEL_H\n\n";
  auto emit = [&](StringRef kind, const std::vector<TensorSignature> &ts) {
    for (auto [i, t] : llvm::enumerate(ts)) {
      os << "/* " << kind << " " << i << ": '" << t.name << "', "
         << cTypeOf(t.dtype) << "[";
      for (auto [j, d] : llvm::enumerate(t.shape))
        os << (j ? "][" : "") << d;
      os << "] */\n";
    }
  };
  emit("input", sig.inputs);
  emit("output", sig.outputs);
  os << "#define DLC_MODEL_NUM_INPUTS " << sig.inputs.size() << "\n"
     << "#define DLC_MODEL_NUM_OUTPUTS " << sig.outputs.size() << "\n"
     << "#define DLC_MODEL_ARENA_BYTES " << sig.arenaBytes << "\n"
     << "\n#endif /* DLC_MODEL_H */\n";
  return s;
}

//===----------------------------------------------------------------------===//
// Linking
//===----------------------------------------------------------------------===//

static bool writeFile(StringRef path, StringRef contents, std::string &error) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_Text);
  if (ec) {
    error = "cannot write '" + path.str() + "': " + ec.message();
    return false;
  }
  os << contents;
  return true;
}

bool dlc::linkSharedLibrary(StringRef objectPath, const ModelSignature &sig,
                            StringRef outputPath, std::string &error,
                            ArrayRef<std::string> extraInputs) {
  std::string compiler;
  for (StringRef name : {"clang-22", "cc", "gcc", "clang"}) {
    if (auto p = llvm::sys::findProgramByName(name)) {
      compiler = *p;
      break;
    }
  }
  if (compiler.empty()) {
    error = "no C compiler (clang-22, cc or gcc) found to link the shared "
            "library; run scripts/install-deps.sh";
    return false;
  }
  SmallString<128> stubPath, exportsPath;
  if (std::error_code ec = llvm::sys::fs::createTemporaryFile(
          "dlc-model-stub", "c", stubPath)) {
    error = "cannot create a temporary file: " + ec.message();
    return false;
  }
  if (std::error_code ec = llvm::sys::fs::createTemporaryFile(
          "dlc-model-exports", "map", exportsPath)) {
    error = "cannot create a temporary file: " + ec.message();
    return false;
  }
  llvm::scope_exit cleanup([&] {
    llvm::sys::fs::remove(stubPath);
    llvm::sys::fs::remove(exportsPath);
  });
  std::string exports = "{ global: dlc_model_describe; ";
  if (sig.device != "cpu")
    exports += "dlc_model_device; ";
  if (!sig.profiledKernels.empty())
    exports += "dlc_model_profile; ";
  exports += "local: *; };\n";
  if (!writeFile(stubPath, generateDescriptionStub(sig), error) ||
      !writeFile(exportsPath, exports, error))
    return false;
  std::string include = "-I" DLC_RUNTIME_INCLUDE_DIR;
  std::string libDir = "-L" DLC_OPENMP_LIB_DIR;
  std::string rpath = "-Wl,-rpath," DLC_OPENMP_LIB_DIR;
  std::string versionScript = "-Wl,--version-script=" + exportsPath.str().str();
  SmallVector<StringRef> args = {compiler,   "-shared", "-fPIC",
                                 "-O2",      include,   "-o",
                                 outputPath, stubPath,  objectPath};
  for (const std::string &input : extraInputs)
    args.push_back(input);
  if (sig.device == "cpu") {
    args.append({libDir, rpath, "-lomp"});
  }
  args.append({"-lm", versionScript});
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(compiler, args, std::nullopt, {}, 0, 0,
                                     &message);
  if (rc != 0) {
    error = "linking '" + outputPath.str() + "' with " + compiler +
            " failed" + (message.empty() ? "" : ": " + message);
    return false;
  }
  return true;
}

dlc::ModelSignature dlc::describeSignature(Operation *entry,
                                         StringRef modelName) {
  auto func = cast<func::FuncOp>(entry);
  ModelSignature signature;
  signature.modelName = modelName.str();
  signature.entryName = func.getName().str();
  auto describe = [](Type type, DictionaryAttr attrs,
                     std::vector<TensorSignature> &into) {
    auto tensor = cast<RankedTensorType>(type);
    TensorSignature t;
    if (attrs)
      if (auto name = attrs.getAs<StringAttr>("onnx.name"))
        t.name = name.str();
    t.dtype = onnxDataTypeOf(tensor.getElementType());
    t.shape.assign(tensor.getShape().begin(), tensor.getShape().end());
    if (attrs)
      if (auto dims = attrs.getAs<ArrayAttr>("onnx.dim_params"))
        for (Attribute d : dims)
          t.dimNames.push_back(cast<StringAttr>(d).str());
    into.push_back(t);
  };
  for (unsigned i = 0; i < func.getNumArguments(); ++i)
    describe(func.getArgumentTypes()[i], func.getArgAttrDict(i),
             signature.inputs);
  for (unsigned i = 0; i < func.getNumResults(); ++i)
    describe(func.getResultTypes()[i], func.getResultAttrDict(i),
             signature.outputs);
  if (auto module = func->getParentOfType<ModuleOp>())
    if (auto names = module->getAttrOfType<ArrayAttr>("dlc.profile_kernels"))
      for (Attribute name : names)
        if (auto s = dyn_cast<StringAttr>(name))
          signature.profiledKernels.push_back(s.str());
  return signature;
}

bool dlc::emitSharedLibrary(llvm::Module &module, llvm::TargetMachine &tm,
                            const ModelSignature &signature,
                            StringRef outputPath, std::string &error,
                            LinkFunction link) {
  llvm::SmallString<128> object;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("dlc-model", "o", object)) {
    error = "cannot create a temporary file: " + ec.message();
    return false;
  }
  llvm::scope_exit removeObject([&] { llvm::sys::fs::remove(object); });
  if (!emitObjectFile(module, tm, object, error))
    return false;
  return link ? link(object, signature, outputPath, error)
              : linkSharedLibrary(object, signature, outputPath, error);
}

bool dlc::writeCpuSharedLibrary(ModuleOp module,
                                const ModelSignature &signature,
                                StringRef cpu, StringRef outputPath,
                                std::string &error) {
  std::unique_ptr<llvm::TargetMachine> tm = createCpuTargetMachine(cpu, error);
  if (!tm)
    return false;
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateAndOptimize(module, llvmContext, *tm, error);
  return llvmModule &&
         emitSharedLibrary(*llvmModule, *tm, signature, outputPath, error);
}
