//===- InitAll.h - Register DLC's dialects and passes -----------*- C++ -*-===//
//
// One registration entry point shared by every tool (dlc-opt, dlc-compile,
// the unit tests), so that they all parse the same IR and know the same
// passes.
//
//===----------------------------------------------------------------------===//

#ifndef DLC_PIPELINES_INITALL_H
#define DLC_PIPELINES_INITALL_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace dlc {

/// Adds DLC's dialects and the upstream dialects its pipelines produce.
void registerDLCDialects(mlir::DialectRegistry &registry);

/// Registers DLC's passes and pipelines, and the upstream passes they use,
/// with the global pass registry (for dlc-opt's command line).
void registerDLCPasses();

} // namespace dlc

#endif // DLC_PIPELINES_INITALL_H
