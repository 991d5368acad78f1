func.func @shape_folds(%x: tensor<2x3x4xf32>, %y: tensor<?x3x4xf32>)
    -> (tensor<3xi64>, tensor<1xi64>, tensor<2xi64>, tensor<0xi64>, tensor<3xi64>) {
  %0 = graph.shape %x : (tensor<2x3x4xf32>) -> tensor<3xi64>
  %1 = graph.shape %x {start = 1 : i64, end = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<1xi64>
  %2 = graph.shape %y {start = -2 : i64} : (tensor<?x3x4xf32>) -> tensor<2xi64>
  %3 = graph.shape %y {start = 2 : i64, end = 1 : i64} : (tensor<?x3x4xf32>) -> tensor<0xi64>
  %4 = graph.shape %y : (tensor<?x3x4xf32>) -> tensor<3xi64>
  return %0, %1, %2, %3, %4 : tensor<3xi64>, tensor<1xi64>, tensor<2xi64>, tensor<0xi64>, tensor<3xi64>
}
