var best: Double = nil
best = 2
print(best)
