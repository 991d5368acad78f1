func.func @concat_too_large(%a: tensor<4611686018427387904xi8>) {
  %0 = graph.concat %a, %a {axis = 0 : i64} : (tensor<4611686018427387904xi8>, tensor<4611686018427387904xi8>) -> tensor<?xi8>
  return
}
