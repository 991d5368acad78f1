//===- dlc-run.cpp - Run a compiled DLC model from the command line -------===//
//
// Loads a model.so through the DLC runtime, feeds it inputs from .npy or
// ONNX TensorProto .pb files (random data for inputs not given), prints a
// summary and the outputs, and optionally writes the outputs as .npy,
// compares them with reference files (--expect), times runs (--bench) and
// prints each kernel's time in a model compiled with --profile (--profile).
//
// Every failure is reported as one "dlc-run: error: ..." line on stderr with
// exit code 1. The tool depends on the runtime only, not on LLVM or MLIR.
//
//===----------------------------------------------------------------------===//

#include "Compare.h"
#include "TensorIO.h"

#include "dlc/runtime.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <sys/stat.h>
#include <vector>

using namespace dlc::run;

namespace {

const char *const kHelp =
    R"(OVERVIEW: dlc-run - run a model.so compiled by dlc-compile

USAGE: dlc-run MODEL.so [options]

Loads MODEL.so with the DLC runtime, runs it once and prints its inputs and
outputs (name, dtype, shape) and the first values of each output.

OPTIONS:
  --input NAME=FILE   Feed input NAME from FILE: a NumPy .npy file (format
                      1.0/2.0/3.0, little-endian, C order) or an ONNX
                      TensorProto .pb file (raw_data or typed fields). dtype
                      and shape must match the model exactly. Repeatable.
                      Inputs not given are filled with random data: floats
                      uniform in [-1, 1), signed integers in [-10, 10],
                      unsigned integers in [0, 10], bools 0/1.
  --seed S            Seed of the random inputs (unsigned integer, default 0).
                      Each input has its own stream, so a given seed always
                      gives an input the same data.
  --output-dir DIR    Write each output to DIR/NAME.npy (created if missing;
                      characters other than [A-Za-z0-9._-] in NAME become
                      '_'). Output values are then not printed.
  --expect DIR        Compare each output with DIR/NAME.npy or, failing that,
                      DIR/output_K.pb (K = output index, the ONNX node-test
                      layout). Prints the max abs and rel errors and the worst
                      element; exits 1 on any mismatch.
  --rtol R            Relative tolerance for --expect (default 1e-3).
  --atol A            Absolute tolerance for --expect (default 1e-4). A float
                      element a matches the expected b when
                      |a - b| <= atol + rtol * |b|; NaN matches only NaN.
                      Integer and bool elements must be equal.
  --bench N           After the first run, time N more runs and print the
                      median, min and max latency in milliseconds.
  --warmup W          Untimed runs before the timed ones (default 1; needs
                      --bench).
  --threads T         Number of threads the model may use (>= 1).
  --profile           Print the time each kernel took, in model order, named
                      by the ONNX nodes it computes (as dlc-compile --explain
                      names them): the mean over the --bench runs after the
                      warm-up, or the one run without --bench (cold caches).
                      Needs a model compiled with dlc-compile --profile.
  --device D          Where to run: cpu or cuda. A model.so runs where
                      dlc-compile --target built it for; this only checks
                      that it is D (default: whatever the model was built
                      for). A cuda model needs an NVIDIA GPU and driver.
  --help, -h          Print this help and exit.

Options taking a value also accept --option=value. Exit status: 0 on success,
1 on any error or --expect mismatch.
)";

struct Options {
  std::string modelPath;
  std::vector<std::string> inputs; // Raw NAME=FILE arguments.
  uint64_t seed = 0;
  std::string outputDir;
  std::string expectDir;
  double rtol = 1e-3;
  double atol = 1e-4;
  int64_t bench = 0;
  int64_t warmup = -1; // -1: not given.
  int threads = 0;     // 0: not given.
  std::string device;  // "": not given.
  bool profile = false;
};

// Diagnostics go to stderr; stdout is flushed first so that the two stay in
// order when both go to one terminal or file.
int error(const std::string &msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "dlc-run: error: %s\n", msg.c_str());
  return 1;
}

void warning(const std::string &msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "dlc-run: warning: %s\n", msg.c_str());
}

void note(const std::string &msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "dlc-run: note: %s\n", msg.c_str());
}

//===----------------------------------------------------------------------===//
// Command line
//===----------------------------------------------------------------------===//

