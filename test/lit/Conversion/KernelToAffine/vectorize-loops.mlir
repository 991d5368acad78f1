// RUN: dlc-opt %s -kernel-generate-loops -canonicalize -split-input-file | FileCheck %s

// kernel-generate-loops turns the innermost loop of a nest that is not a
// micro-kernel into vector code of 512-bit vectors when its body allows:
// whole vectors first (all-true masks, folded by -canonicalize into plain
// vector.load / vector.store), then one iteration with a constant mask for
// the rest; over a partial tile every iteration is masked to the lanes
// left. Loads the loop does not move are broadcast, arith and math ops
// act on vectors.

#id2 = affine_map<(i, j) -> (i, j)>

// No schedule, rows of 6: one masked iteration per row.
// CHECK-LABEL: func.func @no_schedule(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x6xf32>, %[[O:[^:]*]]: memref<4x6xf32>)
//   CHECK-DAG:   %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<16xf32>
//   CHECK-DAG:   %[[C0:.*]] = arith.constant 0 : index
//       CHECK:   affine.for %[[I:.*]] = 0 to 4 {
//  CHECK-NEXT:     %[[M:.*]] = vector.constant_mask [6] : vector<16xi1>
//  CHECK-NEXT:     %[[X:.*]] = vector.maskedload %[[A]][%[[I]], %[[C0]]], %[[M]], %[[ZERO]]
//  CHECK-NEXT:     %[[N:.*]] = arith.negf %[[X]] : vector<16xf32>
//  CHECK-NEXT:     vector.maskedstore %[[O]][%[[I]], %[[C0]]], %[[M]], %[[N]]
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
#row = affine_map<(i, j) -> (i)>

