//===- Diagnostics.cpp - Printing diagnostics for users -------------------===//

#include "lib/Support/Diagnostics.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"

using namespace mlir;

std::string dlc::describeLocation(Location loc) {
  if (auto fused = dyn_cast<FusedLoc>(loc)) {
    // The importer's node location: fused<"OpType">[name("node")]. A node of
    // an expanded ONNX function nests in the node it expands:
    // fused<"OpType">[name("inner") at <the node's location>].
    auto opType = dyn_cast_if_present<StringAttr>(fused.getMetadata());
    for (Location inner : fused.getLocations()) {
      auto name = dyn_cast<NameLoc>(inner);
      if (!name || !opType)
        continue;
      std::string parent = describeLocation(name.getChildLoc());
      std::string self = "'" + name.getName().str() + "' (" +
                         opType.getValue().str() + ")";
      auto parentNode = dyn_cast<FusedLoc>(name.getChildLoc());
      if (parentNode && isa_and_present<StringAttr>(parentNode.getMetadata()))
        return parent + " > expanded " + self;
      return (parent.empty() ? "" : parent + ": ") + "node " + self;
    }
    for (Location inner : fused.getLocations()) {
      std::string s = describeLocation(inner);
      if (!s.empty())
        return s;
    }
    return "";
  }
  if (auto name = dyn_cast<NameLoc>(loc)) {
    std::string file = describeLocation(name.getChildLoc());
    return (file.empty() ? "" : file + ": ") + "'" + name.getName().str() +
           "'";
  }
  if (auto file = dyn_cast<FileLineColLoc>(loc)) {
    std::string s = file.getFilename().str();
    if (file.getLine() != 0)
      s += ":" + std::to_string(file.getLine()) + ":" +
           std::to_string(file.getColumn());
    return s;
  }
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return describeLocation(callSite.getCallee());
  return "";
}

static StringRef severityName(DiagnosticSeverity s) {
  switch (s) {
  case DiagnosticSeverity::Error:
    return "error";
  case DiagnosticSeverity::Warning:
    return "warning";
  case DiagnosticSeverity::Note:
    return "note";
  case DiagnosticSeverity::Remark:
    return "remark";
  }
  return "error";
}

dlc::UserDiagnosticHandler::UserDiagnosticHandler(MLIRContext &context,
                                                  llvm::raw_ostream &os,
                                                  llvm::StringRef toolName)
    : context(context) {
  std::string tool = toolName.str();
  id = context.getDiagEngine().registerHandler([this, &os, tool](
                                                   Diagnostic &diag) {
    auto print = [&](Diagnostic &d) {
      std::string where = describeLocation(d.getLocation());
      os << (where.empty() ? tool : where) << ": "
         << severityName(d.getSeverity()) << ": " << d.str() << "\n";
    };
    print(diag);
    for (Diagnostic &note : diag.getNotes())
      print(note);
    if (diag.getSeverity() == DiagnosticSeverity::Error)
      ++numErrors;
    os.flush();
    return success();
  });
}

dlc::UserDiagnosticHandler::~UserDiagnosticHandler() {
  context.getDiagEngine().eraseHandler(id);
}
