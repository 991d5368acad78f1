func.func @tile_overflow(%x: tensor<2x3xf32>) {
  %r = graph.constant dense<[9223372036854775807, 1]> : tensor<2xi64>
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
