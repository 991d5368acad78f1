// RUN: dlc-opt %s --dlc-cuda-kernels --dlc-cuda-lower | FileCheck %s --check-prefixes=CHECK,SM80
// RUN: dlc-opt %s --dlc-cuda-kernels '--dlc-cuda-lower=cuda-arch=sm_90' | FileCheck %s --check-prefixes=CHECK,SM90
// RUN: not dlc-opt %s '--dlc-cuda-lower=cuda-arch=sm_75' 2>&1 | FileCheck %s --check-prefix=ARCH
// The whole CUDA lowering: the host function calls the mgpu functions of
// the runtime with bare pointers, and the kernel is PTX for the chosen
// architecture, embedded as a gpu.binary (PTX ISA 8.0 for both), reading
// and writing global memory.

// CHECK-LABEL: llvm.func @scale(%{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr)
// CHECK:         gpu.launch_func @scale_kernel::@scale_kernel blocks in
// CHECK-SAME:      args(%{{.+}} : !llvm.ptr, %{{.+}} : !llvm.ptr)
// SM80:        gpu.binary @scale_kernel  [#gpu.object<#nvvm.target<O = 3, chip = "sm_80", features = "+ptx80">, assembly =
// SM80-SAME:     .version 8.0{{.*}}.target sm_80
// SM90:        gpu.binary @scale_kernel  [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80">, assembly =
// SM90-SAME:     .version 8.0{{.*}}.target sm_90
// CHECK-SAME:    .visible .entry scale_kernel(
// CHECK-SAME:    .maxntid 256, 1, 1
// CHECK-SAME:    mov.u32 {{[^,]+}}, %ctaid.x
// CHECK-SAME:    mov.u32 {{[^,]+}}, %tid.x
// CHECK-SAME:    ld.global.b32
// CHECK-SAME:    mul.rn.f32 {{[^,]+}}, {{[^,]+}}, 0f40400000
// CHECK-SAME:    st.global.b32

// ARCH: error: unknown CUDA architecture 'sm_75': use sm_80 (A100) or sm_90 (H100, H200)

#id = affine_map<(d0) -> (d0)>
func.func @scale(%x: memref<1024xf32>, %y: memref<1024xf32>) {
  %three = arith.constant 3.0 : f32
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : memref<1024xf32>) outs(%y : memref<1024xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.mulf %in, %three : f32
    linalg.yield %r : f32
  }
  return
}