bool parseInt(const std::string &flag, const std::string &text, int64_t min,
              int64_t max, int64_t &out, std::string &err) {
  errno = 0;
  char *end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno == ERANGE || v < min || v > max) {
    err = "invalid value '" + text + "' for " + flag +
          ": expected an integer from " + std::to_string(min) + " to " +
          std::to_string(max);
    return false;
  }
  out = v;
  return true;
}

bool parseSeed(const std::string &text, uint64_t &out, std::string &err) {
  errno = 0;
  char *end = nullptr;
  unsigned long long v = std::strtoull(text.c_str(), &end, 10);
  if (text.empty() || text[0] == '-' || *end != '\0' || errno == ERANGE) {
    err = "invalid value '" + text +
          "' for --seed: expected a non-negative integer below 2^64";
    return false;
  }
  out = v;
  return true;
}

bool parseTolerance(const std::string &flag, const std::string &text,
                    double &out, std::string &err) {
  errno = 0;
  char *end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v) ||
      v < 0) {
    err = "invalid value '" + text + "' for " + flag +
          ": expected a finite non-negative number";
    return false;
  }
  out = v;
  return true;
}

/// Parses argv into opts. Returns 0 to go on, 1 on error (printed), and 2
/// when --help was printed.
int parseArgs(int argc, char **argv, Options &opts) {
  static const char *const kValueFlags[] = {
      "--input", "--seed",  "--output-dir", "--expect",  "--rtol",
      "--atol",  "--bench", "--warmup",     "--threads", "--device"};
  bool haveModel = false;
  std::string err;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--help" || arg == "-h" || arg == "-help") {
      std::fputs(kHelp, stdout);
      return 2;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::string flag = arg, value;
      bool haveValue = false;
      size_t eq = arg.find('=');
      if (arg.compare(0, 2, "--") == 0 && eq != std::string::npos) {
        flag = arg.substr(0, eq);
        value = arg.substr(eq + 1);
        haveValue = true;
      }
      if (arg == "--profile") {
        opts.profile = true;
        continue;
      }
      bool known = false;
      for (const char *f : kValueFlags)
        known = known || flag == f;
      if (!known)
        return error("unknown option '" + flag + "' (see dlc-run --help)");
      if (!haveValue) {
        if (i + 1 >= argc)
          return error("option " + flag + " needs a value");
        value = argv[++i];
      }
      if (flag == "--input") {
        opts.inputs.push_back(value);
      } else if (flag == "--seed") {
        if (!parseSeed(value, opts.seed, err))
          return error(err);
      } else if (flag == "--output-dir") {
        if (value.empty())
          return error("--output-dir needs a directory name");
        opts.outputDir = value;
      } else if (flag == "--expect") {
        if (value.empty())
          return error("--expect needs a directory name");
        opts.expectDir = value;
      } else if (flag == "--rtol") {
        if (!parseTolerance(flag, value, opts.rtol, err))
          return error(err);
      } else if (flag == "--atol") {
        if (!parseTolerance(flag, value, opts.atol, err))
          return error(err);
      } else if (flag == "--bench") {
        if (!parseInt(flag, value, 1, 1000000000, opts.bench, err))
          return error(err);
      } else if (flag == "--warmup") {
        if (!parseInt(flag, value, 0, 1000000000, opts.warmup, err))
          return error(err);
      } else if (flag == "--threads") {
        int64_t t;
        if (!parseInt(flag, value, 1, 65536, t, err))
          return error(err);
        opts.threads = (int)t;
      } else if (flag == "--device") {
        if (value != "cpu" && value != "cuda")
          return error("invalid value '" + value +
                       "' for --device: expected cpu or cuda");
        opts.device = value;
      }
      continue;
    }
    if (haveModel)
      return error("unexpected argument '" + arg +
                   "': only one MODEL.so may be given");
    opts.modelPath = arg;
    haveModel = true;
  }
  if (!haveModel)
    return error("no model given (usage: dlc-run MODEL.so [options]; see "
                 "dlc-run --help)");
  if (opts.warmup >= 0 && opts.bench == 0)
    return error("--warmup needs --bench");
  if (opts.warmup < 0)
    opts.warmup = opts.bench ? 1 : 0;
  return 0;
}

