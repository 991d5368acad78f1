// RUN: dlc-opt %s --convert-graph-to-kernel -split-input-file | FileCheck %s

// Lowering of the reductions beyond sum/mean/max/min, ArgMax/ArgMin and
// CumSum, of the ops that address elements through index values (gathers,
// scatters, one_hot, trilu, top_k, reverse_sequence), and of MaxPool's
// indices.

// A reduction is a fill with combine's identity, a reduction generic of
// combine(acc, pre(x)), and an epilogue for post(acc): L2 squares, adds,
// then takes the square root.
// CHECK-LABEL: func.func @reduce_l2
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[INIT:.*]] = kernel.generic outs(%{{.*}} : tensor<2x1xf32>)
// CHECK-NEXT:    ^bb0(%{{.*}}: f32):
// CHECK-NEXT:      kernel.yield %[[ZERO]] : f32
// CHECK:         %[[ACC:.*]] = kernel.generic ins(%{{.*}} : tensor<2x3xf32>) outs(%[[INIT]] : tensor<2x1xf32>) {{.*}} iterator_types = [parallel, reduction]
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[A:.*]]: f32):
// CHECK-NEXT:      %[[SQ:.*]] = arith.mulf %[[X]], %[[X]] : f32
// CHECK-NEXT:      %[[SUM:.*]] = arith.addf %[[A]], %[[SQ]] : f32
// CHECK-NEXT:      kernel.yield %[[SUM]] : f32
// CHECK:         kernel.generic ins(%[[ACC]] : tensor<2x1xf32>)
// CHECK:           math.sqrt
func.func @reduce_l2(%x: tensor<2x3xf32>) -> tensor<2x1xf32> {
  %0 = graph.reduce_l2 %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

// A product starts from 1; an integer L1 norm takes absi.
// CHECK-LABEL: func.func @reduce_prod_l1
// CHECK-DAG:     arith.constant 1.000000e+00 : f32
// CHECK:         arith.mulf
// CHECK:         math.absi
// CHECK:         arith.addi
func.func @reduce_prod_l1(%x: tensor<2x3xf32>, %i: tensor<2x3xi32>) -> (tensor<1x3xf32>, tensor<2x1xi32>) {
  %0 = graph.reduce_prod %x {axes = array<i64: 0>} : (tensor<2x3xf32>) -> tensor<1x3xf32>
  %1 = graph.reduce_l1 %i {axes = array<i64: 1>} : (tensor<2x3xi32>) -> tensor<2x1xi32>
  return %0, %1 : tensor<1x3xf32>, tensor<2x1xi32>
}

// -----

// LogSumExp: the maximum first, then sum(exp(x - max)), then log + max.
// CHECK-LABEL: func.func @reduce_log_sum_exp
// CHECK:         %[[MAX:.*]] = kernel.generic ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<2xf32>)
// CHECK:           arith.maximumf
// CHECK:         %[[SUM:.*]] = kernel.generic ins(%{{.*}}, %[[MAX]] : tensor<2x3xf32>, tensor<2xf32>)
// CHECK:           arith.subf
// CHECK-NEXT:      math.exp
// CHECK-NEXT:      arith.addf
// CHECK:         kernel.generic ins(%[[SUM]], %[[MAX]] : tensor<2xf32>, tensor<2xf32>)
// CHECK:           math.log
// CHECK-NEXT:      arith.addf
func.func @reduce_log_sum_exp(%x: tensor<2x3xf32>) -> tensor<2xf32> {
  %0 = graph.reduce_log_sum_exp %x {axes = array<i64: 1>, keepdims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// ArgMax: the maximum, then the smallest index (from INT64_MAX) holding it.
// CHECK-LABEL: func.func @arg_max
// CHECK-DAG:     %[[BIG:.*]] = arith.constant 9223372036854775807 : i64
// CHECK:         %[[MAX:.*]] = kernel.generic ins(%{{.*}} : tensor<2x3xf32>)
// CHECK:           arith.maximumf
// CHECK:         %[[INIT:.*]] = kernel.generic outs(%{{.*}} : tensor<2xi64>)
// CHECK-NEXT:    ^bb0
// CHECK-NEXT:      kernel.yield %[[BIG]] : i64
// CHECK:         kernel.generic ins(%{{.*}}, %[[MAX]] : tensor<2x3xf32>, tensor<2xf32>) outs(%[[INIT]] : tensor<2xi64>)
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[M:.*]]: f32, %[[ACC:.*]]: i64):
// CHECK-NEXT:      %[[I:.*]] = kernel.index 1 : index
// CHECK-NEXT:      %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK-NEXT:      %[[HIT:.*]] = arith.cmpf oeq, %[[X]], %[[M]] : f32
// CHECK-NEXT:      %[[MIN:.*]] = arith.minsi %[[ACC]], %[[I64]] : i64
// CHECK-NEXT:      %[[R:.*]] = arith.select %[[HIT]], %[[MIN]], %[[ACC]] : i64
// CHECK-NEXT:      kernel.yield %[[R]] : i64
func.func @arg_max(%x: tensor<2x3xf32>) -> tensor<2xi64> {
  %0 = graph.arg_max %x {axis = 1 : i64, keepdims = false} : (tensor<2x3xf32>) -> tensor<2xi64>
  return %0 : tensor<2xi64>
}

// -----

// ArgMin with select_last_index: the largest index (from -1) holding the
// minimum.
// CHECK-LABEL: func.func @arg_min_last
// CHECK-DAG:     arith.constant -1 : i64
// CHECK:           arith.minsi %{{.*}} : i32
// CHECK:           arith.cmpi eq, %{{.*}} : i32
// CHECK-NEXT:      arith.maxsi %{{.*}} : i64
func.func @arg_min_last(%x: tensor<2x3xi32>) -> tensor<1x3xi64> {
  %0 = graph.arg_min %x {select_last_index = true} : (tensor<2x3xi32>) -> tensor<1x3xi64>
  return %0 : tensor<1x3xi64>
}

// -----

// CumSum: a third loop d2 runs along the axis (reduction); output element
// d1 adds input d2 when d2 > d1 (reverse, exclusive).
// CHECK-DAG:   #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @cumsum
// CHECK:         kernel.generic ins(%{{.*}} : tensor<2x3xf32>) outs(%{{.*}} : tensor<2x3xf32>) indexing_maps = [#[[IN]], #[[OUT]]] iterator_types = [parallel, parallel, reduction]
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT:      %[[R:.*]] = kernel.index 2 : index
// CHECK-NEXT:      %[[I:.*]] = kernel.index 1 : index
// CHECK-NEXT:      %[[TAKE:.*]] = arith.cmpi sgt, %[[R]], %[[I]] : index
// CHECK-NEXT:      %[[SUM:.*]] = arith.addf %[[ACC]], %[[X]] : f32
// CHECK-NEXT:      arith.select %[[TAKE]], %[[SUM]], %[[ACC]] : f32
func.func @cumsum(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.cumsum %x {axis = 1 : i64, exclusive = true, reverse = true} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// GatherElements: the index (wrapped, clamped) replaces the loop index
// along the axis in a tensor.extract of the data.
// CHECK-LABEL: func.func @gather_elements
// CHECK:         ^bb0(%[[DATA:.*]]: tensor<3x3xf32>, %{{.*}}: tensor<2x3xi32>, %{{.*}}: tensor<2x3xf32>):
// CHECK:         kernel.generic ins(%{{.*}} : tensor<2x3xi32>) outs(%{{.*}} : tensor<2x3xf32>)
// CHECK-NEXT:    ^bb0(%[[IDX:.*]]: i32, %{{.*}}: f32):
// CHECK-NEXT:      %[[J:.*]] = kernel.index 1 : index
// CHECK-NEXT:      arith.index_cast %[[IDX]] : i32 to index
// CHECK:           %[[I:.*]] = arith.minsi
// CHECK-NEXT:      %[[V:.*]] = tensor.extract %[[DATA]][%[[I]], %[[J]]] : tensor<3x3xf32>
// CHECK-NEXT:      kernel.yield %[[V]] : f32
func.func @gather_elements(%x: tensor<3x3xf32>, %i: tensor<2x3xi32>) -> tensor<2x3xf32> {
  %0 = graph.gather_elements %x, %i : (tensor<3x3xf32>, tensor<2x3xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// GatherND with a batch dim: data[b, indices[b, 0], j].
// CHECK-LABEL: func.func @gather_nd
// CHECK:         ^bb0(%[[DATA:.*]]: tensor<2x2x2xf32>, %[[IDX:.*]]: tensor<2x1xi64>, %{{.*}}: tensor<2x2xf32>):
// CHECK:         kernel.generic outs(%{{.*}} : tensor<2x2xf32>)
// CHECK:           %[[B:.*]] = kernel.index 0 : index
// CHECK:           tensor.extract %[[IDX]][%{{.*}}, %{{.*}}] : tensor<2x1xi64>
// CHECK:           %[[I:.*]] = arith.minsi
// CHECK-NEXT:      %[[J:.*]] = kernel.index 1 : index
// CHECK-NEXT:      tensor.extract %[[DATA]][%[[B]], %[[I]], %[[J]]] : tensor<2x2x2xf32>
func.func @gather_nd(%x: tensor<2x2x2xf32>, %i: tensor<2x1xi64>) -> tensor<2x2xf32> {
  %0 = graph.gather_nd %x, %i {batch_dims = 1 : i64} : (tensor<2x2x2xf32>, tensor<2x1xi64>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

// ScatterElements (updates narrower than data along dim 0): the targets
// along the axis over P = 3x2 (-1 outside the updates), a copy of the data,
// then a loop d2 over the output's axis: output (d0, d2) takes update
// (d0, d1) when its target is d2; d1 is the reduction.
// CHECK-DAG:   #[[P:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @scatter_elements
// CHECK:         ^bb0(%[[DATA:.*]]: tensor<3x3xf32>, %{{.*}}: tensor<1x2xi64>, %[[UPD:.*]]: tensor<1x2xf32>, %{{.*}}: tensor<3x3xf32>):
// CHECK-DAG:       %[[NONE:.*]] = arith.constant -1 : i64
// CHECK:         %[[T:.*]] = kernel.generic outs(%{{.*}} : tensor<3x2xi64>)
// CHECK:           %[[IN:.*]] = arith.cmpi slt
// CHECK:           arith.select %[[IN]], %{{.*}}, %[[NONE]] : i64
// CHECK:         %[[COPY:.*]] = kernel.generic ins(%[[DATA]] : tensor<3x3xf32>)
// CHECK:         kernel.generic ins(%[[T]] : tensor<3x2xi64>) outs(%[[COPY]] : tensor<3x3xf32>) indexing_maps = [#[[P]], #[[OUT]]] iterator_types = [parallel, reduction, parallel]
// CHECK-NEXT:    ^bb0(%[[TGT:.*]]: i64, %[[ACC:.*]]: f32):
// CHECK-NEXT:      %[[A:.*]] = kernel.index 2 : index
// CHECK-NEXT:      %[[A64:.*]] = arith.index_cast %[[A]] : index to i64
// CHECK-NEXT:      %[[HIT:.*]] = arith.cmpi eq, %[[TGT]], %[[A64]] : i64
// CHECK:           %[[U:.*]] = tensor.extract %[[UPD]]
// CHECK-NEXT:      %[[SUM:.*]] = arith.addf %[[ACC]], %[[U]] : f32
// CHECK-NEXT:      arith.select %[[HIT]], %[[SUM]], %[[ACC]] : f32
func.func @scatter_elements(%x: tensor<3x3xf32>, %i: tensor<1x2xi64>, %u: tensor<1x2xf32>) -> tensor<3x3xf32> {
  %0 = graph.scatter_elements %x, %i, %u {axis = 1 : i64, reduction = "add"} : (tensor<3x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

// ScatterND: loops (t, s) over the updates and a over the addressed output
// dim; output (a, s) takes update (t, s) when indices[t] == a.
// CHECK-DAG:   #[[UPD:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG:   #[[OUT:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-LABEL: func.func @scatter_nd
// CHECK:         ^bb0(%{{.*}}: tensor<4x4xf32>, %[[IDX:.*]]: tensor<2x1xi64>, %{{.*}}: tensor<2x4xf32>, %{{.*}}: tensor<4x4xf32>):
// CHECK:         kernel.generic ins(%{{.*}} : tensor<2x4xf32>) outs(%{{.*}} : tensor<4x4xf32>) indexing_maps = [#[[UPD]], #[[OUT]]] iterator_types = [reduction, parallel, parallel]
// CHECK-NEXT:    ^bb0(%[[U:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT:      %[[T:.*]] = kernel.index 0 : index
// CHECK-NEXT:      tensor.extract %[[IDX]][%[[T]], %{{.*}}] : tensor<2x1xi64>
// CHECK:           %[[W:.*]] = arith.minsi
// CHECK-NEXT:      %[[A:.*]] = kernel.index 2 : index
// CHECK-NEXT:      %[[HIT:.*]] = arith.cmpi eq, %[[W]], %[[A]] : index
// CHECK-NEXT:      %[[P:.*]] = arith.mulf %[[ACC]], %[[U]] : f32
// CHECK-NEXT:      arith.select %[[HIT]], %[[P]], %[[ACC]] : f32
func.func @scatter_nd(%x: tensor<4x4xf32>, %i: tensor<2x1xi64>, %u: tensor<2x4xf32>) -> tensor<4x4xf32> {
  %0 = graph.scatter_nd %x, %i, %u {reduction = "mul"} : (tensor<4x4xf32>, tensor<2x1xi64>, tensor<2x4xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

// OneHot along a new leading axis: indices read without that dim, values
// read at elements 0 (off) and 1 (on).
// CHECK-DAG:   #[[IDX:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG:   #[[OFF:.*]] = affine_map<(d0, d1) -> (0)>
// CHECK-DAG:   #[[ON:.*]] = affine_map<(d0, d1) -> (1)>
// CHECK-LABEL: func.func @one_hot
// CHECK:         kernel.generic ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<3xf32>, tensor<2xi64>, tensor<2xi64>) outs(%{{.*}} : tensor<5x3xi64>) indexing_maps = [#[[IDX]], #[[OFF]], #[[ON]], #{{.*}}]
// CHECK-NEXT:    ^bb0(%[[I:.*]]: f32, %[[OFFV:.*]]: i64, %[[ONV:.*]]: i64, %{{.*}}: i64):
// CHECK-NEXT:      arith.fptosi %[[I]] : f32 to i64
// CHECK:           %[[POS:.*]] = kernel.index 0 : index
// CHECK-NEXT:      %[[POS64:.*]] = arith.index_cast %[[POS]] : index to i64
// CHECK-NEXT:      %[[HIT:.*]] = arith.cmpi eq, %{{.*}}, %[[POS64]] : i64
// CHECK-NEXT:      arith.select %[[HIT]], %[[ONV]], %[[OFFV]] : i64
func.func @one_hot(%i: tensor<3xf32>, %v: tensor<2xi64>) -> tensor<5x3xi64> {
  %0 = graph.one_hot %i, %v {axis = 0 : i64, depth = 5 : i64} : (tensor<3xf32>, tensor<2xi64>) -> tensor<5x3xi64>
  return %0 : tensor<5x3xi64>
}

// -----

// Trilu (lower, k = 1): keeps [i, j] where j - i <= 1.
// CHECK-LABEL: func.func @trilu
// CHECK-DAG:       %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG:       %[[K:.*]] = arith.constant 1 : index
// CHECK:         ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[J:.*]] = kernel.index 1 : index
// CHECK-NEXT:      %[[I:.*]] = kernel.index 0 : index
// CHECK-NEXT:      %[[D:.*]] = arith.subi %[[J]], %[[I]] : index
// CHECK-NEXT:      %[[KEEP:.*]] = arith.cmpi sle, %[[D]], %[[K]] : index
// CHECK-NEXT:      arith.select %[[KEEP]], %[[X]], %[[ZERO]] : f32
func.func @trilu(%x: tensor<3x4xf32>) -> tensor<3x4xf32> {
  %0 = graph.trilu %x {k = 1 : i64, upper = false} : tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// TopK ranks every element along the axis (d2 runs over the others: one
// more if it beats it, or equals it at a lower index), then output
// position d1 takes the element d2 of rank d1, for the values and the
// indices.
// CHECK-DAG:   #[[I:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG:   #[[J:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func.func @top_k
// CHECK:         %[[RANKS:.*]] = kernel.generic ins(%[[X:.*]], %[[X]] : tensor<3x4xf32>, tensor<3x4xf32>) outs(%{{.*}} : tensor<3x4xi64>) indexing_maps = [#[[I]], #[[J]], #[[I]]] iterator_types = [parallel, parallel, reduction]
// CHECK-NEXT:    ^bb0(%[[XI:.*]]: f32, %[[XJ:.*]]: f32, %[[ACC:.*]]: i64):
// CHECK-NEXT:      %[[BEATS:.*]] = arith.cmpf ogt, %[[XJ]], %[[XI]] : f32
// CHECK-NEXT:      %[[EQ:.*]] = arith.cmpf oeq, %[[XJ]], %[[XI]] : f32
// CHECK-NEXT:      %[[JJ:.*]] = kernel.index 2 : index
// CHECK-NEXT:      %[[II:.*]] = kernel.index 1 : index
// CHECK-NEXT:      %[[BEFORE:.*]] = arith.cmpi slt, %[[JJ]], %[[II]] : index
// CHECK-NEXT:      %[[TIE:.*]] = arith.andi %[[EQ]], %[[BEFORE]] : i1
// CHECK-NEXT:      %[[AHEAD:.*]] = arith.ori %[[BEATS]], %[[TIE]] : i1
// CHECK-NEXT:      %[[ONE:.*]] = arith.extui %[[AHEAD]] : i1 to i64
// CHECK-NEXT:      arith.addi %[[ACC]], %[[ONE]] : i64
// CHECK:         %[[VALUES:.*]] = kernel.generic ins(%[[X]], %[[RANKS]] : tensor<3x4xf32>, tensor<3x4xi64>) outs(%{{.*}} : tensor<3x2xf32>) indexing_maps = [#[[J]], #[[J]], #[[I]]]
// CHECK:           %[[R:.*]] = kernel.index 1 : index
// CHECK-NEXT:      %[[R64:.*]] = arith.index_cast %[[R]] : index to i64
// CHECK-NEXT:      %[[HIT:.*]] = arith.cmpi eq, %{{.*}}, %[[R64]] : i64
// CHECK-NEXT:      arith.select %[[HIT]]
// CHECK:         %[[INDICES:.*]] = kernel.generic ins(%[[X]], %[[RANKS]] : tensor<3x4xf32>, tensor<3x4xi64>) outs(%{{.*}} : tensor<3x2xi64>)
// CHECK:           kernel.index 2 : index
// CHECK:         kernel.yield %[[VALUES]], %[[INDICES]] : tensor<3x2xf32>, tensor<3x2xi64>
func.func @top_k(%x: tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>) {
  %0:2 = graph.top_k %x {k = 2 : i64} : (tensor<3x4xf32>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return %0#0, %0#1 : tensor<3x2xf32>, tensor<3x2xi64>
}

// -----

// ReverseSequence (time axis 0, batch axis 1): output [t, b] reads
// [len[b] - 1 - t, b] where t < len[b].
// CHECK-DAG:   #[[BATCH:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @reverse_sequence
// CHECK:         ^bb0(%[[IN:.*]]: tensor<4x3xf32>, %{{.*}}: tensor<3xi64>, %{{.*}}: tensor<4x3xf32>):
// CHECK:         kernel.generic ins(%{{.*}} : tensor<3xi64>) outs(%{{.*}} : tensor<4x3xf32>) indexing_maps = [#[[BATCH]], #{{.*}}]
// CHECK-NEXT:    ^bb0(%[[LEN:.*]]: i64, %{{.*}}: f32):
// CHECK:           %[[L:.*]] = arith.minsi
// CHECK-NEXT:      %[[T:.*]] = kernel.index 0 : index
// CHECK-NEXT:      %[[B:.*]] = kernel.index 1 : index
// CHECK-NEXT:      %[[D:.*]] = arith.subi %[[L]], %[[T]] : index
// CHECK-NEXT:      %[[REV:.*]] = arith.subi %[[D]], %{{.*}} : index
// CHECK-NEXT:      %[[IN_SEQ:.*]] = arith.cmpi slt, %[[T]], %[[L]] : index
// CHECK-NEXT:      %[[AT:.*]] = arith.select %[[IN_SEQ]], %[[REV]], %[[T]] : index
// CHECK-NEXT:      tensor.extract %[[IN]][%[[AT]], %[[B]]] : tensor<4x3xf32>
func.func @reverse_sequence(%x: tensor<4x3xf32>, %l: tensor<3xi64>) -> tensor<4x3xf32> {
  %0 = graph.reverse_sequence %x, %l : (tensor<4x3xf32>, tensor<3xi64>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// MaxPool's indices: the window maximum, then the smallest flat index of a
// real element equal to it; column-major spatial offsets (w * H + h) after
// the (n * C + c) plane.
// CHECK-LABEL: func.func @max_pool_indices
// CHECK-DAG:     %[[PLANE:.*]] = arith.constant 16 : index
// CHECK-DAG:     %[[H:.*]] = arith.constant 4 : index
// CHECK:         %[[MAX:.*]] = kernel.generic ins(%{{.*}}, %{{.*}} : tensor<1x2x4x4xf32>, tensor<2x2xf32>) outs(%{{.*}} : tensor<1x2x2x2xf32>)
// CHECK:           arith.maximumf
// CHECK:         kernel.generic ins(%{{.*}}, %{{.*}}, %[[MAX]] : tensor<1x2x4x4xf32>, tensor<2x2xf32>, tensor<1x2x2x2xf32>) outs(%{{.*}} : tensor<1x2x2x2xi64>)
// CHECK-NEXT:    ^bb0(%[[X:.*]]: f32, %{{.*}}: f32, %[[M:.*]]: f32, %[[ACC:.*]]: i64):
// CHECK-NEXT:      arith.cmpf oeq, %[[X]], %[[M]] : f32
// CHECK:           %[[ROW:.*]] = arith.subi
// CHECK:           %[[COL:.*]] = arith.subi
// CHECK:           %[[C0:.*]] = arith.addi %{{.*}}, %[[COL]] : index
// CHECK-NEXT:      %[[C1:.*]] = arith.muli %[[C0]], %[[H]] : index
// CHECK-NEXT:      %[[SP:.*]] = arith.addi %[[C1]], %[[ROW]] : index
// CHECK:           arith.muli %{{.*}}, %[[PLANE]] : index
// CHECK:           arith.minsi %[[ACC]], %{{.*}} : i64
func.func @max_pool_indices(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xi64> {
  %0 = graph.max_pool_indices %x {kernel_shape = array<i64: 2, 2>, storage_order = 1 : i64, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xi64>
  return %0 : tensor<1x2x2x2xi64>
}
