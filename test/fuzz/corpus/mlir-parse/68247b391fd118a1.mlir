func.func @hard_sigmoid_beta_integer(%a: tensor<2x3xf32>) {
  %0 = graph.hard_sigmoid %a {beta = 1 : i32} : tensor<2x3xf32>
  return
}