//===----------------------------------------------------------------------===//
// Model signature
//===----------------------------------------------------------------------===//

struct TensorInfo {
  std::string name;
  dlc_dtype dtype;
  std::vector<int64_t> shape;
  std::vector<std::string> dimNames;
};

std::vector<TensorInfo> signature(const dlc_model *m, bool inputs) {
  std::vector<TensorInfo> infos;
  int n = inputs ? dlc_model_num_inputs(m) : dlc_model_num_outputs(m);
  for (int i = 0; i < n; ++i) {
    TensorInfo info;
    info.name =
        inputs ? dlc_model_input_name(m, i) : dlc_model_output_name(m, i);
    info.dtype =
        inputs ? dlc_model_input_dtype(m, i) : dlc_model_output_dtype(m, i);
    int rank =
        inputs ? dlc_model_input_rank(m, i) : dlc_model_output_rank(m, i);
    const int64_t *shape =
        inputs ? dlc_model_input_shape(m, i) : dlc_model_output_shape(m, i);
    info.shape.assign(shape, shape + rank);
    for (int d = 0; d < rank; ++d)
      info.dimNames.push_back(inputs ? dlc_model_input_dim_name(m, i, d)
                                     : dlc_model_output_dim_name(m, i, d));
    infos.push_back(info);
  }
  return infos;
}

std::string describe(const TensorInfo &info) {
  return std::string(dlc_dtype_name(info.dtype)) + " " +
         formatShape(info.shape.data(), (int)info.shape.size(), &info.dimNames);
}

std::string nameList(const std::vector<TensorInfo> &infos) {
  std::string s;
  for (const TensorInfo &info : infos)
    s += (s.empty() ? "'" : ", '") + info.name + "'";
  return s;
}

/// File names for the outputs: NAME with characters outside
/// [A-Za-z0-9._-] replaced by '_', no leading '.', and _K (the output index)
/// appended when two names would collide.
std::vector<std::string> outputFileStems(const std::vector<TensorInfo> &outs) {
  std::vector<std::string> stems;
  std::set<std::string> used;
  for (size_t k = 0; k < outs.size(); ++k) {
    std::string s;
    for (char c : outs[k].name) {
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
      s += ok ? c : '_';
    }
    if (s.size() > 200)
      s.resize(200);
    if (s.empty() || s[0] == '.')
      s = "_" + s;
    if (used.count(s))
      s += "_" + std::to_string(k);
    used.insert(s);
    stems.push_back(s);
  }
  return stems;
}

//===----------------------------------------------------------------------===//
// Inputs
//===----------------------------------------------------------------------===//

/// splitmix64: small, fast, and the same on every platform.
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  /// Uniform in [-1, 1).
  double uniform() { return (double)(next() >> 11) * 0x1.0p-52 - 1.0; }
};

template <typename T>
void storeAt(dlc_tensor *t, int64_t i, T v) {
  std::memcpy((char *)dlc_tensor_data(t) + i * (int64_t)sizeof(T), &v,
              sizeof(T));
}

void fillRandom(dlc_tensor *t, uint64_t seed, int index) {
  Rng rng{seed ^ (0xd1b54a32d192ed03ull * (uint64_t)(index + 1))};
  int64_t n = dlc_tensor_num_elements(t);
  for (int64_t i = 0; i < n; ++i) {
    switch (dlc_tensor_dtype(t)) {
    case DLC_DTYPE_F32:
      storeAt<float>(t, i, (float)rng.uniform());
      break;
    case DLC_DTYPE_F64:
      storeAt<double>(t, i, rng.uniform());
      break;
    case DLC_DTYPE_F16:
      storeAt<uint16_t>(t, i, floatToHalf((float)rng.uniform()));
      break;
    case DLC_DTYPE_BF16:
      storeAt<uint16_t>(t, i, floatToBf16((float)rng.uniform()));
      break;
    case DLC_DTYPE_I8:
      storeAt<int8_t>(t, i, (int8_t)((int)(rng.next() % 21) - 10));
      break;
    case DLC_DTYPE_I16:
      storeAt<int16_t>(t, i, (int16_t)((int)(rng.next() % 21) - 10));
      break;
    case DLC_DTYPE_I32:
      storeAt<int32_t>(t, i, (int32_t)(rng.next() % 21) - 10);
      break;
    case DLC_DTYPE_I64:
      storeAt<int64_t>(t, i, (int64_t)(rng.next() % 21) - 10);
      break;
    case DLC_DTYPE_U8:
      storeAt<uint8_t>(t, i, (uint8_t)(rng.next() % 11));
      break;
    case DLC_DTYPE_U16:
      storeAt<uint16_t>(t, i, (uint16_t)(rng.next() % 11));
      break;
    case DLC_DTYPE_U32:
      storeAt<uint32_t>(t, i, (uint32_t)(rng.next() % 11));
      break;
    case DLC_DTYPE_U64:
      storeAt<uint64_t>(t, i, rng.next() % 11);
      break;
    case DLC_DTYPE_BOOL:
      storeAt<uint8_t>(t, i, (uint8_t)(rng.next() >> 63));
      break;
    case DLC_DTYPE_INVALID:
      break;
    }
  }
}

