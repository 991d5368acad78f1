// RUN: dlc-opt %s -kernel-generate-loops -canonicalize -split-input-file | FileCheck %s

// kernel-generate-loops on reductions whose schedule asks for vectors: the
// innermost tile band becomes a register-tiled micro-kernel (MicroKernel.cpp).

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>

// A 5x20 matmul, register tile 2 rows x 20 lanes (two vectors of 16): a
// loop over blocks of 2 rows (run across threads) and one block of lanes;
// the second row clamped to the last; lanes past 20 masked off. The
// accumulators are loaded, carried through the k loop (unrolled by 2) and
// stored; a is broadcast once per row and step, each vector of b loaded once
// per step and used by both rows, the multiply-add one FMA.
// CHECK-LABEL: func.func @matmul(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<5x8xf32>, %[[B:[^:]*]]: memref<8x20xf32>, %[[C:[^:]*]]: memref<5x20xf32>)
//   CHECK-DAG:   %[[C4:.*]] = arith.constant 4 : index
//   CHECK-DAG:   %[[C16:.*]] = arith.constant 16 : index
//   CHECK-DAG:   %[[C20:.*]] = arith.constant 20 : index
//       CHECK:   affine.parallel (%[[I:.*]]) = (0) to (5) step (2) {
//  CHECK-NEXT:     affine.for %[[J:.*]] = 0 to 20 step 20 {
//  CHECK-NEXT:       %[[I1:.*]] = arith.addi %[[I]], %{{.*}} : index
//  CHECK-NEXT:       %[[ROW1:.*]] = arith.minsi %[[I1]], %[[C4]] : index
//       CHECK:       %[[END:.*]] = arith.minsi %{{.*}}, %[[C20]] : index
//  CHECK-NEXT:       %[[N0:.*]] = arith.subi %[[END]], %[[J]] : index
//  CHECK-NEXT:       %[[M0:.*]] = vector.create_mask %[[N0]] : vector<16xi1>
//  CHECK-NEXT:       %[[J1:.*]] = arith.addi %[[J]], %[[C16]] : index
//  CHECK-NEXT:       %[[N1:.*]] = arith.subi %[[END]], %[[J1]] : index
//  CHECK-NEXT:       %[[M1:.*]] = vector.create_mask %[[N1]] : vector<16xi1>
//  CHECK-NEXT:       %[[ACC0:.*]] = vector.maskedload %[[C]][%[[I]], %[[J]]], %[[M0]]
//  CHECK-NEXT:       %[[ACC1:.*]] = vector.maskedload %[[C]][%[[I]], %[[J1]]], %[[M1]]
//  CHECK-NEXT:       %[[ACC2:.*]] = vector.maskedload %[[C]][%[[ROW1]], %[[J]]], %[[M0]]
//  CHECK-NEXT:       %[[ACC3:.*]] = vector.maskedload %[[C]][%[[ROW1]], %[[J1]]], %[[M1]]
//  CHECK-NEXT:       %[[R:.*]]:4 = scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[X0:.*]] = %[[ACC0]], %[[X1:.*]] = %[[ACC1]], %[[X2:.*]] = %[[ACC2]], %[[X3:.*]] = %[[ACC3]])
//  CHECK-NEXT:         %[[S0:.*]] = memref.load %[[A]][%[[I]], %[[K]]]
//  CHECK-NEXT:         %[[V0:.*]] = vector.broadcast %[[S0]] : f32 to vector<16xf32>
//  CHECK-NEXT:         %[[B0:.*]] = vector.maskedload %[[B]][%[[K]], %[[J]]], %[[M0]]
//  CHECK-NEXT:         %[[F0:.*]] = vector.fma %[[V0]], %[[B0]], %[[X0]] : vector<16xf32>
//  CHECK-NEXT:         %[[B1:.*]] = vector.maskedload %[[B]][%[[K]], %[[J1]]], %[[M1]]
//  CHECK-NEXT:         %[[F1:.*]] = vector.fma %[[V0]], %[[B1]], %[[X1]] : vector<16xf32>
//  CHECK-NEXT:         %[[S1:.*]] = memref.load %[[A]][%[[ROW1]], %[[K]]]
//  CHECK-NEXT:         %[[V1:.*]] = vector.broadcast %[[S1]] : f32 to vector<16xf32>
//  CHECK-NEXT:         vector.fma %[[V1]], %[[B0]], %[[X2]] : vector<16xf32>
//  CHECK-NEXT:         vector.fma %[[V1]], %[[B1]], %[[X3]] : vector<16xf32>
// The second copy of the step (unroll = 2).
//  CHECK-NEXT:         arith.addi %[[K]]
// CHECK-COUNT-4:       vector.fma
//       CHECK:         scf.yield
//  CHECK-NEXT:       }
//  CHECK-NEXT:       vector.maskedstore %[[C]][%[[I]], %[[J]]], %[[M0]], %[[R]]#0
//  CHECK-NEXT:       vector.maskedstore %[[C]][%[[I]], %[[J1]]], %[[M1]], %[[R]]#1
//  CHECK-NEXT:       vector.maskedstore %[[C]][%[[ROW1]], %[[J]]], %[[M0]], %[[R]]#2
//  CHECK-NEXT:       vector.maskedstore %[[C]][%[[ROW1]], %[[J1]]], %[[M1]], %[[R]]#3
//  CHECK-NEXT:     }
//  CHECK-NEXT:   }
//   CHECK-NOT:   affine.load
//   CHECK-NOT:   memref.load
func.func @matmul(%a: memref<5x8xf32>, %b: memref<8x20xf32>, %c: memref<5x20xf32>) {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<5x8xf32>, memref<8x20xf32>) outs(%c : memref<5x20xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[2, 24, 0]], vector = 16, unroll = 2, parallel = [0]>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>

