func.func @gather_nd_batch_mismatch(%x: tensor<2x2xf32>, %i: tensor<3x1xi64>) -> tensor<3xf32> {
  %0 = graph.gather_nd %x, %i {batch_dims = 1 : i64} : (tensor<2x2xf32>, tensor<3x1xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
