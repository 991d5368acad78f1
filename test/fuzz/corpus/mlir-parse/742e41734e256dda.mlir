func.func @f() attributes {s = #kernel.schedule<vector = 12>} { return }
