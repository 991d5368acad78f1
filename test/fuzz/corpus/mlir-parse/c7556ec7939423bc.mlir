func.func @transpose_perm_out_of_range(%x: tensor<2x3xf32>) {
  %0 = graph.transpose %x {perm = array<i64: -1, 0>} : (tensor<2x3xf32>) -> tensor<?x?xf32>
  return
}
