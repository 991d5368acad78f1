//===- Features.cpp - The cost model's feature vector ---------------------===//
//
// The tiled nest a schedule describes: level l's tile of loop d spans
// E[l][d] iterations, E[0] being the loop ranges and E[l + 1][d] the size
// level l gives it (0: the whole enclosing tile), as KernelToAffine tiles.
// A footprint is the bounding box of an operand's indices over a tile,
// its innermost dim rounded up to cache lines. cost-model/README.md gives
// each feature's definition.
//
//===----------------------------------------------------------------------===//

#include "cost-model/Features.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/AffineExprVisitor.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SHA256.h"

#include <algorithm>
#include <cmath>
#include <set>

using namespace mlir;
using namespace dlc;
using namespace dlc::cost;

namespace {

constexpr llvm::StringLiteral kNames[] = {
    "log2_points",
    "log2_flops",
    "transcendentals_per_point",
    "elem_bytes",
    "has_reduction",
    "log2_reduction_size",
    "log2_compulsory_bytes",
    "log2_ai_compulsory",
    "log2_ws_inner",
    "log2_ws_mid",
    "log2_ws_outer",
    "fit_l1",
    "fit_l2",
    "fit_l3",
    "log2_traffic_l1",
    "log2_traffic_l2",
    "log2_traffic_dram",
    "log2_ai_dram",
    "log2_t_roof_ns",
    "frac_stride0_inner",
    "frac_stride1_inner",
    "frac_striden_inner",
    "frac_contig_vecloop",
    "vec_width_ratio",
    "vec_tail_frac",
    "vec_loop_reduction",
    "store_contiguous",
    "log2_unroll",
    "tile_levels",
    "log2_inner_trip",
    "partial_tile_waste",
    "log2_inner_tiles",
    "log2_par_tasks",
    "par_imbalance",
    "threads_used",
    "log2_flops_per_task",
    "fused_generics",
    "log2_local_bytes",
    "log2_tile_inner_lane",
    "log2_tile_inner_parallel",
    "log2_tile_inner_reduction",
    "log2_tile_outer_lane",
    "log2_tile_outer_parallel",
    "log2_tile_outer_reduction",
    "log2_par_forks",
    "par_innermost",
    "frac_stride1_next",
    "frac_striden_next",
    "log2_next_trip",
};
static_assert(std::size(kNames) == kNumFeatures,
              "one name per feature, in enum order");

/// log2(1 + x): sizes and counts, 0 for 0.
double slog(double x) { return std::log2(1 + std::max(x, 0.0)); }

/// log2(x) clipped to [-10, 10]: ratios.
double clippedLog(double x) {
  if (x <= 0)
    return -10;
  return std::clamp(std::log2(x), -10.0, 10.0);
}

int64_t bytesOf(Type element) {
  if (element.isIntOrFloat())
    return std::max<int64_t>(1, (element.getIntOrFloatBitWidth() + 7) / 8);
  return 8; // index
}

double elementCount(ShapedType t) {
  double n = 1;
  for (int64_t d : t.getShape())
    n *= d;
  return n;
}

/// Fills `row` (one coefficient per loop) with the coefficients of `expr`
/// if it is linear in the loops: sums of loops times constants, plus
/// constants.
bool linearCoefficients(AffineExpr expr, SmallVectorImpl<int64_t> &row,
                        int64_t scale = 1) {
  if (auto d = dyn_cast<AffineDimExpr>(expr)) {
    row[d.getPosition()] += scale;
    return true;
  }
  if (isa<AffineConstantExpr>(expr))
    return true;
  auto bin = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!bin)
    return false;
  if (bin.getKind() == AffineExprKind::Add)
    return linearCoefficients(bin.getLHS(), row, scale) &&
           linearCoefficients(bin.getRHS(), row, scale);
  if (bin.getKind() == AffineExprKind::Mul) {
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getRHS()))
      return linearCoefficients(bin.getLHS(), row, scale * c.getValue());
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getLHS()))
      return linearCoefficients(bin.getRHS(), row, scale * c.getValue());
  }
  return false;
}

