//===- Booster.cpp - XGBoost models through its C API ---------------------===//

#include "cost-model/Booster.h"
#include "cost-model/Features.h"

#include "llvm/Support/FileSystem.h"

#include <xgboost/c_api.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace dlc::cost;

namespace {

/// The error of the last failed XGBoost call, prefixed with what was done.
llvm::Error xgbError(llvm::StringRef what) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s: %s", what.str().c_str(),
                                 XGBGetLastError());
}

/// Owns a DMatrix.
struct Matrix {
  ~Matrix() {
    if (handle)
      XGDMatrixFree(handle);
  }
  DMatrixHandle handle = nullptr;
};

/// A DMatrix over `values` (row-major, `numFeatures` wide). NaN marks a
/// missing value; the features never produce one.
llvm::Error makeMatrix(llvm::ArrayRef<float> values, int64_t numFeatures,
                       Matrix &out) {
  if (numFeatures <= 0 || values.size() % numFeatures != 0)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "%zu values do not form rows of %lld features", values.size(),
        static_cast<long long>(numFeatures));
  if (XGDMatrixCreateFromMat(values.data(), values.size() / numFeatures,
                             numFeatures,
                             std::numeric_limits<float>::quiet_NaN(),
                             &out.handle) != 0)
    return xgbError("cannot build the feature matrix");
  return llvm::Error::success();
}

} // namespace

void Dataset::add(llvm::ArrayRef<float> row, float label, float weight) {
  values.insert(values.end(), row.begin(), row.end());
  labels.push_back(label);
  weights.push_back(weight);
  if (!groupSizes.empty())
    ++groupSizes.back();
}

Booster &Booster::operator=(Booster &&other) noexcept {
  if (this != &other) {
    if (handle)
      XGBoosterFree(handle);
    handle = other.handle;
    other.handle = nullptr;
  }
  return *this;
}

Booster::~Booster() {
  if (handle)
    XGBoosterFree(handle);
}

llvm::Expected<Booster> Booster::train(const Dataset &data,
                                       const TrainParams &params,
                                       llvm::StringRef schema) {
  if (data.numRows() == 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no training rows");
  if (static_cast<int64_t>(data.values.size()) !=
      data.numRows() * data.numFeatures)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "a training row has the wrong width");
  bool ranking = llvm::StringRef(params.objective).starts_with("rank:");
  if (ranking && data.groupSizes.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "objective %s needs groups of rows",
                                   params.objective.c_str());
  Matrix matrix;
  if (llvm::Error e = makeMatrix(data.values, data.numFeatures, matrix))
    return std::move(e);
  if (XGDMatrixSetFloatInfo(matrix.handle, "label", data.labels.data(),
                            data.labels.size()) != 0)
    return xgbError("cannot set the labels");
  if (!ranking &&
      XGDMatrixSetFloatInfo(matrix.handle, "weight", data.weights.data(),
                            data.weights.size()) != 0)
    return xgbError("cannot set the weights");
  if (ranking &&
      XGDMatrixSetUIntInfo(matrix.handle, "group", data.groupSizes.data(),
                           data.groupSizes.size()) != 0)
    return xgbError("cannot set the groups");

  BoosterHandle handle = nullptr;
  if (XGBoosterCreate(&matrix.handle, 1, &handle) != 0)
    return xgbError("cannot create a booster");
  Booster booster(handle);
  const std::pair<const char *, std::string> settings[] = {
      {"objective", params.objective},
      {"max_depth", std::to_string(params.maxDepth)},
      {"eta", std::to_string(params.eta)},
      {"tree_method", "hist"},
      {"nthread", "1"},
      {"seed", std::to_string(params.seed)},
      {"verbosity", "0"},
  };
  for (const auto &[key, value] : settings)
    if (XGBoosterSetParam(handle, key, value.c_str()) != 0)
      return xgbError(std::string("cannot set ") + key);
  for (int round = 0; round < params.rounds; ++round)
    if (XGBoosterUpdateOneIter(handle, round, matrix.handle) != 0)
      return xgbError("training failed");
  std::string schemaValue = schema.empty() ? featureSchema() : schema.str();
  if (XGBoosterSetAttr(handle, "feature_schema", schemaValue.c_str()) != 0 ||
      XGBoosterSetAttr(handle, "objective", params.objective.c_str()) != 0 ||
      (!params.machine.empty() &&
       XGBoosterSetAttr(handle, "machine", params.machine.c_str()) != 0) ||
      (params.threads > 0 &&
       XGBoosterSetAttr(handle, "threads",
                        std::to_string(params.threads).c_str()) != 0) ||
      (!params.kinds.empty() &&
       XGBoosterSetAttr(handle, "kernel_kinds", params.kinds.c_str()) != 0))
    return xgbError("cannot set the model's attributes");
  return std::move(booster);
}

llvm::Expected<Booster> Booster::load(llvm::StringRef path,
                                      llvm::StringRef expectedSchema) {
  if (!llvm::sys::fs::exists(path))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot open cost model '%s'",
                                   path.str().c_str());
  BoosterHandle handle = nullptr;
  if (XGBoosterCreate(nullptr, 0, &handle) != 0)
    return xgbError("cannot create a booster");
  Booster booster(handle);
  if (XGBoosterLoadModel(handle, path.str().c_str()) != 0)
    return xgbError("cannot read cost model '" + path.str() + "'");
  std::string expected =
      expectedSchema.empty() ? featureSchema() : expectedSchema.str();
  std::string schema = booster.attribute("feature_schema");
  if (schema != expected)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "cost model '%s' was trained on features '%s', but this build "
        "computes '%s'",
        path.str().c_str(), schema.empty() ? "(none)" : schema.c_str(),
        expected.c_str());
  return std::move(booster);
}

llvm::Error Booster::save(llvm::StringRef path) const {
  if (XGBoosterSaveModel(handle, path.str().c_str()) != 0)
    return xgbError("cannot write cost model '" + path.str() + "'");
  return llvm::Error::success();
}

llvm::Expected<std::vector<float>>
Booster::predict(llvm::ArrayRef<float> values, int64_t numFeatures) const {
  Matrix matrix;
  if (llvm::Error e = makeMatrix(values, numFeatures, matrix))
    return std::move(e);
  bst_ulong length = 0;
  const float *result = nullptr;
  if (XGBoosterPredict(handle, matrix.handle, /*option_mask=*/0,
                       /*ntree_limit=*/0, /*training=*/0, &length,
                       &result) != 0)
    return xgbError("prediction failed");
  return std::vector<float>(result, result + length);
}

std::string Booster::attribute(llvm::StringRef name) const {
  const char *value = nullptr;
  int found = 0;
  if (XGBoosterGetAttr(handle, name.str().c_str(), &value, &found) != 0 ||
      !found || !value)
    return "";
  return value;
}
