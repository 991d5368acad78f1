func.func @gather_out_of_range() -> tensor<1x2xi64> {
  %d = graph.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi64>
  %i = graph.constant dense<[3]> : tensor<1xi64>
  %0 = graph.gather %d, %i : (tensor<3x2xi64>, tensor<1xi64>) -> tensor<1x2xi64>
  return %0 : tensor<1x2xi64>
}
