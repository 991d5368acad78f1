func.func @tile_repeats_length(%x: tensor<2x3xf32>, %r: tensor<1xi64>) {
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?x?xf32>
  return
}
