func.func @transpose_perm_repeats(%x: tensor<2x3x4xf32>) {
  %0 = graph.transpose %x {perm = array<i64: 0, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<?x?x?xf32>
  return
}
