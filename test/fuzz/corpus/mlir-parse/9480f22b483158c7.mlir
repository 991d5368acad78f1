func.func @pad_pads_not_static(%x: tensor<2x3xf32>, %p: tensor<?xi64>) {
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?x?xf32>
  return
}
