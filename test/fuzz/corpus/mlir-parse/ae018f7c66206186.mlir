func.func @exp_integer(%a: tensor<i64>) {
  %0 = graph.exp %a : tensor<i64>
  return
}
