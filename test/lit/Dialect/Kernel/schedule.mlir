// RUN: dlc-opt %s -split-input-file | FileCheck %s
// RUN: dlc-opt %s -split-input-file --mlir-print-op-generic | dlc-opt -split-input-file | FileCheck %s

// Fields may come in any order; the printer writes the non-default ones in a
// fixed order, so equal schedules print alike.
// CHECK-LABEL: func.func @full
//  CHECK-SAME: s = #kernel.schedule<tiles = {{\[}}[1, 64, 64], [1, 8, 16]], order = [0, 2, 1], vector = 16, unroll = 4, parallel = [0]>
func.func @full() attributes {s = #kernel.schedule<parallel = [0], unroll = 4, vector = 16, order = [0, 2, 1], tiles = [[1, 64, 64], [1, 8, 16]]>} {
  return
}

// -----

// Defaults are not printed: vector = 1 and unroll = 1 vanish.
// CHECK-LABEL: func.func @defaults
//  CHECK-SAME: s = #kernel.schedule<>, t = #kernel.schedule<tiles = {{\[}}[8, 0]]>
func.func @defaults() attributes {s = #kernel.schedule<vector = 1, unroll = 1>, t = #kernel.schedule<tiles = [[8, 0]]>} {
  return
}

// -----

// GPU block and thread tiles.
// CHECK-LABEL: func.func @gpu
//  CHECK-SAME: s = #kernel.schedule<vector = 4, gpu_block = [64, 64, 0], gpu_thread = [4, 4, 0]>
func.func @gpu() attributes {s = #kernel.schedule<gpu_thread = [4, 4, 0], gpu_block = [64, 64, 0], vector = 4>} {
  return
}

// -----

// Three tiling levels (registers inside L1 inside L2); a 0 leaves a loop
// untiled at that level, so the level inside it may be anything.
// CHECK-LABEL: func.func @levels
//  CHECK-SAME: #kernel.schedule<tiles = {{\[}}[256, 0, 512], [64, 128, 64], [8, 32, 1]]>
func.func @levels() attributes {s = #kernel.schedule<tiles = [[256, 0, 512], [64, 128, 64], [8, 32, 1]]>} {
  return
}