/// Splits "NAME=FILE". ONNX names may contain '=', so the split is at the
/// first '=' whose prefix names a model input, else at the first '='.
bool splitInputArg(const std::string &arg,
                   const std::vector<TensorInfo> &inputs, std::string &name,
                   std::string &file) {
  size_t first = arg.find('=');
  if (first == std::string::npos)
    return false;
  for (size_t eq = first; eq != std::string::npos; eq = arg.find('=', eq + 1)) {
    std::string prefix = arg.substr(0, eq);
    for (const TensorInfo &info : inputs) {
      if (info.name == prefix) {
        name = prefix;
        file = arg.substr(eq + 1);
        return true;
      }
    }
  }
  name = arg.substr(0, first);
  file = arg.substr(first + 1);
  return true;
}

/// Reads the file for input info and checks it against the signature.
TensorPtr loadInput(const TensorInfo &info, const std::string &file,
                    std::string &err) {
  TensorPtr t = readTensorFile(file, err);
  if (!t) {
    err = "input '" + info.name + "': " + err;
    return nullptr;
  }
  std::string from = "input '" + info.name + "' from '" + file + "'";
  dlc_dtype dtype = dlc_tensor_dtype(t.get());
  // NumPy has no bfloat16: accept uint16 files as raw bf16 bits.
  if (info.dtype == DLC_DTYPE_BF16 && dtype == DLC_DTYPE_U16) {
    TensorPtr bf(dlc_tensor_create(DLC_DTYPE_BF16, dlc_tensor_shape(t.get()),
                                   dlc_tensor_rank(t.get())));
    if (!bf) {
      err = from + ": " + dlc_last_error();
      return nullptr;
    }
    std::memcpy(dlc_tensor_data(bf.get()), dlc_tensor_data(t.get()),
                dlc_tensor_byte_size(t.get()));
    t = std::move(bf);
    dtype = DLC_DTYPE_BF16;
  }
  if (dtype != info.dtype) {
    err = from + ": expected dtype " + dlc_dtype_name(info.dtype) + ", got " +
          dlc_dtype_name(dtype);
    return nullptr;
  }
  int rank = dlc_tensor_rank(t.get());
  const int64_t *shape = dlc_tensor_shape(t.get());
  if (rank != (int)info.shape.size() ||
      !std::equal(shape, shape + rank, info.shape.begin())) {
    err = from + ": expected shape " +
          formatShape(info.shape.data(), (int)info.shape.size()) + ", got " +
          formatShape(shape, rank);
    return nullptr;
  }
  if (isFloatDtype(dtype)) {
    int64_t nans = 0, infs = 0;
    for (int64_t i = 0, n = dlc_tensor_num_elements(t.get()); i < n; ++i) {
      double v = elementAsDouble(t.get(), i);
      nans += std::isnan(v);
      infs += std::isinf(v);
    }
    if (nans || infs)
      warning(from + " has " + std::to_string(nans) + " NaN and " +
              std::to_string(infs) + " infinite values");
  }
  return t;
}

//===----------------------------------------------------------------------===//
// Outputs
//===----------------------------------------------------------------------===//