/// Float arithmetic ops (one flop each, an fma two) and math-dialect ops
/// (transcendentals) in the body of `generic`, per iteration.
std::pair<double, double> bodyWork(kernel::GenericOp generic) {
  double flops = 0, transcendentals = 0;
  generic.getBody().walk([&](Operation *op) {
    if (op->getNumResults() != 1 ||
        !isa<FloatType>(getElementTypeOrSelf(op->getResult(0).getType())))
      return;
    if (isa<math::FmaOp>(op)) {
      flops += 2;
    } else if (op->getDialect() &&
               op->getDialect()->getNamespace() == "math") {
      flops += 1;
      transcendentals += 1;
    } else if (op->getDialect() &&
               op->getDialect()->getNamespace() == "arith" &&
               !op->hasTrait<OpTrait::ConstantLike>()) {
      flops += 1;
    }
  });
  return {flops, transcendentals};
}

/// The bytes of cache lines `access` touches over a tile spanning
/// `extent[j]` iterations of loop j.
double footprint(const Access &access, ArrayRef<int64_t> extent,
                 int64_t lineBytes) {
  size_t rank = access.shape.size();
  if (rank == 0)
    return lineBytes;
  double elements = 1;
  int64_t inner = 1;
  for (size_t r = 0; r < rank; ++r) {
    int64_t box = access.shape[r];
    if (access.linear[r]) {
      int64_t span = 1;
      for (auto [j, c] : llvm::enumerate(access.coefficients[r]))
        span += std::abs(c) * (extent[j] - 1);
      box = std::min(box, span);
    }
    if (r + 1 == rank)
      inner = box;
    else
      elements *= box;
  }
  int64_t lines = llvm::divideCeil(inner * access.elemBytes, lineBytes);
  return elements * lines * lineBytes;
}

/// The stride in elements of `access` along loop `j`: std::nullopt when
/// unknown (a non-linear dim that loop j may move).
std::optional<int64_t> strideAlong(const Access &access, int64_t j) {
  int64_t stride = 0, rowStride = 1;
  for (size_t r = access.shape.size(); r-- > 0;) {
    if (!access.linear[r])
      return std::nullopt;
    stride += access.coefficients[r][j] * rowStride;
    rowStride *= access.shape[r];
  }
  return stride;
}

/// How the root's accesses move along loop `j` (-1: no loop, every access
/// invariant): how many are invariant, contiguous, and strided or unknown.
struct StrideCounts {
  double zero = 0, one = 0, other = 0;
};
StrideCounts strideCounts(const KernelSummary &k, int64_t j) {
  StrideCounts c;
  for (const Access &a : k.accesses) {
    std::optional<int64_t> s =
        j >= 0 ? strideAlong(a, j) : std::optional<int64_t>(0);
    if (s && *s == 0)
      ++c.zero;
    else if (s && std::abs(*s) == 1)
      ++c.one;
    else
      ++c.other;
  }
  return c;
}

} // namespace

llvm::ArrayRef<llvm::StringLiteral> dlc::cost::featureNames() {
  return kNames;
}

std::string dlc::cost::featureSchema() {
  llvm::SHA256 hash;
  for (llvm::StringLiteral name : kNames) {
    hash.update(name);
    hash.update(",");
  }
  std::array<uint8_t, 32> digest = hash.final();
  return (kFeatureSchemaVersion + ":" +
          llvm::toHex(llvm::ArrayRef<uint8_t>(digest), /*LowerCase=*/true))
      .str();
}

std::string dlc::cost::relativeSchema() {
  std::string schema = featureSchema();
  return "dlc-cpu-rel-v3" + schema.substr(schema.find(':'));
}

void dlc::cost::appendRelativeRow(std::vector<float> &rows,
                                  ArrayRef<float> candidate,
                                  ArrayRef<float> baseline) {
  assert(candidate.size() == kNumFeatures && baseline.size() == kNumFeatures);
  llvm::append_range(rows, candidate);
  for (auto [c, b] : llvm::zip(candidate, baseline))
    rows.push_back(c - b);
}

