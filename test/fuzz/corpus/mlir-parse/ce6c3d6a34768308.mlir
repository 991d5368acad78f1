func.func @clip_min_element_type(%a: tensor<2x3xf32>, %b: tensor<f16>) {
  %0 = graph.clip %a, min = %b : (tensor<2x3xf32>, tensor<f16>) -> tensor<2x3xf32>
  return
}
