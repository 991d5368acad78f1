// RUN: dlc-opt %s -convert-graph-to-kernel -split-input-file | FileCheck %s

// convert-graph-to-kernel: each graph op becomes one kernel.fused (on a
// tensor.empty destination) holding the kernel.generics that compute it,
// with the default schedule: the first parallel loop of the root generic
// (the last one with the most loops) whose extent is not 1 runs in
// parallel. Shape-only ops become tensor.reshape; constants become
// arith.constant.

// Broadcasting: a size-1 dim reads index 0, a missing leading dim is not
// read at all.
// CHECK-DAG:   #[[$ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG:   #[[$BCAST:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-LABEL: func.func @add_broadcast(
//  CHECK-SAME:     %[[A:[^:]*]]: tensor<2x3x4xf32>, %[[B:[^:]*]]: tensor<3x1xf32>)
//  CHECK-NEXT:   %[[E:.*]] = tensor.empty() : tensor<2x3x4xf32>
//  CHECK-NEXT:   %[[R:.*]] = kernel.fused ins(%[[A]], %[[B]] : tensor<2x3x4xf32>, tensor<3x1xf32>) outs(%[[E]] : tensor<2x3x4xf32>) schedule = #kernel.schedule<> {
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: tensor<2x3x4xf32>, %[[Y:.*]]: tensor<3x1xf32>, %[[O:.*]]: tensor<2x3x4xf32>):
//  CHECK-NEXT:     %[[G:.*]] = kernel.generic ins(%[[X]], %[[Y]] : tensor<2x3x4xf32>, tensor<3x1xf32>) outs(%[[O]] : tensor<2x3x4xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$ID3]], #[[$BCAST]], #[[$ID3]]] iterator_types = [parallel, parallel, parallel] {
//  CHECK-NEXT:     ^bb0(%[[S0:.*]]: f32, %[[S1:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       %[[SUM:.*]] = arith.addf %[[S0]], %[[S1]] : f32
//  CHECK-NEXT:       kernel.yield %[[SUM]] : f32
//  CHECK-NEXT:     } -> tensor<2x3x4xf32>
//  CHECK-NEXT:     kernel.yield %[[G]] : tensor<2x3x4xf32>
//  CHECK-NEXT:   } -> tensor<2x3x4xf32>
//  CHECK-NEXT:   return %[[R]] : tensor<2x3x4xf32>
func.func @add_broadcast(%a: tensor<2x3x4xf32>, %b: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %0 = graph.add %a, %b : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// Integers use the integer arith ops; a scalar operand has an empty map.
// CHECK-DAG:   #[[$ID1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @sub_int(
//       CHECK:   kernel.generic {{.*}} indexing_maps = [#[[$ID1]], #[[$SCALAR]], #[[$ID1]]] iterator_types = [parallel] {
//  CHECK-NEXT:   ^bb0(%[[S0:.*]]: i64, %[[S1:.*]]: i64, %{{.*}}: i64):
//  CHECK-NEXT:     arith.subi %[[S0]], %[[S1]] : i64
func.func @sub_int(%a: tensor<4xi64>, %b: tensor<i64>) -> tensor<4xi64> {
  %0 = graph.sub %a, %b : (tensor<4xi64>, tensor<i64>) -> tensor<4xi64>
  return %0 : tensor<4xi64>
}

// -----

// Comparisons give i1 (ordered for floats, signed for integers); where is
// a select.
// CHECK-DAG:   #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[$ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG:   #[[$COL:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-LABEL: func.func @compare_where(
//       CHECK:   %[[LT:.*]] = kernel.fused {{.*}} outs(%{{.*}} : tensor<2x3xi1>)
//       CHECK:     kernel.generic {{.*}} indexing_maps = [#[[$ID2]], #[[$ROW]], #[[$ID2]]]
//       CHECK:       arith.cmpf olt, %{{.*}}, %{{.*}} : f32
//       CHECK:   %[[GT:.*]] = kernel.fused {{.*}} outs(%{{.*}} : tensor<2x3xi1>)
//       CHECK:     kernel.generic {{.*}} indexing_maps = [#[[$ID2]], #[[$COL]], #[[$ID2]]]
//       CHECK:       arith.cmpi sgt, %{{.*}}, %{{.*}} : i64
//       CHECK:   %[[W:.*]] = kernel.fused ins(%[[GT]], %{{.*}}, %{{.*}} : tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>)
//       CHECK:     kernel.generic {{.*}} indexing_maps = [#[[$ID2]], #[[$ID2]], #[[$ROW]], #[[$ID2]]]
//  CHECK-NEXT:     ^bb0(%[[C:.*]]: i1, %[[T:.*]]: f32, %[[F:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       arith.select %[[C]], %[[T]], %[[F]] : f32
//       CHECK:   return %[[LT]], %[[GT]], %[[W]]
func.func @compare_where(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %i: tensor<2x3xi64>, %j: tensor<2x1xi64>) -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>) {
  %0 = graph.less %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %1 = graph.greater %i, %j : (tensor<2x3xi64>, tensor<2x1xi64>) -> tensor<2x3xi1>
  %2 = graph.where %1, %a, %b : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2 : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>
}

// -----