FailureOr<KernelSummary> dlc::cost::summarizeKernel(kernel::FusedOp fused,
                                                    std::string *reason) {
  auto fail = [&](const char *why) {
    if (reason)
      *reason = why;
    return failure();
  };
  kernel::GenericOp root = fused.getRoot();
  if (!root)
    return fail("the kernel has no kernel.generic");
  KernelSummary k;
  k.ranges = root.getStaticLoopRanges();
  for (auto [it, range] : llvm::zip(root.getIteratorTypesArray(), k.ranges))
    k.kind += it != kernel::IteratorType::reduction ? 'p'
              : range == 1                          ? '1'
                                                    : 'r';
  // An element-wise kernel is the same kind at any rank: a bias add over
  // NCHW is one over rows, as far as what is learned from it goes.
  if (k.kind.find_first_not_of('p') == std::string::npos)
    k.kind = "p*";
  std::set<std::string> ops;
  root.getBody().walk([&](Operation *op) {
    if (!isa<kernel::YieldOp>(op))
      ops.insert(op->getName().getStringRef().str());
  });
  if (!ops.empty())
    k.kind += ":" + llvm::join(ops, ",");
  if (llvm::any_of(k.ranges, ShapedType::isDynamic))
    return fail("a loop of the root generic has a dynamic extent");
  for (kernel::IteratorType it : root.getIteratorTypesArray())
    k.isReduction.push_back(it == kernel::IteratorType::reduction);
  unsigned numLoops = k.ranges.size();
  unsigned numInputs = root.getInputs().size();
  for (auto [i, map] : llvm::enumerate(root.getIndexingMapsArray())) {
    auto type = cast<RankedTensorType>(root->getOperand(i).getType());
    Access a;
    a.shape = llvm::to_vector(type.getShape());
    a.elemBytes = bytesOf(type.getElementType());
    a.isOutput = i >= numInputs;
    for (AffineExpr e : map.getResults()) {
      SmallVector<int64_t> row(numLoops, 0);
      bool linear = linearCoefficients(e, row);
      a.coefficients.push_back(std::move(row));
      a.linear.push_back(linear);
    }
    k.accesses.push_back(std::move(a));
  }
  if (root.getOutputs().empty())
    return fail("the root generic has no output");
  auto outType = cast<RankedTensorType>(root.getOutputs()[0].getType());
  k.elemBytes = bytesOf(outType.getElementType());
  if (AffineMap outMap = root.getIndexingMap(numInputs);
      outMap.getNumResults() > 0)
    if (auto d = dyn_cast<AffineDimExpr>(outMap.getResults().back()))
      k.laneLoop = d.getPosition();

  for (Value operand : fused->getOperands()) {
    auto type = cast<RankedTensorType>(operand.getType());
    if (!type.hasStaticShape())
      return fail("an operand of the kernel has a dynamic shape");
    k.compulsoryBytes += elementCount(type) * bytesOf(type.getElementType());
  }
  for (auto generic : fused.getBody().front().getOps<kernel::GenericOp>()) {
    std::optional<int64_t> points = generic.getStaticIterationCount();
    if (!points)
      return fail("a generic of the kernel has a dynamic extent");
    auto [flops, transcendentals] = bodyWork(generic);
    k.flops += flops * *points;
    k.transcendentals += transcendentals * *points;
    ++k.generics;
    for (Value result : generic->getResults()) {
      bool internal = llvm::any_of(result.getUsers(), [](Operation *user) {
        return isa<kernel::GenericOp>(user);
      });
      if (internal) {
        auto type = cast<RankedTensorType>(result.getType());
        k.localBytes += elementCount(type) * bytesOf(type.getElementType());
      }
    }
  }
  return k;
}

