// RUN: dlc-opt %s --pass-pipeline='builtin.module(gpu.module(dlc-gpu-to-nvvm))' --verify-diagnostics
// DLC uses no libdevice: a math op it cannot expand into arithmetic (here
// exp on f64; the polynomial approximations are f32 ones) is an error.

module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @exp64(%x: memref<4xf64>) kernel {
      %c0 = arith.constant 0 : index
      %v = memref.load %x[%c0] : memref<4xf64>
      // expected-error @+1 {{'math.exp' on 'f64' would need NVIDIA's libdevice (__nv_* functions), which DLC does not use; on the GPU it is computed for f32 (and f16/bf16 through f32) only}}
      %e = math.exp %v : f64
      memref.store %e, %x[%c0] : memref<4xf64>
      gpu.return
    }
  }
}
