func.func @resize_mode(%x: tensor<1x1x4x4xf32>, %sz: tensor<4xi64>) {
  %0 = graph.resize %x, sizes = %sz {mode = "bilinear"} : (tensor<1x1x4x4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return
}
