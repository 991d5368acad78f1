func.func @full() attributes {s = #kernel.schedule<parallel = [0], unroll = 4, vector = 16, order = [0, 2, 1], tiles = [[1, 64, 64], [1, 8, 16]]>} {
  return
}
