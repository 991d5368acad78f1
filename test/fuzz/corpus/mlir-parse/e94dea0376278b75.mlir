func.func @levels() attributes {s = #kernel.schedule<tiles = [[256, 0, 512], [64, 128, 64], [8, 32, 1]]>} {
  return
}