// Rows of 40 = 2 x 16 + 8 with a bias per row and a clip (a pad copy's
// shape): the rows across threads, two whole vectors, then 8 lanes at 32;
// the bias is loaded once per vector and broadcast, the constants are
// vectors.
// CHECK-LABEL: func.func @clip_bias(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<2x40xf32>, %[[B:[^:]*]]: memref<2xf32>, %[[O:[^:]*]]: memref<2x40xf32>)
//   CHECK-DAG:   %[[HI:.*]] = arith.constant dense<6.000000e+00> : vector<16xf32>
//   CHECK-DAG:   %[[C32:.*]] = arith.constant 32 : index
//   CHECK-DAG:   %[[LO:.*]] = arith.constant dense<0.000000e+00> : vector<16xf32>
//       CHECK:   affine.parallel (%[[I:.*]]) = (0) to (2) {
//  CHECK-NEXT:     affine.for %[[J:.*]] = 0 to 32 step 16 {
//  CHECK-NEXT:       %[[X:.*]] = vector.load %[[A]][%[[I]], %[[J]]] : memref<2x40xf32>, vector<16xf32>
//  CHECK-NEXT:       %[[C:.*]] = affine.load %[[B]][%[[I]]] : memref<2xf32>
//  CHECK-NEXT:       %[[CV:.*]] = vector.broadcast %[[C]] : f32 to vector<16xf32>
//  CHECK-NEXT:       %[[S:.*]] = arith.addf %[[X]], %[[CV]] : vector<16xf32>
//  CHECK-NEXT:       %[[MX:.*]] = arith.maximumf %[[S]], %[[LO]] : vector<16xf32>
//  CHECK-NEXT:       %[[MN:.*]] = arith.minimumf %[[MX]], %[[HI]] : vector<16xf32>
//  CHECK-NEXT:       vector.store %[[MN]], %[[O]][%[[I]], %[[J]]] : memref<2x40xf32>, vector<16xf32>
//  CHECK-NEXT:     }
//  CHECK-NEXT:     %[[M:.*]] = vector.constant_mask [8] : vector<16xi1>
//  CHECK-NEXT:     %[[TX:.*]] = vector.maskedload %[[A]][%[[I]], %[[C32]]], %[[M]], %[[LO]]
//       CHECK:     %[[TMN:.*]] = arith.minimumf %{{.*}}, %[[HI]] : vector<16xf32>
//  CHECK-NEXT:     vector.maskedstore %[[O]][%[[I]], %[[C32]]], %[[M]], %[[TMN]]
func.func @clip_bias(%a: memref<2x40xf32>, %b: memref<2xf32>, %o: memref<2x40xf32>) {
  %lo = arith.constant 0.0 : f32
  %hi = arith.constant 6.0 : f32
  linalg.generic {indexing_maps = [#id2, #row, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : memref<2x40xf32>, memref<2xf32>) outs(%o : memref<2x40xf32>)
      attrs = {kernel.schedule = #kernel.schedule<vector = 16, parallel = [0]>} {
  ^bb0(%x: f32, %c: f32, %y: f32):
    %s = arith.addf %x, %c : f32
    %m = arith.maximumf %s, %lo : f32
    %n = arith.minimumf %m, %hi : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#id1 = affine_map<(i) -> (i)>

// Tiles of 4 over 10: the loop within a tile has a `min` bound; each
// vector iteration is masked to min(10 - j, tile + 4 - j) lanes. Float math
// is vectorized too.
//   CHECK-DAG:   #[[$LEFT:.*]] = affine_map<(d0, d1) -> (-d1 + 10, d0 - d1 + 4)>
// CHECK-LABEL: func.func @partial_tile(
//       CHECK:   affine.for %[[T:.*]] = 0 to 10 step 4 {
//  CHECK-NEXT:     affine.for %[[J:.*]] = #{{.*}}(%[[T]]) to min #{{.*}}(%[[T]]) step 16 {
//  CHECK-NEXT:       %[[N:.*]] = affine.min #[[$LEFT]](%[[T]], %[[J]])
//  CHECK-NEXT:       %[[M:.*]] = vector.create_mask %[[N]] : vector<16xi1>
//  CHECK-NEXT:       %[[X:.*]] = vector.maskedload %{{.*}}[%[[J]]], %[[M]]
//  CHECK-NEXT:       %[[E:.*]] = math.exp %[[X]] : vector<16xf32>
//  CHECK-NEXT:       vector.maskedstore %{{.*}}[%[[J]]], %[[M]], %[[E]]
func.func @partial_tile(%a: memref<10xf32>, %o: memref<10xf32>) {
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%a : memref<10xf32>) outs(%o : memref<10xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[4]]>} {
  ^bb0(%x: f32, %y: f32):
    %n = math.exp %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

#every_other = affine_map<(i, k, o) -> (i, o * 2 + k)>
#id3 = affine_map<(i, k, o) -> (i, k, o)>

// A copy that reads every other element (a strided conv's decimated input,
// y[i, k, o] = x[i, 2 * o + k]): per 16 outputs, two vector loads of x
// from 2 * o + k covering 2 * count - 1 elements, their even lanes, one
// store. 20 outputs: one whole vector (16 + 15 elements read), then 4
// outputs at 16 (7 elements read from 32 + k; the second load has no lanes
// and folds away).
// CHECK-LABEL: func.func @stride_two_copy(
//  CHECK-SAME:     %[[X:[^:]*]]: memref<3x41xf32>, %[[Y:[^:]*]]: memref<3x2x20xf32>)
//   CHECK-DAG:   %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<16xf32>
//       CHECK:   affine.for %[[I:.*]] = 0 to 3 {
//  CHECK-NEXT:     affine.for %[[K:.*]] = 0 to 2 {
//  CHECK-NEXT:       affine.for %[[O:.*]] = 0 to 16 step 16 {
//  CHECK-NEXT:         %[[O2:.*]] = arith.muli %[[O]], %{{.*}} overflow<nsw> : index
//  CHECK-NEXT:         %[[AT:.*]] = arith.addi %[[K]], %[[O2]] : index
//  CHECK-NEXT:         %[[V0:.*]] = vector.load %[[X]][%[[I]], %[[AT]]] : memref<3x41xf32>, vector<16xf32>
//  CHECK-NEXT:         %[[AT16:.*]] = arith.addi %[[AT]], %{{.*}} : index
//  CHECK-NEXT:         %[[M15:.*]] = vector.constant_mask [15] : vector<16xi1>
//  CHECK-NEXT:         %[[V1:.*]] = vector.maskedload %[[X]][%[[I]], %[[AT16]]], %[[M15]], %[[ZERO]]
//  CHECK-NEXT:         %[[EVEN:.*]] = vector.shuffle %[[V0]], %[[V1]] [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]
//  CHECK-NEXT:         vector.store %[[EVEN]], %[[Y]][%[[I]], %[[K]], %[[O]]]
//  CHECK-NEXT:       }
//  CHECK-NEXT:       %[[M4:.*]] = vector.constant_mask [4] : vector<16xi1>
//  CHECK-NEXT:       %[[TAT:.*]] = arith.addi %[[K]], %{{.*}} : index
//  CHECK-NEXT:       %[[M7:.*]] = vector.constant_mask [7] : vector<16xi1>
//  CHECK-NEXT:       %[[T0:.*]] = vector.maskedload %[[X]][%[[I]], %[[TAT]]], %[[M7]], %[[ZERO]]
//  CHECK-NEXT:       %[[TEVEN:.*]] = vector.shuffle %[[T0]], %[[ZERO]] [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30]
//  CHECK-NEXT:       vector.maskedstore %[[Y]][%[[I]], %[[K]], %{{.*}}], %[[M4]], %[[TEVEN]]
//   CHECK-NOT:   affine.load
func.func @stride_two_copy(%x: memref<3x41xf32>, %y: memref<3x2x20xf32>) {
  linalg.generic {indexing_maps = [#every_other, #id3], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : memref<3x41xf32>) outs(%y : memref<3x2x20xf32>) {
  ^bb0(%v: f32, %w: f32):
    linalg.yield %v : f32
  }
  return
}

// -----

#id1 = affine_map<(i) -> (i)>

// Elementwise in place (the same elements loaded, then stored): vectorized.
// Lanes follow the widest element: 8 lanes for an f64 -> f32 truncation.
// CHECK-LABEL: func.func @in_place(
//       CHECK:   affine.for %{{.*}} = 0 to 16 step 16 {
//       CHECK:     arith.negf %{{.*}} : vector<16xf32>
//       CHECK:   vector.constant_mask [5] : vector<16xi1>
// CHECK-LABEL: func.func @f64_to_f32(
//       CHECK:   affine.for %{{.*}} = 0 to 16 step 8 {
//       CHECK:     arith.truncf %{{.*}} : vector<8xf64> to vector<8xf32>
//       CHECK:   vector.constant_mask [4] : vector<8xi1>
func.func @in_place(%a: memref<21xf32>) {
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%a : memref<21xf32>) outs(%a : memref<21xf32>) {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

func.func @f64_to_f32(%a: memref<20xf64>, %o: memref<20xf32>) {
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%a : memref<20xf64>) outs(%o : memref<20xf32>) {
  ^bb0(%x: f64, %y: f32):
    %t = arith.truncf %x : f64 to f32
    linalg.yield %t : f32
  }
  return
}

// -----

#id1 = affine_map<(i) -> (i)>

// Views of one arena: a copy between overlapping views (bytes 0-127 and
// 64-191) stays scalar, one between disjoint views (0-127 and 128-255) is
// vectorized.
// CHECK-LABEL: func.func @arena_views(
//       CHECK:   affine.for %[[I:.*]] = 0 to 32 {
//  CHECK-NEXT:     affine.load
//  CHECK-NEXT:     affine.store
//  CHECK-NEXT:   }
//  CHECK-NEXT:   affine.for %{{.*}} = 0 to 32 step 16 {
//  CHECK-NEXT:     vector.load
//  CHECK-NEXT:     vector.store
func.func @arena_views(%arena: memref<512xi8>) {
  %c0 = arith.constant 0 : index
  %c64 = arith.constant 64 : index
  %c128 = arith.constant 128 : index
  %x = memref.view %arena[%c0][] : memref<512xi8> to memref<32xf32>
  %near = memref.view %arena[%c64][] : memref<512xi8> to memref<32xf32>
  %far = memref.view %arena[%c128][] : memref<512xi8> to memref<32xf32>
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%x : memref<32xf32>) outs(%near : memref<32xf32>) {
  ^bb0(%v: f32, %w: f32):
    linalg.yield %v : f32
  }
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%x : memref<32xf32>) outs(%far : memref<32xf32>) {
  ^bb0(%v: f32, %w: f32):
    linalg.yield %v : f32
  }
  return
}

// -----

#id2 = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
#t = affine_map<(i, j) -> (j, i)>
#id1 = affine_map<(i) -> (i)>
#next = affine_map<(i) -> (i + 1)>

// Left scalar: a reduction into one element per row, a read across rows
// (a transpose), the loop index used as a value, a store one element past
// a load of the same buffer (vector loads would read elements not yet
// stored), two stores one element apart into the same buffer (their lanes
// would land in another order), an integer division (idle lanes would
// divide by zero).
// CHECK-LABEL: func.func @scalar(
//   CHECK-NOT:   vector.
//       CHECK:   return
func.func @scalar(%a: memref<4x20xf32>, %o: memref<4xf32>, %b: memref<20x4xf32>,
                  %p: memref<4x20xf32>, %q: memref<20xf32>, %r: memref<21xf32>,
                  %s: memref<20xi32>, %t: memref<20xi32>) {
  linalg.generic {indexing_maps = [#id2, #row], iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x20xf32>) outs(%o : memref<4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %v = arith.addf %x, %y : f32
    linalg.yield %v : f32
  }
  linalg.generic {indexing_maps = [#t, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%b : memref<20x4xf32>) outs(%p : memref<4x20xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  linalg.generic {indexing_maps = [#id1], iterator_types = ["parallel"]}
      outs(%q : memref<20xf32>) {
  ^bb0(%y: f32):
    %i = linalg.index 0 : index
    %c = arith.index_cast %i : index to i32
    %f = arith.sitofp %c : i32 to f32
    linalg.yield %f : f32
  }
  %head = memref.subview %r[0] [20] [1] : memref<21xf32> to memref<20xf32, strided<[1]>>
  linalg.generic {indexing_maps = [#id1, #next], iterator_types = ["parallel"]}
      ins(%head : memref<20xf32, strided<[1]>>) outs(%r : memref<21xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  %tail = memref.subview %r[1] [20] [1] : memref<21xf32> to memref<20xf32, strided<[1], offset: 1>>
  linalg.generic {indexing_maps = [#id1, #id1, #id1], iterator_types = ["parallel"]}
      ins(%q : memref<20xf32>) outs(%head, %tail : memref<20xf32, strided<[1]>>, memref<20xf32, strided<[1], offset: 1>>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    linalg.yield %x, %x : f32, f32
  }
  %c3 = arith.constant 3 : i32
  linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]}
      ins(%s : memref<20xi32>) outs(%t : memref<20xi32>) {
  ^bb0(%x: i32, %y: i32):
    %d = arith.divsi %x, %c3 : i32
    linalg.yield %d : i32
  }
  return
}
