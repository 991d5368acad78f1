func.func @tile_repeats_not_static(%x: tensor<2x3xf32>, %r: tensor<?xi64>) {
  %0 = graph.tile %x, %r : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return
}
