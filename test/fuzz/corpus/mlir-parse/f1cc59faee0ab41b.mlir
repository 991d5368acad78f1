func.func @resize_scales_length(%x: tensor<1x1x4x4xf32>, %s: tensor<2xf32>) {
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<2xf32>) -> tensor<?x?x?x?xf32>
  return
}