// Clip: max with the lower bound, then min with the upper one; each bound
// only when given.
// CHECK-LABEL: func.func @clip(
//       CHECK:   kernel.generic ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4xf32>, tensor<f32>, tensor<f32>)
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: f32, %[[LO:.*]]: f32, %[[HI:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:     %[[M:.*]] = arith.maximumf %[[X]], %[[LO]] : f32
//  CHECK-NEXT:     %[[N:.*]] = arith.minimumf %[[M]], %[[HI]] : f32
//  CHECK-NEXT:     kernel.yield %[[N]] : f32
//       CHECK:   kernel.generic ins(%{{.*}}, %{{.*}} : tensor<4xf32>, tensor<f32>)
//  CHECK-NEXT:   ^bb0(%[[X2:.*]]: f32, %[[LO2:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:     %[[M2:.*]] = arith.maximumf %[[X2]], %[[LO2]] : f32
//  CHECK-NEXT:     kernel.yield %[[M2]] : f32
func.func @clip(%x: tensor<4xf32>, %lo: tensor<f32>, %hi: tensor<f32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = graph.clip %x, min = %lo, max = %hi : (tensor<4xf32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %1 = graph.clip %x, min = %lo : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// Cast: float to int truncates (fptosi), to bool compares with 0, bool is
// unsigned (uitofp), integers extend signed or truncate.
// CHECK-LABEL: func.func @cast(
//       CHECK:   arith.fptosi %{{.*}} : f32 to i64
//       CHECK:   arith.sitofp %{{.*}} : i64 to f32
//       CHECK:   %[[Z:.*]] = arith.constant 0.000000e+00 : f32
//       CHECK:   arith.cmpf une, %{{.*}}, %[[Z]] : f32
//       CHECK:   arith.uitofp %{{.*}} : i1 to f32
//       CHECK:   arith.extsi %{{.*}} : i32 to i64
//       CHECK:   arith.trunci %{{.*}} : i64 to i32
func.func @cast(%f: tensor<4xf32>, %i: tensor<4xi64>, %b: tensor<4xi1>, %k: tensor<4xi32>) -> (tensor<4xi64>, tensor<4xf32>, tensor<4xi1>, tensor<4xf32>, tensor<4xi64>, tensor<4xi32>) {
  %0 = graph.cast %f {to = i64} : (tensor<4xf32>) -> tensor<4xi64>
  %1 = graph.cast %i {to = f32} : (tensor<4xi64>) -> tensor<4xf32>
  %2 = graph.cast %f {to = i1} : (tensor<4xf32>) -> tensor<4xi1>
  %3 = graph.cast %b {to = f32} : (tensor<4xi1>) -> tensor<4xf32>
  %4 = graph.cast %k {to = i64} : (tensor<4xi32>) -> tensor<4xi64>
  %5 = graph.cast %i {to = i32} : (tensor<4xi64>) -> tensor<4xi32>
  return %0, %1, %2, %3, %4, %5 : tensor<4xi64>, tensor<4xf32>, tensor<4xi1>, tensor<4xf32>, tensor<4xi64>, tensor<4xi32>
}

// -----

// Activations; dim 0 has extent 1, so the default schedule runs dim 1 in
// parallel.
// CHECK-LABEL: func.func @activations(
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<> {
//       CHECK:     %[[Z:.*]] = arith.constant 0.000000e+00 : f32
//       CHECK:       arith.maximumf %{{.*}}, %[[Z]] : f32
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<> {
//   CHECK-DAG:     %[[ALPHA:.*]] = arith.constant 2.500000e-01 : f32
//   CHECK-DAG:     %[[Z2:.*]] = arith.constant 0.000000e+00 : f32
//       CHECK:     ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       %[[NEG:.*]] = arith.cmpf olt, %[[X]], %[[Z2]] : f32
//  CHECK-NEXT:       %[[SCALED:.*]] = arith.mulf %[[X]], %[[ALPHA]] : f32
//  CHECK-NEXT:       arith.select %[[NEG]], %[[SCALED]], %[[X]] : f32
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<> {
//       CHECK:     %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
//       CHECK:     ^bb0(%[[X3:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       %[[N:.*]] = arith.negf %[[X3]] : f32
//  CHECK-NEXT:       %[[E:.*]] = math.exp %[[N]] : f32
//  CHECK-NEXT:       %[[D:.*]] = arith.addf %[[ONE]], %[[E]] : f32
//  CHECK-NEXT:       arith.divf %[[ONE]], %[[D]] : f32
func.func @activations(%x: tensor<1x8xf32>) -> (tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>) {
  %0 = graph.relu %x : tensor<1x8xf32>
  %1 = graph.leaky_relu %x {alpha = 0.25 : f32} : tensor<1x8xf32>
  %2 = graph.sigmoid %x : tensor<1x8xf32>
  return %0, %1, %2 : tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>
}

// -----

// MatMul of a vector and a matrix: a fill with 0, then a contraction over
// k whose loops are the result's dims then k.
// CHECK-DAG:   #[[$ID1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG:   #[[$VEC:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG:   #[[$MAT:.*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-DAG:   #[[$OUT:.*]] = affine_map<(d0, d1) -> (d0)>
// A vector-matrix product: a register-tiled micro-kernel whose one block
// holds the whole output (5 of 16 lanes), the reduction inside it.
// CHECK-LABEL: func.func @matmul_1d(
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[5, 0]], order = [0, 1], vector = 16> {
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: tensor<4xf32>, %[[Y:.*]]: tensor<4x5xf32>, %[[O:.*]]: tensor<5xf32>):
//  CHECK-NEXT:     %[[Z:.*]] = arith.constant 0.000000e+00 : f32
//  CHECK-NEXT:     %[[F:.*]] = kernel.generic outs(%[[O]] : tensor<5xf32>) indexing_maps = [#[[$ID1]]] iterator_types = [parallel] {
//  CHECK-NEXT:     ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:       kernel.yield %[[Z]] : f32
//  CHECK-NEXT:     } -> tensor<5xf32>
//  CHECK-NEXT:     %[[G:.*]] = kernel.generic ins(%[[X]], %[[Y]] : tensor<4xf32>, tensor<4x5xf32>) outs(%[[F]] : tensor<5xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$VEC]], #[[$MAT]], #[[$OUT]]] iterator_types = [parallel, reduction] {
//  CHECK-NEXT:     ^bb0(%[[P:.*]]: f32, %[[Q:.*]]: f32, %[[ACC:.*]]: f32):
//  CHECK-NEXT:       %[[MUL:.*]] = arith.mulf %[[P]], %[[Q]] : f32
//  CHECK-NEXT:       %[[ADD:.*]] = arith.addf %[[ACC]], %[[MUL]] : f32
//  CHECK-NEXT:       kernel.yield %[[ADD]] : f32
//  CHECK-NEXT:     } -> tensor<5xf32>
//  CHECK-NEXT:     kernel.yield %[[G]] : tensor<5xf32>
func.func @matmul_1d(%a: tensor<4xf32>, %b: tensor<4x5xf32>) -> tensor<5xf32> {
  %0 = graph.matmul %a, %b : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

// Batched MatMul with batch broadcasting: (2, 1) x (5) -> (2, 5); the lhs's
// size-1 batch dim reads index 0, the rhs has no leading batch dim.
// CHECK-DAG:   #[[$LHS:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d4)>
// CHECK-DAG:   #[[$RHS:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d1, d4, d3)>
// CHECK-DAG:   #[[$RES:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @matmul_batched(
//       CHECK:   kernel.generic ins(%{{.*}}, %{{.*}} : tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) outs(%{{.*}} : tensor<2x5x3x6xf32>)
//  CHECK-SAME:       indexing_maps = [#[[$LHS]], #[[$RHS]], #[[$RES]]] iterator_types = [parallel, parallel, parallel, parallel, reduction]
func.func @matmul_batched(%a: tensor<2x1x3x4xf32>, %b: tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32> {
  %0 = graph.matmul %a, %b : (tensor<2x1x3x4xf32>, tensor<5x4x6xf32>) -> tensor<2x5x3x6xf32>
  return %0 : tensor<2x5x3x6xf32>
}

// -----

// Gemm with both transposes, alpha, beta and a broadcast C: the transposes
// are in the contraction's maps; alpha * AB + beta * C is an epilogue into
// the output.
// CHECK-DAG:   #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[$AT:.*]] = affine_map<(d0, d1, d2) -> (d2, d0)>
// CHECK-DAG:   #[[$BT:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG:   #[[$MN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG:   #[[$ROW:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @gemm(
// With transB, B is read down its columns along the output row: the loops keep
// their order (the reduction innermost) rather than stride through B.
//       CHECK:   kernel.fused ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4x3xf32>, tensor<5x4xf32>, tensor<5xf32>) {{.*}} schedule = #kernel.schedule<> {
//  CHECK-NEXT:   ^bb0(%[[A:.*]]: tensor<4x3xf32>, %[[B:.*]]: tensor<5x4xf32>, %[[C:.*]]: tensor<5xf32>, %[[O:.*]]: tensor<3x5xf32>):
//   CHECK-DAG:     %[[BETA:.*]] = arith.constant 2.000000e+00 : f32
//   CHECK-DAG:     %[[ALPHA:.*]] = arith.constant 2.500000e-01 : f32
//       CHECK:     %[[F:.*]] = kernel.generic outs(%[[O]] : tensor<3x5xf32>)
//       CHECK:     %[[AB:.*]] = kernel.generic ins(%[[A]], %[[B]] : tensor<4x3xf32>, tensor<5x4xf32>) outs(%[[F]] : tensor<3x5xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$AT]], #[[$BT]], #[[$MN]]] iterator_types = [parallel, parallel, reduction]
//       CHECK:     %[[R:.*]] = kernel.generic ins(%[[AB]], %[[C]] : tensor<3x5xf32>, tensor<5xf32>) outs(%[[O]] : tensor<3x5xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$ID2]], #[[$ROW]], #[[$ID2]]] iterator_types = [parallel, parallel]
//  CHECK-NEXT:     ^bb0(%[[P:.*]]: f32, %[[Q:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       %[[PA:.*]] = arith.mulf %[[P]], %[[ALPHA]] : f32
//  CHECK-NEXT:       %[[QB:.*]] = arith.mulf %[[Q]], %[[BETA]] : f32
//  CHECK-NEXT:       %[[SUM:.*]] = arith.addf %[[PA]], %[[QB]] : f32
//  CHECK-NEXT:       kernel.yield %[[SUM]] : f32
//       CHECK:     kernel.yield %[[R]] : tensor<3x5xf32>
func.func @gemm(%a: tensor<4x3xf32>, %b: tensor<5x4xf32>, %c: tensor<5xf32>) -> tensor<3x5xf32> {
  %0 = graph.gemm %a, %b, %c {alpha = 2.5e-01 : f32, beta = 2.0 : f32, transA = true, transB = true} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

// Gemm without C, and with beta = 0: the contraction alone, no epilogue.
// CHECK-DAG:   #[[$MK:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG:   #[[$KN:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-LABEL: func.func @gemm_no_epilogue(
// CHECK-COUNT-2: %[[G:.*]] = kernel.generic ins(%{{.*}}, %{{.*}} : tensor<3x4xf32>, tensor<4x5xf32>) {{.*}} indexing_maps = [#[[$MK]], #[[$KN]], #{{.*}}] iterator_types = [parallel, parallel, reduction] {
//       CHECK:       arith.mulf
//       CHECK:       arith.addf
//       CHECK:     } -> tensor<3x5xf32>
//  CHECK-NEXT:     kernel.yield %{{.*}} : tensor<3x5xf32>
func.func @gemm_no_epilogue(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>, %c: tensor<3x5xf32>) -> (tensor<3x5xf32>, tensor<3x5xf32>) {
  %0 = graph.gemm %a, %b : (tensor<3x4xf32>, tensor<4x5xf32>) -> tensor<3x5xf32>
  %1 = graph.gemm %a, %b, %c {beta = 0.0 : f32} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<3x5xf32>) -> tensor<3x5xf32>
  return %0, %1 : tensor<3x5xf32>, tensor<3x5xf32>
}

// -----

// Conv with groups (2 groups of 2 input channels, 3 filters each), strides
// (2, 2), dilations (2, 1) and pads (1, 0, 0, 1): the input is first copied
// into the interior (from row 1) of a padded tensor (7 + 1 + 0 = 8 rows,
// 5 + 0 + 1 = 6 columns), whose border slabs (row 0, column 5) are filled
// with zeros, each by a generic writing an extract_slice; the bias starts
// the accumulation; loops (n, f, oh, ow, c, kh, kw) with the group's input
// channel f floordiv 3 * 2 + c. Strided by 2 along the rows, the padded
// input is read at ow * 2 + kw: the micro-kernel loads two vectors and keeps
// their even lanes.
// CHECK-DAG:   #[[$ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[$BIAS:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG:   #[[$X:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, (d1 floordiv 3) * 2 + d4, d2 * 2 + d5 * 2, d3 * 2 + d6)>
// CHECK-DAG:   #[[$W:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>
// CHECK-DAG:   #[[$Y:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
// A register-tiled micro-kernel: lanes along ow, block rows along oh (f
// reaches x's channel index, so it is no block row).
// CHECK-LABEL: func.func @conv(
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 1, 2, 2, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16> {
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: tensor<1x4x7x5xf32>, %[[W:.*]]: tensor<6x2x3x3xf32>, %[[B:.*]]: tensor<6xf32>, %[[O:.*]]: tensor<1x6x2x2xf32>):
//       CHECK:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
//  CHECK-NEXT:     %[[PE:.*]] = tensor.empty() : tensor<1x4x8x6xf32>
//  CHECK-NEXT:     %[[IN:.*]] = tensor.extract_slice %[[PE]][0, 0, 1, 0] [1, 4, 7, 5] [1, 1, 1, 1]
//  CHECK-NEXT:     %[[COPY:.*]] = kernel.generic ins(%[[X]] : tensor<1x4x7x5xf32>) outs(%[[IN]] : tensor<1x4x7x5xf32>) indexing_maps = [#[[$ID4]], #[[$ID4]]] iterator_types = [parallel, parallel, parallel, parallel] {
//       CHECK:     %[[P0:.*]] = tensor.insert_slice %[[COPY]] into %[[PE]][0, 0, 1, 0] [1, 4, 7, 5] [1, 1, 1, 1]
//  CHECK-NEXT:     %[[TOP:.*]] = tensor.extract_slice %[[P0]][0, 0, 0, 0] [1, 4, 1, 6] [1, 1, 1, 1]
//  CHECK-NEXT:     %[[T:.*]] = kernel.generic outs(%[[TOP]] : tensor<1x4x1x6xf32>)
//  CHECK-NEXT:     ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:       kernel.yield %[[ZERO]] : f32
//       CHECK:     %[[P1:.*]] = tensor.insert_slice %[[T]] into %[[P0]][0, 0, 0, 0] [1, 4, 1, 6] [1, 1, 1, 1]
//  CHECK-NEXT:     %[[RIGHT:.*]] = tensor.extract_slice %[[P1]][0, 0, 0, 5] [1, 4, 8, 1] [1, 1, 1, 1]
//  CHECK-NEXT:     %[[R:.*]] = kernel.generic outs(%[[RIGHT]] : tensor<1x4x8x1xf32>)
//       CHECK:     %[[PAD:.*]] = tensor.insert_slice %[[R]] into %[[P1]][0, 0, 0, 5] [1, 4, 8, 1] [1, 1, 1, 1]
//  CHECK-NEXT:     %[[INIT:.*]] = kernel.generic ins(%[[B]] : tensor<6xf32>) outs(%[[O]] : tensor<1x6x2x2xf32>) indexing_maps = [#[[$BIAS]], #[[$ID4]]]
//       CHECK:     kernel.generic ins(%[[PAD]], %[[W]] : tensor<1x4x8x6xf32>, tensor<6x2x3x3xf32>) outs(%[[INIT]] : tensor<1x6x2x2xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$X]], #[[$W]], #[[$Y]]] iterator_types = [parallel, parallel, parallel, parallel, reduction, reduction, reduction]
//       CHECK:       arith.mulf
//       CHECK:       arith.addf
func.func @conv(%x: tensor<1x4x7x5xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>) -> tensor<1x6x2x2xf32> {
  %0 = graph.conv %x, %w, %b {dilations = array<i64: 2, 1>, group = 2 : i64, pads = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x7x5xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<1x6x2x2xf32>
  return %0 : tensor<1x6x2x2xf32>
}

// -----

// The same conv strided by 3 along the rows: the input is padded and
// decimated in one pass into (n, c, h, kw, ow) = pad[n, c, h, ow * 3 + kw]
// (8 padded rows, 3 x 2), which the contraction reads with stride 1 along
// ow. Per kw, the outputs that read inside x are a copy of every third
// column into a box from row 1 (kw 0: columns 0 and 3; kw 1: 1 and 4; kw 2:
// column 2 only); the rest, kw 2's second output (the right pad) and the
// padded row 0, is filled with zeros.
// CHECK-DAG:   #[[$D0:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4 * 3)>
// CHECK-DAG:   #[[$D1:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4 * 3 + 1)>
// CHECK-DAG:   #[[$D2:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4 * 3 + 2)>
// CHECK-DAG:   #[[$ID5:.*]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG:   #[[$XD:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, (d1 floordiv 3) * 2 + d4, d2 * 2 + d5 * 2, d6, d3)>
// CHECK-LABEL: func.func @conv_stride_three(
//       CHECK:   ^bb0(%[[X:.*]]: tensor<1x4x7x5xf32>, %{{.*}}: tensor<6x2x3x3xf32>
//       CHECK:     %[[DE:.*]] = tensor.empty() : tensor<1x4x8x3x2xf32>
//  CHECK-NEXT:     %[[B0:.*]] = tensor.extract_slice %[[DE]][0, 0, 1, 0, 0] [1, 4, 7, 1, 2] [1, 1, 1, 1, 1]
//  CHECK-NEXT:     %[[C0:.*]] = kernel.generic ins(%[[X]] : tensor<1x4x7x5xf32>) outs(%[[B0]] : tensor<1x4x7x1x2xf32>) indexing_maps = [#[[$D0]], #[[$ID5]]]
//       CHECK:     %[[S0:.*]] = tensor.insert_slice %[[C0]] into %[[DE]][0, 0, 1, 0, 0] [1, 4, 7, 1, 2]
//  CHECK-NEXT:     %[[B1:.*]] = tensor.extract_slice %[[S0]][0, 0, 1, 1, 0] [1, 4, 7, 1, 2]
//  CHECK-NEXT:     kernel.generic ins(%[[X]] : tensor<1x4x7x5xf32>) outs(%[[B1]] : tensor<1x4x7x1x2xf32>) indexing_maps = [#[[$D1]], #[[$ID5]]]
//       CHECK:     %[[S1:.*]] = tensor.insert_slice %{{.*}} into %[[S0]][0, 0, 1, 1, 0] [1, 4, 7, 1, 2]
//  CHECK-NEXT:     %[[B2:.*]] = tensor.extract_slice %[[S1]][0, 0, 1, 2, 0] [1, 4, 7, 1, 1]
//  CHECK-NEXT:     kernel.generic ins(%[[X]] : tensor<1x4x7x5xf32>) outs(%[[B2]] : tensor<1x4x7x1x1xf32>) indexing_maps = [#[[$D2]], #[[$ID5]]]
//       CHECK:     %[[S2:.*]] = tensor.insert_slice %{{.*}} into %[[S1]][0, 0, 1, 2, 0] [1, 4, 7, 1, 1]
//  CHECK-NEXT:     %[[RP:.*]] = tensor.extract_slice %[[S2]][0, 0, 0, 2, 1] [1, 4, 8, 1, 1]
//  CHECK-NEXT:     kernel.generic outs(%[[RP]] : tensor<1x4x8x1x1xf32>)
//       CHECK:     %[[S3:.*]] = tensor.insert_slice %{{.*}} into %[[S2]][0, 0, 0, 2, 1] [1, 4, 8, 1, 1]
//  CHECK-NEXT:     %[[TOP:.*]] = tensor.extract_slice %[[S3]][0, 0, 0, 0, 0] [1, 4, 1, 3, 2]
//  CHECK-NEXT:     kernel.generic outs(%[[TOP]] : tensor<1x4x1x3x2xf32>)
//       CHECK:     %[[DEC:.*]] = tensor.insert_slice %{{.*}} into %[[S3]][0, 0, 0, 0, 0] [1, 4, 1, 3, 2]
//       CHECK:     kernel.generic ins(%[[DEC]], %{{.*}} : tensor<1x4x8x3x2xf32>, tensor<6x2x3x3xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$XD]], #{{.*}}, #{{.*}}]
func.func @conv_stride_three(%x: tensor<1x4x7x5xf32>, %w: tensor<6x2x3x3xf32>, %b: tensor<6xf32>) -> tensor<1x6x2x2xf32> {
  %0 = graph.conv %x, %w, %b {dilations = array<i64: 2, 1>, group = 2 : i64, pads = array<i64: 1, 0, 0, 1>, strides = array<i64: 2, 3>} : (tensor<1x4x7x5xf32>, tensor<6x2x3x3xf32>, tensor<6xf32>) -> tensor<1x6x2x2xf32>
  return %0 : tensor<1x6x2x2xf32>
}

// -----

// Conv without pads or bias: no padding generic, a zero fill. Its output
// rows (3 wide) would fill 3 of a vector's 16 lanes, so it takes the
// wide-row form: the input flattened to 25 elements per channel, the
// output computed over rows as wide as the input (q = oh * 5 + ow, 13 of
// them), read at q + kh * 5 + kw, then the 3 real columns of each row
// copied out.
// CHECK-DAG:   #[[$XW:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d3, d2 + d4 * 5 + d5)>
// CHECK-DAG:   #[[$WW:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d1, d3, d4, d5)>
// CHECK-DAG:   #[[$QW:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2)>
// CHECK-DAG:   #[[$ROWS:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 * 5 + d3)>
// CHECK-LABEL: func.func @conv_no_pads(
//       CHECK:   schedule = #kernel.schedule<tiles = {{\[}}[1, 4, 13, 0, 0, 0]], order = [2, 3, 4, 5, 0, 1], vector = 16>
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: tensor<1x3x5x5xf32>, %[[W:.*]]: tensor<4x3x3x3xf32>, %[[O:.*]]: tensor<1x4x3x3xf32>):
//       CHECK:     %[[FLAT:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1], [2, 3]] : tensor<1x3x5x5xf32> into tensor<1x3x25xf32>
//  CHECK-NEXT:     %[[E:.*]] = tensor.empty() : tensor<1x4x13xf32>
//  CHECK-NEXT:     %[[F:.*]] = kernel.generic outs(%[[E]] : tensor<1x4x13xf32>)
//       CHECK:     %[[WIDE:.*]] = kernel.generic ins(%[[FLAT]], %[[W]] : tensor<1x3x25xf32>, tensor<4x3x3x3xf32>) outs(%[[F]] : tensor<1x4x13xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$XW]], #[[$WW]], #[[$QW]]]
//       CHECK:     %[[R:.*]] = kernel.generic ins(%[[WIDE]] : tensor<1x4x13xf32>) outs(%[[O]] : tensor<1x4x3x3xf32>) indexing_maps = [#[[$ROWS]], #{{.*}}]
//       CHECK:     kernel.yield %[[R]] : tensor<1x4x3x3xf32>
func.func @conv_no_pads(%x: tensor<1x3x5x5xf32>, %w: tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32> {
  %0 = graph.conv %x, %w : (tensor<1x3x5x5xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x3x3xf32>
  return %0 : tensor<1x4x3x3xf32>
}

// -----

// MaxPool in ceil mode: the last window (rows 4..6) runs past the input,
// so the input is padded by one more row and column with -inf (two border
// slabs filled after the copy of the input); the window
// loops get their extent from a placeholder "kernel" operand.
// CHECK-DAG:   #[[$ID4:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[$X:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>
// CHECK-DAG:   #[[$K:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
// CHECK-DAG:   #[[$Y:.*]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @max_pool_ceil(
//       CHECK:   %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
//       CHECK:   %[[PE:.*]] = tensor.empty() : tensor<1x2x7x7xf32>
//  CHECK-NEXT:   tensor.extract_slice %[[PE]][0, 0, 0, 0] [1, 2, 6, 6]
//       CHECK:   tensor.extract_slice %{{.*}}[0, 0, 6, 0] [1, 2, 1, 7]
//  CHECK-NEXT:   kernel.generic outs(%{{.*}} : tensor<1x2x1x7xf32>)
//  CHECK-NEXT:   ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:     kernel.yield %[[NEGINF]] : f32
//       CHECK:   tensor.extract_slice %{{.*}}[0, 0, 0, 6] [1, 2, 7, 1]
//  CHECK-NEXT:   kernel.generic outs(%{{.*}} : tensor<1x2x7x1xf32>)
//  CHECK-NEXT:   ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:     kernel.yield %[[NEGINF]] : f32
//       CHECK:   %[[PAD:.*]] = tensor.insert_slice
//  CHECK-NEXT:   %[[WIN:.*]] = tensor.empty() : tensor<3x3xf32>
//  CHECK-NEXT:   %[[INIT:.*]] = kernel.generic outs(%{{.*}} : tensor<1x2x3x3xf32>)
//  CHECK-NEXT:   ^bb0(%{{.*}}: f32):
//  CHECK-NEXT:     kernel.yield %[[NEGINF]] : f32
//       CHECK:   kernel.generic ins(%[[PAD]], %[[WIN]] : tensor<1x2x7x7xf32>, tensor<3x3xf32>) outs(%[[INIT]] : tensor<1x2x3x3xf32>)
//  CHECK-SAME:       indexing_maps = [#[[$X]], #[[$K]], #[[$Y]]] iterator_types = [parallel, parallel, parallel, parallel, reduction, reduction]
//  CHECK-NEXT:   ^bb0(%[[V:.*]]: f32, %{{.*}}: f32, %[[ACC:.*]]: f32):
//  CHECK-NEXT:     arith.maximumf %[[ACC]], %[[V]] : f32
func.func @max_pool_ceil(%x: tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32> {
  %0 = graph.max_pool %x {ceil_mode = true, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// -----

// AveragePool with count_include_pad: zero padding, a window sum, then a
// division by the number of window positions inside the padded input
// ([-1, 5) here), counted per output position in index arithmetic.
// CHECK-LABEL: func.func @avg_pool_include_pad(
//   CHECK-DAG:   %[[LO:.*]] = arith.constant -1 : index
//   CHECK-DAG:   %[[HI:.*]] = arith.constant 5 : index
//       CHECK:   %[[PAD:.*]] = tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 0, 0] [1, 2, 6, 1] [1, 1, 1, 1] : tensor<1x2x6x1xf32> into tensor<1x2x6x6xf32>
//       CHECK:   %[[SUM:.*]] = kernel.generic ins(%[[PAD]], %{{.*}} : tensor<1x2x6x6xf32>, tensor<2x2xf32>)
//       CHECK:     arith.addf
//       CHECK:   kernel.generic ins(%[[SUM]] : tensor<1x2x5x5xf32>) outs(%{{.*}} : tensor<1x2x5x5xf32>)
//  CHECK-NEXT:   ^bb0(%[[S:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:     kernel.index 2 : index
//       CHECK:     arith.cmpi sge, %{{.*}}, %[[LO]] : index
//       CHECK:     arith.cmpi slt, %{{.*}}, %[[HI]] : index
//       CHECK:     kernel.index 3 : index
//       CHECK:     %[[CI:.*]] = arith.index_cast %{{.*}} : index to i64
//  CHECK-NEXT:     %[[CF:.*]] = arith.sitofp %[[CI]] : i64 to f32
//  CHECK-NEXT:     arith.divf %[[S]], %[[CF]] : f32
func.func @avg_pool_include_pad(%x: tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32> {
  %0 = graph.average_pool %x {count_include_pad = true, kernel_shape = array<i64: 2, 2>, pads = array<i64: 1, 1, 0, 0>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
  return %0 : tensor<1x2x5x5xf32>
}

// -----

// Global pools reduce the spatial dims into (n, c, 0, 0); the average then
// divides by their product.
// CHECK-DAG:   #[[$RED:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, 0)>
// CHECK-LABEL: func.func @global_pools(
//       CHECK:   kernel.fused {{.*}} schedule = #kernel.schedule<> {
//   CHECK-DAG:     %[[COUNT:.*]] = arith.constant 1.600000e+01 : f32
//       CHECK:     kernel.generic ins(%{{.*}} : tensor<1x8x4x4xf32>) {{.*}} indexing_maps = [#{{.*}}, #[[$RED]]] iterator_types = [parallel, parallel, reduction, reduction]
//       CHECK:       arith.addf
//       CHECK:       arith.divf %{{.*}}, %[[COUNT]] : f32
//       CHECK:   kernel.fused
//       CHECK:     %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
//       CHECK:       kernel.yield %[[NEGINF]] : f32
//       CHECK:     kernel.generic ins(%{{.*}} : tensor<1x8x4x4xf32>) {{.*}} indexing_maps = [#{{.*}}, #[[$RED]]] iterator_types = [parallel, parallel, reduction, reduction]
//       CHECK:       arith.maximumf
func.func @global_pools(%x: tensor<1x8x4x4xf32>) -> (tensor<1x8x1x1xf32>, tensor<1x8x1x1xf32>) {
  %0 = graph.global_average_pool %x : (tensor<1x8x4x4xf32>) -> tensor<1x8x1x1xf32>
  %1 = graph.global_max_pool %x : (tensor<1x8x4x4xf32>) -> tensor<1x8x1x1xf32>
  return %0, %1 : tensor<1x8x1x1xf32>, tensor<1x8x1x1xf32>
}

// -----

// BatchNormalization: one elementwise generic, the per-channel operands
// indexed by dim 1: (x - mean) / sqrt(var + eps) * scale + B.
// CHECK-DAG:   #[[$ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG:   #[[$CH:.*]] = affine_map<(d0, d1, d2) -> (d1)>
// CHECK-LABEL: func.func @batchnorm(
//       CHECK:   %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
//  CHECK-NEXT:   kernel.generic {{.*}} indexing_maps = [#[[$ID3]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$CH]], #[[$ID3]]] iterator_types = [parallel, parallel, parallel] {
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: f32, %[[S:.*]]: f32, %[[B:.*]]: f32, %[[M:.*]]: f32, %[[V:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:     %[[VE:.*]] = arith.addf %[[V]], %[[EPS]] : f32
//  CHECK-NEXT:     %[[SD:.*]] = math.sqrt %[[VE]] : f32
//  CHECK-NEXT:     %[[XM:.*]] = arith.subf %[[X]], %[[M]] : f32
//  CHECK-NEXT:     %[[N:.*]] = arith.divf %[[XM]], %[[SD]] : f32
//  CHECK-NEXT:     %[[NS:.*]] = arith.mulf %[[N]], %[[S]] : f32
//  CHECK-NEXT:     %[[R:.*]] = arith.addf %[[NS]], %[[B]] : f32
//  CHECK-NEXT:     kernel.yield %[[R]] : f32
func.func @batchnorm(%x: tensor<2x3x4xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<2x3x4xf32> {
  %0 = graph.batch_normalization %x, %s, %b, %m, %v {epsilon = 1.000000e-03 : f32} : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// LayerNormalization over the last axis: a sum, then the sum of squared
// deviations from the mean (both into a 2x4x1 tensor, accumulated in f64),
// then the normalization with the statistics back in f32, rsqrt, scale and
// bias.
// CHECK-DAG:   #[[$ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-DAG:   #[[$RED:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
// CHECK-DAG:   #[[$LAST:.*]] = affine_map<(d0, d1, d2) -> (d2)>
// CHECK-LABEL: func.func @layernorm(
//  CHECK-NEXT:   tensor.empty() : tensor<2x4x8xf32>
//  CHECK-NEXT:   kernel.fused {{.*}} schedule = #kernel.schedule<> {
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: tensor<2x4x8xf32>, %[[G:.*]]: tensor<8xf32>, %[[B:.*]]: tensor<8xf32>, %[[O:.*]]: tensor<2x4x8xf32>):
//   CHECK-DAG:     %[[EPS:.*]] = arith.constant 9.99999974E-6 : f32
//   CHECK-DAG:     %[[N:.*]] = arith.constant 8.000000e+00 : f64
//       CHECK:     %[[RE:.*]] = tensor.empty() : tensor<2x4x1xf64>
//  CHECK-NEXT:     %[[Z:.*]] = kernel.generic outs(%[[RE]] : tensor<2x4x1xf64>)
//       CHECK:     %[[SUM:.*]] = kernel.generic ins(%[[X]] : tensor<2x4x8xf32>) outs(%[[Z]] : tensor<2x4x1xf64>) indexing_maps = [#[[$ID3]], #[[$RED]]] iterator_types = [parallel, parallel, reduction]
//  CHECK-NEXT:     ^bb0(%[[XS:.*]]: f32, %[[AS:.*]]: f64):
//  CHECK-NEXT:       %[[XS64:.*]] = arith.extf %[[XS]] : f32 to f64
//  CHECK-NEXT:       arith.addf %[[AS]], %[[XS64]] : f64
//       CHECK:     %[[SQ:.*]] = kernel.generic ins(%[[X]], %[[SUM]] : tensor<2x4x8xf32>, tensor<2x4x1xf64>) outs(%[[Z]] : tensor<2x4x1xf64>) indexing_maps = [#[[$ID3]], #[[$RED]], #[[$RED]]] iterator_types = [parallel, parallel, reduction]
//  CHECK-NEXT:     ^bb0(%[[XV:.*]]: f32, %[[SV:.*]]: f64, %[[ACC:.*]]: f64):
//  CHECK-NEXT:       %[[MEAN:.*]] = arith.divf %[[SV]], %[[N]] : f64
//  CHECK-NEXT:       %[[XV64:.*]] = arith.extf %[[XV]] : f32 to f64
//  CHECK-NEXT:       %[[D:.*]] = arith.subf %[[XV64]], %[[MEAN]] : f64
//  CHECK-NEXT:       %[[DD:.*]] = arith.mulf %[[D]], %[[D]] : f64
//  CHECK-NEXT:       arith.addf %[[ACC]], %[[DD]] : f64
//       CHECK:     kernel.generic ins(%[[X]], %[[SUM]], %[[SQ]], %[[G]], %[[B]] : {{.*}}) outs(%[[O]] : tensor<2x4x8xf32>)
//  CHECK-SAME:         indexing_maps = [#[[$ID3]], #[[$RED]], #[[$RED]], #[[$LAST]], #[[$LAST]], #[[$ID3]]] iterator_types = [parallel, parallel, parallel]
//  CHECK-NEXT:     ^bb0(%[[XE:.*]]: f32, %[[SE:.*]]: f64, %[[QE:.*]]: f64, %[[GE:.*]]: f32, %[[BE:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       %[[MEAN64:.*]] = arith.divf %[[SE]], %[[N]] : f64
//  CHECK-NEXT:       %[[MEAN2:.*]] = arith.truncf %[[MEAN64]] : f64 to f32
//  CHECK-NEXT:       %[[VAR64:.*]] = arith.divf %[[QE]], %[[N]] : f64
//  CHECK-NEXT:       %[[VAR:.*]] = arith.truncf %[[VAR64]] : f64 to f32
//  CHECK-NEXT:       %[[VE:.*]] = arith.addf %[[VAR]], %[[EPS]] : f32
//  CHECK-NEXT:       %[[INV:.*]] = math.rsqrt %[[VE]] : f32
//  CHECK-NEXT:       %[[XC:.*]] = arith.subf %[[XE]], %[[MEAN2]] : f32
//  CHECK-NEXT:       %[[XN:.*]] = arith.mulf %[[XC]], %[[INV]] : f32
//  CHECK-NEXT:       %[[XG:.*]] = arith.mulf %[[XN]], %[[GE]] : f32
//  CHECK-NEXT:       %[[XB:.*]] = arith.addf %[[XG]], %[[BE]] : f32
//  CHECK-NEXT:       kernel.yield %[[XB]] : f32
func.func @layernorm(%x: tensor<2x4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>) -> tensor<2x4x8xf32> {
  %0 = graph.layer_normalization %x, %g, %b {epsilon = 1.000000e-05 : f32} : (tensor<2x4x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}

// -----

// Softmax along axis 0: max, then the sum of exp(x - max), then
// exp(x - max) / sum; the reductions keep the axis as size 1.
// CHECK-DAG:   #[[$ID2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG:   #[[$RED:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @softmax(
//   CHECK-DAG:     %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
//   CHECK-DAG:     %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
//       CHECK:     %[[RE:.*]] = tensor.empty() : tensor<1x3xf32>
//       CHECK:       kernel.yield %[[NEGINF]] : f32
//       CHECK:     %[[MAX:.*]] = kernel.generic ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<1x3xf32>) indexing_maps = [#[[$ID2]], #[[$RED]]] iterator_types = [reduction, parallel]
//       CHECK:       arith.maximumf
//       CHECK:       kernel.yield %[[ZERO]] : f32
//       CHECK:     %[[SUM:.*]] = kernel.generic ins(%{{.*}}, %[[MAX]] : tensor<2x3xf32>, tensor<1x3xf32>) outs(%{{.*}} : tensor<1x3xf32>) indexing_maps = [#[[$ID2]], #[[$RED]], #[[$RED]]] iterator_types = [reduction, parallel]
//       CHECK:       arith.subf
//  CHECK-NEXT:       math.exp
//  CHECK-NEXT:       arith.addf
//       CHECK:     kernel.generic ins(%{{.*}}, %[[MAX]], %[[SUM]] : tensor<2x3xf32>, tensor<1x3xf32>, tensor<1x3xf32>) outs(%{{.*}} : tensor<2x3xf32>) indexing_maps = [#[[$ID2]], #[[$RED]], #[[$RED]], #[[$ID2]]] iterator_types = [parallel, parallel]
//       CHECK:       arith.subf
//  CHECK-NEXT:       math.exp
//  CHECK-NEXT:       arith.divf
func.func @softmax(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.softmax %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Reductions: the result map keeps reduced dims as 0 (keepdims) or drops
// them; the init is the identity of the reduction; the mean divides by the
// number of reduced elements; a full reduction has no parallel loop (an
// empty schedule); noop_with_empty_axes returns the input.
// CHECK-DAG:   #[[$KEEP1:.*]] = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
// CHECK-DAG:   #[[$DROP12:.*]] = affine_map<(d0, d1, d2) -> (d0)>
// CHECK-DAG:   #[[$ALL:.*]] = affine_map<(d0, d1, d2) -> ()>
// CHECK-DAG:   #[[$KEEP0:.*]] = affine_map<(d0, d1) -> (0, d1)>
// CHECK-LABEL: func.func @reductions(
//  CHECK-SAME:     %[[X:[^:]*]]: tensor<2x3x4xf32>
//       CHECK:   %[[SUM:.*]] = kernel.fused {{.*}} outs(%{{.*}} : tensor<2x1x4xf32>) schedule = #kernel.schedule<>
//       CHECK:       kernel.yield %{{.*}} : f32
//       CHECK:     kernel.generic {{.*}} indexing_maps = [#{{.*}}, #[[$KEEP1]]] iterator_types = [parallel, reduction, parallel]
//       CHECK:       arith.addf
//       CHECK:   %[[MAX:.*]] = kernel.fused {{.*}} outs(%{{.*}} : tensor<2xf32>) schedule = #kernel.schedule<>
//       CHECK:     arith.constant 0xFF800000 : f32
//       CHECK:     kernel.generic {{.*}} indexing_maps = [#{{.*}}, #[[$DROP12]]] iterator_types = [parallel, reduction, reduction]
//       CHECK:       arith.maximumf
//       CHECK:   %[[MEAN:.*]] = kernel.fused {{.*}} outs(%{{.*}} : tensor<f32>) schedule = #kernel.schedule<> {
//       CHECK:     %[[COUNT:.*]] = arith.constant 2.400000e+01 : f32
//       CHECK:     kernel.generic {{.*}} indexing_maps = [#{{.*}}, #[[$ALL]]] iterator_types = [reduction, reduction, reduction]
//       CHECK:     kernel.generic ins(%{{.*}} : tensor<f32>) outs(%{{.*}} : tensor<f32>) {{.*}} iterator_types = []
//  CHECK-NEXT:     ^bb0(%[[S:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:       arith.divf %[[S]], %[[COUNT]] : f32
//       CHECK:   %[[MIN:.*]] = kernel.fused {{.*}} outs(%{{.*}} : tensor<1x5xi32>) schedule = #kernel.schedule<>
//       CHECK:     %[[IMAX:.*]] = arith.constant 2147483647 : i32
//       CHECK:       kernel.yield %[[IMAX]] : i32
//       CHECK:     kernel.generic {{.*}} indexing_maps = [#{{.*}}, #[[$KEEP0]]] iterator_types = [reduction, parallel]
//       CHECK:       arith.minsi
//       CHECK:   return %[[SUM]], %[[MAX]], %[[MEAN]], %[[MIN]], %[[X]] :
func.func @reductions(%x: tensor<2x3x4xf32>, %i: tensor<4x5xi32>) -> (tensor<2x1x4xf32>, tensor<2xf32>, tensor<f32>, tensor<1x5xi32>, tensor<2x3x4xf32>) {
  %0 = graph.reduce_sum %x {axes = array<i64: 1>, keepdims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %1 = graph.reduce_max %x {axes = array<i64: -1, 1>, keepdims = false} : (tensor<2x3x4xf32>) -> tensor<2xf32>
  %2 = graph.reduce_mean %x {keepdims = false} : (tensor<2x3x4xf32>) -> tensor<f32>
  %3 = graph.reduce_min %i {axes = array<i64: 0>} : (tensor<4x5xi32>) -> tensor<1x5xi32>
  %4 = graph.reduce_sum %x {noop_with_empty_axes = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1, %2, %3, %4 : tensor<2x1x4xf32>, tensor<2xf32>, tensor<f32>, tensor<1x5xi32>, tensor<2x3x4xf32>
}

// -----

// Reshape, Flatten, Squeeze and Unsqueeze become tensor.reshape to the
// result's shape (a constant); a reshape to the same type is no op at all.
// CHECK-LABEL: func.func @shape_only(
//  CHECK-SAME:     %[[X:[^:]*]]: tensor<2x3x4xf32>, %[[S:[^:]*]]: tensor<1x3x1x4xf32>)
//   CHECK-DAG:   %[[S4:.*]] = arith.constant dense<[2, 1, 3, 4]> : tensor<4xi64>
//   CHECK-DAG:   %[[S3:.*]] = arith.constant dense<[3, 4]> : tensor<2xi64>
//   CHECK-DAG:   %[[S2:.*]] = arith.constant dense<[2, 12]> : tensor<2xi64>
//   CHECK-DAG:   %[[S1:.*]] = arith.constant dense<[4, 6]> : tensor<2xi64>
//       CHECK:   %[[R1:.*]] = tensor.reshape %[[X]](%[[S1]]) : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<4x6xf32>
//  CHECK-NEXT:   %[[R2:.*]] = tensor.reshape %[[X]](%[[S2]]) : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<2x12xf32>
//  CHECK-NEXT:   %[[R3:.*]] = tensor.reshape %[[S]](%[[S3]]) : (tensor<1x3x1x4xf32>, tensor<2xi64>) -> tensor<3x4xf32>
//  CHECK-NEXT:   %[[R4:.*]] = tensor.reshape %[[X]](%[[S4]]) : (tensor<2x3x4xf32>, tensor<4xi64>) -> tensor<2x1x3x4xf32>
//  CHECK-NEXT:   return %[[R1]], %[[R2]], %[[R3]], %[[R4]], %[[X]] :
func.func @shape_only(%x: tensor<2x3x4xf32>, %s: tensor<1x3x1x4xf32>) -> (tensor<4x6xf32>, tensor<2x12xf32>, tensor<3x4xf32>, tensor<2x1x3x4xf32>, tensor<2x3x4xf32>) {
  %shape = graph.constant dense<[4, 6]> : tensor<2xi64>
  %0 = graph.reshape %x, %shape : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  %1 = graph.flatten %x : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  %2 = graph.squeeze %s : (tensor<1x3x1x4xf32>) -> tensor<3x4xf32>
  %3 = graph.unsqueeze %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x3x4xf32>
  %same = graph.constant dense<[2, 3, 4]> : tensor<3xi64>
  %4 = graph.reshape %x, %same : (tensor<2x3x4xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
  return %0, %1, %2, %3, %4 : tensor<4x6xf32>, tensor<2x12xf32>, tensor<3x4xf32>, tensor<2x1x3x4xf32>, tensor<2x3x4xf32>
}

// -----

// Transpose with perm (1, 2, 0): result dim i reads input dim perm[i].
// CHECK-DAG:   #[[$IN:.*]] = affine_map<(d0, d1, d2) -> (d2, d0, d1)>
// CHECK-DAG:   #[[$ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @transpose(
//       CHECK:   kernel.generic ins(%{{.*}} : tensor<2x3x4xf32>) outs(%{{.*}} : tensor<3x4x2xf32>) indexing_maps = [#[[$IN]], #[[$ID3]]] iterator_types = [parallel, parallel, parallel] {
//  CHECK-NEXT:   ^bb0(%[[V:.*]]: f32, %{{.*}}: f32):
//  CHECK-NEXT:     kernel.yield %[[V]] : f32
func.func @transpose(%x: tensor<2x3x4xf32>) -> tensor<3x4x2xf32> {
  %0 = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  return %0 : tensor<3x4x2xf32>
}

// -----

// Concat along the last axis: each input is copied into its slice of the
// output (extract_slice, copy, insert_slice).
// CHECK-LABEL: func.func @concat(
//       CHECK:   ^bb0(%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<2x5xf32>, %[[O:.*]]: tensor<2x8xf32>):
//  CHECK-NEXT:     %[[S0:.*]] = tensor.extract_slice %[[O]][0, 0] [2, 3] [1, 1] : tensor<2x8xf32> to tensor<2x3xf32>
//  CHECK-NEXT:     %[[C0:.*]] = kernel.generic ins(%[[A]] : tensor<2x3xf32>) outs(%[[S0]] : tensor<2x3xf32>)
//       CHECK:     %[[I0:.*]] = tensor.insert_slice %[[C0]] into %[[O]][0, 0] [2, 3] [1, 1]
//  CHECK-NEXT:     %[[S1:.*]] = tensor.extract_slice %[[I0]][0, 3] [2, 5] [1, 1] : tensor<2x8xf32> to tensor<2x5xf32>
//  CHECK-NEXT:     %[[C1:.*]] = kernel.generic ins(%[[B]] : tensor<2x5xf32>) outs(%[[S1]] : tensor<2x5xf32>)
//       CHECK:     %[[I1:.*]] = tensor.insert_slice %[[C1]] into %[[I0]][0, 3] [2, 5] [1, 1]
//  CHECK-NEXT:     kernel.yield %[[I1]] : tensor<2x8xf32>
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>) -> tensor<2x8xf32> {
  %0 = graph.concat %a, %b {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// Split: one kernel with a result per part, each a copy of its slice.
// CHECK-LABEL: func.func @split(
//       CHECK:   %[[R:.*]]:2 = kernel.fused ins(%{{.*}} : tensor<3x6xf32>) outs(%{{.*}}, %{{.*}} : tensor<3x2xf32>, tensor<3x4xf32>)
//  CHECK-NEXT:   ^bb0(%[[X:.*]]: tensor<3x6xf32>, %[[O0:.*]]: tensor<3x2xf32>, %[[O1:.*]]: tensor<3x4xf32>):
//  CHECK-NEXT:     %[[S0:.*]] = tensor.extract_slice %[[X]][0, 0] [3, 2] [1, 1]
//  CHECK-NEXT:     %[[C0:.*]] = kernel.generic ins(%[[S0]] : tensor<3x2xf32>) outs(%[[O0]] : tensor<3x2xf32>)
//       CHECK:     %[[S1:.*]] = tensor.extract_slice %[[X]][0, 2] [3, 4] [1, 1]
//  CHECK-NEXT:     %[[C1:.*]] = kernel.generic ins(%[[S1]] : tensor<3x4xf32>) outs(%[[O1]] : tensor<3x4xf32>)
//       CHECK:     kernel.yield %[[C0]], %[[C1]] : tensor<3x2xf32>, tensor<3x4xf32>
//       CHECK:   return %[[R]]#0, %[[R]]#1
func.func @split(%x: tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>) {
  %0:2 = graph.split %x {axis = 1 : i64, split = array<i64: 2, 4>} : (tensor<3x6xf32>) -> (tensor<3x2xf32>, tensor<3x4xf32>)
  return %0#0, %0#1 : tensor<3x2xf32>, tensor<3x4xf32>
}

// -----

// Gather along axis 1 with 2-D indices: a generic over the result reads
// the index through its map, wraps a negative one (i + 4), clamps it into
// [0, 3] and extracts from the data.
// CHECK-DAG:   #[[$IDX:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG:   #[[$ID3:.*]] = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
// CHECK-LABEL: func.func @gather(
//       CHECK:   ^bb0(%[[D:.*]]: tensor<5x4xf32>, %[[I:.*]]: tensor<2x3xi64>, %[[O:.*]]: tensor<5x2x3xf32>):
//   CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : index
//   CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
//   CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
//       CHECK:     kernel.generic ins(%[[I]] : tensor<2x3xi64>) outs(%[[O]] : tensor<5x2x3xf32>) indexing_maps = [#[[$IDX]], #[[$ID3]]] iterator_types = [parallel, parallel, parallel] {
//  CHECK-NEXT:     ^bb0(%[[IV:.*]]: i64, %{{.*}}: f32):
//  CHECK-NEXT:       %[[II:.*]] = arith.index_cast %[[IV]] : i64 to index
//  CHECK-NEXT:       %[[NEG:.*]] = arith.cmpi slt, %[[II]], %[[C0]] : index
//  CHECK-NEXT:       %[[WRAP:.*]] = arith.addi %[[II]], %[[C4]] : index
//  CHECK-NEXT:       %[[SEL:.*]] = arith.select %[[NEG]], %[[WRAP]], %[[II]] : index
//  CHECK-NEXT:       %[[LO:.*]] = arith.maxsi %[[SEL]], %[[C0]] : index
//  CHECK-NEXT:       %[[HI:.*]] = arith.minsi %[[LO]], %[[C3]] : index
//  CHECK-NEXT:       %[[ROW:.*]] = kernel.index 0 : index
//  CHECK-NEXT:       %[[V:.*]] = tensor.extract %[[D]][%[[ROW]], %[[HI]]] : tensor<5x4xf32>
//  CHECK-NEXT:       kernel.yield %[[V]] : f32
func.func @gather(%d: tensor<5x4xf32>, %i: tensor<2x3xi64>) -> tensor<5x2x3xf32> {
  %0 = graph.gather %d, %i {axis = 1 : i64} : (tensor<5x4xf32>, tensor<2x3xi64>) -> tensor<5x2x3xf32>
  return %0 : tensor<5x2x3xf32>
}

// -----

// Tile reads the input modulo its shape; the repeats constant is dropped.
// CHECK-DAG:   #[[$MOD:.*]] = affine_map<(d0, d1) -> (d0 mod 2, d1 mod 3)>
// CHECK-LABEL: func.func @tile(
//   CHECK-NOT:   arith.constant
//       CHECK:   kernel.generic ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<4x9xf32>) indexing_maps = [#[[$MOD]], #{{.*}}] iterator_types = [parallel, parallel]
func.func @tile(%x: tensor<2x3xf32>) -> tensor<4x9xf32> {
  %r = graph.constant dense<[2, 3]> : tensor<2xi64>
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<4x9xf32>
  return %0 : tensor<4x9xf32>
}

// -----

// Expand broadcasts its input like an elementwise op; the shape operand
// is dropped.
// CHECK-DAG:   #[[$BCAST:.*]] = affine_map<(d0, d1, d2) -> (d1, 0)>
// CHECK-LABEL: func.func @expand(
//   CHECK-NOT:   arith.constant
//       CHECK:   kernel.fused ins(%{{.*}} : tensor<3x1xf32>)
//       CHECK:   kernel.generic ins(%{{.*}} : tensor<3x1xf32>) outs(%{{.*}} : tensor<2x3x4xf32>) indexing_maps = [#[[$BCAST]], #{{.*}}] iterator_types = [parallel, parallel, parallel]
func.func @expand(%x: tensor<3x1xf32>) -> tensor<2x3x4xf32> {
  %s = graph.constant dense<[2, 1, 4]> : tensor<3xi64>
  %0 = graph.expand %x, %s : (tensor<3x1xf32>, tensor<3xi64>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

// A constant becomes arith.constant; Identity disappears.
// CHECK-LABEL: func.func @constant_identity(
//  CHECK-SAME:     %[[X:[^:]*]]: tensor<2xf32>)
//  CHECK-NEXT:   %[[C:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
//  CHECK-NEXT:   return %[[C]], %[[X]] : tensor<2xf32>, tensor<2xf32>
func.func @constant_identity(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %c = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %0 = graph.identity %x : tensor<2xf32>
  return %c, %0 : tensor<2xf32>, tensor<2xf32>
}

// -----

// A conv with 16 output channels (a whole vector) in short rows (2 < 16)
// and a constant filter takes the channel-lane form (the input padded
// first, 3 x 3): the filter is permuted
// at compile time to C x KH x KW x F (element [0, 0, kw, f] = w[f, 0, 0, kw]
// = 2f + kw), the contraction writes a channels-last temporary with loops
// (n, oh, ow, f, c, kh, kw), and a copy transposes it back to NCHW.
// CHECK-DAG:   #[[$XC:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d1 + d5, d2 + d6)>
// CHECK-DAG:   #[[$WC:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d4, d5, d6, d3)>
// CHECK-DAG:   #[[$OC:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
// CHECK-DAG:   #[[$BACK:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3, d1)>
// CHECK-LABEL: func.func @conv_channel_lanes(
//       CHECK:   %[[WT:.*]] = arith.constant dense<{{\[\[\[\[}}0.000000e+00, 2.000000e+00, 4.000000e+00, {{.*}}], [1.000000e+00, 3.000000e+00, {{.*}}]]]]> : tensor<1x1x2x16xf32>
//       CHECK:   kernel.fused ins(%{{.*}}, %[[WT]] : tensor<1x1x2x3xf32>, tensor<1x1x2x16xf32>) {{.*}} schedule = #kernel.schedule<tiles = {{\[}}[1, 3, 1, 16, 0, 0, 0]], order = [3, 4, 5, 6, 0, 1, 2], vector = 16>
//       CHECK:     %[[T:.*]] = kernel.generic ins(%{{.*}}, %{{.*}} : tensor<1x1x3x3xf32>, tensor<1x1x2x16xf32>) outs(%{{.*}} : tensor<1x3x2x16xf32>) indexing_maps = [#[[$XC]], #[[$WC]], #[[$OC]]]
//       CHECK:     kernel.generic ins(%[[T]] : tensor<1x3x2x16xf32>) outs(%{{.*}} : tensor<1x16x3x2xf32>) indexing_maps = [#[[$BACK]], #{{.*}}]
func.func @conv_channel_lanes(%x: tensor<1x1x2x3xf32>) -> tensor<1x16x3x2xf32> {
  %w = graph.constant dense<[[[[0.0, 1.0]]], [[[2.0, 3.0]]], [[[4.0, 5.0]]], [[[6.0, 7.0]]], [[[8.0, 9.0]]], [[[10.0, 11.0]]], [[[12.0, 13.0]]], [[[14.0, 15.0]]], [[[16.0, 17.0]]], [[[18.0, 19.0]]], [[[20.0, 21.0]]], [[[22.0, 23.0]]], [[[24.0, 25.0]]], [[[26.0, 27.0]]], [[[28.0, 29.0]]], [[[30.0, 31.0]]]]> : tensor<16x1x1x2xf32>
  %0 = graph.conv %x, %w {pads = array<i64: 1, 0, 0, 0>} : (tensor<1x1x2x3xf32>, tensor<16x1x1x2xf32>) -> tensor<1x16x3x2xf32>
  return %0 : tensor<1x16x3x2xf32>
}

// -----

// A 1x1 conv without padding in short rows: the wide rows are exactly the
// output's rows, so the contraction accumulates straight into the output,
// flattened (no temporary, no copy).
// CHECK-LABEL: func.func @conv_pointwise_wide(
//       CHECK:   ^bb0(%[[X:.*]]: tensor<1x3x4x5xf32>, %[[W:.*]]: tensor<4x3x1x1xf32>, %[[O:.*]]: tensor<1x4x4x5xf32>):
//       CHECK:     %[[FLAT:.*]] = tensor.collapse_shape %[[X]] {{\[}}[0], [1], [2, 3]] : tensor<1x3x4x5xf32> into tensor<1x3x20xf32>
//  CHECK-NEXT:     %[[OUT:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0], [1], [2, 3]] : tensor<1x4x4x5xf32> into tensor<1x4x20xf32>
//  CHECK-NEXT:     %[[F:.*]] = kernel.generic outs(%[[OUT]] : tensor<1x4x20xf32>)
//       CHECK:     %[[R:.*]] = kernel.generic ins(%[[FLAT]], %[[W]] : tensor<1x3x20xf32>, tensor<4x3x1x1xf32>) outs(%[[F]] : tensor<1x4x20xf32>)
//       CHECK:     %[[E:.*]] = tensor.expand_shape %[[R]] {{\[}}[0], [1], [2, 3]] output_shape [1, 4, 4, 5] : tensor<1x4x20xf32> into tensor<1x4x4x5xf32>
//  CHECK-NEXT:     kernel.yield %[[E]] : tensor<1x4x4x5xf32>
func.func @conv_pointwise_wide(%x: tensor<1x3x4x5xf32>, %w: tensor<4x3x1x1xf32>) -> tensor<1x4x4x5xf32> {
  %0 = graph.conv %x, %w : (tensor<1x3x4x5xf32>, tensor<4x3x1x1xf32>) -> tensor<1x4x4x5xf32>
  return %0 : tensor<1x4x4x5xf32>
}
