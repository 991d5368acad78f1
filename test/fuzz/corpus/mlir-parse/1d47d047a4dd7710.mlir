func.func @tile_wrong_result(%x: tensor<2x3xf32>) {
  %r = graph.constant dense<[1, 2]> : tensor<2xi64>
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<4x3xf32>
  return
}
