//===- KernelAttrs.cpp - Kernel attributes; #kernel.schedule -------------===//
//
// The schedule is written as `#kernel.schedule<key = value, ...>` with keys
// in any order; the printer writes only fields that differ from their
// defaults, in a fixed order, so equal schedules print alike.
//
//===----------------------------------------------------------------------===//

#include "dialects/Kernel/KernelOps.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

#define GET_ATTRDEF_CLASSES
#include "dialects/Kernel/KernelAttrs.cpp.inc"

void KernelDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "dialects/Kernel/KernelAttrs.cpp.inc"
      >();
}

static constexpr int64_t kMaxVector = 64;
static constexpr int64_t kMaxUnroll = 64;

static std::string formatList(ArrayRef<int64_t> list) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << '[';
  llvm::interleaveComma(list, os);
  os << ']';
  return s;
}

//===----------------------------------------------------------------------===//
// Parsing and printing
//===----------------------------------------------------------------------===//

static ParseResult parseIntList(AsmParser &parser,
                                SmallVectorImpl<int64_t> &out) {
  return parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
    int64_t v;
    if (parser.parseInteger(v))
      return failure();
    out.push_back(v);
    return success();
  });
}

Attribute ScheduleAttr::parse(AsmParser &parser, Type) {
  MLIRContext *ctx = parser.getContext();
  SmallVector<SmallVector<int64_t>> tiles;
  SmallVector<int64_t> order, parallel, gpuBlock, gpuThread;
  int64_t vector = 1, unroll = 1;
  llvm::StringSet<> seen;
  SMLoc start = parser.getCurrentLocation();
  if (parser.parseLess())
    return {};
  if (succeeded(parser.parseOptionalGreater()))
    return getChecked([&] { return parser.emitError(start); }, ctx,
                      ArrayRef<DenseI64ArrayAttr>{}, order, vector, unroll,
                      parallel, gpuBlock, gpuThread);
  auto parseField = [&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef key;
    if (parser.parseKeyword(&key) || parser.parseEqual())
      return failure();
    if (!seen.insert(key).second)
      return parser.emitError(loc) << "schedule field '" << key
                                   << "' is given twice";
    if (key == "tiles")
      return parser.parseCommaSeparatedList(
          AsmParser::Delimiter::Square,
          [&]() { return parseIntList(parser, tiles.emplace_back()); });
    if (key == "order")
      return parseIntList(parser, order);
    if (key == "parallel")
      return parseIntList(parser, parallel);
    if (key == "gpu_block")
      return parseIntList(parser, gpuBlock);
    if (key == "gpu_thread")
      return parseIntList(parser, gpuThread);
    if (key == "vector")
      return parser.parseInteger(vector);
    if (key == "unroll")
      return parser.parseInteger(unroll);
    return parser.emitError(loc)
           << "unknown schedule field '" << key
           << "'; expected one of tiles, order, vector, unroll, parallel, "
              "gpu_block, gpu_thread";
  };
  if (parser.parseCommaSeparatedList(parseField) || parser.parseGreater())
    return {};
  return getValidated([&] { return parser.emitError(start); }, ctx, tiles,
                      order, vector, unroll, parallel, gpuBlock, gpuThread);
}

ScheduleAttr ScheduleAttr::getValidated(
    function_ref<InFlightDiagnostic()> emitError, MLIRContext *ctx,
    ArrayRef<SmallVector<int64_t>> tileLevels, ArrayRef<int64_t> order,
    int64_t vector, int64_t unroll, ArrayRef<int64_t> parallel,
    ArrayRef<int64_t> gpuBlock, ArrayRef<int64_t> gpuThread) {
  SmallVector<DenseI64ArrayAttr> levels;
  for (const SmallVector<int64_t> &level : tileLevels)
    levels.push_back(DenseI64ArrayAttr::get(ctx, level));
  return getChecked(emitError, ctx, levels, order, vector, unroll, parallel,
                    gpuBlock, gpuThread);
}

