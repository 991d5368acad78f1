func.func @pad_mode(%x: tensor<2x3xf32>, %p: tensor<4xi64>) {
  %0 = graph.pad %x, %p {mode = "symmetric"} : (tensor<2x3xf32>, tensor<4xi64>) -> tensor<?x?xf32>
  return
}
