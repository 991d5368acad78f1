func.func @slice_wrong_result(%x: tensor<4x10xf32>) {
  %s = graph.constant dense<[-3]> : tensor<1xi64>
  %e = graph.constant dense<[9223372036854775807]> : tensor<1xi64>
  %0 = graph.slice %x, %s, %e : (tensor<4x10xf32>, tensor<1xi64>, tensor<1xi64>) -> tensor<4x3xf32>
  return
}
