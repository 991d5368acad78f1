//===- Booster.h - XGBoost models through its C API -------------*- C++ -*-===//
//
// Training, prediction and model files for the cost model, on XGBoost's C
// API (Debian's libxgboost-dev). A model file is XGBoost JSON carrying, as
// booster attributes, the feature schema it was trained on (featureSchema())
// and the machine fingerprint of its data; loading a model whose schema
// differs is an error, never a silent misuse. Training is deterministic:
// one thread and a fixed seed.
//
//   Dataset d{kNumFeatures};
//   d.add(features, log2(time / roofline));
//   llvm::Expected<Booster> b = Booster::train(d, TrainParams{});
//   b->save("latency.json");
//
//===----------------------------------------------------------------------===//

#ifndef DLC_COSTMODEL_BOOSTER_H
#define DLC_COSTMODEL_BOOSTER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dlc::cost {

/// Training rows: features, labels, and for a ranker the group (task) of
/// each row, rows of one group contiguous.
struct Dataset {
  explicit Dataset(int64_t numFeatures) : numFeatures(numFeatures) {}
  void add(llvm::ArrayRef<float> row, float label, float weight = 1);
  /// Starts a new group: the rows added from now on belong to it.
  void startGroup() { groupSizes.push_back(0); }
  int64_t numRows() const { return static_cast<int64_t>(labels.size()); }

  int64_t numFeatures;
  std::vector<float> values; ///< numRows x numFeatures, row-major
  std::vector<float> labels;
  std::vector<float> weights;
  std::vector<unsigned> groupSizes; ///< empty: no groups
};

struct TrainParams {
  /// "reg:squarederror" (the latency regressor) or "rank:pairwise" (the
  /// ranker, which needs groups).
  std::string objective = "reg:squarederror";
  int rounds = 100;
  int maxDepth = 6;
  double eta = 0.2;
  int seed = 42;
  /// Booster attributes saved with the model besides the schema: the
  /// fingerprint of the machine and the thread count of the measurements
  /// (unset when empty / 0).
  std::string machine;
  int64_t threads = 0;
  /// The kinds of kernel of the training data (KernelSummary::kind, joined
  /// by ';'), saved as the attribute "kernel_kinds" (unset when empty).
  std::string kinds;
};

class Booster {
public:
  Booster(Booster &&other) noexcept : handle(other.handle) {
    other.handle = nullptr;
  }
  Booster &operator=(Booster &&other) noexcept;
  Booster(const Booster &) = delete;
  Booster &operator=(const Booster &) = delete;
  ~Booster();

  /// Trains on `data`; the model records `schema` (default: this build's
  /// featureSchema()).
  static llvm::Expected<Booster> train(const Dataset &data,
                                       const TrainParams &params,
                                       llvm::StringRef schema = {});
  /// Loads a model file, failing when its feature schema is not
  /// `expectedSchema` (default: this build's featureSchema()).
  static llvm::Expected<Booster> load(llvm::StringRef path,
                                      llvm::StringRef expectedSchema = {});
  /// Saves the model as XGBoost JSON (the attributes included).
  llvm::Error save(llvm::StringRef path) const;

  /// One prediction per row of `values` (row-major, `numFeatures` wide).
  llvm::Expected<std::vector<float>> predict(llvm::ArrayRef<float> values,
                                             int64_t numFeatures) const;

  /// A booster attribute ("feature_schema", "machine"), "" when unset.
  std::string attribute(llvm::StringRef name) const;

private:
  explicit Booster(void *handle) : handle(handle) {}
  void *handle = nullptr;
};

} // namespace dlc::cost

#endif // DLC_COSTMODEL_BOOSTER_H
