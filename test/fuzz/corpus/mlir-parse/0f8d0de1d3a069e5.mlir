func.func @resize_sizes_length(%x: tensor<1x1x4x4xf32>, %s: tensor<3xi64>) {
  %0 = graph.resize %x, sizes = %s : (tensor<1x1x4x4xf32>, tensor<3xi64>) -> tensor<?x?x?x?xf32>
  return
}
