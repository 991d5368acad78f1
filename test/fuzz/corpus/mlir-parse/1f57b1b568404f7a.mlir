func.func @hardmax_axis_too_small(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %0 = graph.hardmax %x {axis = -3 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  return %0 : tensor<2x10xf32>
}
