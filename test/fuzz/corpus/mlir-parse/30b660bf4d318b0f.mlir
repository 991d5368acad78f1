func.func @slice_zero_step(%x: tensor<4x10xf32>) {
  %s = graph.constant dense<[0, 0]> : tensor<2xi64>
  %e = graph.constant dense<[4, 10]> : tensor<2xi64>
  %k = graph.constant dense<[1, 0]> : tensor<2xi64>
  %0 = graph.slice %x, %s, %e, steps = %k : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
