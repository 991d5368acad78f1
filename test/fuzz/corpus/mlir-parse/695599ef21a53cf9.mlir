func.func @concat_not_constant(%x: tensor<1xi64>) -> tensor<3xi64> {
  %a = graph.constant dense<[1, 2]> : tensor<2xi64>
  %0 = graph.concat %a, %x {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
  return %0 : tensor<3xi64>
}
