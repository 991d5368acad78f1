func.func @div_i64_overflow_not_folded() -> tensor<i64> {
  %a = graph.constant dense<-9223372036854775808> : tensor<i64>
  %b = graph.constant dense<-1> : tensor<i64>
  %0 = graph.div %a, %b : (tensor<i64>, tensor<i64>) -> tensor<i64>
  return %0 : tensor<i64>
}
