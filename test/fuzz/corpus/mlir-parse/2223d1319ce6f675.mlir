func.func @less_broadcast() -> tensor<2x3xi1> {
  %a = graph.constant dense<[[1.0], [3.0]]> : tensor<2x1xf32>
  %b = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = graph.less %a, %b : (tensor<2x1xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}