std::string previewValues(const dlc_tensor *t, int64_t max) {
  int64_t n = dlc_tensor_num_elements(t);
  std::string s = "[";
  for (int64_t i = 0; i < n && i < max; ++i)
    s += (i ? ", " : "") + formatElement(t, i);
  if (n > max)
    s += ", ...] (" + std::to_string(n) + " values)";
  else
    s += "]";
  return s;
}

bool isDirectory(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool fileExists(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode);
}

/// mkdir -p.
bool makeDirs(const std::string &dir, std::string &err) {
  for (size_t pos = 1; pos <= dir.size(); ++pos) {
    if (pos != dir.size() && dir[pos] != '/')
      continue;
    std::string prefix = dir.substr(0, pos);
    if (mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST) {
      err = "cannot create output directory '" + dir +
            "': " + std::strerror(errno);
      return false;
    }
  }
  if (!isDirectory(dir)) {
    err = "cannot create output directory '" + dir +
          "': it exists and is "
          "not a directory";
    return false;
  }
  return true;
}

std::string joinPath(const std::string &dir, const std::string &file) {
  return !dir.empty() && dir.back() == '/' ? dir + file : dir + "/" + file;
}

/// Compares every output with its file in expectDir. Returns the number of
/// outputs that failed (mismatch, or missing/unreadable reference).
int checkExpected(const Options &opts, const std::vector<TensorInfo> &outs,
                  const std::vector<std::string> &stems,
                  const std::vector<TensorPtr> &results) {
  int failed = 0;
  std::printf("expect (%s, rtol %g, atol %g):\n", opts.expectDir.c_str(),
              opts.rtol, opts.atol);
  for (size_t k = 0; k < outs.size(); ++k) {
    std::string npy = joinPath(opts.expectDir, stems[k] + ".npy");
    std::string pb =
        joinPath(opts.expectDir, "output_" + std::to_string(k) + ".pb");
    std::string file = fileExists(npy) ? npy : fileExists(pb) ? pb : "";
    if (file.empty()) {
      error("expected output '" + outs[k].name + "': neither '" + npy +
            "' nor '" + pb + "' exists");
      ++failed;
      continue;
    }
    std::string err;
    TensorPtr want = readTensorFile(file, err);
    if (!want) {
      error("expected output '" + outs[k].name + "': " + err);
      ++failed;
      continue;
    }
    const dlc_tensor *got = results[k].get();
    CompareResult r = compareTensors(got, want.get(), opts.rtol, opts.atol);
    if (!r.structuralError.empty()) {
      std::printf("  %s: MISMATCH: %s in '%s'\n", outs[k].name.c_str(),
                  r.structuralError.c_str(), file.c_str());
      ++failed;
      continue;
    }
    std::string worst;
    if (r.worstIndex >= 0)
      worst = ", worst at " +
              formatIndex(dlc_tensor_shape(got), dlc_tensor_rank(got),
                          r.worstIndex) +
              ": got " + formatElement(got, r.worstIndex) + ", expected " +
              formatElement(want.get(), r.worstIndex);
    if (r.ok()) {
      std::printf("  %s: ok: max abs error %g, max rel error %g%s\n",
                  outs[k].name.c_str(), r.maxAbsError, r.maxRelError,
                  worst.c_str());
    } else {
      std::printf("  %s: MISMATCH: %" PRId64 " of %" PRId64
                  " elements differ; max abs error %g, max rel error %g%s\n",
                  outs[k].name.c_str(), r.numMismatched, r.numElements,
                  r.maxAbsError, r.maxRelError, worst.c_str());
      ++failed;
    }
  }
  return failed;
}