// Cache tiles first (k by 4, order j, k, i), then the register tile (1 x 8
// lanes) over each; a reduction size in the register level (2) splits the k
// loop inside the micro-kernel.
// CHECK-LABEL: func.func @cache_then_register(
//       CHECK:   affine.for %{{.*}} = 0 to 16 step 16 {
//  CHECK-NEXT:     affine.for %[[KT:.*]] = 0 to 12 step 4 {
//  CHECK-NEXT:       affine.for %[[IT:.*]] = 0 to 4 {
//       CHECK:         %[[KEND:.*]] = arith.addi %[[KT]], %{{.*}} : index
//  CHECK-NEXT:         affine.for %[[J:.*]] = 0 to 16 step 8 {
//  CHECK-NEXT:           affine.for %[[I:.*]] = #{{.*}}(%[[IT]]) to #{{.*}}(%[[IT]]) {
//       CHECK:             vector.maskedload
//       CHECK:             scf.for %[[K0:.*]] = %[[KT]] to %[[KEND]] step %{{.*}} iter_args
//       CHECK:               scf.for %[[K:.*]] = %[[K0]] to %{{.*}} step %{{.*}} iter_args
//       CHECK:                 vector.fma
//       CHECK:             vector.maskedstore
func.func @cache_then_register(%a: memref<4x12xf32>, %b: memref<12x16xf32>, %c: memref<4x16xf32>) {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x12xf32>, memref<12x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 16, 4], [1, 8, 2]], order = [1, 2, 0], vector = 8>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#in = affine_map<(c, oh, ow, kh, kw) -> (c, oh * 2 + kh, ow * 2 + kw)>
#win = affine_map<(c, oh, ow, kh, kw) -> (kh, kw)>
#out = affine_map<(c, oh, ow, kh, kw) -> (c, oh, ow)>

