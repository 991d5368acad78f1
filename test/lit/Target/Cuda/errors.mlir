// RUN: dlc-opt %s --dlc-cuda-kernels --split-input-file --verify-diagnostics
// Schedules and IR the CUDA back end cannot carry out are rejected with the
// reason.

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
func.func @block_on_reduction(%A: memref<8x8xf32>, %B: memref<8x8xf32>, %C: memref<8x8xf32>) {
  // expected-error @+1 {{gpu_block [8, 8, 8] maps loop 2, a reduction loop, to blocks; only parallel loops can be spread over blocks and threads}}
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%A, %B : memref<8x8xf32>, memref<8x8xf32>) outs(%C : memref<8x8xf32>)
      attrs = {kernel.schedule = #kernel.schedule<gpu_block = [8, 8, 8]>} {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @too_many_threads(%x: memref<64x64xf32>, %y: memref<64x64xf32>) {
  // expected-error @+1 {{the schedule asks for more than 1024 threads per block (gpu_block [64, 64], gpu_thread [1, 2])}}
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : memref<64x64xf32>) outs(%y : memref<64x64xf32>)
      attrs = {kernel.schedule = #kernel.schedule<gpu_block = [64, 64], gpu_thread = [1, 2]>} {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  return
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @thread_without_block(%x: memref<64x64xf32>, %y: memref<64x64xf32>) {
  // expected-error @+1 {{gpu_thread [1, 4] needs gpu_block: the tile each block computes}}
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : memref<64x64xf32>) outs(%y : memref<64x64xf32>)
      attrs = {kernel.schedule = #kernel.schedule<gpu_thread = [1, 4]>} {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  return
}

// -----

#id = affine_map<(d0) -> (d0)>
func.func @dynamic(%x: memref<?xf32>, %y: memref<?xf32>) {
  // expected-error @+1 {{the CUDA target needs static shapes (bind symbolic dims with --dim)}}
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : memref<?xf32>) outs(%y : memref<?xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  return
}

// -----

func.func @host_load(%x: memref<4xf32>, %y: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{the CUDA target cannot run 'memref.load' outside a GPU kernel}}
  %v = memref.load %x[%c0] : memref<4xf32>
  memref.store %v, %y[%c0] : memref<4xf32>
  return
}