void ScheduleAttr::print(AsmPrinter &printer) const {
  SmallVector<std::string> fields;
  if (!getTiles().empty()) {
    std::string s = "tiles = [";
    llvm::raw_string_ostream os(s);
    llvm::interleaveComma(getTiles(), os, [&](DenseI64ArrayAttr level) {
      os << formatList(level.asArrayRef());
    });
    os << ']';
    fields.push_back(s);
  }
  if (!getOrder().empty())
    fields.push_back("order = " + formatList(getOrder()));
  if (getVector() != 1)
    fields.push_back("vector = " + std::to_string(getVector()));
  if (getUnroll() != 1)
    fields.push_back("unroll = " + std::to_string(getUnroll()));
  if (!getParallel().empty())
    fields.push_back("parallel = " + formatList(getParallel()));
  if (!getGpuBlock().empty())
    fields.push_back("gpu_block = " + formatList(getGpuBlock()));
  if (!getGpuThread().empty())
    fields.push_back("gpu_thread = " + formatList(getGpuThread()));
  printer << '<';
  llvm::interleaveComma(fields, printer.getStream());
  printer << '>';
}

//===----------------------------------------------------------------------===//
// Verification
//===----------------------------------------------------------------------===//

std::optional<int64_t> ScheduleAttr::getNumLoops() const {
  if (!getTiles().empty())
    return getTiles().front().size();
  if (!getOrder().empty())
    return getOrder().size();
  if (!getGpuBlock().empty())
    return getGpuBlock().size();
  if (!getGpuThread().empty())
    return getGpuThread().size();
  return std::nullopt;
}

SmallVector<int64_t> ScheduleAttr::getEffectiveOrder(int64_t numLoops) const {
  if (!getOrder().empty())
    return llvm::to_vector(getOrder());
  return llvm::to_vector(llvm::seq<int64_t>(0, numLoops));
}

ScheduleAttr ScheduleAttr::withoutParallel() const {
  if (getParallel().empty())
    return *this;
  return ScheduleAttr::get(getContext(), getTiles(), getOrder(), getVector(),
                           getUnroll(), /*parallel=*/{}, getGpuBlock(),
                           getGpuThread());
}