/// dlc-run --profile: each kernel's mean time over the `runs` the profile
/// covers (which took `totalMs` end to end), in model order.
int printProfile(dlc_model *m, int64_t runs, double totalMs, bool cold) {
  int n = dlc_model_num_profiled_kernels(m);
  struct Row {
    std::string name;
    double ms;
  };
  std::vector<Row> rows;
  double kernelsMs = 0;
  for (int k = 0; k < n; ++k) {
    const char *name = nullptr;
    uint64_t ns = 0, count = 0;
    if (dlc_model_kernel_profile(m, k, &name, &ns, &count))
      return error(dlc_last_error());
    double ms = count ? (double)ns / 1e6 / (double)count : 0;
    rows.push_back({name, ms});
    kernelsMs += ms;
  }
  double perRun = totalMs / (double)runs;
  auto percent = [&](double ms) { return perRun > 0 ? 100 * ms / perRun : 0; };
  std::printf("profile: %d kernel%s, mean of %" PRId64 " run%s%s: %.1f us per "
              "run, %.1f us in kernels (%.1f%%)\n",
              n, n == 1 ? "" : "s", runs, runs == 1 ? "" : "s",
              cold ? " (the first: caches and arena cold; --bench N times "
                     "warm runs)"
                   : "",
              1e3 * perRun, 1e3 * kernelsMs, percent(kernelsMs));
  std::printf("  kernel          us  %% of run  name\n");
  for (size_t k = 0; k < rows.size(); ++k)
    std::printf("  %6zu %11.1f %9.1f  %s\n", k, 1e3 * rows[k].ms,
                percent(rows[k].ms), rows[k].name.c_str());
  return 0;
}

