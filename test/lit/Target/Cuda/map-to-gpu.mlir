// RUN: dlc-opt %s --dlc-cuda-kernels --split-input-file | FileCheck %s

// Elementwise, no schedule: the default launch spreads 256 threads over the
// innermost parallel loops (64 x 4 here), one point per thread, so that
// consecutive threads touch consecutive elements of the stride-1 dim.

// CHECK-LABEL: func.func @relu
// CHECK-DAG:     %[[C4:.+]] = arith.constant 4 : index
// CHECK-DAG:     %[[C256:.+]] = arith.constant 256 : index
// CHECK:         gpu.launch_func @relu_kernel::@relu_kernel blocks in (%[[C4]], %{{.+}}, %{{.+}}) threads in (%[[C256]], %{{.+}}, %{{.+}})
// CHECK:       gpu.module @relu_kernel
// CHECK:         gpu.func @relu_kernel
// CHECK-SAME:      kernel
// CHECK:           gpu.block_id x
// CHECK:           gpu.thread_id x
// CHECK:           memref.load
// CHECK:           arith.maximumf
// CHECK:           memref.store
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @relu(%x: memref<16x64xf32>, %y: memref<16x64xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : memref<16x64xf32>) outs(%y : memref<16x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  }
  return
}

// -----

// A matmul with gpu_block / gpu_thread: blocks of 32x64 points, each thread
// computes 1x4 of them (strided by the 16 threads along the column), the
// reduction loop runs inside the thread. 128/32 x 256/64 = 16 blocks of
// 32 x 16 = 512 threads.

// CHECK-LABEL: func.func @matmul
// CHECK-DAG:     %[[C16:.+]] = arith.constant 16 : index
// CHECK-DAG:     %[[C512:.+]] = arith.constant 512 : index
// CHECK:         gpu.launch_func @matmul_kernel::@matmul_kernel blocks in (%[[C16]], %{{.+}}, %{{.+}}) threads in (%[[C512]], %{{.+}}, %{{.+}})
// CHECK:       gpu.func @matmul_kernel
// CHECK:         scf.for %[[T:.+]] = %{{.+}} to %{{.+}} step
// CHECK:           scf.for %[[K:.+]] = %{{.+}} to %{{.+}} step
// CHECK:             memref.load %{{.+}}[%{{.+}}, %[[K]]] : memref<128x96xf32>
// CHECK:             memref.load %{{.+}}[%[[K]], %{{.+}}] : memref<96x256xf32>
// CHECK:             arith.mulf
// CHECK:             arith.addf
// CHECK:             memref.store
#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
func.func @matmul(%A: memref<128x96xf32>, %B: memref<96x256xf32>, %C: memref<128x256xf32>) {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%A, %B : memref<128x96xf32>, memref<96x256xf32>) outs(%C : memref<128x256xf32>)
      attrs = {kernel.schedule = #kernel.schedule<gpu_block = [32, 64, 0], gpu_thread = [1, 4, 0]>} {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A full reduction has no parallel loop: one block of one thread, the
// loops inside it. A partial last tile (10 = 8 + 2) is guarded.

// CHECK-LABEL: func.func @sum
// CHECK:         %[[C1:.+]] = arith.constant 1 : index
// CHECK:         gpu.launch_func @sum_kernel::@sum_kernel blocks in (%[[C1]], %[[C1]], %[[C1]]) threads in (%[[C1]], %[[C1]], %[[C1]])
// CHECK:       gpu.func @sum_kernel
// CHECK:         scf.for
// CHECK:           arith.addf
#in = affine_map<(d0) -> (d0)>
#out = affine_map<(d0) -> ()>
func.func @sum(%x: memref<100xf32>, %y: memref<f32>) {
  linalg.generic {indexing_maps = [#in, #out], iterator_types = ["reduction"]}
      ins(%x : memref<100xf32>) outs(%y : memref<f32>) {
  ^bb0(%in: f32, %acc: f32):
    %s = arith.addf %acc, %in : f32
    linalg.yield %s : f32
  }
  return
}

// CHECK-LABEL: func.func @partial
// CHECK:       gpu.func @partial_kernel
// CHECK:         arith.cmpi ult
// CHECK:         scf.if
func.func @partial(%x: memref<10xf32>, %y: memref<10xf32>) {
  linalg.generic {indexing_maps = [#in, #in], iterator_types = ["parallel"]}
      ins(%x : memref<10xf32>) outs(%y : memref<10xf32>)
      attrs = {kernel.schedule = #kernel.schedule<gpu_block = [8]>} {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  return
}

// -----

// Constant weights live in the GPU module: outlining copies the global, the
// kernel reads it there, not through a host pointer. A memref.copy becomes a
// kernel too.

// CHECK-NOT:   memref.global
// CHECK-LABEL: func.func @bias
// CHECK-NOT:     memref.copy
// CHECK:         gpu.launch_func @bias_kernel::@bias_kernel {{.*}} args(%{{.+}} : memref<2x4xf32>, %{{.+}} : memref<2x4xf32>){{$}}
// CHECK:         gpu.launch_func @bias_kernel_0::@bias_kernel
// CHECK:       gpu.module @bias_kernel
// CHECK:         memref.get_global @w : memref<4xf32>
// CHECK:         memref.global "private" constant @w : memref<4xf32>
// CHECK:       gpu.module @bias_kernel_0
memref.global "private" constant @w : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>
#id = affine_map<(d0, d1) -> (d0, d1)>
#bcast = affine_map<(d0, d1) -> (d1)>
func.func @bias(%x: memref<2x4xf32>, %y: memref<2x4xf32>, %z: memref<2x4xf32>) {
  %w = memref.get_global @w : memref<4xf32>
  linalg.generic {indexing_maps = [#id, #bcast, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %w : memref<2x4xf32>, memref<4xf32>) outs(%y : memref<2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %out: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  }
  memref.copy %y, %z : memref<2x4xf32> to memref<2x4xf32>
  return
}

// -----

// An integer power (no libdevice): squaring in a loop, and the truncated
// result for negative exponents.

// CHECK-LABEL: func.func @ipow
// CHECK:       gpu.func @ipow_kernel
// CHECK-NOT:     math.ipowi
// CHECK:         scf.while
// CHECK:           arith.cmpi sgt
// CHECK:           scf.condition
// CHECK:           arith.muli
// CHECK:           arith.shrsi
// CHECK:         arith.cmpi slt
// CHECK:         arith.select
#id1 = affine_map<(d0) -> (d0)>
func.func @ipow(%x: memref<8xi64>, %e: memref<8xi64>, %y: memref<8xi64>) {
  linalg.generic {indexing_maps = [#id1, #id1, #id1], iterator_types = ["parallel"]}
      ins(%x, %e : memref<8xi64>, memref<8xi64>) outs(%y : memref<8xi64>) {
  ^bb0(%a: i64, %b: i64, %out: i64):
    %p = math.ipowi %a, %b : i64
    linalg.yield %p : i64
  }
  return
}
