func.func @slice_constant() -> (tensor<5xi64>, tensor<3x2xf32>, tensor<1x1xf32>) {
  %v = graph.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]> : tensor<10xi64>
  %s = graph.constant dense<[-1]> : tensor<1xi64>
  %e = graph.constant dense<[-9223372036854775808]> : tensor<1xi64>
  %k = graph.constant dense<[-2]> : tensor<1xi64>
  %0 = graph.slice %v, %s, %e, steps = %k : (tensor<10xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<5xi64>
  %m = graph.constant dense<[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]]> : tensor<3x4xf32>
  %s1 = graph.constant dense<[1]> : tensor<1xi32>
  %e1 = graph.constant dense<[3]> : tensor<1xi32>
  %a1 = graph.constant dense<[-1]> : tensor<1xi32>
  %1 = graph.slice %m, %s1, %e1, axes = %a1 : (tensor<3x4xf32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3x2xf32>
  %s2 = graph.constant dense<[2, 3]> : tensor<2xi64>
  %e2 = graph.constant dense<[0, 9223372036854775807]> : tensor<2xi64>
  %k2 = graph.constant dense<[-2, 1]> : tensor<2xi64>
  %2 = graph.slice %m, %s2, %e2, steps = %k2 : (tensor<3x4xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<1x1xf32>
  return %0, %1, %2 : tensor<5xi64>, tensor<3x2xf32>, tensor<1x1xf32>
}
