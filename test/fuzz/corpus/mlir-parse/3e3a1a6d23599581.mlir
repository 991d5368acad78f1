func.func @softmax_axis_too_large(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %0 = graph.softmax %x {axis = 2 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}
