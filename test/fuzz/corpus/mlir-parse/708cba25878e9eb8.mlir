func.func @f() attributes {s = #kernel.schedule<tiles = [[4, 4]], parallel = [2]>} { return }
