// RUN: dlc-opt %s --pass-pipeline='builtin.module(gpu.module(convert-scf-to-cf,dlc-gpu-to-nvvm))' | FileCheck %s
// A kernel becomes NVVM with bare-pointer arguments; thread and block ids
// are PTX special registers; exp, tanh and erf become polynomials, sqrt and
// fabs (and floor, from the
// polynomials) and float min/max (f64 too) NVPTX instructions (LLVM intrinsics), and nothing calls libdevice.

// CHECK-NOT:   __nv_
// CHECK-LABEL: llvm.func @act(%{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr)
// CHECK-SAME:    nvvm.kernel
// CHECK-DAG:     nvvm.read.ptx.sreg.ctaid.x
// CHECK-DAG:     nvvm.read.ptx.sreg.tid.x
// CHECK-DAG:     llvm.intr.sqrt
// CHECK-DAG:     llvm.intr.fabs
// CHECK-DAG:     llvm.intr.floor
// CHECK-DAG:     llvm.intr.maxnum({{.*}}) : (f64, f64) -> f64
// CHECK-DAG:     llvm.intr.minimum({{.*}}) : (f64, f64) -> f64
// CHECK-NOT:     math.
// CHECK-NOT:     llvm.call
// CHECK:         llvm.return
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @act(%x: memref<256xf32>, %y: memref<256xf32>, %z: memref<256xf64>) kernel {
      %b = gpu.block_id x
      %t = gpu.thread_id x
      %c64 = arith.constant 64 : index
      %base = arith.muli %b, %c64 : index
      %i = arith.addi %base, %t : index
      %v = memref.load %x[%i] : memref<256xf32>
      %e = math.exp %v : f32
      %h = math.tanh %e : f32
      %r = math.erf %h : f32
      %a = math.absf %r : f32
      %s = math.sqrt %a : f32
      memref.store %s, %y[%i] : memref<256xf32>
      %d = memref.load %z[%i] : memref<256xf64>
      %c = arith.constant 0.5 : f64
      %mx = arith.maxnumf %d, %c : f64
      %mn = arith.minimumf %mx, %c : f64
      memref.store %mn, %z[%i] : memref<256xf64>
      gpu.return
    }
  }
}
