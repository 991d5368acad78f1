func.func @tile_negative(%x: tensor<2x3xf32>) {
  %r = graph.constant dense<[1, -1]> : tensor<2xi64>
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
