func.func @transpose_perm_length(%x: tensor<2x3x4xf32>) {
  %0 = graph.transpose %x {perm = array<i64: 1, 0>} : (tensor<2x3x4xf32>) -> tensor<?x?xf32>
  return
}