LogicalResult
ScheduleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                     ArrayRef<DenseI64ArrayAttr> tiles, ArrayRef<int64_t> order,
                     int64_t vector, int64_t unroll, ArrayRef<int64_t> parallel,
                     ArrayRef<int64_t> gpuBlock, ArrayRef<int64_t> gpuThread) {
  // The number of loops, fixed by the first field that lists one entry per
  // loop; every other such field must agree.
  std::optional<size_t> numLoops;
  std::string fixedBy;
  auto checkLength = [&](size_t len, StringRef what) -> LogicalResult {
    if (!numLoops) {
      numLoops = len;
      fixedBy = what.str();
      return success();
    }
    if (len != *numLoops)
      return emitError() << what << " has " << len << " entries but "
                         << fixedBy << " has " << *numLoops
                         << " (one per loop)";
    return success();
  };
  for (auto [level, sizes] : llvm::enumerate(tiles)) {
    std::string what = "tile level " + std::to_string(level);
    if (failed(checkLength(sizes.size(), what)))
      return failure();
    for (auto [loop, size] : llvm::enumerate(sizes.asArrayRef())) {
      if (size < 0)
        return emitError() << "tile size " << size << " for loop " << loop
                           << " at level " << level << " is negative";
      if (level == 0)
        continue;
      int64_t outer = tiles[level - 1][loop];
      if (outer != 0 && size > outer)
        return emitError() << "tile size " << size << " for loop " << loop
                           << " at level " << level
                           << " exceeds the enclosing level's tile (" << outer
                           << ")";
    }
  }
  if (!order.empty()) {
    if (failed(checkLength(order.size(), "order")))
      return failure();
    SmallVector<bool> seen(order.size(), false);
    for (int64_t o : order) {
      if (o < 0 || o >= static_cast<int64_t>(order.size()) || seen[o])
        return emitError() << "order " << formatList(order)
                           << " is not a permutation of [0, " << order.size()
                           << ")";
      seen[o] = true;
    }
  }
  if (!gpuBlock.empty() && failed(checkLength(gpuBlock.size(), "gpu_block")))
    return failure();
  if (!gpuThread.empty() &&
      failed(checkLength(gpuThread.size(), "gpu_thread")))
    return failure();
  for (int64_t b : gpuBlock)
    if (b < 0)
      return emitError() << "gpu_block " << formatList(gpuBlock)
                         << " has a negative tile";
  for (auto [loop, t] : llvm::enumerate(gpuThread)) {
    if (t < 0)
      return emitError() << "gpu_thread " << formatList(gpuThread)
                         << " has a negative tile";
    if (!gpuBlock.empty() && gpuBlock[loop] != 0 && t > gpuBlock[loop])
      return emitError() << "gpu_thread tile " << t << " for loop " << loop
                         << " exceeds its gpu_block tile (" << gpuBlock[loop]
                         << ")";
  }
  if (vector < 1 || vector > kMaxVector || !llvm::isPowerOf2_64(vector))
    return emitError() << "vector width must be a power of two in [1, "
                       << kMaxVector << "], got " << vector;
  if (unroll < 1 || unroll > kMaxUnroll)
    return emitError() << "unroll factor must be in [1, " << kMaxUnroll
                       << "], got " << unroll;
  SmallVector<int64_t> seenParallel;
  for (int64_t p : parallel) {
    if (p < 0 || (numLoops && p >= static_cast<int64_t>(*numLoops)))
      return emitError() << "parallel loop " << p << " is out of range"
                         << (numLoops ? " [0, " + std::to_string(*numLoops) +
                                            ")"
                                      : std::string());
    if (llvm::is_contained(seenParallel, p))
      return emitError() << "parallel loop " << p << " is listed twice";
    seenParallel.push_back(p);
  }
  return success();
}

LogicalResult ScheduleAttr::verifyAgainstLoops(
    function_ref<InFlightDiagnostic()> emitError,
    ArrayRef<IteratorType> iterators, ArrayRef<int64_t> loopRanges) const {
  int64_t n = iterators.size();
  if (std::optional<int64_t> numLoops = getNumLoops(); numLoops && *numLoops != n)
    return emitError() << "talks about " << *numLoops
                       << " loops but the root kernel.generic has " << n;
  for (int64_t p : getParallel()) {
    if (p >= n)
      return emitError() << "parallel loop " << p
                         << " is out of range: the root kernel.generic has "
                         << n << " loops";
    if (iterators[p] == IteratorType::reduction)
      return emitError() << "marks loop " << p
                         << " parallel, but it is a reduction";
  }
  for (auto [what, tiles] : {std::make_pair("gpu_block", getGpuBlock()),
                             std::make_pair("gpu_thread", getGpuThread())})
    for (auto [loop, t] : llvm::enumerate(tiles))
      if (t != 0 && iterators[loop] == IteratorType::reduction)
        return emitError() << "maps reduction loop " << loop << " to "
                           << what << "; only parallel loops map to GPU "
                           << "blocks and threads";
  for (unsigned level = 0; level < getNumTileLevels(); ++level)
    for (auto [loop, size] : llvm::enumerate(getTileSizes(level)))
      if (size != 0 && loopRanges[loop] != ShapedType::kDynamic &&
          size > loopRanges[loop])
        return emitError() << "tiles loop " << loop << " (extent "
                           << loopRanges[loop] << ") by " << size
                           << " at level " << level
                           << "; a tile may not exceed its loop";
  return success();
}
