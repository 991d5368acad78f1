func.func @leaky_relu_alpha_f64(%a: tensor<2x3xf32>) {
  %0 = graph.leaky_relu %a {alpha = 0.1 : f64} : tensor<2x3xf32>
  return
}
