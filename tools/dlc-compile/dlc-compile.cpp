//===- dlc-compile.cpp - Compile an ONNX model ----------------------------===//
//
// dlc-compile MODEL.onnx [-o OUT] [--emit=STAGE] [--dim NAME=VALUE]...
//             [--freeze-input NAME=FILE]...
//
// Reads an ONNX model and writes the requested stage of its compilation:
// graph -> kernel -> affine -> llvm (dialect) -> llvm-ir -> obj -> lib
// (model.so plus model.h, the default). Every text stage can be replayed
// with dlc-opt and the pipeline of the next stage. --target=cuda goes
// kernel -> gpu (outlined kernels) -> ptx / llvm -> ... -> lib instead.
//
//===----------------------------------------------------------------------===//

#include "cost-model/Explain.h"
#include "cost-model/Records.h"
#include "cost-model/Search.h"
#include "lib/Conversion/KernelToAffine/KernelToAffine.h"
#include "lib/Import/Onnx/OnnxImporter.h"
#include "lib/Pipelines/InitAll.h"
#include "lib/Pipelines/Pipelines.h"
#include "lib/Support/Diagnostics.h"
#include "lib/Target/Cpu/CpuTarget.h"
#include "lib/Target/Cuda/CudaTarget.h"
#include "lib/Transforms/Kernel/Fusion.h"
#include "lib/Transforms/Kernel/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Timer.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
namespace cl = llvm::cl;

static cl::OptionCategory category("dlc-compile options");

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<model.onnx>"),
                                      cl::Required, cl::cat(category));

static cl::opt<std::string>
    outputFile("o", cl::desc("Output file ('-' for standard output)"),
               cl::value_desc("file"), cl::init("-"), cl::cat(category));

enum class Emit { Graph, Kernel, Affine, Gpu, Ptx, Llvm, LlvmIR, Obj, Lib };
static cl::opt<Emit> emit(
    "emit", cl::desc("What to produce (default: lib)"), cl::init(Emit::Lib),
    cl::values(
        clEnumValN(Emit::Graph, "graph",
                   "the graph-dialect IR of the model, as imported"),
        clEnumValN(Emit::Kernel, "kernel",
                   "kernel-dialect IR: kernel.fused groups with schedules"),
        clEnumValN(Emit::Affine, "affine",
                   "buffers in the arena and affine loop nests (CPU)"),
        clEnumValN(Emit::Gpu, "gpu",
                   "gpu.launch_func and outlined gpu.modules (CUDA)"),
        clEnumValN(Emit::Ptx, "ptx", "the PTX of every kernel (CUDA)"),
        clEnumValN(Emit::Llvm, "llvm", "the LLVM dialect"),
        clEnumValN(Emit::LlvmIR, "llvm-ir", "optimized LLVM IR"),
        clEnumValN(Emit::Obj, "obj", "an object file"),
        clEnumValN(Emit::Lib, "lib",
                   "a shared library model.so plus its header model.h")),
    cl::cat(category));

enum class Target { Cpu, Cuda };
static cl::opt<Target> target(
    "target", cl::desc("What the model runs on (default: cpu)"),
    cl::init(Target::Cpu),
    cl::values(clEnumValN(Target::Cpu, "cpu", "this CPU (or --mcpu's)"),
               clEnumValN(Target::Cuda, "cuda",
                          "an NVIDIA GPU: kernels as PTX, run through the "
                          "CUDA driver (loaded when the model runs)")),
    cl::cat(category));

static cl::opt<std::string>
    cudaArch("cuda-arch",
             cl::desc("GPU architecture for --target=cuda: sm_80 (A100, the "
                      "default) or sm_90 (H100, H200)"),
             cl::init("sm_80"), cl::cat(category));

static cl::opt<std::string>
    mcpu("mcpu",
         cl::desc("CPU to generate code for ('native': this machine, the "
                  "default; or an LLVM CPU name such as znver4, "
                  "skylake-avx512, x86-64-v3)"),
         cl::init("native"), cl::cat(category));

