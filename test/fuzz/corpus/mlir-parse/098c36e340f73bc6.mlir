func.func @not_identities(%x: tensor<1x3xf32>)
    -> (tensor<3xf32>, tensor<1x1x3xf32>, tensor<2x3xf32>, tensor<3x1xf32>) {
  %0 = graph.squeeze %x : (tensor<1x3xf32>) -> tensor<3xf32>
  %1 = graph.unsqueeze %x {axes = array<i64: 0>} : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
  %s = graph.constant dense<[2, 3]> : tensor<2xi64>
  %2 = graph.expand %x, %s : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %3 = graph.transpose %x : (tensor<1x3xf32>) -> tensor<3x1xf32>
  return %0, %1, %2, %3 : tensor<3xf32>, tensor<1x1x3xf32>, tensor<2x3xf32>, tensor<3x1xf32>
}
