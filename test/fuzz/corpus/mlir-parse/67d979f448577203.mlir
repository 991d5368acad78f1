func.func @max_min_i1() -> (tensor<4xi1>, tensor<4xi1>) {
  %a = graph.constant dense<[true, false, true, false]> : tensor<4xi1>
  %b = graph.constant dense<[true, true, false, false]> : tensor<4xi1>
  %0 = graph.max %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %1 = graph.min %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  return %0, %1 : tensor<4xi1>, tensor<4xi1>
}
