func.func @clip_min_dynamic(%a: tensor<2x3xf32>, %b: tensor<?xf32>) {
  %0 = graph.clip %a, min = %b : (tensor<2x3xf32>, tensor<?xf32>) -> tensor<2x3xf32>
  return
}
