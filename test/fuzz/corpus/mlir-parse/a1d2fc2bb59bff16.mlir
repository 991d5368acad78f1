func.func @f() attributes {s = #kernel.schedule<tiles = [[16, 16], [32, 8]]>} { return }
