func.func @reshape_to_less_static_type_stays(%x: tensor<2x3xf32>) -> tensor<?x3xf32> {
  %s = graph.constant dense<[2, 3]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}
