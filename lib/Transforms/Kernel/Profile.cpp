//===- Profile.cpp - Bracket every kernel with profiler calls -------------===//
//
// dlc-compile --profile: each kernel.fused, numbered in module order, is
// timed by calls to dlc_profile_begin/dlc_profile_end, which the model
// library's description stub defines (lib/Target/Cpu/CpuTarget.cpp).
//
//===----------------------------------------------------------------------===//

#include "lib/Transforms/Kernel/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"

namespace dlc {
namespace kernel {
#define GEN_PASS_DEF_KERNELPROFILEPASS
#include "lib/Transforms/Kernel/Passes.h.inc"
} // namespace kernel
} // namespace dlc

using namespace mlir;
using namespace dlc;
using namespace dlc::kernel;

namespace {

struct KernelProfilePass
    : kernel::impl::KernelProfilePassBase<KernelProfilePass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    SmallVector<FusedOp> kernels;
    module.walk([&](FusedOp fused) { kernels.push_back(fused); });

    OpBuilder b(ctx);
    b.setInsertionPointToStart(module.getBody());
    auto type = b.getFunctionType({b.getI32Type()}, {});
    for (StringRef name : {kBegin, kEnd}) {
      if (Operation *existing = module.lookupSymbol(name)) {
        existing->emitError()
            << "'" << name << "' is reserved for the kernel profiler";
        return signalPassFailure();
      }
      auto decl = func::FuncOp::create(b, module.getLoc(), name, type);
      decl.setPrivate();
    }

    SmallVector<Attribute> names;
    for (auto [index, fused] : llvm::enumerate(kernels)) {
      std::string name = describeKernel(fused);
      if (name.empty())
        name = "kernel " + std::to_string(index);
      names.push_back(b.getStringAttr(name));
      Location loc = fused.getLoc();
      b.setInsertionPoint(fused);
      Value id = arith::ConstantIntOp::create(b, loc, index, 32);
      func::CallOp::create(b, loc, kBegin, TypeRange{}, ValueRange{id});
      b.setInsertionPointAfter(fused);
      func::CallOp::create(b, loc, kEnd, TypeRange{}, ValueRange{id});
    }
    module->setAttr("dlc.profile_kernels", b.getArrayAttr(names));
  }

  static constexpr StringLiteral kBegin = "dlc_profile_begin";
  static constexpr StringLiteral kEnd = "dlc_profile_end";
};

} // namespace
