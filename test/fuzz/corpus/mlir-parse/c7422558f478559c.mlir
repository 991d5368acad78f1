func.func @div_signedness_mismatch(%a: tensor<4xui8>, %b: tensor<4xi8>) {
  %0 = graph.div %a, %b : (tensor<4xui8>, tensor<4xi8>) -> tensor<4xui8>
  return
}