// A 2x2 max pool with stride 2: the input is read with stride 2 along the
// lanes, by two masked loads covering 2 * count - 1 elements (7 and 3 for
// the 4 lanes) and their even lanes; the body runs on vectors. (The window
// operand only gives the window loops their extent; its values are never
// read.)
// CHECK-LABEL: func.func @max_pool(
//  CHECK-SAME:     %[[X:[^:]*]]: memref<2x8x8xf32>
//   CHECK-NOT:   memref.load
//       CHECK:   scf.for
//       CHECK:     scf.for
//       CHECK:       %[[M0:.*]] = vector.create_mask %{{.*}} : vector<4xi1>
//  CHECK-NEXT:       %[[V0:.*]] = vector.maskedload %[[X]][{{.*}}], %[[M0]]
//       CHECK:       %[[M1:.*]] = vector.create_mask %{{.*}} : vector<4xi1>
//  CHECK-NEXT:       %[[V1:.*]] = vector.maskedload %[[X]][{{.*}}], %[[M1]]
//  CHECK-NEXT:       %[[E:.*]] = vector.shuffle %[[V0]], %[[V1]] [0, 2, 4, 6] : vector<4xf32>, vector<4xf32>
//  CHECK-NEXT:       arith.maximumf %{{.*}}, %[[E]] : vector<4xf32>
func.func @max_pool(%x: memref<2x8x8xf32>, %w: memref<2x2xf32>, %o: memref<2x4x4xf32>) {
  linalg.generic {indexing_maps = [#in, #win, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<2x8x8xf32>, memref<2x2xf32>) outs(%o : memref<2x4x4xf32>)
      attrs = {kernel.schedule = #kernel.schedule<vector = 4>} {
  ^bb0(%v: f32, %unused: f32, %acc: f32):
    %m = arith.maximumf %acc, %v : f32
    linalg.yield %m : f32
  }
  return
}

// -----

#in = affine_map<(c, oh, ow, kh, kw) -> (c, oh * 3 + kh, ow * 3 + kw)>
#win = affine_map<(c, oh, ow, kh, kw) -> (kh, kw)>
#out = affine_map<(c, oh, ow, kh, kw) -> (c, oh, ow)>

// Stride 3 along the lanes: a masked gather.
// CHECK-LABEL: func.func @max_pool_stride_three(
//  CHECK-SAME:     %[[X:[^:]*]]: memref<2x9x9xf32>
//       CHECK:   %[[OFFS:.*]] = arith.constant dense<[0, 3, 6, 9]> : vector<4xi64>
//   CHECK-NOT:   memref.load
//       CHECK:   scf.for
//       CHECK:     scf.for
//       CHECK:       %[[G:.*]] = vector.gather %[[X]][{{.*}}] [%[[OFFS]]], %{{.*}}, %{{.*}} : memref<2x9x9xf32>, vector<4xi64>, vector<4xi1>, vector<4xf32> into vector<4xf32>
//  CHECK-NEXT:       arith.maximumf %{{.*}}, %[[G]] : vector<4xf32>
func.func @max_pool_stride_three(%x: memref<2x9x9xf32>, %w: memref<3x3xf32>, %o: memref<2x3x3xf32>) {
  linalg.generic {indexing_maps = [#in, #win, #out], iterator_types = ["parallel", "parallel", "parallel", "reduction", "reduction"]}
      ins(%x, %w : memref<2x9x9xf32>, memref<3x3xf32>) outs(%o : memref<2x3x3xf32>)
      attrs = {kernel.schedule = #kernel.schedule<vector = 4>} {
  ^bb0(%v: f32, %unused: f32, %acc: f32):
    %m = arith.maximumf %acc, %v : f32
    linalg.yield %m : f32
  }
  return
}

// -----

#a = affine_map<(i, k) -> (i, k)>
#o = affine_map<(i, k) -> (i)>

// Not register-tileable: the output's dim i reaches the input other than as
// its innermost index (a row sum); vector = 4 keeps its meaning for plain
// loops (the innermost loop unrolled by 4).
// CHECK-LABEL: func.func @row_sum(
//   CHECK-NOT:   vector.
//       CHECK:   affine.for %{{.*}} = 0 to 3 {
//  CHECK-NEXT:     affine.for %{{.*}} = 0 to 8 step 4 {
// CHECK-COUNT-4:     arith.addf
//   CHECK-NOT:   vector.
func.func @row_sum(%a: memref<3x8xf32>, %o: memref<3xf32>) {
  linalg.generic {indexing_maps = [#a, #o], iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<3x8xf32>) outs(%o : memref<3xf32>)
      attrs = {kernel.schedule = #kernel.schedule<vector = 4>} {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>

// Not register-tileable either: the body calls math.exp (only arith runs
// on the masked-off lanes). Plain loops.
// CHECK-LABEL: func.func @math_body(
//   CHECK-NOT:   vector.
//       CHECK:   math.exp
//   CHECK-NOT:   vector.
func.func @math_body(%a: memref<4x4xf32>, %b: memref<4x4xf32>, %c: memref<4x4xf32>) {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x4xf32>, memref<4x4xf32>) outs(%c : memref<4x4xf32>)
      attrs = {kernel.schedule = #kernel.schedule<vector = 4>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %e = math.exp %m : f32
    %s = arith.addf %z, %e : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (j)>

// The generic before the matmul only initializes its output (a bias
// broadcast along the rows): the micro-kernel starts its accumulators from
// the bias, read as a vector along the lanes, and the initializing loops
// are gone; the output is only stored.
// CHECK-LABEL: func.func @bias_then_matmul(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x8xf32>, %[[B:[^:]*]]: memref<8x16xf32>, %[[BIAS:[^:]*]]: memref<16xf32>, %[[C:[^:]*]]: memref<4x16xf32>)
//   CHECK-NOT:   affine.store
//       CHECK:   affine.parallel
//   CHECK-NOT:     vector.maskedload %[[C]]
//       CHECK:     %[[INIT:.*]] = vector.maskedload %[[BIAS]][%{{.*}}]
//   CHECK-NOT:     vector.maskedload %[[C]]
//       CHECK:     scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]])
//       CHECK:     vector.maskedstore %[[C]]
func.func @bias_then_matmul(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %bias: memref<16xf32>, %c: memref<4x16xf32>) {
  linalg.generic {indexing_maps = [#row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%bias : memref<16xf32>) outs(%c : memref<4x16xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 16, 0]], vector = 16, parallel = [0]>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#id = affine_map<(i, j) -> (i, j)>

// With the reduction split into cache blocks (k by 4), only the first block
// starts from the fill's value (0); the others continue from the output.
// CHECK-LABEL: func.func @zero_fill_split_k(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x8xf32>, %[[B:[^:]*]]: memref<8x16xf32>, %[[C:[^:]*]]: memref<4x16xf32>)
//   CHECK-DAG:   %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<16xf32>
//   CHECK-NOT:   affine.store
//       CHECK:   affine.for %[[KT:.*]] = 0 to 8 step 4 {
//       CHECK:     %[[FIRST:.*]] = arith.cmpi eq, %[[KT]], %{{.*}} : index
//       CHECK:     %[[OLD:.*]] = vector.maskedload %[[C]]
//  CHECK-NEXT:     %[[ACC:.*]] = arith.select %[[FIRST]], %[[ZERO]], %[[OLD]] : vector<16xf32>
//       CHECK:     scf.for {{.*}} iter_args(%{{.*}} = %[[ACC]])
func.func @zero_fill_split_k(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %c: memref<4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%c : memref<4x16xf32>) {
  ^bb0(%y: f32):
    linalg.yield %zero : f32
  }
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[0, 0, 4], [1, 16, 0]], order = [2, 0, 1], vector = 16>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#id = affine_map<(i, j) -> (i, j)>

// The generic after the matmul, of the same kernel, reads its output once
// per element with another operand (a residual add and a relu, in place):
// the micro-kernel applies it to its accumulators, loading the residual
// along the lanes, and stores only the result. The reduction is complete
// in every micro-kernel, so the check for its last block folds away, and
// the epilogue's loops are gone.
// CHECK-LABEL: func.func @matmul_epilogue(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x8xf32>, %[[B:[^:]*]]: memref<8x16xf32>, %[[RES:[^:]*]]: memref<4x16xf32>, %[[C:[^:]*]]: memref<4x16xf32>)
//   CHECK-DAG:   %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<16xf32>
//       CHECK:   affine.parallel
//       CHECK:     %[[SUM:.*]] = scf.for
//       CHECK:       vector.fma
//       CHECK:     }
//   CHECK-NOT:     scf.if
//  CHECK-NEXT:     %[[R:.*]] = vector.maskedload %[[RES]]
//  CHECK-NEXT:     %[[ADD:.*]] = arith.addf %[[SUM]], %[[R]] : vector<16xf32>
//  CHECK-NEXT:     %[[RELU:.*]] = arith.maximumf %[[ADD]], %[[ZERO]] : vector<16xf32>
//  CHECK-NEXT:     vector.maskedstore %[[C]][%{{.*}}, %{{.*}}], %{{.*}}, %[[RELU]]
//  CHECK-NEXT:   }
//  CHECK-NEXT:   }
//  CHECK-NEXT:   return
func.func @matmul_epilogue(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %res: memref<4x16xf32>, %c: memref<4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.id = 3 : i64, kernel.schedule = #kernel.schedule<tiles = [[1, 16, 0]], vector = 16, parallel = [0]>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%c, %res : memref<4x16xf32>, memref<4x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.id = 3 : i64} {
  ^bb0(%x: f32, %r: f32, %y: f32):
    %s = arith.addf %x, %r : f32
    %m = arith.maximumf %s, %zero : f32
    linalg.yield %m : f32
  }
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#id = affine_map<(i, j) -> (i, j)>

// With the reduction split into cache blocks (k by 4), the epilogue applies
// in the last block only (k tile ending at 8); the other blocks store their
// partial sums.
// CHECK-LABEL: func.func @split_k_epilogue(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x8xf32>, %[[B:[^:]*]]: memref<8x16xf32>, %[[C:[^:]*]]: memref<4x16xf32>)
//   CHECK-DAG:   %[[C8:.*]] = arith.constant 8 : index
//       CHECK:   affine.for %[[KT:.*]] = 0 to 8 step 4 {
//       CHECK:     %[[END:.*]] = arith.addi %[[KT]], %{{.*}} : index
//       CHECK:     %[[SUM:.*]] = scf.for %{{.*}} = %[[KT]] to %[[END]]
//       CHECK:     %[[LAST:.*]] = arith.cmpi eq, %[[END]], %[[C8]] : index
//  CHECK-NEXT:     scf.if %[[LAST]] {
//  CHECK-NEXT:       %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : vector<16xf32>
//  CHECK-NEXT:       vector.maskedstore %[[C]][%{{.*}}, %{{.*}}], %{{.*}}, %[[RELU]]
//  CHECK-NEXT:     } else {
//  CHECK-NEXT:       vector.maskedstore %[[C]][%{{.*}}, %{{.*}}], %{{.*}}, %[[SUM]]
//  CHECK-NEXT:     }
//   CHECK-NOT:   affine.for
func.func @split_k_epilogue(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %c: memref<4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[0, 0, 4], [1, 16, 0]], order = [2, 0, 1], vector = 16>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%c : memref<4x16xf32>) outs(%c : memref<4x16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %m = arith.maximumf %x, %zero : f32
    linalg.yield %m : f32
  }
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#t = affine_map<(i, j) -> (j, i)>
#id = affine_map<(i, j) -> (i, j)>

// An epilogue that reads a temporary output transposed and writes another
// buffer (a conv computed with the channels along the lanes, stored back
// channel-major): the micro-kernel scatters its results with the output's
// row stride (4) between lanes; the temporary is never written.
// CHECK-LABEL: func.func @transposing_epilogue(
//  CHECK-SAME:     %[[A:[^:]*]]: memref<4x8xf32>, %[[B:[^:]*]]: memref<8x16xf32>, %[[D:[^:]*]]: memref<16x4xf32>)
//   CHECK-DAG:   %[[OFFSETS:.*]] = arith.constant dense<[0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60]> : vector<16xi64>
//       CHECK:   affine.parallel (%[[I:.*]]) =
//       CHECK:     %[[SUM:.*]] = scf.for
//       CHECK:     %[[NEG:.*]] = arith.negf %[[SUM]] : vector<16xf32>
//  CHECK-NEXT:     vector.scatter %[[D]][%{{.*}}, %[[I]]] [%[[OFFSETS]]], %{{.*}}, %[[NEG]]
//   CHECK-NOT:   vector.maskedstore
//   CHECK-NOT:   affine.for
func.func @transposing_epilogue(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %d: memref<16x4xf32>) {
  %t = memref.alloc() : memref<4x16xf32>
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%t : memref<4x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 16, 0]], vector = 16, parallel = [0]>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t : memref<4x16xf32>) outs(%d : memref<16x4xf32>) {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  memref.dealloc %t : memref<4x16xf32>
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#t = affine_map<(i, j) -> (j, i)>
#id = affine_map<(i, j) -> (i, j)>

// The same with four rows of i per block, i the innermost (contiguous) dim
// of the epilogue's destination and of its other operand %r (a
// channels-last conv's block of four output columns, with a residual in
// NCHW): in a whole block (four rows unclamped, every lane in range) %r is
// read as 16 rows of four (lane j at column i .. i + 3) and transposed in
// registers, and the results are transposed back and stored as 16 rows of
// four; a partial block gathers and scatters.
// CHECK-LABEL: func.func @transposing_epilogue_rows(
//  CHECK-SAME:     %{{[^:]*}}: memref<8x8xf32>, %{{[^:]*}}: memref<8x16xf32>, %[[R:[^:]*]]: memref<16x8xf32>, %[[D:[^:]*]]: memref<16x8xf32>)
//       CHECK:   affine.for %[[I:.*]] = 0 to 8 step 4 {
//       CHECK:     affine.for %[[J:.*]] = 0 to 16 step 16 {
//       CHECK:       %[[SUM:.*]]:4 = scf.for
//       CHECK:       %[[END:.*]] = arith.addi %[[I]], %{{.*}} : index
//  CHECK-NEXT:       %[[ROWS:.*]] = arith.cmpi sle, %[[END]], %{{.*}} : index
//  CHECK-NEXT:       %[[LANES:.*]] = arith.cmpi sge, %{{.*}}, %{{.*}} : index
//  CHECK-NEXT:       %[[WHOLE:.*]] = arith.andi %[[ROWS]], %[[LANES]] : i1
//  CHECK-NEXT:       scf.if %[[WHOLE]] {
//  CHECK-NEXT:         %[[R0:.*]] = vector.load %[[R]][%[[J]], %[[I]]] : memref<16x8xf32>, vector<4xf32>
//       CHECK:         %[[R4:.*]] = vector.load %[[R]][%{{.*}}, %[[I]]] : memref<16x8xf32>, vector<4xf32>
//       CHECK:         vector.shuffle %[[R0]], %[[R4]] [0, 1, 2, 3, 4, 5, 6, 7] : vector<4xf32>, vector<4xf32>
//       CHECK:         vector.shuffle %{{.*}}, %{{.*}} [0, 16, 1, 17, 4, 20, 5, 21, 8, 24, 9, 25, 12, 28, 13, 29] : vector<16xf32>, vector<16xf32>
//       CHECK:         %[[T0:.*]] = vector.shuffle %{{.*}}, %{{.*}} [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
//       CHECK:         arith.addf %[[SUM]]#0, %[[T0]] : vector<16xf32>
//       CHECK:         %[[OUT:.*]] = vector.shuffle %{{.*}}, %{{.*}} [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
//       CHECK:         %[[ROW0:.*]] = vector.extract_strided_slice %[[OUT]] {offsets = [0], sizes = [4], strides = [1]} : vector<16xf32> to vector<4xf32>
//  CHECK-NEXT:         vector.store %[[ROW0]], %[[D]][%[[J]], %[[I]]] : memref<16x8xf32>, vector<4xf32>
// CHECK-COUNT-15:      vector.store %{{.*}}, %[[D]][%{{.*}}, %[[I]]] : memref<16x8xf32>, vector<4xf32>
//  CHECK-NEXT:       } else {
// CHECK-COUNT-4:         vector.gather %[[R]]
// CHECK-COUNT-4:         vector.scatter %[[D]]
//   CHECK-NOT:   vector.scatter
func.func @transposing_epilogue_rows(%a: memref<8x8xf32>, %b: memref<8x16xf32>, %r: memref<16x8xf32>, %d: memref<16x8xf32>) {
  %t = memref.alloc() : memref<8x16xf32>
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<8x8xf32>, memref<8x16xf32>) outs(%t : memref<8x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[4, 16, 0]], vector = 16>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#t, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t, %r : memref<8x16xf32>, memref<16x8xf32>) outs(%d : memref<16x8xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %n = arith.addf %x, %y : f32
    linalg.yield %n : f32
  }
  memref.dealloc %t : memref<8x16xf32>
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#id = affine_map<(i, j) -> (i, j)>

// Not taken over: the elementwise generic after the matmul belongs to
// another kernel (kernel-fuse did not fuse them, e.g. under --no-fusion),
// or the temporary it reads is read again later.
// Each stays a loop nest of its own (vectorized as any elementwise loop).
// CHECK-LABEL: func.func @not_epilogues(
//       CHECK:   vector.maskedstore
//       CHECK:   affine.for
//       CHECK:     arith.maximumf {{.*}} : vector<16xf32>
//       CHECK:   vector.maskedstore %{{.*}} : memref<4x16xf32>
//       CHECK:   affine.for
//       CHECK:     arith.negf {{.*}} : vector<16xf32>
func.func @not_epilogues(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %c: memref<4x16xf32>, %d: memref<4x16xf32>, %e: memref<4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.id = 0 : i64, kernel.schedule = #kernel.schedule<tiles = [[1, 16, 0]], vector = 16>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%c : memref<4x16xf32>) outs(%c : memref<4x16xf32>) attrs = {kernel.id = 1 : i64} {
  ^bb0(%x: f32, %y: f32):
    %m = arith.maximumf %x, %zero : f32
    linalg.yield %m : f32
  }
  %t = memref.alloc() : memref<4x16xf32>
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%t : memref<4x16xf32>)
      attrs = {kernel.schedule = #kernel.schedule<tiles = [[1, 16, 0]], vector = 16>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%t : memref<4x16xf32>) outs(%d : memref<4x16xf32>) {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  memref.copy %t, %e : memref<4x16xf32> to memref<4x16xf32>
  memref.dealloc %t : memref<4x16xf32>
  return
}

// -----

#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
#id = affine_map<(i, j) -> (i, j)>

// Not taken over either: a select on an i1 condition (ONNX Where). A memref
// of i1 holds a byte per element and a vector of i1 a bit per lane, so the
// condition cannot be loaded as a vector; the select stays a loop nest of
// its own, scalar.
// CHECK-LABEL: func.func @bool_epilogue(
//       CHECK:   vector.maskedstore %{{.*}} : memref<4x16xf32>
//       CHECK:   affine.for
//       CHECK:     affine.for
//  CHECK-NEXT:       affine.load %{{.*}} : memref<4x16xi1>
//       CHECK:       arith.select %{{.*}} : f32
func.func @bool_epilogue(%a: memref<4x8xf32>, %b: memref<8x16xf32>, %p: memref<4x16xi1>, %q: memref<4x16xf32>, %c: memref<4x16xf32>) {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<4x8xf32>, memref<8x16xf32>) outs(%c : memref<4x16xf32>)
      attrs = {kernel.id = 0 : i64, kernel.schedule = #kernel.schedule<tiles = [[1, 16, 0]], vector = 16>} {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %z, %m : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%p, %c, %q : memref<4x16xi1>, memref<4x16xf32>, memref<4x16xf32>) outs(%c : memref<4x16xf32>) attrs = {kernel.id = 0 : i64} {
  ^bb0(%w: i1, %x: f32, %v: f32, %y: f32):
    %r = arith.select %w, %x, %v : f32
    linalg.yield %r : f32
  }
  return
}
