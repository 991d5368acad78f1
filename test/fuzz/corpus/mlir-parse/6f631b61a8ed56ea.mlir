func.func @defaults() attributes {s = #kernel.schedule<vector = 1, unroll = 1>, t = #kernel.schedule<tiles = [[8, 0]]>} {
  return
}