int runMain(int argc, char **argv) {
  Options opts;
  int status = parseArgs(argc, argv, opts);
  if (status)
    return status == 2 ? 0 : 1;

  if (!opts.expectDir.empty() && !isDirectory(opts.expectDir))
    return error("--expect directory '" + opts.expectDir +
                 "' does not exist or is not a directory");

  struct ModelDeleter {
    void operator()(dlc_model *m) const { dlc_model_free(m); }
  };
  std::unique_ptr<dlc_model, ModelDeleter> model(
      dlc_model_load(opts.modelPath.c_str()));
  if (!model)
    return error(dlc_last_error());
  dlc_model *m = model.get();
  std::string device = dlc_model_device_name(m);
  if (!opts.device.empty() && opts.device != device)
    return error("model '" + opts.modelPath + "' was compiled for " + device +
                 ", not " + opts.device +
                 " (recompile it with dlc-compile "
                 "--target=" +
                 opts.device + ")");
  std::vector<TensorInfo> ins = signature(m, true);
  std::vector<TensorInfo> outs = signature(m, false);

  // Inputs from files.
  std::vector<TensorPtr> inputs(ins.size());
  std::vector<std::string> sources(ins.size());
  for (const std::string &arg : opts.inputs) {
    std::string name, file;
    if (!splitInputArg(arg, ins, name, file))
      return error("invalid --input '" + arg + "': expected NAME=FILE");
    auto it = std::find_if(ins.begin(), ins.end(),
                           [&](const TensorInfo &i) { return i.name == name; });
    if (it == ins.end())
      return error("unknown input '" + name + "' in --input (" +
                   (ins.empty() ? std::string("the model has no inputs")
                                : "the model's inputs are " + nameList(ins)) +
                   ")");
    size_t index = (size_t)(it - ins.begin());
    if (file.empty())
      return error("invalid --input '" + arg + "': no file name");
    if (inputs[index])
      return error("input '" + name + "' is given twice");
    std::string err;
    inputs[index] = loadInput(*it, file, err);
    if (!inputs[index])
      return error(err);
    sources[index] = "from " + file;
  }
  // Random data for the rest.
  for (size_t i = 0; i < ins.size(); ++i) {
    if (inputs[i])
      continue;
    inputs[i].reset(dlc_tensor_create_for_input(m, (int)i));
    if (!inputs[i])
      return error("input '" + ins[i].name + "': " + dlc_last_error());
    fillRandom(inputs[i].get(), opts.seed, (int)i);
    sources[i] = "random (seed " + std::to_string(opts.seed) + ")";
    note("input '" + ins[i].name + "' not given; using random data (seed " +
         std::to_string(opts.seed) + ")");
  }

  if (opts.threads && dlc_set_num_threads(m, opts.threads))
    return error(dlc_last_error());
  if (opts.profile && dlc_model_num_profiled_kernels(m) <= 0)
    return error("'" + opts.modelPath +
                 "' does not time its kernels: compile it with dlc-compile "
                 "--profile to use dlc-run --profile");

  // Summary.
  std::printf("model '%s' (%s): %zu input%s, %zu output%s, arena %" PRIu64
              " bytes\n",
              dlc_model_name(m), opts.modelPath.c_str(), ins.size(),
              ins.size() == 1 ? "" : "s", outs.size(),
              outs.size() == 1 ? "" : "s", dlc_model_arena_bytes(m));
  if (device != "cpu")
    std::printf("device: %s\n", device.c_str());
  if (opts.threads)
    std::printf("threads: %d\n", opts.threads);
  for (size_t i = 0; i < ins.size(); ++i)
    std::printf("  input  %s: %s %s\n", ins[i].name.c_str(),
                describe(ins[i]).c_str(), sources[i].c_str());
  for (const TensorInfo &info : outs)
    std::printf("  output %s: %s\n", info.name.c_str(), describe(info).c_str());
  std::fflush(stdout);

  // Run.
  std::vector<dlc_tensor *> inPtrs, outPtrs;
  for (TensorPtr &t : inputs)
    inPtrs.push_back(t.get());
  std::vector<TensorPtr> results(outs.size());
  for (size_t k = 0; k < outs.size(); ++k) {
    results[k].reset(dlc_tensor_create_for_output(m, (int)k));
    if (!results[k])
      return error("output '" + outs[k].name + "': " + dlc_last_error());
    outPtrs.push_back(results[k].get());
  }
  auto runOnce = [&]() {
    return dlc_model_run(m, inPtrs.data(), (int)inPtrs.size(), outPtrs.data(),
                         (int)outPtrs.size());
  };
  std::string err;
  if (!opts.outputDir.empty() && !makeDirs(opts.outputDir, err))
    return error(err);
  auto firstStart = std::chrono::steady_clock::now();
  if (runOnce())
    return error(dlc_last_error());
  double profiledMs = std::chrono::duration<double, std::milli>(
                          std::chrono::steady_clock::now() - firstStart)
                          .count();
  int64_t profiledRuns = 1; // the runs the profile covers

  // Outputs.
  std::vector<std::string> stems = outputFileStems(outs);
  if (!opts.outputDir.empty()) {
    for (size_t k = 0; k < outs.size(); ++k) {
      std::string path = joinPath(opts.outputDir, stems[k] + ".npy");
      if (!writeNpy(path, results[k].get(), err))
        return error("output '" + outs[k].name + "': " + err);
      std::printf("wrote output %s to %s\n", outs[k].name.c_str(),
                  path.c_str());
    }
  } else {
    for (size_t k = 0; k < outs.size(); ++k)
      std::printf("%s = %s\n", outs[k].name.c_str(),
                  previewValues(results[k].get(), 8).c_str());
  }
  std::fflush(stdout);

  int failed = 0;
  if (!opts.expectDir.empty()) {
    failed = checkExpected(opts, outs, stems, results);
    std::fflush(stdout);
    if (failed)
      return error(std::to_string(failed) + " of " +
                   std::to_string(outs.size()) + " output" +
                   (outs.size() == 1 ? "" : "s") +
                   " failed the comparison with '" + opts.expectDir + "'");
    std::printf("all %zu output%s match\n", outs.size(),
                outs.size() == 1 ? "" : "s");
  }

  if (opts.bench) {
    for (int64_t i = 0; i < opts.warmup; ++i)
      if (runOnce())
        return error(dlc_last_error());
    if (opts.profile && dlc_model_reset_profile(m))
      return error(dlc_last_error());
    profiledMs = 0;
    std::vector<double> ms;
    for (int64_t i = 0; i < opts.bench; ++i) {
      auto start = std::chrono::steady_clock::now();
      if (runOnce())
        return error(dlc_last_error());
      auto stop = std::chrono::steady_clock::now();
      ms.push_back(
          std::chrono::duration<double, std::milli>(stop - start).count());
      profiledMs += ms.back();
    }
    profiledRuns = opts.bench;
    std::sort(ms.begin(), ms.end());
    size_t n = ms.size();
    double median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    std::printf("bench: %" PRId64 " runs after %" PRId64
                " warm-up: median %.6f ms, min %.6f ms, max %.6f ms\n",
                opts.bench, opts.warmup, median, ms.front(), ms.back());
  }
  if (opts.profile)
    return printProfile(m, profiledRuns, profiledMs, opts.bench == 0);
  return 0;
}

} // namespace

int main(int argc, char **argv) { return runMain(argc, argv); }
