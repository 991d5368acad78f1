func.func @layer_normalization_scale_element_type(%x: tensor<2x4x8xf32>, %g: tensor<8xf16>) -> tensor<2x4x8xf32> {
  %0 = graph.layer_normalization %x, %g : (tensor<2x4x8xf32>, tensor<8xf16>) -> tensor<2x4x8xf32>
  return %0 : tensor<2x4x8xf32>
}
