func.func @resize_scales_not_static(%x: tensor<1x1x4x4xf32>, %s: tensor<?xf32>) {
  %0 = graph.resize %x, scales = %s : (tensor<1x1x4x4xf32>, tensor<?xf32>) -> tensor<?x?x?x?xf32>
  return
}
