//===- TilingInterfaceImpl.h - TilingInterface for kernel ops ---*- C++ -*-===//

#ifndef DLC_TRANSFORMS_KERNEL_TILINGINTERFACEIMPL_H
#define DLC_TRANSFORMS_KERNEL_TILINGINTERFACEIMPL_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace dlc {
namespace kernel {

/// Attaches TilingInterface to kernel.generic, so that upstream tiling
/// (scf::tileUsingSCF, transform.structured.tile_using_for, tile-and-fuse)
/// works on it.
void registerTilingInterfaceExternalModels(mlir::DialectRegistry &registry);

} // namespace kernel
} // namespace dlc

#endif // DLC_TRANSFORMS_KERNEL_TILINGINTERFACEIMPL_H
