// RUN: dlc-opt %s -kernel-generate-loops=vectorize-elementwise=false -canonicalize -split-input-file | FileCheck %s

// kernel-generate-loops: each linalg.generic becomes one affine.for per
// iteration dim, in order; the generic that carries a kernel.schedule (the
// root of its kernel) then gets the schedule applied exactly: tiles level
// by level (0: one tile spans the enclosing tile), the order in every tile
// band, the outermost loop of each parallel dim as affine.parallel, and the
// innermost loop unrolled by unroll * vector where its trip count is
// constant. (-canonicalize only folds the identity affine.applys into the
// loads and stores.) Vector code for elementwise loops is turned off here:
// vectorize-loops.mlir tests it.

#id2 = affine_map<(i, j) -> (i, j)>

// No schedule: a plain nest, outermost loop first.
// CHECK-LABEL: func.func @no_schedule(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x6xf32>, %[[O:[^:]*]]: memref<4x6xf32>)
//  CHECK-NEXT:   affine.for %[[I:.*]] = 0 to 4 {
//  CHECK-NEXT:     affine.for %[[J:.*]] = 0 to 6 {
//  CHECK-NEXT:       %[[X:.*]] = affine.load %[[A]][%[[I]], %[[J]]] : memref<4x6xf32>
//  CHECK-NEXT:       %[[N:.*]] = arith.negf %[[X]] : f32
//  CHECK-NEXT:       affine.store %[[N]], %[[O]][%[[I]], %[[J]]] : memref<4x6xf32>
//  CHECK-NEXT:     }
//  CHECK-NEXT:   }
//  CHECK-NEXT:   return
func.func @no_schedule(%a: memref<4x6xf32>, %o: memref<4x6xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x6xf32>) outs(%o : memref<4x6xf32>) {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// One level of 4 x 4 tiles over 8 x 10: tile loops, then loops within a
// tile; the last tile of dim 1 is partial (a min bound).
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$P4:.*]] = affine_map<(d0) -> (d0 + 4)>
// CHECK-DAG:   #[[$P4_10:.*]] = affine_map<(d0) -> (d0 + 4, 10)>
// CHECK-LABEL: func.func @tiles_one_level(
//  CHECK-NEXT:   affine.for %[[I0:.*]] = 0 to 8 step 4 {
//  CHECK-NEXT:     affine.for %[[J0:.*]] = 0 to 10 step 4 {
//  CHECK-NEXT:       affine.for %[[I:.*]] = #[[$ID]](%[[I0]]) to #[[$P4]](%[[I0]]) {
//  CHECK-NEXT:         affine.for %[[J:.*]] = #[[$ID]](%[[J0]]) to min #[[$P4_10]](%[[J0]]) {
//  CHECK-NEXT:           affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @tiles_one_level(%a: memref<8x10xf32>, %o: memref<8x10xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<8x10xf32>) outs(%o : memref<8x10xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[4, 4]]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// Two levels, [[8, 0], [2, 3]] over 16 x 12: dim 1 is untiled at the first
// level (one tile of 12), then tiled by 3 within it; dim 0 by 8, then 2.
// Three bands of two loops.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$P8:.*]] = affine_map<(d0) -> (d0 + 8)>
// CHECK-DAG:   #[[$P2:.*]] = affine_map<(d0) -> (d0 + 2)>
// CHECK-DAG:   #[[$P3:.*]] = affine_map<(d0) -> (d0 + 3)>
// CHECK-LABEL: func.func @tiles_two_levels(
//  CHECK-NEXT:   affine.for %[[I0:.*]] = 0 to 16 step 8 {
//  CHECK-NEXT:     affine.for %{{.*}} = 0 to 12 step 12 {
//  CHECK-NEXT:       affine.for %[[I1:.*]] = #[[$ID]](%[[I0]]) to #[[$P8]](%[[I0]]) step 2 {
//  CHECK-NEXT:         affine.for %[[J1:.*]] = 0 to 12 step 3 {
//  CHECK-NEXT:           affine.for %[[I:.*]] = #[[$ID]](%[[I1]]) to #[[$P2]](%[[I1]]) {
//  CHECK-NEXT:             affine.for %[[J:.*]] = #[[$ID]](%[[J1]]) to #[[$P3]](%[[J1]]) {
//  CHECK-NEXT:               affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @tiles_two_levels(%a: memref<16x12xf32>, %o: memref<16x12xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<16x12xf32>) outs(%o : memref<16x12xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[8, 0], [2, 3]]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// A 0 at the second level of a dim whose first-level tiles are partial
// (10 = 4 + 4 + 2): the second-level tile spans the whole enclosing tile
// (step 4, one iteration), not one element.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$P4_10:.*]] = affine_map<(d0) -> (d0 + 4, 10)>
// CHECK-DAG:   #[[$INNER:.*]] = affine_map<(d0, d1) -> (d1 + 4, d0 + 4, 10)>
// CHECK-DAG:   #[[$P2:.*]] = affine_map<(d0) -> (d0 + 2)>
// CHECK-LABEL: func.func @tiles_zero_in_partial_tile(
//  CHECK-NEXT:   affine.for %[[I0:.*]] = 0 to 10 step 4 {
//  CHECK-NEXT:     affine.for %{{.*}} = 0 to 6 step 6 {
//  CHECK-NEXT:       affine.for %[[I1:.*]] = #[[$ID]](%[[I0]]) to min #[[$P4_10]](%[[I0]]) step 4 {
//  CHECK-NEXT:         affine.for %[[J1:.*]] = 0 to 6 step 2 {
//  CHECK-NEXT:           affine.for %[[I:.*]] = #[[$ID]](%[[I1]]) to min #[[$INNER]](%[[I0]], %[[I1]]) {
//  CHECK-NEXT:             affine.for %[[J:.*]] = #[[$ID]](%[[J1]]) to #[[$P2]](%[[J1]]) {
//  CHECK-NEXT:               affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @tiles_zero_in_partial_tile(%a: memref<10x6xf32>, %o: memref<10x6xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<10x6xf32>) outs(%o : memref<10x6xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[4, 0], [0, 2]]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// order = [1, 0]: dim 1 outermost.
// CHECK-LABEL: func.func @order(
//  CHECK-NEXT:   affine.for %[[J:.*]] = 0 to 6 {
//  CHECK-NEXT:     affine.for %[[I:.*]] = 0 to 4 {
//  CHECK-NEXT:       affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @order(%a: memref<4x6xf32>, %o: memref<4x6xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x6xf32>) outs(%o : memref<4x6xf32>)
      attrs = {kernel.schedule = #kernel.schedule<order = [1, 0]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// The order applies within every band: tile loops j, i; then j, i again.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$P2:.*]] = affine_map<(d0) -> (d0 + 2)>
// CHECK-DAG:   #[[$P3:.*]] = affine_map<(d0) -> (d0 + 3)>
// CHECK-LABEL: func.func @order_tiles(
//  CHECK-NEXT:   affine.for %[[J0:.*]] = 0 to 6 step 3 {
//  CHECK-NEXT:     affine.for %[[I0:.*]] = 0 to 4 step 2 {
//  CHECK-NEXT:       affine.for %[[J:.*]] = #[[$ID]](%[[J0]]) to #[[$P3]](%[[J0]]) {
//  CHECK-NEXT:         affine.for %[[I:.*]] = #[[$ID]](%[[I0]]) to #[[$P2]](%[[I0]]) {
//  CHECK-NEXT:           affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @order_tiles(%a: memref<4x6xf32>, %o: memref<4x6xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x6xf32>) outs(%o : memref<4x6xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[2, 3]], order = [1, 0]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// parallel = [0]: dim 0's loop runs across threads.
// CHECK-LABEL: func.func @parallel(
//  CHECK-NEXT:   affine.parallel (%[[I:.*]]) = (0) to (4) {
//  CHECK-NEXT:     affine.for %[[J:.*]] = 0 to 6 {
//  CHECK-NEXT:       affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @parallel(%a: memref<4x6xf32>, %o: memref<4x6xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x6xf32>) outs(%o : memref<4x6xf32>)
      attrs = {kernel.schedule = #kernel.schedule<parallel = [0]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// With tiles, the outermost loop of a parallel dim is its tile loop: the
// loop over dim 1's tiles becomes affine.parallel, inside dim 0's.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$P2:.*]] = affine_map<(d0) -> (d0 + 2)>
// CHECK-DAG:   #[[$P3:.*]] = affine_map<(d0) -> (d0 + 3)>
// CHECK-LABEL: func.func @parallel_tiles(
//  CHECK-NEXT:   affine.for %[[I0:.*]] = 0 to 4 step 2 {
//  CHECK-NEXT:     affine.parallel (%[[J0:.*]]) = (0) to (6) step (3) {
//  CHECK-NEXT:       affine.for %[[I:.*]] = #[[$ID]](%[[I0]]) to #[[$P2]](%[[I0]]) {
//  CHECK-NEXT:         affine.for %[[J:.*]] = #[[$ID]](%[[J0]]) to #[[$P3]](%[[J0]]) {
//  CHECK-NEXT:           affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @parallel_tiles(%a: memref<4x6xf32>, %o: memref<4x6xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x6xf32>) outs(%o : memref<4x6xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[2, 3]], parallel = [1]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// unroll = 4: the innermost loop steps by 4 with four copies of the body.
// CHECK-LABEL: func.func @unroll(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<2x8xf32>
//  CHECK-NEXT:   affine.for %[[I:.*]] = 0 to 2 {
//  CHECK-NEXT:     affine.for %[[J:.*]] = 0 to 8 step 4 {
//  CHECK-NEXT:       affine.load %[[A]][%[[I]], %[[J]]]
//  CHECK-NEXT:       arith.negf
//  CHECK-NEXT:       affine.store
//  CHECK-NEXT:       affine.load %[[A]][%[[I]], %[[J]] + 1]
//  CHECK-NEXT:       arith.negf
//  CHECK-NEXT:       affine.store
//  CHECK-NEXT:       affine.load %[[A]][%[[I]], %[[J]] + 2]
//  CHECK-NEXT:       arith.negf
//  CHECK-NEXT:       affine.store
//  CHECK-NEXT:       affine.load %[[A]][%[[I]], %[[J]] + 3]
//  CHECK-NEXT:       arith.negf
//  CHECK-NEXT:       affine.store
//  CHECK-NEXT:     }
//  CHECK-NEXT:   }
func.func @unroll(%a: memref<2x8xf32>, %o: memref<2x8xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<2x8xf32>) outs(%o : memref<2x8xf32>)
      attrs = {kernel.schedule = #kernel.schedule<unroll = 4>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// vector = 4 and unroll = 2: unrolled by 8.
// CHECK-LABEL: func.func @vector_unroll(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<2x16xf32>
//       CHECK:   affine.for %[[J:.*]] = 0 to 16 step 8 {
//  CHECK-NEXT:     affine.load %[[A]][%{{.*}}, %[[J]]]
// CHECK-COUNT-7:   affine.load %[[A]][%{{.*}}, %[[J]] + {{[1-7]}}]
//   CHECK-NOT:     affine.load
//       CHECK:   }
func.func @vector_unroll(%a: memref<2x16xf32>, %o: memref<2x16xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<2x16xf32>) outs(%o : memref<2x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<vector = 4, unroll = 2>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>

// An unroll factor past the trip count unrolls the loop completely.
// CHECK-LABEL: func.func @unroll_past_trip(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<2x3xf32>
//  CHECK-NEXT:   affine.for %[[I:.*]] = 0 to 2 {
//  CHECK-NEXT:     affine.load %[[A]][%[[I]], 0]
//       CHECK:     affine.load %[[A]][%[[I]], 1]
//       CHECK:     affine.load %[[A]][%[[I]], 2]
//   CHECK-NOT:     affine.for
//       CHECK:   return
func.func @unroll_past_trip(%a: memref<2x3xf32>, %o: memref<2x3xf32>) {
  linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<2x3xf32>) outs(%o : memref<2x3xf32>)
      attrs = {kernel.schedule = #kernel.schedule<unroll = 8>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id1 = affine_map<(i) -> (i)>

// Tiles of 6, unrolled by 4: four copies and a remainder loop of two per
// tile (the unrolled loop's single iteration is folded away).
// CHECK-DAG:   #[[$P4:.*]] = affine_map<(d0) -> (d0 + 4)>
// CHECK-DAG:   #[[$P6:.*]] = affine_map<(d0) -> (d0 + 6)>
// CHECK-LABEL: func.func @unroll_tiles_remainder(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<12xf32>
//  CHECK-NEXT:   affine.for %[[T:.*]] = 0 to 12 step 6 {
//  CHECK-NEXT:     affine.load %[[A]][%[[T]]]
//       CHECK:     affine.load %[[A]][%[[T]] + 1]
//       CHECK:     affine.load %[[A]][%[[T]] + 2]
//       CHECK:     affine.load %[[A]][%[[T]] + 3]
//       CHECK:     affine.for %[[R:.*]] = #[[$P4]](%[[T]]) to #[[$P6]](%[[T]]) {
//  CHECK-NEXT:       affine.load %[[A]][%[[R]]]
func.func @unroll_tiles_remainder(%a: memref<12xf32>, %o: memref<12xf32>) {
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%a : memref<12xf32>) outs(%o : memref<12xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[6]], unroll = 4>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id1 = affine_map<(i) -> (i)>

// A loop over a partial tile (a min bound) has no constant trip count and
// stays rolled.
// CHECK-DAG:   #[[$ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$P4_10:.*]] = affine_map<(d0) -> (d0 + 4, 10)>
// CHECK-LABEL: func.func @unroll_partial_tile(
//  CHECK-NEXT:   affine.for %[[T:.*]] = 0 to 10 step 4 {
//  CHECK-NEXT:     affine.for %[[I:.*]] = #[[$ID]](%[[T]]) to min #[[$P4_10]](%[[T]]) {
//  CHECK-NEXT:       affine.load %{{.*}}[%[[I]]]
//  CHECK-NEXT:       arith.negf
//  CHECK-NEXT:       affine.store
//  CHECK-NEXT:     }
func.func @unroll_partial_tile(%a: memref<10xf32>, %o: memref<10xf32>) {
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%a : memref<10xf32>) outs(%o : memref<10xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[4]], unroll = 2>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id1 = affine_map<(i) -> (i)>

// An innermost loop that runs in parallel stays rolled.
// CHECK-LABEL: func.func @parallel_innermost(
//  CHECK-NEXT:   affine.parallel (%[[I:.*]]) = (0) to (8) {
//  CHECK-NEXT:     affine.load %{{.*}}[%[[I]]]
//  CHECK-NEXT:     arith.negf
//  CHECK-NEXT:     affine.store
//  CHECK-NEXT:   }
func.func @parallel_innermost(%a: memref<8xf32>, %o: memref<8xf32>) {
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%a : memref<8xf32>) outs(%o : memref<8xf32>)
      attrs = {kernel.schedule = #kernel.schedule<unroll = 2, parallel = [0]>} {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

// A contraction with the reduction loop outermost: the parallel loop of m
// runs inside it. The fill, which has no schedule, stays a plain nest.
// CHECK-LABEL: func.func @matmul(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x3xf32>, %[[B:[^:]*]]: memref<3x5xf32>, %[[C:[^:]*]]: memref<4x5xf32>)
//  CHECK-NEXT:   %[[ZERO:.*]] = arith.constant 0.0
//  CHECK-NEXT:   affine.for %[[FI:.*]] = 0 to 4 {
//  CHECK-NEXT:     affine.for %[[FJ:.*]] = 0 to 5 {
//  CHECK-NEXT:       affine.store %[[ZERO]], %[[C]][%[[FI]], %[[FJ]]]
//  CHECK-NEXT:     }
//  CHECK-NEXT:   }
//  CHECK-NEXT:   affine.for %[[K:.*]] = 0 to 3 {
//  CHECK-NEXT:     affine.parallel (%[[M:.*]]) = (0) to (4) {
//  CHECK-NEXT:       affine.for %[[N:.*]] = 0 to 5 {
//  CHECK-NEXT:         affine.load %[[A]][%[[M]], %[[K]]]
//  CHECK-NEXT:         affine.load %[[B]][%[[K]], %[[N]]]
//  CHECK-NEXT:         affine.load %[[C]][%[[M]], %[[N]]]
//  CHECK-NEXT:         arith.mulf
//  CHECK-NEXT:         arith.addf
//  CHECK-NEXT:         affine.store %{{.*}}, %[[C]][%[[M]], %[[N]]]
func.func @matmul(%a: memref<4x3xf32>, %b: memref<3x5xf32>, %c: memref<4x5xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [affine_map<(m, n) -> (m, n)>],
                  iterator_types = ["parallel", "parallel"]}
      outs(%c : memref<4x5xf32>) {
  ^bb0(%o: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>],
                  iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x3xf32>, memref<3x5xf32>) outs(%c : memref<4x5xf32>)
      attrs = {kernel.schedule = #kernel.schedule<order = [2, 0, 1], parallel = [0]>} {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A row sum: the output element does not change along the reduction loop,
// so the innermost loop carries it in a register (iter_args), loaded once
// before and stored once after, instead of loading and storing it every
// step (which LLVM cannot undo inside a parallel loop's outlined body).
// The accumulating add is marked reassoc, so that LLVM may keep partial
// sums in vectors instead of adding one element after the other.
// CHECK-LABEL: func.func @row_sum(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x6xf32>, %[[O:[^:]*]]: memref<4xf32>)
//  CHECK-NEXT:   affine.parallel (%[[I:.*]]) = (0) to (4) {
//  CHECK-NEXT:     %[[INIT:.*]] = affine.load %[[O]][%[[I]]] : memref<4xf32>
//  CHECK-NEXT:     %[[SUM:.*]] = affine.for %[[J:.*]] = 0 to 6 iter_args(%[[ACC:.*]] = %[[INIT]]) -> (f32) {
//  CHECK-NEXT:       %[[X:.*]] = affine.load %[[A]][%[[I]], %[[J]]]
//  CHECK-NEXT:       %[[S:.*]] = arith.addf %[[ACC]], %[[X]] fastmath<reassoc> : f32
//  CHECK-NEXT:       affine.yield %[[S]] : f32
//  CHECK-NEXT:     }
//  CHECK-NEXT:     affine.store %[[SUM]], %[[O]][%[[I]]] : memref<4xf32>
//  CHECK-NEXT:   }
//  CHECK-NEXT:   return
func.func @row_sum(%a: memref<4x6xf32>, %o: memref<4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x6xf32>) outs(%o : memref<4xf32>)
      attrs = {kernel.schedule = #kernel.schedule<parallel = [0]>} {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A row max keeps its flags and gains reassoc; an accumulation that is not
// associative (acc - x) is carried in a register but keeps its order.
// CHECK-LABEL: func.func @row_max_and_difference(
//       CHECK:   affine.for {{.*}} iter_args(%[[M:[^ ]*]] = {{.*}}) -> (f32) {
//  CHECK-NEXT:     %[[X:.*]] = affine.load
//  CHECK-NEXT:     %[[R:.*]] = arith.maximumf %[[M]], %[[X]] fastmath<reassoc,nnan> : f32
//  CHECK-NEXT:     affine.yield %[[R]] : f32
//       CHECK:   affine.for {{.*}} iter_args(%[[D:[^ ]*]] = {{.*}}) -> (f32) {
//  CHECK-NEXT:     %[[Y:.*]] = affine.load
//  CHECK-NEXT:     %[[E:.*]] = arith.subf %[[D]], %[[Y]] : f32
//  CHECK-NEXT:     affine.yield %[[E]] : f32
func.func @row_max_and_difference(%a: memref<4x6xf32>, %m: memref<4xf32>, %d: memref<4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x6xf32>) outs(%m : memref<4xf32>)
      attrs = {kernel.schedule = #kernel.schedule<parallel = [0]>} {
  ^bb0(%x: f32, %acc: f32):
    %r = arith.maximumf %acc, %x fastmath<nnan> : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x6xf32>) outs(%d : memref<4xf32>)
      attrs = {kernel.schedule = #kernel.schedule<parallel = [0]>} {
  ^bb0(%x: f32, %acc: f32):
    %e = arith.subf %acc, %x : f32
    linalg.yield %e : f32
  }
  return
}
