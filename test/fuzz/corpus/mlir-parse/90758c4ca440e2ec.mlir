func.func @pad_pads_length(%x: tensor<2x3xf32>, %p: tensor<3xi64>) {
  %0 = graph.pad %x, %p : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<?x?xf32>
  return
}