namespace {

/// The tile extents per level: E[0] the ranges, E[l + 1] level l's tiles.
SmallVector<SmallVector<int64_t>> tileExtents(const KernelSummary &k,
                                              kernel::ScheduleAttr schedule) {
  unsigned levels = schedule ? schedule.getNumTileLevels() : 0;
  SmallVector<SmallVector<int64_t>> E{SmallVector<int64_t>(k.ranges)};
  for (unsigned l = 0; l < levels; ++l) {
    SmallVector<int64_t> next(E.back());
    for (auto [d, size] : llvm::enumerate(schedule.getTileSizes(l)))
      if (size > 0)
        next[d] = std::min(size, next[d]);
    E.push_back(std::move(next));
  }
  return E;
}

/// The iterations of loop `d` in band `band` of the nest lowering builds
/// from the tile extents `E`: one band per tile level, then the points.
int64_t bandTrip(ArrayRef<SmallVector<int64_t>> E, unsigned band, int64_t d) {
  unsigned levels = E.size() - 1;
  return band < levels ? llvm::divideCeil(E[band][d], E[band + 1][d])
                       : E[levels][d];
}

/// The band whose loop `d` runs across threads when it is parallel: the
/// first in which it has more than one iteration, as lowering picks it (the
/// outermost when it has one everywhere).
unsigned threadedBand(ArrayRef<SmallVector<int64_t>> E, int64_t d) {
  unsigned levels = E.size() - 1;
  for (unsigned band = 0; band <= levels; ++band)
    if (bandTrip(E, band, d) > 1)
      return band;
  return 0;
}

} // namespace

const char *Estimate::bound() const {
  if (computeNs >= l2Ns && computeNs >= dramNs)
    return "compute";
  return l2Ns >= dramNs ? "L2" : "DRAM";
}

Estimate dlc::cost::estimate(const KernelSummary &k,
                             kernel::ScheduleAttr schedule, const Machine &m) {
  SmallVector<SmallVector<int64_t>> E = tileExtents(k, schedule);
  unsigned levels = E.size() - 1;
  int64_t n = k.ranges.size();
  Estimate e;
  e.flops = k.flops;
  e.compulsoryBytes = k.compulsoryBytes;
  // Footprints and the capacity model: the traffic into a cache is the
  // footprint of the outermost tile that fits it (with a safety factor)
  // times the number of such tiles.
  SmallVector<double> ws; // the footprint of one tile of each level
  for (ArrayRef<int64_t> extent : E) {
    double bytes = 0;
    for (const Access &a : k.accesses)
      bytes += footprint(a, extent, m.lineBytes);
    ws.push_back(bytes);
  }
  auto tilesAt = [&](unsigned l) {
    double count = 1;
    for (int64_t d = 0; d < n; ++d)
      count *= llvm::divideCeil(k.ranges[d], E[l][d]);
    return count;
  };
  auto traffic = [&](double capacity) {
    unsigned l = 0;
    while (l < levels && ws[l] > capacity)
      ++l;
    return ws[l] * tilesAt(l);
  };
  e.wsInner = ws[levels];
  e.wsMid = ws[levels >= 2 ? levels - 1 : levels];
  e.wsOuter = ws[std::min(1u, levels)];
  e.trafficL1 = traffic(0.5 * m.l1dBytes);
  e.trafficL2 = traffic(0.75 * m.l2Bytes);
  e.trafficDram = traffic(0.75 * m.l3Bytes);
  // A parallel loop's tasks are the iterations of its outermost tile loop
  // that has more than one, as lowering distributes them.
  if (schedule)
    for (int64_t d : schedule.getParallel()) {
      e.parallel = true;
      e.tasks *= bandTrip(E, threadedBand(E, d), d);
    }
  e.threads = e.parallel ? std::min<double>(e.tasks, m.cores) : 1;
  // GFLOP/s are flops per ns and GB/s bytes per ns.
  e.computeNs = k.flops / (m.peakGflopsPerCore * e.threads);
  e.l2Ns = e.trafficL1 / (m.l2GBsPerCore * e.threads);
  e.dramNs = e.trafficDram / m.dramGBs;
  return e;
}

