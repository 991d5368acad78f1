func.func @resize_scales_and_sizes(%x: tensor<1x1x4x4xf32>, %sc: tensor<4xf32>, %sz: tensor<4xi64>) {
  %0 = graph.resize %x, scales = %sc, sizes = %sz : (tensor<1x1x4x4xf32>, tensor<4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}
