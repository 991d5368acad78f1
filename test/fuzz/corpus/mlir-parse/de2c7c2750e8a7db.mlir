func.func @max_min_int() -> (tensor<2x2xi64>, tensor<2x2xi64>, tensor<ui8>, tensor<ui8>) {
  %a = graph.constant dense<[[1], [4]]> : tensor<2x1xi64>
  %b = graph.constant dense<[2, 3]> : tensor<2xi64>
  %0 = graph.max %a, %b : (tensor<2x1xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %1 = graph.min %a, %b : (tensor<2x1xi64>, tensor<2xi64>) -> tensor<2x2xi64>
  %c = graph.constant dense<250> : tensor<ui8>
  %d = graph.constant dense<3> : tensor<ui8>
  %2 = graph.max %c, %d : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  %3 = graph.min %c, %d : (tensor<ui8>, tensor<ui8>) -> tensor<ui8>
  return %0, %1, %2, %3 : tensor<2x2xi64>, tensor<2x2xi64>, tensor<ui8>, tensor<ui8>
}