static cl::opt<uint64_t> randomSchedules(
    "random-schedules",
    cl::desc("Testing: replace every kernel's schedule by a random legal one "
             "drawn from this seed (0: keep the chosen schedules)"),
    cl::init(0), cl::cat(category));

static cl::opt<bool> noFusion(
    "no-fusion",
    cl::desc("Keep every graph op its own kernel (CPU: no kernel-fuse, "
             "elementwise chains are not merged into the kernels that read "
             "them)"),
    cl::init(false), cl::cat(category));

static cl::opt<bool> quiet("quiet", cl::desc("Print no progress summary"),
                           cl::init(false), cl::cat(category));

static cl::opt<std::string> recordsPath(
    "records",
    cl::desc("Give each kernel the schedule dlc-tune chose for it in FILE, "
             "a tuning-records file written on this machine (without a "
             "choice, the one with the lowest median time; kernels without "
             "records keep the default schedule; CPU target only)"),
    cl::value_desc("FILE"), cl::cat(category));

static cl::opt<std::string> costModelPath(
    "cost-model",
    cl::desc("Choose each kernel's schedule with XGBoost cost models (CPU "
             "target): 'shipped' (the default) for "
             "the ones trained on DLC's corpus (share/dlc/cost-model beside "
             "the tools; bench/COSTMODEL.md), or FILE (dlc-tune "
             "--save-model, with --latency-model for the second model). "
             "The heuristic's schedule and 128 random and neighbouring ones "
             "are scored without measuring; one predicted at 0.90x its time "
             "or less replaces it; kernels of a kind the model was not "
             "trained on keep the heuristic's (--records, when given, "
             "overrides the choice per kernel; --explain shows the "
             "candidates). 'none': the heuristic's schedules"),
    cl::value_desc("shipped|FILE|none"), cl::init("shipped"),
    cl::cat(category));

static cl::opt<std::string> latencyModelPath(
    "latency-model",
    cl::desc("With a cost model: also judge with this latency model "
             "(dlc-tune --save-latency-model; 'shipped' for the one shipped, "
             "which the shipped cost model takes by default; 'none' for no "
             "latency model). It predicts each kernel's time: a schedule "
             "replaces the heuristic's only where both models predict it "
             "0.90x the time or less, and it judges fusions "
             "(--judge-fusion)"),
    cl::value_desc("shipped|FILE|none"), cl::cat(category));

static cl::opt<bool> judgeFusion(
    "judge-fusion",
    cl::desc("With a latency model (the shipped one by default): leave "
             "apart each fusion the rules allow whose merged kernel it "
             "predicts more than 1.25x its parts' time; kernels of a kind it "
             "was not trained on stay fused (the default; "
             "--judge-fusion=false keeps every fusion the rules allow)"),
    cl::init(true), cl::cat(category));

static cl::opt<unsigned> recordsThreads(
    "records-threads",
    cl::desc("With --records: use the measurements taken at this many "
             "threads (default: this machine's cores, as the model runs by "
             "default)"),
    cl::init(0), cl::cat(category));

static cl::opt<bool> profile(
    "profile",
    cl::desc("Time every kernel in the compiled model (CPU): the library "
             "keeps each kernel's wall time over its runs, which dlc-run "
             "--profile prints per kernel, numbered and named as --explain "
             "names them. Each kernel costs two clock reads more per run"),
    cl::init(false), cl::cat(category));

static cl::opt<bool> explain(
    "explain",
    cl::desc("Print to stderr, for every kernel, its loops, its schedule and "
             "the cost model's estimate for this machine (work, tile "
             "footprints, cache traffic, threads, roofline time and whether "
             "compute, L2 or DRAM bounds it)"),
    cl::init(false), cl::cat(category));

static cl::list<std::string>
    dims("dim",
         cl::desc("Bind a symbolic input dim, e.g. --dim batch=8 (repeatable; "
                  "unbound dims stay dynamic)"),
         cl::value_desc("NAME=VALUE"), cl::cat(category));

