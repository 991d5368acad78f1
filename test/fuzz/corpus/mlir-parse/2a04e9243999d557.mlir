func.func @f() attributes {s = #kernel.schedule<tiles = [[64, 64], [8]]>} { return }
