func.func @f() attributes {s = #kernel.schedule<tile = [[4]]>} { return }
