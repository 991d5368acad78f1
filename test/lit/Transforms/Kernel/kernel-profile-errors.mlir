// RUN: dlc-opt %s --convert-graph-to-kernel --kernel-profile -verify-diagnostics -o /dev/null

// The profiler's functions are the pass's own: a module that already
// defines one is rejected rather than silently called.
// expected-error @+1 {{'dlc_profile_end' is reserved for the kernel profiler}}
func.func private @dlc_profile_end(i32)
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = graph.relu %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
