let tiny = Int.ulpOfOne
print(tiny)
