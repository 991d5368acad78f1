func.func @identity_element_i64(%x: tensor<?xi64>)
    -> (tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>) {
  %zero = graph.constant dense<0> : tensor<1xi64>
  %one = graph.constant dense<1> : tensor<i64>
  %0 = graph.add %zero, %x : (tensor<1xi64>, tensor<?xi64>) -> tensor<?xi64>
  %1 = graph.sub %x, %zero : (tensor<?xi64>, tensor<1xi64>) -> tensor<?xi64>
  %2 = graph.mul %one, %x : (tensor<i64>, tensor<?xi64>) -> tensor<?xi64>
  %3 = graph.div %x, %one : (tensor<?xi64>, tensor<i64>) -> tensor<?xi64>
  %4 = graph.mul %x, %one : (tensor<?xi64>, tensor<i64>) -> tensor<?xi64>
  return %0, %1, %2, %3, %4
      : tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>, tensor<?xi64>
}
