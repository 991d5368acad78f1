func.func @f() attributes {s = #kernel.schedule<tiles = [[4, 4]], order = [0, 1, 2]>} { return }