static cl::list<std::string> freezeInputs(
    "freeze-input",
    cl::desc("Turn graph input NAME into a constant holding the tensor in "
             "FILE (an ONNX TensorProto .pb or a NumPy .npy; dtype and shape "
             "must match the input), e.g. the shape operand of a Reshape "
             "(repeatable)"),
    cl::value_desc("NAME=FILE"), cl::cat(category));

static cl::opt<bool>
    emitBytecode("emit-bytecode",
                 cl::desc("Write MLIR bytecode instead of text (compact, "
                          "weights included)"),
                 cl::init(false), cl::cat(category));

static cl::opt<bool> elideWeights(
    "elide-weights",
    cl::desc("Leave the weights' bytes out of the text IR (smaller, but the "
             "output can no longer be compiled further)"),
    cl::init(false), cl::cat(category));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "DLC ahead-of-time compiler: reads an ONNX model (opsets 1 to 17, "
      "external data supported)\nand writes the requested stage of its "
      "compilation.\n\n"
      "  dlc-compile model.onnx --emit=graph -o model.mlir\n"
      "  dlc-compile model.onnx --emit=graph --dim batch=1\n");

  DialectRegistry registry;
  dlc::registerDLCDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  dlc::UserDiagnosticHandler diagnostics(context, llvm::errs(), "dlc-compile");

  dlc::OnnxImportOptions options;
  for (const std::string &binding : dims) {
    std::string error;
    if (!dlc::addDimBinding(binding, options, error)) {
      llvm::errs() << "dlc-compile: error: " << error << "\n";
      return 1;
    }
  }

  for (const std::string &freeze : freezeInputs) {
    auto [name, file] = llvm::StringRef(freeze).split('=');
    if (name.empty() || file.empty()) {
      llvm::errs() << "dlc-compile: error: --freeze-input expects NAME=FILE, "
                      "got '"
                   << freeze << "'\n";
      return 1;
    }
    if (!options.frozenInputs.try_emplace(name, file.str()).second) {
      llvm::errs() << "dlc-compile: error: --freeze-input " << name
                   << " is given twice\n";
      return 1;
    }
  }

  bool cuda = target == Target::Cuda;
  dlc::CudaOptions cudaOptions;
  if (cuda) {
    std::string error;
    if (!dlc::parseCudaArch(cudaArch, cudaOptions, error)) {
      llvm::errs() << "dlc-compile: error: " << error << "\n";
      return 1;
    }
  }
  if (!cuda && (emit == Emit::Gpu || emit == Emit::Ptx)) {
    llvm::errs() << "dlc-compile: error: --emit="
                 << (emit == Emit::Gpu ? "gpu" : "ptx")
                 << " needs --target=cuda\n";
    return 1;
  }
  if (cuda && (!recordsPath.empty() || (costModelPath.getNumOccurrences() &&
                                        costModelPath != "none"))) {
    llvm::errs() << "dlc-compile: error: "
                 << (recordsPath.empty() ? "--cost-model" : "--records")
                 << " is for CPU schedules; it cannot be used with "
                    "--target=cuda\n";
    return 1;
  }
  if (cuda && profile) {
    llvm::errs() << "dlc-compile: error: --profile times kernels on the CPU; "
                    "it cannot be used with --target=cuda\n";
    return 1;
  }
  if (cuda && emit == Emit::Affine) {
    llvm::errs() << "dlc-compile: error: --emit=affine is a CPU stage; with "
                    "--target=cuda use --emit=gpu\n";
    return 1;
  }

  OwningOpRef<ModuleOp> module =
      dlc::importOnnxFile(inputFile, context, options);
  if (!module)
    return 1;

  // Where the result goes: text stages default to standard output, files
  // default to the model's name.
  std::string outPath = outputFile;
  if (outPath == "-" && (emit == Emit::Obj || emit == Emit::Lib)) {
    SmallString<128> p(llvm::sys::path::stem(inputFile));
    p += emit == Emit::Obj ? ".o" : ".so";
    outPath = std::string(p);
  }
  auto printModule = [&](ModuleOp m) -> int {
    std::string errorMessage;
    auto output = openOutputFile(outPath, &errorMessage);
    if (!output) {
      llvm::errs() << "dlc-compile: error: " << errorMessage << "\n";
      return 1;
    }
    if (emitBytecode) {
      if (failed(writeBytecodeToFile(m, output->os()))) {
        llvm::errs() << "dlc-compile: error: cannot write bytecode\n";
        return 1;
      }
    } else {
      OpPrintingFlags flags;
      if (elideWeights)
        flags.elideLargeResourceString(0);
      m->print(output->os(), flags);
    }
    output->keep();
    return 0;
  };
  auto progress = [&](const Twine &message) {
    if (!quiet && (emit == Emit::Obj || emit == Emit::Lib))
      llvm::errs() << "dlc-compile: " << message << "\n";
  };

  if (emit == Emit::Graph)
    return printModule(*module);

  auto runPipeline = [&](llvm::function_ref<void(OpPassManager &)> build,
                         StringRef what) -> bool {
    PassManager pm(&context);
    build(pm);
    if (succeeded(pm.run(*module)))
      return true;
    if (diagnostics.getNumErrors() == 0)
      llvm::errs() << "dlc-compile: error: " << what << " failed\n";
    return false;
  };

  // The cost models, if any: files, or the ones shipped for this CPU.
  // By default (no --cost-model), the shipped models where there are any,
  // for the CPU target, unless random schedules are asked for.
  bool byDefault = !costModelPath.getNumOccurrences();
  std::string modelFile =
      costModelPath == "none" || (byDefault && (cuda || randomSchedules != 0))
          ? std::string()
          : costModelPath.getValue();
  bool shippedModel = modelFile == "shipped";
  std::string latencyFile = latencyModelPath.getValue();
  if (latencyFile.empty() && shippedModel)
    latencyFile = "shipped";
  if (latencyFile == "none")
    latencyFile.clear();
  if (!latencyFile.empty() && modelFile.empty()) {
    llvm::errs() << "dlc-compile: error: --latency-model needs a cost model "
                    "(it checks that model's choices), not --cost-model="
                 << costModelPath << "\n";
    return 1;
  }
  std::string executable = llvm::sys::fs::getMainExecutable(
      argv[0], reinterpret_cast<void *>(&costModelPath));
  auto findShipped = [&](std::string &file, StringRef suffix) {
    if (file != "shipped")
      return true;
    file = dlc::cost::shippedModelPath(executable, suffix);
    if (!file.empty())
      return true;
    llvm::errs() << "dlc-compile: " << (byDefault ? "warning" : "error")
                 << ": no cost model is shipped for this CPU's architecture "
                    "beside the tools (share/dlc/cost-model/default-ARCH"
                 << suffix << ".json)"
                 << (byDefault ? "; using the heuristic's schedules" : "")
                 << "\n";
    return false;
  };
  if (!findShipped(modelFile, "") || !findShipped(latencyFile, "-latency")) {
    if (!byDefault)
      return 1;
    modelFile.clear();
    latencyFile.clear();
  }
  // This machine's caches and cores, for the options that use the cost
  // model (read from sysfs once).
  dlc::cost::Machine machine;
  if (explain || !recordsPath.empty() || !modelFile.empty())
    machine = dlc::cost::hostMachine();
  std::optional<dlc::cost::ModelReport> report;
  std::optional<dlc::cost::Booster> model, latencyModel;
  // The machine the models judge: a model measured on fewer threads than
  // this machine has cores sees the machine with that many, and leaves
  // parallelism to the heuristic.
  dlc::cost::Machine scoring = machine;
  bool keepParallel = false;
  if (!modelFile.empty()) {
    auto load = [&](StringRef file, StringRef schema,
                    std::optional<dlc::cost::Booster> &into) {
      auto loaded = dlc::cost::Booster::load(file, schema);
      if (!loaded) {
        llvm::errs() << "dlc-compile: error: "
                     << llvm::toString(loaded.takeError()) << "\n";
        return false;
      }
      std::string trainedOn = loaded->attribute("machine");
      if (!shippedModel && !trainedOn.empty() &&
          trainedOn != machine.fingerprint())
        llvm::errs() << "dlc-compile: warning: cost model '" << file
                     << "' was trained on another machine (" << trainedOn
                     << ")\n";
      into.emplace(std::move(*loaded));
      return true;
    };
    if (!load(modelFile, dlc::cost::relativeSchema(), model) ||
        (!latencyFile.empty() &&
         !load(latencyFile, dlc::cost::featureSchema(), latencyModel)))
      return 1;
    report.emplace();
    report->source = (shippedModel ? "shipped cost model " : "cost model ") +
                     modelFile;
    if (latencyModel)
      report->source += " and latency model " + latencyFile;
    int64_t measuredThreads = 0;
    if (llvm::StringRef(model->attribute("threads"))
            .getAsInteger(10, measuredThreads) ||
        measuredThreads <= 0)
      measuredThreads = machine.cores;
    keepParallel = measuredThreads < machine.cores;
    scoring.cores = std::min(measuredThreads, machine.cores);
  }

  if (!runPipeline(dlc::buildGraphToKernelPipeline, "lowering to kernels"))
    return 1;
  // Fusion is on the CPU path only for now: the CUDA kernels keep one
  // kernel per op until fused kernels are checked on a GPU. With a latency
  // model, it judges each fusion the rules allow (unless told not to).
  bool judgeAsked = judgeFusion && judgeFusion.getNumOccurrences();
  if (judgeAsked && !latencyModel) {
    llvm::errs() << "dlc-compile: error: --judge-fusion needs a latency model "
                    "(--latency-model)\n";
    return 1;
  }
  if (judgeAsked && noFusion)
    llvm::errs() << "dlc-compile: warning: --judge-fusion does nothing with "
                    "--no-fusion (no fusion to judge)\n";
  if (!cuda && !noFusion && judgeFusion && latencyModel) {
    std::string error;
    auto profitable = [&](ArrayRef<dlc::kernel::FusedOp> parts,
                          dlc::kernel::FusedOp merged) {
      auto estimate =
          dlc::cost::estimateFusion(*latencyModel, parts, merged, scoring);
      if (!estimate) {
        error = llvm::toString(estimate.takeError());
        return true;
      }
      dlc::cost::FusionReport &fusion = report->fusions.emplace_back();
      for (dlc::kernel::FusedOp part : parts)
        fusion.parts.push_back(dlc::kernel::describeKernel(part));
      fusion.estimate = *estimate;
      return estimate->keep;
    };
    IRRewriter rewriter(&context);
    for (auto func : llvm::to_vector(module->getOps<func::FuncOp>()))
      if (failed(dlc::kernel::fuseKernels(rewriter, func, profitable))) {
        llvm::errs() << "dlc-compile: error: fusing kernels failed\n";
        return 1;
      }
    if (!error.empty()) {
      llvm::errs() << "dlc-compile: error: " << error << "\n";
      return 1;
    }
    size_t judged = 0, apart = 0;
    for (const dlc::cost::FusionReport &f : report->fusions) {
      judged += f.estimate.unknownKind.empty();
      apart += !f.estimate.keep;
    }
    progress("latency model: judged " + std::to_string(judged) + " of " +
             std::to_string(report->fusions.size()) + " fusions, left " +
             std::to_string(apart) + " apart");
  } else if (!cuda && !noFusion &&
             !runPipeline(dlc::buildKernelFusionPipeline, "fusing kernels")) {
    return 1;
  }
  if (randomSchedules != 0 &&
      !runPipeline(
          [](OpPassManager &pm) {
            dlc::kernel::KernelRandomSchedulePassOptions options;
            options.seed = randomSchedules;
            pm.addNestedPass<func::FuncOp>(
                dlc::kernel::createKernelRandomSchedulePass(options));
          },
          "drawing random schedules"))
    return 1;
  if (model) {
    std::mt19937_64 rng(1);
    int kernels = 0, changed = 0;
    SmallVector<dlc::kernel::FusedOp> fusedOps;
    module->walk([&](dlc::kernel::FusedOp f) { fusedOps.push_back(f); });
    for (dlc::kernel::FusedOp fused : fusedOps) {
      ++kernels;
      FailureOr<dlc::cost::KernelSummary> summary =
          dlc::cost::summarizeKernel(fused);
      if (failed(summary) || summary->flops < dlc::cost::kMinModelFlops)
        continue;
      if (!dlc::cost::knowsKind(*model, summary->kind)) {
        report->unknownKinds[fused] = summary->kind;
        continue;
      }
      auto choice = dlc::cost::chooseSchedule(
          fused, *summary, *model, scoring, rng, /*samples=*/128,
          dlc::cost::kChoiceMargin, keepParallel,
          latencyModel ? &*latencyModel : nullptr);
      if (!choice) {
        llvm::errs() << "dlc-compile: error: "
                     << llvm::toString(choice.takeError()) << "\n";
        return 1;
      }
      if (choice->chosen != fused.getScheduleAttr()) {
        fused.setScheduleAttr(choice->chosen);
        ++changed;
      }
      report->choices[fused] = std::move(*choice);
    }
    progress("cost model: new schedules for " + Twine(changed) + " of " +
             Twine(kernels) + " kernels");
  }
  if (!recordsPath.empty()) {
    std::vector<std::string> warnings;
    auto records = dlc::cost::readRecords(recordsPath, warnings);
    if (!records) {
      llvm::errs() << "dlc-compile: error: "
                   << llvm::toString(records.takeError()) << "\n";
      return 1;
    }
    for (const std::string &w : warnings)
      llvm::errs() << "dlc-compile: warning: " << w << "\n";
    int64_t threads = recordsThreads ? int64_t(recordsThreads) : machine.cores;
    dlc::cost::ReplayStats stats = dlc::cost::applyRecords(
        *module, *records, machine.fingerprint(), threads);
    if (report)
      for (auto &[op, choice] : report->choices)
        if (cast<dlc::kernel::FusedOp>(op).getScheduleAttr() != choice.chosen)
          report->replaced.insert(op);
    progress("records: tuned schedules for " + Twine(stats.applied) + " of " +
             Twine(stats.kernels) + " kernels (" + Twine(threads) +
             (threads == 1 ? " thread)" : " threads)") +
             (stats.rejected ? ", " + Twine(stats.rejected) +
                                   " recorded schedules no longer fit"
                             : Twine()));
  }
  if (explain)
    dlc::cost::explainKernels(*module, machine, llvm::errs(),
                              report ? &*report : nullptr);
  if (profile && !runPipeline(
                     [](OpPassManager &pm) {
                       pm.addPass(dlc::kernel::createKernelProfilePass());
                     },
                     "instrumenting kernels for --profile"))
    return 1;
  // The signature, read once shapes are refined and before loops change
  // the function.
  func::FuncOp mainFunc;
  for (auto f : module->getOps<func::FuncOp>())
    mainFunc = f;
  if (!mainFunc) {
    llvm::errs() << "dlc-compile: error: the model has no function\n";
    return 1;
  }
  dlc::ModelSignature signature = dlc::describeSignature(
      mainFunc, llvm::sys::path::stem(inputFile));

  if (emit == Emit::Kernel)
    return printModule(*module);
  // A model this small runs on one thread: its parallel loops would cost
  // more than they save, and far more when the other core is busy. After
  // --emit=kernel, which shows the schedules chosen per kernel (as dlc-tune
  // measures each kernel alone).
  if (!cuda) {
    bool serial = false;
    for (auto f : module->getOps<func::FuncOp>())
      serial |= dlc::kernel::runSmallFunctionOnOneThread(f);
    if (serial)
      progress("threads: a small model (fewer than " +
               Twine(dlc::kernel::kMinThreadedFunctionIterations) +
               " loop iterations): every kernel on one thread");
  }
  if (!runPipeline(cuda ? dlc::buildKernelToBuffersPipeline
                        : dlc::buildKernelToAffinePipeline,
                   "lowering to loops"))
    return 1;
  for (auto f : module->getOps<func::FuncOp>())
    if (auto bytes = f->getAttrOfType<IntegerAttr>("dlc.arena_bytes"))
      signature.arenaBytes = bytes.getInt();
  progress("arena: " + Twine(signature.arenaBytes) +
           " bytes for all intermediate tensors");
  if (emit == Emit::Affine)
    return printModule(*module);
  if (cuda) {
    signature.device = "cuda";
    if (!runPipeline(dlc::buildCudaKernelPipeline,
                     "mapping kernels to the GPU"))
      return 1;
    if (emit == Emit::Gpu)
      return printModule(*module);
    if (!runPipeline(
            [&](OpPassManager &pm) {
              dlc::buildCudaLowerPipeline(pm, cudaOptions);
            },
            "generating PTX"))
      return 1;
    if (emit == Emit::Ptx) {
      std::string errorMessage;
      auto output = openOutputFile(outPath, &errorMessage);
      if (!output) {
        llvm::errs() << "dlc-compile: error: " << errorMessage << "\n";
        return 1;
      }
      output->os() << dlc::collectPtx(*module);
      output->keep();
      return 0;
    }
  } else if (!runPipeline(dlc::buildLowerToLLVMPipeline, "lowering to LLVM")) {
    return 1;
  }
  if (emit == Emit::Llvm)
    return printModule(*module);

  std::string error;
  std::unique_ptr<llvm::TargetMachine> tm =
      dlc::createCpuTargetMachine(mcpu, error);
  if (!tm) {
    llvm::errs() << "dlc-compile: error: " << error << "\n";
    return 1;
  }
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      dlc::translateAndOptimize(*module, llvmContext, *tm, error);
  if (!llvmModule) {
    llvm::errs() << "dlc-compile: error: " << error << "\n";
    return 1;
  }
  if (emit == Emit::LlvmIR) {
    std::string errorMessage;
    auto output = openOutputFile(outPath, &errorMessage);
    if (!output) {
      llvm::errs() << "dlc-compile: error: " << errorMessage << "\n";
      return 1;
    }
    llvmModule->print(output->os(), nullptr);
    output->keep();
    return 0;
  }
  if (emit == Emit::Obj) {
    if (!dlc::emitObjectFile(*llvmModule, *tm, outPath, error)) {
      llvm::errs() << "dlc-compile: error: " << error << "\n";
      return 1;
    }
    progress("wrote " + outPath);
    return 0;
  }
  if (!dlc::emitSharedLibrary(*llvmModule, *tm, signature, outPath, error,
                              cuda ? dlc::linkCudaSharedLibrary : nullptr)) {
    llvm::errs() << "dlc-compile: error: " << error << "\n";
    return 1;
  }
  SmallString<128> headerPath(outPath);
  llvm::sys::path::replace_extension(headerPath, "h");
  {
    std::error_code ec;
    llvm::raw_fd_ostream header(headerPath, ec, llvm::sys::fs::OF_Text);
    if (ec) {
      llvm::errs() << "dlc-compile: error: cannot write '" << headerPath
                   << "': " << ec.message() << "\n";
      return 1;
    }
    header << dlc::generateModelHeader(signature);
  }
  progress("wrote " + outPath + " and " + headerPath + " (" +
           Twine(signature.inputs.size()) + " inputs, " +
           Twine(signature.outputs.size()) + " outputs, " +
           (cuda ? "CUDA " + cudaOptions.chip + ", host CPU "
                 : std::string("CPU ")) +
           tm->getTargetCPU() +
           (signature.profiledKernels.empty()
                ? std::string()
                : ", " + std::to_string(signature.profiledKernels.size()) +
                      " kernels timed: dlc-run --profile") +
           ")");
  return diagnostics.getNumErrors() == 0 ? 0 : 1;
}