FeatureVector dlc::cost::computeFeatures(const KernelSummary &k,
                                         kernel::ScheduleAttr schedule,
                                         const Machine &m) {
  FeatureVector f{};
  auto set = [&](Feature id, double value) {
    f[static_cast<unsigned>(id)] = static_cast<float>(value);
  };
  int64_t n = k.ranges.size();
  SmallVector<SmallVector<int64_t>> E = tileExtents(k, schedule);
  unsigned levels = E.size() - 1;
  ArrayRef<int64_t> inner = E.back();
  ArrayRef<int64_t> outer = E[std::min(1u, levels)];
  SmallVector<int64_t> order =
      schedule ? schedule.getEffectiveOrder(n)
               : llvm::to_vector(llvm::seq<int64_t>(0, n));
  int64_t vector = schedule ? std::max<int64_t>(schedule.getVector(), 1) : 1;
  int64_t unroll = schedule ? std::max<int64_t>(schedule.getUnroll(), 1) : 1;

  // A. Work.
  double points = 1, reductionSize = 1;
  for (int64_t d = 0; d < n; ++d) {
    points *= k.ranges[d];
    if (k.isReduction[d])
      reductionSize *= k.ranges[d];
  }
  set(Feature::LogPoints, slog(points));
  set(Feature::LogFlops, slog(k.flops));
  set(Feature::TranscendentalsPerPoint,
      points > 0 ? k.transcendentals / points : 0);
  set(Feature::ElemBytes, k.elemBytes);
  bool hasReduction = llvm::is_contained(k.isReduction, true);
  set(Feature::HasReduction, hasReduction);
  set(Feature::LogReductionSize, slog(hasReduction ? reductionSize : 0));

  // B. Footprints, traffic and the roofline; E. parallelism.
  Estimate e = estimate(k, schedule, m);
  set(Feature::LogCompulsoryBytes, slog(k.compulsoryBytes));
  set(Feature::LogAiCompulsory,
      clippedLog(k.compulsoryBytes > 0 ? k.flops / k.compulsoryBytes : 0));
  set(Feature::LogWsInner, slog(e.wsInner));
  set(Feature::LogWsMid, slog(e.wsMid));
  set(Feature::LogWsOuter, slog(e.wsOuter));
  set(Feature::FitL1, clippedLog(e.wsMid / m.l1dBytes));
  set(Feature::FitL2, clippedLog(e.wsOuter / m.l2Bytes));
  set(Feature::FitL3, clippedLog(e.threads * e.wsOuter / m.l3Bytes));
  set(Feature::LogTrafficL1, slog(e.trafficL1));
  set(Feature::LogTrafficL2, slog(e.trafficL2));
  set(Feature::LogTrafficDram, slog(e.trafficDram));
  set(Feature::LogAiDram,
      clippedLog(e.trafficDram > 0 ? k.flops / e.trafficDram : 0));
  set(Feature::LogTRoofNs, slog(e.rooflineNs()));
  set(Feature::LogParTasks, slog(e.parallel ? e.tasks : 0));
  set(Feature::ParImbalance,
      e.parallel && e.tasks > 0
          ? std::ceil(e.tasks / m.cores) * m.cores / e.tasks - 1
          : 0);
  set(Feature::ThreadsUsed, e.threads / m.cores);
  set(Feature::LogFlopsPerTask, slog(k.flops / e.tasks));

  // C. Access pattern. The innermost loop: the last in `order` whose
  // register tile spans more than one iteration.
  int64_t innermost = order.empty() ? -1 : order.back();
  for (int64_t d : llvm::reverse(order))
    if (inner[d] > 1) {
      innermost = d;
      break;
    }
  // The vector loop: the lanes of a micro-kernel (a reduction's output
  // innermost dim), else the innermost loop.
  int64_t vecLoop = hasReduction && k.laneLoop >= 0 ? k.laneLoop : innermost;
  double contigVec = 0;
  bool storeContiguous = false;
  for (const Access &a : k.accesses) {
    std::optional<int64_t> v =
        vecLoop >= 0 ? strideAlong(a, vecLoop) : std::optional<int64_t>(0);
    if (v && std::abs(*v) <= 1)
      ++contigVec;
    if (a.isOutput && v && *v == 1)
      storeContiguous = true;
  }
  double accesses = std::max<size_t>(k.accesses.size(), 1);
  StrideCounts alongInnermost = strideCounts(k, innermost);
  set(Feature::FracStride0Inner, alongInnermost.zero / accesses);
  set(Feature::FracStride1Inner, alongInnermost.one / accesses);
  set(Feature::FracStrideNInner, alongInnermost.other / accesses);
  set(Feature::FracContigVecLoop, contigVec / accesses);
  set(Feature::VecWidthRatio,
      double(vector * k.elemBytes) / std::max<int64_t>(m.vectorBytes, 1));
  int64_t vecExtent = vecLoop >= 0 ? inner[vecLoop] : 1;
  set(Feature::VecTailFrac,
      vector > 1 ? double(vecExtent % vector) / vecExtent : 0);
  set(Feature::VecLoopReduction, vecLoop >= 0 && k.isReduction[vecLoop]);
  set(Feature::StoreContiguous, storeContiguous);
  set(Feature::LogUnroll, std::log2(double(unroll)));

  // D. Loop structure.
  double padded = 1, innerTiles = 1;
  for (int64_t d = 0; d < n; ++d) {
    int64_t count = llvm::divideCeil(k.ranges[d], inner[d]);
    innerTiles *= count;
    padded *= double(count) * inner[d];
  }
  set(Feature::TileLevels, levels);
  set(Feature::LogInnerTrip, slog(innermost >= 0 ? inner[innermost] : 1));
  set(Feature::PartialTileWaste, padded > 0 ? 1 - points / padded : 0);
  set(Feature::LogInnerTiles, slog(innerTiles));

  // F. Fusion.
  set(Feature::FusedGenerics, k.generics);
  set(Feature::LogLocalBytes, slog(k.localBytes));

  // G. Knobs by loop role: the lane loop (or the innermost loop), the
  // other parallel loops, the reduction loops.
  int64_t laneRole = k.laneLoop >= 0 ? k.laneLoop : innermost;
  auto roles = [&](ArrayRef<int64_t> extent, Feature lane, Feature parallel,
                   Feature reduction) {
    double laneTile = 1, parallelTile = 1, reductionTile = 1;
    for (int64_t d = 0; d < n; ++d) {
      if (d == laneRole)
        laneTile = extent[d];
      else if (k.isReduction[d])
        reductionTile *= extent[d];
      else
        parallelTile *= extent[d];
    }
    set(lane, std::log2(laneTile));
    set(parallel, std::log2(parallelTile));
    set(reduction, std::log2(reductionTile));
  };
  roles(inner, Feature::LogTileInnerLane, Feature::LogTileInnerParallel,
        Feature::LogTileInnerReduction);
  roles(outer, Feature::LogTileOuterLane, Feature::LogTileOuterParallel,
        Feature::LogTileOuterReduction);

  // H. Parallel regions, as lowering builds the nest: one band of loops per
  // tile level and one of points, each in `order`; a parallel loop's
  // outermost loop with more than one iteration runs across threads, so the
  // region is entered once per iteration of the loops around it (a
  // reduction loop placed outside it starts the threads at every step).
  // The innermost loop, when parallel, stays rolled and scalar.
  double forks = 0;
  bool parallelInnermost = false;
  if (schedule)
    for (int64_t d : schedule.getParallel()) {
      if (d < 0 || d >= n)
        continue;
      unsigned band = threadedBand(E, d);
      double around = 1;
      for (unsigned b = 0; b < band; ++b)
        for (int64_t other = 0; other < n; ++other)
          around *= bandTrip(E, b, other);
      for (int64_t other : order) {
        if (other == d)
          break;
        around *= bandTrip(E, band, other);
      }
      forks = forks == 0 ? around : std::min(forks, around);
      parallelInnermost |=
          band == levels && !order.empty() && d == order.back();
    }
  set(Feature::LogParForks, slog(forks));
  set(Feature::ParInnermost, parallelInnermost);

  // I. The next loop out: the last loop of `order` before the innermost one
  // whose inner tile is longer than 1, the vector loop aside (its lanes are
  // not a loop). Where the innermost loop is a register block (a conv's
  // output rows), this is the loop the block's loads step along: a
  // depthwise conv's kw reads the row it has just read, one element on,
  // where its kh reads the next row.
  int64_t next = -1;
  bool pastInnermost = false;
  for (int64_t d : llvm::reverse(order)) {
    if (d == innermost) {
      pastInnermost = true;
      continue;
    }
    if (pastInnermost && d != vecLoop && inner[d] > 1) {
      next = d;
      break;
    }
  }
  StrideCounts alongNext = strideCounts(k, next);
  set(Feature::FracStride1Next, alongNext.one / accesses);
  set(Feature::FracStrideNNext, alongNext.other / accesses);
  set(Feature::LogNextTrip, slog(next >= 0 ? inner[next] : 0));
  return f;
}
