func.func @slice_axis_twice(%x: tensor<4x10xf32>, %s: tensor<2xi64>) {
  %a = graph.constant dense<[1, -1]> : tensor<2xi64>
  %0 = graph.slice %x, %s, %s, axes = %a : (tensor<4x10xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32>
  return
}
