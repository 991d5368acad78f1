func.func @reshape_too_many_elements(%x: tensor<2x3xf32>) {
  %s = graph.constant dense<[4611686018427387904, 4]> : tensor<2xi64>
  %0 = graph.reshape %x, %s : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
