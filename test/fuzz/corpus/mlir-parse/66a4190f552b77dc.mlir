func.func @min_wrong_result_dynamic(%a: tensor<?x3xf32>, %b: tensor<4x1xf32>) {
  %0 = graph.min %a, %b : (tensor<?x3xf32>, tensor<4x1xf32>) -> tensor<5x3xf32>
  return
}
