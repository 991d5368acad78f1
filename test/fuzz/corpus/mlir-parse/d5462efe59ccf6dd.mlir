func.func @compare_int()
    -> (tensor<3xi1>, tensor<3xi1>, tensor<i1>, tensor<2xi1>, tensor<2xi1>) {
  %a = graph.constant dense<[-1, 0, 1]> : tensor<3xi64>
  %z = graph.constant dense<0> : tensor<i64>
  %0 = graph.greater %a, %z : (tensor<3xi64>, tensor<i64>) -> tensor<3xi1>
  %1 = graph.equal %a, %z : (tensor<3xi64>, tensor<i64>) -> tensor<3xi1>
  %u = graph.constant dense<200> : tensor<ui8>
  %v = graph.constant dense<100> : tensor<ui8>
  %2 = graph.less %u, %v : (tensor<ui8>, tensor<ui8>) -> tensor<i1>
  %p = graph.constant dense<[false, true]> : tensor<2xi1>
  %q = graph.constant dense<true> : tensor<2xi1>
  %3 = graph.less %p, %q : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  %4 = graph.equal %p, %q : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  return %0, %1, %2, %3, %4
      : tensor<3xi1>, tensor<3xi1>, tensor<i1>, tensor<2xi1>, tensor<2xi1>
}
